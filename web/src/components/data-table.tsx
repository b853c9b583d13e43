import { Table, Text, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DataTableProps<T> extends Omit<TableProps, 'children' | 'data'> {
  /** Below this width the table scrolls horizontally. */
  minWidth: number;
  /** Header cell contents, one per column. */
  columns: readonly ReactNode[];
  /** Indexes of the columns holding numbers: their header is right-aligned like their cells. */
  numericColumns?: readonly number[];
  items: readonly T[];
  /** The row(s) for one item, keyed by the caller. */
  renderRow: (item: T) => ReactNode;
  testId?: string;
}

/** A scrollable table with a header row and a "nothing here" row when `items` is empty. */
export function DataTable<T>({ minWidth, columns, numericColumns, items, renderRow, testId, ...tableProps }: DataTableProps<T>) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table {...tableProps} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i} scope="col" ta={numericColumns?.includes(i) ? 'right' : undefined}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>
                <Text c="dimmed" ta="center" py="md">
                  {t('common.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            items.map(renderRow)
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
