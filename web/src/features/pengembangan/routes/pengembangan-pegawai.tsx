import { Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { isApiError } from '@/lib/api-client';
import { formatNip } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { pegawaiQuery, type PengembanganPegawai } from '../api/pengembangan';
import { JpProgress } from '../components/jp-progress';
import { KebutuhanSection } from '../components/kebutuhan';
import { PelatihanSection } from '../components/pelatihan';
import { barisDari, RencanaSection, type BarisRencana } from '../components/rencana';

const rootSaya = getRouteApi('/app/pengembangan');
const rootPegawai = getRouteApi('/app/pengembangan/pegawai/$id');

/** The page body once loaded: the plan's draft lines live here so a suggestion can be added to them. */
function Isi({ data }: { data: PengembanganPegawai }) {
  const [baris, setBaris] = useState<BarisRencana[]>(() => (data.rencana ? data.rencana.items.map(barisDari) : []));
  const tambah = (s: PengembanganPegawai['saran'][number]) =>
    setBaris((b) =>
      b.some((x) => x.pelatihanId === s.pelatihan.id)
        ? b
        : [...b, { pelatihanId: s.pelatihan.id, judul: s.pelatihan.judul, jenisKompetensi: s.pelatihan.jenisKompetensi, jp: s.pelatihan.jp, kebutuhan: s.kebutuhan[0]?.uraian ?? '', bulanTarget: null }],
    );
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Stack gap={6}>
          <JpProgress jp={data.jp} />
          <Text size="xs" c="dimmed">
            {data.dasarHukum}
          </Text>
        </Stack>
      </Paper>
      <KebutuhanSection data={data} onTambah={data.can.ubahRencana ? tambah : null} />
      <RencanaSection data={data} baris={baris} setBaris={setBaris} />
      <PelatihanSection data={data} />
    </Stack>
  );
}

function Halaman({ pegawaiId, tahun, sendiri, onTahun }: { pegawaiId: string; tahun: number; sendiri: boolean; onTahun: (t: number) => void }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(pegawaiQuery(pegawaiId, tahun));
  return (
    <>
      <PageHeader
        title={sendiri ? t('pengembangan.judulSaya') : t('pengembangan.judulPegawai', { nama: data?.pegawai.nama ?? '' })}
        description={
          data && !sendiri ? (
            <>
              NIP {formatNip(data.pegawai.nip)} · {[data.pegawai.jabatan, data.pegawai.unit].filter(Boolean).join(' · ')}
            </>
          ) : (
            t('pengembangan.keterangan')
          )
        }
        actions={<TahunSelect value={tahun} onChange={onTahun} label={t('pengembangan.tahun')} testId="pengembangan-tahun" />}
      />
      <Group gap="md" mb="sm">
        <AnchorLink to="/pengembangan/katalog" size="sm">
          {t('pengembangan.lihatKatalog')}
        </AnchorLink>
        <AnchorLink to="/tindak-lanjut-saya" size="sm">
          {t('nav.tindakLanjutSaya')}
        </AnchorLink>
      </Group>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} title={isApiError(error) && error.status === 404 ? t('pengembangan.tidakDitemukan') : undefined} testId="pengembangan-galat" />
      ) : (
        // A new version of the plan (saved, proposed, returned, agreed) starts the page's editing afresh.
        <Isi key={`${data.pegawai.id}:${data.tahun}:${data.rencana?.rowVersion ?? 0}`} data={data} />
      )}
    </>
  );
}

/** My own development year. */
export function PengembanganSayaPage(): JSX.Element {
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const search = rootSaya.useSearch();
  const navigate = rootSaya.useNavigate();
  if (!me) return <Loading />;
  return <Halaman pegawaiId={me.pegawaiId} tahun={search.tahun ?? tahunIni()} sendiri onTahun={(tahun) => void navigate({ search: { tahun }, replace: true })} />;
}

/** A pegawai's development year, as their superior, BKPSDM or pimpinan sees it (the server decides; others get 404). */
export function PengembanganPegawaiPage(): JSX.Element {
  const { id } = rootPegawai.useParams();
  const search = rootPegawai.useSearch();
  const navigate = rootPegawai.useNavigate();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  return <Halaman pegawaiId={id} tahun={search.tahun ?? tahunIni()} sendiri={me?.pegawaiId === id} onTahun={(tahun) => void navigate({ search: { tahun }, replace: true })} />;
}
