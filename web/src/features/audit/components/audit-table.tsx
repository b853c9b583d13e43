import { Badge, Button, SimpleGrid, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { formatNip, formatWaktu } from '@/lib/format';
import type { AuditItem } from '../api/audit';
import { ACTION_COLOR, actionLabel, entityLabel } from './labels';

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <pre className="capaian-json">{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

export function AuditTable({ items, timeZone }: { items: AuditItem[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };

  return (
    <DataTable
      minWidth={860}
      verticalSpacing="xs"
      testId="audit-table"
      columns={[
        t('audit.time'),
        t('audit.actor'),
        t('audit.action'),
        t('audit.entityType'),
        t('audit.summary'),
        <VisuallyHidden key="details">{t('audit.details')}</VisuallyHidden>,
      ]}
      items={items}
      renderRow={(a) => {
        const hasDetail = a.before != null || a.after != null;
        const expanded = open.has(a.id);
        return (
          <Fragment key={a.id}>
            <Table.Tr data-testid="audit-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatWaktu(a.occurredAt, timeZone)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.actorNama ?? t('audit.system')}</Text>
                {a.actorNip ? (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatNip(a.actorNip)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={ACTION_COLOR[a.action] ?? 'gray'}>
                  {actionLabel(i18n.language, a.action)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entityLabel(i18n.language, a.entityType)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.summary}</Text>
              </Table.Td>
              <Table.Td>
                {hasDetail ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => toggle(a.id)}
                    aria-expanded={expanded}
                    aria-controls={`audit-detail-${a.id}`}
                  >
                    {t('audit.details')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
            {hasDetail && expanded ? (
              <Table.Tr id={`audit-detail-${a.id}`}>
                <Table.Td colSpan={6} bg="gray.0">

                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                      <Json label={t('audit.before')} value={a.before} />
                      <Json label={t('audit.after')} value={a.after} />
                    </SimpleGrid>

                </Table.Td>
              </Table.Tr>
            ) : null}
          </Fragment>
        );
      }}
    />
  );
}
