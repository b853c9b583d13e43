import { Alert, Badge, Box, Button, Group, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { formatNip } from '@/lib/format';
import { isOneOf } from '@/lib/labels';
import { unitOptions } from '@/lib/unit-options';
import {
  LINGKUP,
  UKURAN_HALAMAN,
  peringkatQuery,
  peringkatXlsxUrl,
  unitsQuery,
  type BarisPeringkat,
  type LingkupPeringkat,
  type PeringkatFilter,
  type PeringkatResponse,
  type Unit,
} from '../api/tindak-lanjut';
import { GalatAkses } from '../components/galat-akses';
import { PredikatBadge, ratingLabel } from '../components/labels';
import { PeriodeSelect, periodeAwal, usePeriodeTersedia } from '../components/periode-select';

const route = getRouteApi('/app/tindak-lanjut/peringkat');

interface Kelompok {
  lingkup: LingkupPeringkat;
  unitId: string | null;
}

/** Roles that may rank the whole pemda (tim penilai members may too; the server knows them). */
const SELURUH_PEMDA = ['ADMIN_BKPSDM', 'PIMPINAN'];

/**
 * Where the page opens: BKPSDM and pimpinan on the whole pemda; a unit head on the unit they head
 * (as a perangkat daerah when it is one); a pengelola kinerja on the perangkat daerah choice;
 * anyone else on the pemda (a tim penilai member may see it; the server answers for the rest).
 */
function kelompokAwal(roles: readonly string[], pegawaiId: string, units: readonly Unit[] | undefined): Kelompok {
  if (roles.some((r) => SELURUH_PEMDA.includes(r))) return { lingkup: 'PEMDA', unitId: null };
  const dipimpin = units?.find((u) => u.aktif && u.kepala?.pegawaiId === pegawaiId);
  if (dipimpin) return { lingkup: dipimpin.perangkatDaerah ? 'PERANGKAT_DAERAH' : 'UNIT', unitId: dipimpin.id };
  if (roles.includes('PENGELOLA_KINERJA')) return { lingkup: 'PERANGKAT_DAERAH', unitId: null };
  return { lingkup: 'PEMDA', unitId: null };
}

/** "Rating hasil kerja (…)" → "rating hasil kerja (…)" (only the first letter: "RHK" stays). */
const kecilAwal = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function Peringkat({ b }: { b: BarisPeringkat }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Text fw={700} size="sm" data-testid="peringkat-nomor">
        {b.seri ? `${b.peringkat}=` : b.peringkat}
      </Text>
      {b.seri ? (
        <Badge size="xs" variant="light" color="gray" title={t('tindakLanjut.peringkat.seriKeterangan')} data-testid="peringkat-seri">
          {t('tindakLanjut.peringkat.seri')}
        </Badge>
      ) : null}
    </Group>
  );
}

function Ringkasan({ data, cari }: { data: PeringkatResponse; cari: boolean }) {
  const { t } = useTranslation();
  const urutan = data.kriteria.length > 0 ? t('tindakLanjut.peringkat.urutan', { kriteria: data.kriteria.map((k) => kecilAwal(k.label)).join(', ') }) : t('tindakLanjut.peringkat.urutanPredikat');
  return (
    <Stack gap={6} mb="sm" data-testid="peringkat-ringkasan">
      <Text size="sm" fw={600}>
        {data.periode.label}
        {' · '}
        {data.unit ? `${data.unit.nama}${data.unit.induk ? ` (${data.unit.induk})` : ''}` : t('tindakLanjut.peringkat.seluruhPemda')}
      </Text>
      <Text size="sm" data-testid="peringkat-urutan">
        {urutan}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" style={{ textTransform: 'none' }} data-testid="peringkat-jumlah">
          {t('tindakLanjut.peringkat.jumlah', { n: data.jumlah })}
        </Badge>
        <Badge variant="light" color={data.belumFinal > 0 ? 'yellow' : 'gray'} style={{ textTransform: 'none' }} data-testid="peringkat-belum-final">
          {t('tindakLanjut.peringkat.belumFinal', { n: data.belumFinal })}
        </Badge>
        {cari ? (
          <Badge variant="light" color="grape" style={{ textTransform: 'none' }} data-testid="peringkat-tersaring">
            {t('tindakLanjut.peringkat.tersaring', { n: data.jumlahTersaring })}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" data-testid="peringkat-dasar-hukum">
        {data.dasarHukum}
      </Text>
    </Stack>
  );
}

function TabelPeringkat({ baris }: { baris: readonly BarisPeringkat[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      minWidth={1240}
      striped
      highlightOnHover
      verticalSpacing="xs"
      testId="peringkat-tabel"
      columns={[
        t('tindakLanjut.peringkat.kolom.peringkat'),
        t('tindakLanjut.peringkat.kolom.pegawai'),
        t('tindakLanjut.peringkat.kolom.jabatan'),
        t('tindakLanjut.peringkat.kolom.unit'),
        t('tindakLanjut.peringkat.kolom.predikat'),
        t('tindakLanjut.peringkat.kolom.ratingHasilKerja'),
        t('tindakLanjut.peringkat.kolom.ratingPerilaku'),
        t('tindakLanjut.peringkat.kolom.rhkDiAtas'),
        t('tindakLanjut.peringkat.kolom.rhkDiBawah'),
      ]}
      items={baris}
      renderRow={(b) => (
        <Table.Tr key={b.evaluasiId} data-testid="peringkat-baris" data-peringkat={b.peringkat} data-seri={b.seri ? 'ya' : undefined}>
          <Table.Td>
            <Peringkat b={b} />
          </Table.Td>
          <Table.Td miw={200}>
            <Text size="sm" fw={600}>
              {b.pegawai.nama}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              NIP {formatNip(b.pegawai.nip)}
            </Text>
          </Table.Td>
          <Table.Td miw={180}>
            <Text size="sm">{b.jabatan ?? '—'}</Text>
          </Table.Td>
          <Table.Td miw={180}>
            <Text size="sm">{b.unit.nama}</Text>
            {b.perangkatDaerah && b.perangkatDaerah.id !== b.unit.id ? (
              <Text size="xs" c="dimmed">
                {b.perangkatDaerah.nama}
              </Text>
            ) : null}
          </Table.Td>
          <Table.Td>
            <PredikatBadge predikat={b.predikat} />
          </Table.Td>
          <Table.Td>
            <Text size="sm">{ratingLabel(b.ratingHasilKerja)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{ratingLabel(b.ratingPerilaku)}</Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm">{t('tindakLanjut.peringkat.dari', { n: b.rhkDiAtas, jumlah: b.rhkJumlah })}</Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm">{t('tindakLanjut.peringkat.dari', { n: b.rhkDiBawah, jumlah: b.rhkJumlah })}</Text>
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}

/** Pemeringkatan kinerja: a period's final results ranked within the pemda, a perangkat daerah or a unit. */
export function PeringkatPage(): JSX.Element {
  const { t } = useTranslation();
  const { me } = route.useRouteContext();
  const periode = usePeriodeTersedia();
  const units = useQuery(unitsQuery);
  const [periodeDipilih, setPeriodeId] = useState<string | null>(null);
  const [kelompokDipilih, setKelompok] = useState<Kelompok | null>(null);
  const [cari, setCari] = useState('');
  const [q] = useDebouncedValue(cari.trim(), 350);

  const periodeId = periodeDipilih ?? periodeAwal(periode.items);
  const { lingkup, unitId } = kelompokDipilih ?? kelompokAwal(me.roles, me.pegawaiId, units.data);
  // Who is not BKPSDM or pimpinan starts on the unit they head: wait for the units before asking.
  const menungguUnit = kelompokDipilih === null && !me.roles.some((r) => SELURUH_PEMDA.includes(r)) && units.isPending;
  const siap = periodeId !== null && !menungguUnit && (lingkup === 'PEMDA' || unitId !== null);

  // The page number belongs to one filter: any other filter starts again at page 1.
  const kunciFilter = JSON.stringify([periodeId, lingkup, unitId, q]);
  const [hal, setHal] = useState({ kunci: kunciFilter, n: 1 });
  const halaman = hal.kunci === kunciFilter ? hal.n : 1;

  const filter: PeringkatFilter = { periodeId: periodeId ?? '', lingkup, unitId, halaman, q };
  const peringkat = useQuery({ ...peringkatQuery(filter), enabled: siap });
  const data = peringkat.data;
  const halamanTotal = data ? Math.max(1, Math.ceil(data.jumlahTersaring / data.ukuran)) : 1;

  const semuaUnit = units.data ?? [];
  const unitData =
    lingkup === 'PERANGKAT_DAERAH'
      ? semuaUnit
          .filter((u) => u.perangkatDaerah && (u.aktif || u.id === unitId))
          .sort((a, b) => a.nama.localeCompare(b.nama, 'id'))
          .map((u) => ({ value: u.id, label: u.nama }))
      : unitOptions(semuaUnit.filter((u) => u.aktif || u.id === unitId));

  return (
    <>
      <PageHeader
        title={t('tindakLanjut.peringkat.judul')}
        description={t('tindakLanjut.peringkat.keterangan')}
        actions={
          siap && data && !peringkat.isError ? (
            <Button component="a" href={peringkatXlsxUrl({ periodeId: periodeId ?? '', lingkup, unitId })} download variant="default" size="sm" data-testid="peringkat-unduh-xlsx">
              {t('tindakLanjut.unduhXlsx')}
            </Button>
          ) : null
        }
      />
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: lingkup === 'PEMDA' ? 3 : 4 }} spacing="sm" mb="md">
          <PeriodeSelect items={periode.items} value={periodeId} onChange={setPeriodeId} />
          <Select
            label={t('tindakLanjut.peringkat.lingkup')}
            allowDeselect={false}
            data={LINGKUP.map((l) => ({ value: l, label: t(`tindakLanjut.peringkat.lingkupLabel.${l}`) }))}
            value={lingkup}
            onChange={(v) => {
              if (!isOneOf(LINGKUP, v) || v === lingkup) return;
              // A unit stays chosen when it fits the new lingkup (a perangkat daerah is also a unit).
              const tetap = v === 'UNIT' || (v === 'PERANGKAT_DAERAH' && semuaUnit.some((u) => u.id === unitId && u.perangkatDaerah));
              setKelompok({ lingkup: v, unitId: tetap ? unitId : null });
            }}
            data-testid="peringkat-lingkup"
          />
          {lingkup !== 'PEMDA' ? (
            <Select
              label={lingkup === 'PERANGKAT_DAERAH' ? t('tindakLanjut.peringkat.perangkatDaerah') : t('tindakLanjut.peringkat.unit')}
              placeholder={lingkup === 'PERANGKAT_DAERAH' ? t('tindakLanjut.peringkat.pilihPerangkatDaerah') : t('tindakLanjut.peringkat.pilihUnit')}
              data={unitData}
              value={unitId}
              onChange={(v) => setKelompok({ lingkup, unitId: v })}
              searchable
              nothingFoundMessage={t('common.empty')}
              error={fieldError(peringkat.error, 'unitId')}
              disabled={units.isPending}
              data-testid="peringkat-unit"
            />
          ) : null}
          <TextInput
            label={t('common.search')}
            placeholder={t('tindakLanjut.peringkat.cariPlaceholder')}
            type="search"
            value={cari}
            onChange={(e) => setCari(e.currentTarget.value)}
            data-testid="peringkat-cari"
          />
        </SimpleGrid>
      </form>
      {periode.isPending || menungguUnit ? (
        <Loading />
      ) : periode.error ? (
        <GalatAkses error={periode.error} siapa={t('tindakLanjut.peringkat.siapa')} />
      ) : periodeId === null ? (
        <Alert color="gray" data-testid="peringkat-tanpa-periode">
          {t('tindakLanjut.peringkat.belumAdaPeriode')}
        </Alert>
      ) : !siap ? (
        <Alert color="blue" variant="light" data-testid="peringkat-pilih-unit">
          {lingkup === 'PERANGKAT_DAERAH' ? t('tindakLanjut.peringkat.pilihPerangkatDaerahDulu') : t('tindakLanjut.peringkat.pilihUnitDulu')}
        </Alert>
      ) : peringkat.isPending ? (
        <Loading />
      ) : peringkat.isError ? (
        <GalatAkses error={peringkat.error} siapa={t('tindakLanjut.peringkat.siapa')} testId="peringkat-galat" />
      ) : (
        <Box style={{ opacity: peringkat.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={peringkat.isPlaceholderData}>
          <Ringkasan data={peringkat.data} cari={q !== ''} />
          {peringkat.data.jumlah === 0 ? (
            <Alert color="gray" mb="sm" data-testid="peringkat-kosong">
              {t('tindakLanjut.peringkat.kosong')}
            </Alert>
          ) : null}
          <TabelPeringkat baris={peringkat.data.baris} />
          {halamanTotal > 1 ? (
            <Group justify="space-between" mt="sm" gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed">
                {t('common.showing', {
                  from: (halaman - 1) * UKURAN_HALAMAN + 1,
                  to: Math.min(halaman * UKURAN_HALAMAN, peringkat.data.jumlahTersaring),
                  total: peringkat.data.jumlahTersaring,
                })}
              </Text>
              <Pagination
                total={halamanTotal}
                value={halaman}
                onChange={(n) => setHal({ kunci: kunciFilter, n })}
                size="sm"
                siblings={0}
                aria-label={t('common.pagination')}
                data-testid="peringkat-halaman"
              />
            </Group>
          ) : null}
        </Box>
      )}
    </>
  );
}
