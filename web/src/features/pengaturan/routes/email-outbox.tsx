import { Alert, Badge, Modal, Pagination, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { DefinitionList } from '@/components/definition-list';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { isApiError } from '@/lib/api-client';
import { formatWaktu } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { OUTBOX_PAGE_SIZE, outboxQuery, type EmailOutboxItem } from '../api/pengaturan';

const STATUS_COLOR: Readonly<Record<string, string>> = { TERKIRIM: 'teal', MENUNGGU: 'blue', GAGAL: 'red', OUTBOX: 'gray' };

function StatusBadge({ status }: { status: string }) {
  return (
    <Badge size="sm" variant="light" color={STATUS_COLOR[status] ?? 'gray'} style={{ textTransform: 'none' }}>
      {status}
    </Badge>
  );
}

function Pesan({ item, zona, onClose }: { item: EmailOutboxItem | null; zona: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={!!item} onClose={onClose} title={item?.subjek ?? ''} size="lg">
      {item ? (
        <Stack gap="sm" data-testid="outbox-pesan">
          <DefinitionList
            items={[
              { label: t('pengaturan.kepada'), value: item.kepada },
              { label: t('pengaturan.status'), value: <StatusBadge status={item.status} /> },
              { label: t('pengaturan.dibuat'), value: formatWaktu(item.dibuatAt, zona) },
              { label: t('pengaturan.terkirim'), value: item.terkirimAt ? formatWaktu(item.terkirimAt, zona) : '—' },
              { label: t('pengaturan.percobaan'), value: String(item.percobaan) },
            ]}
          />
          {item.galat ? (
            <Alert color="red" title={t('pengaturan.galat')}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {item.galat}
              </Text>
            </Alert>
          ) : null}
          {/* The body is shown as plain text, never as HTML. */}
          <Text
            component="pre"
            size="sm"
            p="sm"
            bg="gray.0"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', borderRadius: 6, margin: 0 }}
            data-testid="outbox-isi"
          >
            {item.isi}
          </Text>
        </Stack>
      ) : null}
    </Modal>
  );
}

/** The e-mail outbox (embedded mode: mail waits here; with SMTP: what was sent and what failed). */
export function EmailOutboxPage(): JSX.Element {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const [halaman, setHalaman] = useState(1);
  const [buka, setBuka] = useState<EmailOutboxItem | null>(null);
  const { data, error, isPending } = useQuery(outboxQuery(halaman));
  const zona = me?.instansi.zonaWaktu ?? 'WIB';
  const pages = data ? Math.max(1, Math.ceil(data.total / OUTBOX_PAGE_SIZE)) : 1;
  const forbidden = isApiError(error) && error.status === 403;
  return (
    <>
      <PageHeader title={t('pengaturan.outboxTitle')} description={t('pengaturan.outboxDescription')} />
      {isPending ? (
        <Loading />
      ) : forbidden ? (
        <Alert color="red" role="alert">
          {t('common.forbidden')}
        </Alert>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('pengaturan.outboxTotal', { count: data.total })}
          </Text>
          <DataTable
            minWidth={720}
            striped
            highlightOnHover
            testId="outbox-table"
            columns={[t('pengaturan.dibuat'), t('pengaturan.kepada'), t('pengaturan.subjek'), t('pengaturan.status'), t('pengaturan.terkirim')]}
            items={data.items}
            renderRow={(m) => (
              <Table.Tr key={m.id} data-testid="outbox-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatWaktu(m.dibuatAt, zona)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.kepada}</Table.Td>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => setBuka(m)}
                    style={{ textDecoration: 'underline', color: 'var(--mantine-color-anchor)', textAlign: 'left', overflowWrap: 'anywhere' }}
                    data-testid="outbox-buka"
                  >
                    {m.subjek}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={m.status} />
                  {m.percobaan > 1 ? (
                    <Text size="xs" c="dimmed">
                      {t('pengaturan.nPercobaan', { n: m.percobaan })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.terkirimAt ? formatWaktu(m.terkirimAt, zona) : '—'}</Table.Td>
              </Table.Tr>
            )}
          />
          {pages > 1 ? <Pagination total={pages} value={halaman} onChange={setHalaman} size="sm" aria-label={t('common.pagination')} /> : null}
        </Stack>
      )}
      <Pesan item={buka} zona={zona} onClose={() => setBuka(null)} />
    </>
  );
}
