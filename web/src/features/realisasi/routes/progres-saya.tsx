import { Alert, Anchor, Button, Group, Pagination, Stack, Tabs, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { berandaQuery, daftarQuery, HALAMAN, hapusRealisasi, realisasiKeys, type RealisasiItem } from '../api/realisasi';
import { AntrianPanel } from '../components/antrian-panel';
import { FormHost, HasilAlert, usePegawaiHariIni } from '../components/form-host';
import type { FormMode, HasilForm } from '../components/realisasi-form';
import { RealisasiCard } from '../components/realisasi-card';

const route = getRouteApi('/app/progres');
// Loaded with its tab: the period rules of @capaian/domain bring their schemas along.
const RencanaAksiSection = lazy(() => import('../components/rencana-aksi-section').then((m) => ({ default: m.RencanaAksiSection })));

function EntriList({ pegawaiId, tahun, onUbah }: { pegawaiId: string; tahun: number; onUbah: (item: RealisasiItem) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [halaman, setHalaman] = useState(1);
  const [hapus, setHapus] = useState<RealisasiItem | null>(null);
  const q = useQuery(daftarQuery(pegawaiId, tahun, halaman));
  const hapusMutation = useMutation({
    mutationFn: (id: string) => hapusRealisasi(id),
    onSuccess: async () => {
      setHapus(null);
      await queryClient.invalidateQueries({ queryKey: realisasiKeys.all });
    },
  });
  useEffect(() => setHalaman(1), [tahun]);

  if (q.isPending) return <Loading />;
  if (q.error && !q.data) return <ErrorAlert error={q.error} />;
  const { items, total } = q.data;
  const pages = Math.max(1, Math.ceil(total / HALAMAN));
  return (
    <Stack gap="sm" data-testid="realisasi-list">
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('realisasi.belumAdaEntri')}
        </Text>
      ) : (
        items.map((item) => (
          <RealisasiCard
            key={item.id}
            item={item}
            onUbah={onUbah}
            onHapus={(i) => {
              hapusMutation.reset();
              setHapus(i);
            }}
          />
        ))
      )}
      {pages > 1 ? <Pagination total={pages} value={halaman} onChange={setHalaman} size="sm" aria-label={t('common.pagination')} /> : null}
      <ConfirmModal
        opened={!!hapus}
        title={t('realisasi.hapusJudul')}
        message={t('realisasi.hapusPesan')}
        confirmLabel={t('common.delete')}
        loading={hapusMutation.isPending}
        error={hapusMutation.error}
        onClose={() => setHapus(null)}
        onConfirm={() => hapus && hapusMutation.mutate(hapus.id)}
      />
    </Stack>
  );
}

export function ProgresSayaPage(): JSX.Element {
  const { t } = useTranslation();
  const { pegawaiId, hariIni } = usePegawaiHariIni();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [tahun, setTahun] = useState(tahunIni);
  const q = useQuery(berandaQuery(pegawaiId, tahun));
  const [mode, setMode] = useState<FormMode | null>(null);
  const [hasil, setHasil] = useState<HasilForm | null>(null);
  const [autoOpened, setAutoOpened] = useState(false);
  const data = q.data;

  useEffect(() => {
    if (search.catat && !autoOpened && data?.can.catat) {
      setAutoOpened(true);
      setMode({ jenis: 'baru' });
      void navigate({ search: {}, replace: true });
    }
  }, [search.catat, autoOpened, data?.can.catat, navigate]);

  return (
    <>
      <PageHeader
        title={t('realisasi.title')}
        description={t('realisasi.intro')}
        actions={
          <>
            <TahunSelect value={tahun} onChange={setTahun} label={t('skp.tahun')} testId="realisasi-tahun" />
            {data?.can.catat ? (
              <Button
                onClick={() => {
                  setHasil(null);
                  setMode({ jenis: 'baru' });
                }}
                data-testid="catat-progres"
              >
                {t('realisasi.catat')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <HasilAlert hasil={hasil} onClose={() => setHasil(null)} />
        <AntrianPanel pegawaiId={pegawaiId} onPerbaiki={(antrian) => setMode({ jenis: 'perbaiki', antrian })} />
        {q.isPending ? (
          <Loading />
        ) : !data ? (
          <ErrorAlert error={q.error} />
        ) : (
          <>
            {!data.skp ? (
              <Alert color="blue" variant="light">
                {t('realisasi.belumAdaSkp')}{' '}
                <Anchor component={Link} to="/skp">
                  {t('nav.skpSaya')}
                </Anchor>
              </Alert>
            ) : !data.can.catat ? (
              <Alert color="yellow" variant="light" data-testid="realisasi-skp-belum">
                {t('realisasi.skpBelumDisetujui')}{' '}
                <Anchor component={Link} to="/skp">
                  {t('nav.skpSaya')}
                </Anchor>
              </Alert>
            ) : null}
            <Tabs defaultValue="entri" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="entri" data-testid="tab-entri">
                  {t('realisasi.tabEntri')}
                </Tabs.Tab>
                <Tabs.Tab value="rencana" data-testid="tab-rencana">
                  {t('realisasi.tabRencana')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="entri" pt="md">
                <EntriList pegawaiId={pegawaiId} tahun={tahun} onUbah={(item) => setMode({ jenis: 'ubah', item })} />
              </Tabs.Panel>
              <Tabs.Panel value="rencana" pt="md">
                <Suspense fallback={<Loading />}>
                  <RencanaAksiSection data={data} hariIni={hariIni} />
                </Suspense>
              </Tabs.Panel>
            </Tabs>
            <Group>
              <Anchor component={Link} to="/progres/impor" size="sm">
                {t('nav.imporProgres')}
              </Anchor>
            </Group>
          </>
        )}
      </Stack>
      <FormHost
        mode={mode}
        data={data}
        onClose={() => setMode(null)}
        onSelesai={(h) => {
          setMode(null);
          setHasil(h);
        }}
      />
    </>
  );
}
