import { Alert, Anchor, Divider, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { PREDIKAT_LABEL } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatTanggal } from '@/lib/format';
import { daftarBendaharaQuery, sayaQuery, xlsxUrl, type RincianTpp } from '../api/tpp';
import { rupiah } from '../components/rupiah';

const route = getRouteApi('/app/tpp/saya');

function Baris({ label, nilai, kuat, testId }: { label: string; nilai: string; kuat?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" data-testid={testId}>
      <Text size="sm" fw={kuat ? 600 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={kuat ? 700 : undefined} style={{ flexShrink: 0 }}>
        {nilai}
      </Text>
    </Group>
  );
}

function Rincian({ r }: { r: RincianTpp }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Text size="sm" c="dimmed">
          {t('tpp.dibayar')}
        </Text>
        <Text fz={28} fw={700} data-testid="tpp-dibayar" data-nilai={r.dibayar}>
          {rupiah(r.dibayar)}
        </Text>
        {r.pembatasan > 0 ? (
          <Text size="xs" c="dimmed">
            {t('tpp.pembatasan', { n: rupiah(r.pembatasan) })}
          </Text>
        ) : null}
      </Paper>
      <Paper withBorder p="sm">
        <Stack gap={6}>
          <Baris label={t('tpp.basis')} nilai={rupiah(r.basis)} />
          {r.tambahanPlt > 0 ? <Baris label={t('tpp.tambahanPlt')} nilai={rupiah(r.tambahanPlt)} /> : null}
          <Divider />
          <Baris label={t('tpp.kinerja')} nilai={rupiah(r.kinerja.diterima)} kuat />
          <Text size="xs" c="dimmed">
            {r.kinerja.keterangan}
          </Text>
          <Divider />
          <Baris label={t('tpp.disiplin')} nilai={rupiah(r.disiplin.diterima)} kuat />
          <Text size="xs" c="dimmed">
            {t('tpp.potonganDisiplin', { persen: String(r.disiplin.potonganPersen).replace('.', ','), n: rupiah(r.disiplin.potongan) })}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-labelledby="tpp-potongan-judul">
        <Title order={2} fz="md" id="tpp-potongan-judul" mb="xs">
          {t('tpp.potonganHarian')}
        </Title>
        {r.potonganHarian.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="tpp-tanpa-potongan">
            {t('tpp.tanpaPotongan')}
          </Text>
        ) : (
          <Stack gap={4}>
            {r.potonganHarian.map((p) => (
              <Group key={`${p.tanggal}-${p.jenis}`} justify="space-between" gap="xs" wrap="nowrap" data-testid="tpp-potongan-hari" data-tanggal={p.tanggal} data-jenis={p.jenis}>
                <div>
                  <Text size="sm">{formatTanggal(p.tanggal)}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`tpp.jenisPotongan.${p.jenis}`, { menit: p.menit ?? 0 })}
                  </Text>
                </div>
                <Text size="sm" style={{ flexShrink: 0 }}>
                  {String(p.persen).replace('.', ',')}%
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}

/** For a bendahara: the approved lists of their perangkat daerah to download (nothing for anyone else). */
function DaftarBendahara() {
  const { t } = useTranslation();
  const { data } = useQuery(daftarBendaharaQuery());
  if (!data?.items.length) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="tpp-bendahara-judul" data-testid="tpp-bendahara">
      <Title order={2} fz="md" id="tpp-bendahara-judul" mb="xs">
        {t('tpp.bendaharaJudul')}
      </Title>
      <Stack gap={4}>
        {data.items.map((d) => (
          <Group key={`${d.runId}-${d.perangkatDaerah.id}`} justify="space-between" gap="xs">
            <Text size="sm">
              {d.bulan} · {d.perangkatDaerah.nama} · {t('tpp.ringkasRun', { n: d.jumlahPegawai, total: rupiah(d.total) })}
            </Text>
            <Anchor href={xlsxUrl(d.runId, d.perangkatDaerah.id)} size="sm">
              XLSX
            </Anchor>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** My TPP of a month (an approved run): what is paid, each component, every deduction with its day. */
export function TppSayaPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data, error, isPending } = useQuery(sayaQuery(search.bulan ?? null));
  return (
    <>
      <PageHeader title={t('tpp.sayaJudul')} description={t('tpp.sayaKeterangan')} />
      <DaftarBendahara />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.bulanTersedia.length === 0 ? (
        <Text c="dimmed" data-testid="tpp-kosong">
          {t('tpp.belumAda')}
        </Text>
      ) : (
        <Stack gap="sm" maw={560}>
          <Select
            label={t('tpp.bulan')}
            allowDeselect={false}
            data={data.bulanTersedia.map((b) => ({ value: b, label: b }))}
            value={data.bulan}
            onChange={(v) => v && void navigate({ search: { bulan: v }, replace: true })}
            data-testid="tpp-bulan"
          />
          {data.predikat ? (
            <Text size="sm" c="dimmed">
              {t('tpp.predikatKelas', { predikat: PREDIKAT_LABEL[data.predikat], kelas: data.kelas ?? '—' })}
            </Text>
          ) : null}
          {data.gagal ? (
            <Alert color="orange" data-testid="tpp-gagal">
              {t('tpp.gagal', { alasan: data.gagal })}
            </Alert>
          ) : data.rincian ? (
            <Rincian r={data.rincian} />
          ) : null}
        </Stack>
      )}
    </>
  );
}
