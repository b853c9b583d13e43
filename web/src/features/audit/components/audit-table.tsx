import { Badge, Button, SimpleGrid, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.entityType')}</Table.Th>
            <Table.Th scope="col">{t('audit.summary')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('audit.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed" ta="center" py="md">
                  {t('common.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            items.map((a) => {
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
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
