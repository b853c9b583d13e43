import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { isApiError } from '@/lib/api-client';
import { formatTanggal } from '@/lib/format';
import { KATEGORI, eksporUrl, kirimPengingat, monitoringQuery, type Angka, type Kategori, type MonitoringRow } from '../api/skp-monitoring';
import { PegawaiModal, type PegawaiSel } from '../components/pegawai-modal';


interface Crumb {
  id: string;
  nama: string;
}

function Count({ n, onClick, label }: { n: number; onClick: () => void; label: string }) {
  if (n === 0) return <Text size="sm" c="dimmed">0</Text>;
  return (
    <UnstyledButton onClick={onClick} aria-label={label} data-testid="monitoring-count" style={{ textDecoration: 'underline', color: 'var(--mantine-color-anchor)' }}>
      {n}
    </UnstyledButton>
  );
}

export function SkpMonitoringPage(): JSX.Element {
  const { t } = useTranslation();
  const [tahun, setTahun] = useState(tahunIni);
  const [path, setPath] = useState<Crumb[]>([]);
  const [sel, setSel] = useState<PegawaiSel | null>(null);
  const [confirm, setConfirm] = useState(false);
  const unitId = path.length > 0 ? (path[path.length - 1]?.id ?? null) : null;
  const { data, error, isPending } = useQuery(monitoringQuery(tahun, unitId));
  const pengingat = useMutation({ mutationFn: () => kirimPengingat(tahun, unitId), onSuccess: () => setConfirm(false) });
  const katLabel: Readonly<Record<string, string>> = t('skpMonitoring.kategori', { returnObjects: true });


  const open = (row: MonitoringRow | null, status: Kategori | null) => {
    const unitNama = row ? row.nama : (data?.unit?.nama ?? t('skpMonitoring.semuaUnit'));
    setSel({
      filter: { tahun, unitId: row ? row.unitId : unitId, status, langsung: row?.langsung ?? false },
      unitNama,
      statusNama: status ? (katLabel[status] ?? status) : t('skpMonitoring.semuaStatus'),
    });
  };

  const cells = (a: Angka, row: MonitoringRow | null, nama: string) => (
    <>
      {KATEGORI.map((k) => (
        <Table.Td key={k} ta="right">
          <Count n={a.jumlah[k]} onClick={() => open(row, k)} label={`${nama}: ${katLabel[k] ?? k} (${a.jumlah[k]})`} />
        </Table.Td>
      ))}
      <Table.Td ta="right" fw={600}>
        <Count n={a.total} onClick={() => open(row, null)} label={`${nama}: ${t('skpMonitoring.total')} (${a.total})`} />
      </Table.Td>
      <Table.Td ta="right">{`${a.persenDisetujui.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`}</Table.Td>
      <Table.Td ta="right">
        <Text size="sm" c={a.jumlahTerlambat > 0 ? 'red' : undefined} fw={a.jumlahTerlambat > 0 ? 600 : undefined}>
          {a.jumlahTerlambat}
        </Text>
      </Table.Td>
    </>
  );

  const forbidden = isApiError(error) && error.status === 403;

  return (
    <>
      <PageHeader
        title={t('skpMonitoring.title')}
        description={t('skpMonitoring.description')}
        actions={
          <>
            <TahunSelect
              label={t('skpTemplat.tahun')}
              value={tahun}
              onChange={(v) => {
                setTahun(v);
                pengingat.reset();
              }}
              testId="monitoring-tahun"
            />
            {data ? (
              <>
                <Button variant="light" onClick={() => setConfirm(true)} data-testid="monitoring-pengingat">
                  {t('skpMonitoring.pengingat')}
                </Button>
                <Button component="a" href={eksporUrl(tahun, unitId)} variant="default" data-testid="monitoring-ekspor">
                  {t('skpMonitoring.ekspor')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {pengingat.data ? (
        <Alert color="green" mb="sm" role="status" data-testid="monitoring-pengingat-hasil" withCloseButton onClose={() => pengingat.reset()}>
          {t('skpMonitoring.pengingatTerkirim', { n: pengingat.data.dikirim })}
        </Alert>
      ) : null}
      <Breadcrumbs mb="sm" data-testid="monitoring-breadcrumb">
        {path.length === 0 ? (
          <Text size="sm" fw={600}>
            {t('skpMonitoring.semuaUnit')}
          </Text>
        ) : (
          <Anchor component="button" type="button" size="sm" onClick={() => setPath([])}>
            {t('skpMonitoring.semuaUnit')}
          </Anchor>
        )}
        {path.map((c, i) =>
          i === path.length - 1 ? (
            <Text key={c.id} size="sm" fw={600}>
              {c.nama}
            </Text>
          ) : (
            <Anchor key={c.id} component="button" type="button" size="sm" onClick={() => setPath((p) => p.slice(0, i + 1))}>
              {c.nama}
            </Anchor>
          ),
        )}
      </Breadcrumbs>
      {isPending ? (
        <Loading />
      ) : forbidden ? (
        <Alert color="red" role="alert" data-testid="monitoring-forbidden">
          {t('common.forbidden')}
        </Alert>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <>
          <Group gap="xs" mb="sm">
            <Badge color={data.terlambat ? 'red' : 'blue'} variant="light" style={{ textTransform: 'none' }} data-testid="monitoring-batas">
              {t('skpMonitoring.batasWaktu', { tanggal: formatTanggal(data.batasWaktu) })}
            </Badge>
            {data.terlambat ? (
              <Badge color="red" style={{ textTransform: 'none' }}>
                {t('skpMonitoring.lewatBatas')}
              </Badge>
            ) : null}
          </Group>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover data-testid="monitoring-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('skpMonitoring.unit')}</Table.Th>
                  {KATEGORI.map((k) => (
                    <Table.Th key={k} ta="right">
                      {katLabel[k] ?? k}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('skpMonitoring.total')}</Table.Th>
                  <Table.Th ta="right">{t('skpMonitoring.persen')}</Table.Th>
                  <Table.Th ta="right">{t('skpMonitoring.terlambat')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((row) => {
                  const nama = row.langsung ? `${row.nama} ${t('skpMonitoring.langsung')}` : row.nama;
                  return (
                    <Table.Tr key={`${row.unitId}-${row.langsung ? 'l' : 'u'}`} data-testid="monitoring-row">
                      <Table.Td>
                        {!row.langsung && row.unitId !== unitId ? (
                          <Anchor
                            component="button"
                            type="button"
                            size="sm"
                            fw={500}
                            ta="left"
                            onClick={() => setPath((p) => [...p, { id: row.unitId, nama: row.nama }])}
                            data-testid="monitoring-unit"
                          >
                            {row.nama}
                          </Anchor>
                        ) : (
                          <Text size="sm" fs={row.langsung ? 'italic' : undefined}>
                            {nama}
                          </Text>
                        )}
                      </Table.Td>
                      {cells(row, row, nama)}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-testid="monitoring-total" style={{ fontWeight: 700 }}>
                  <Table.Th>{t('skpMonitoring.jumlah')}</Table.Th>
                  {cells(data.ringkasan, null, t('skpMonitoring.jumlah'))}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <PegawaiModal sel={sel} onClose={() => setSel(null)} />
      <ConfirmModal
        opened={confirm}
        title={t('skpMonitoring.pengingatTitle')}
        message={t('skpMonitoring.pengingatConfirm', { tahun })}
        confirmLabel={t('skpMonitoring.pengingat')}
        color="blue"
        loading={pengingat.isPending}
        error={pengingat.error}
        onConfirm={() => pengingat.mutate()}
        onClose={() => setConfirm(false)}
      />
    </>
  );
}
