import { Anchor, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { ALASAN_PERHATIAN_LABEL, ATURAN_PERHATIAN_DEFAULT, NAMA_BULAN } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { formatAngka } from '@/lib/format';
import { pimpinanQuery, type BerandaPimpinan as Data } from '../api/beranda';
import { AngkaKartu, AngkaSel } from './angka';
import { Catatan } from './catatan';
import { Sebaran } from './sebaran';

/** The share of pegawai who reported, month by month: small bars, the month's value on hover; orange below the share the attention rule asks for. */
function Tren({ tren }: { tren: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={2} align="flex-end" h={28} wrap="nowrap" aria-label={t('beranda.pimpinan.tren')}>
      {tren.map((v, i) => (
        <Tooltip key={i} label={`${NAMA_BULAN[i] ?? ''}: ${formatAngka(v, 1)}%`}>
          <div style={{ width: 6, height: Math.max(2, (v / 100) * 28), background: v >= ATURAN_PERHATIAN_DEFAULT.minPersenLapor ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-orange-5)', borderRadius: 1 }} />
        </Tooltip>
      ))}
    </Group>
  );
}

/** The leaders' home: their organisation at a glance, per unit, each number a link to the list behind it. */
export function BerandaPimpinan(): JSX.Element {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(null);
  const q = useQuery(pimpinanQuery(unitId));
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const b: Data = q.data;
  const r = b.ringkasan;
  const pilihan = b.pilihan.map((p) => ({ value: p.unitId ?? '', label: p.nama }));
  if (b.cakupan.unitId && !pilihan.some((p) => p.value === b.cakupan.unitId)) pilihan.push({ value: b.cakupan.unitId, label: b.cakupan.nama });
  return (
    <Stack gap="sm" data-testid="beranda-pimpinan">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} fz="lg" data-testid="beranda-pimpinan-cakupan">
          {b.cakupan.nama}
        </Title>
        {pilihan.length > 1 ? (
          <Select size="xs" w={240} aria-label={t('beranda.pimpinan.cakupan')} data={pilihan} value={b.cakupan.unitId ?? ''} onChange={(v) => setUnitId(v ? v : null)} allowDeselect={false} />
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        <AngkaKartu angka={r.skpDisetujui} label={t('beranda.pimpinan.skpDisetujui')} keterangan={t('beranda.dari', { n: r.pegawai })} testId="beranda-pimpinan-skp" />
        <AngkaKartu angka={r.skpBelum} label={t('beranda.pimpinan.skpBelum')} sorot="orange" testId="beranda-pimpinan-skp-belum" />
        <AngkaKartu angka={r.sudahLapor} label={t('beranda.pimpinan.sudahLapor')} keterangan={t('beranda.dari', { n: r.pegawai })} testId="beranda-pimpinan-lapor" />
        <AngkaKartu angka={r.belumLapor} label={t('beranda.pimpinan.belumLapor')} testId="beranda-pimpinan-belum-lapor" />
        <AngkaKartu angka={r.perluPerhatian} label={t('beranda.pimpinan.perhatian')} keterangan={b.periode?.label} sorot="red" testId="beranda-pimpinan-perhatian" />
      </SimpleGrid>

      <Paper withBorder p="sm" radius="md">
        <Title order={3} fz="md" mb={6}>
          {t('beranda.pimpinan.perUnit')}
        </Title>
        <Text size="xs" c="dimmed" mb={6}>
          {b.periode ? t('beranda.pimpinan.periode', { periode: b.periode.label }) : t('beranda.pimpinan.tanpaPeriode')}
        </Text>
        <DataTable
          striped
          verticalSpacing={4}
          fz="sm"
          minWidth={720}
          testId="beranda-pimpinan-unit"
          columns={[t('beranda.pimpinan.unit'), t('beranda.pimpinan.pegawai'), t('beranda.pimpinan.skpDisetujui'), t('beranda.pimpinan.sudahLapor'), t('beranda.pimpinan.tren'), t('beranda.pimpinan.predikat'), t('beranda.pimpinan.catatan')]}
          numericColumns={[1, 2, 3]}
          items={b.unit}
          renderRow={(u) => (
            <Table.Tr key={u.unitId} data-testid="beranda-pimpinan-baris">
              <Table.Td>
                <Anchor component="button" type="button" size="sm" onClick={() => setUnitId(u.unitId)} ta="left">
                  {u.nama}
                </Anchor>
                {u.induk ? (
                  <Text size="xs" c="dimmed">
                    {u.induk}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">{u.pegawai}</Table.Td>
              <Table.Td ta="right">
                <AngkaSel angka={u.skpDisetujui} />
              </Table.Td>
              <Table.Td ta="right">
                <AngkaSel angka={u.sudahLapor} />
              </Table.Td>
              <Table.Td>
                <Tren tren={u.tren} />
              </Table.Td>
              <Table.Td>
                <Sebaran isi={(p) => <AngkaSel angka={u.distribusi[p]} />} />
              </Table.Td>
              <Table.Td>
                <Catatan label={u.perhatian.map((a) => ALASAN_PERHATIAN_LABEL[a])} />
              </Table.Td>
            </Table.Tr>
          )}
        />
        <Group justify="space-between" gap="xs" mt={4} wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('beranda.pimpinan.urutanPredikat')}
          </Text>
          {b.periode ? (
            <AnchorLink to="/penilaian/periode/$id" params={{ id: b.periode.id }} size="xs" data-testid="beranda-pimpinan-kurva">
              {t('beranda.pimpinan.kurva')}
            </AnchorLink>
          ) : null}
        </Group>
      </Paper>

      {b.layananPublik.length ? (
        <Paper withBorder p="sm" radius="md">
          <Title order={3} fz="md" mb={6}>
            {t('beranda.pimpinan.layananPublik')}
          </Title>
          <Table verticalSpacing={4} fz="sm" data-testid="beranda-pimpinan-layanan">
            <Table.Tbody>
              {b.layananPublik.map((l) => (
                <Table.Tr key={l.titikId}>
                  <Table.Td>
                    {l.nama}
                    <Text size="xs" c="dimmed">
                      {l.unit}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{l.rataRata === null ? '—' : `${formatAngka(l.rataRata, 2)} / 5`}</Table.Td>
                  <Table.Td ta="right">{t('beranda.pimpinan.jawaban', { n: l.jawaban })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </Stack>
  );
}
