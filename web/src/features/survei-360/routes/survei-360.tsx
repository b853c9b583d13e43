import { Badge, Button, Card, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { HUBUNGAN_360_LABEL, STATUS_NOMINASI_360_LABEL } from '@capaian/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ButtonLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { keys360, nominasiQuery, periodeQuery, putuskanNominasi, type Nominasi, type Peran360 } from '../api/survei-360';
import { NominasiForm } from '../components/nominasi-form';
import { Ringkasan360 } from '../components/ringkasan';

const route = getRouteApi('/app/360');

const STATUS_WARNA = { DIUSULKAN: 'yellow', DISETUJUI: 'green', DITOLAK: 'red' } as const;

function NominasiCard({ n, peran }: { n: Nominasi; peran: Peran360 }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (k: 'setujui' | 'tolak') => putuskanNominasi(n.id, k),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys360.all }),
  });
  const orang = peran === 'saya' ? n.penilai : n.pegawai;
  return (
    <Card withBorder padding="sm" radius="md" data-testid="nominasi-item" data-status={n.status}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {orang.nama}
            </Text>
            <Text size="xs" c="dimmed">
              {orang.jabatan}
            </Text>
          </div>
          <Badge variant="light" color={STATUS_WARNA[n.status]}>
            {STATUS_NOMINASI_360_LABEL[n.status]}
          </Badge>
        </Group>
        {peran === 'setujui' ? (
          <Text size="sm">
            {t('survei360.penilai')}: {n.penilai.nama} ({HUBUNGAN_360_LABEL[n.hubungan]})
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {HUBUNGAN_360_LABEL[n.hubungan]} · {n.periode.label}
          </Text>
        )}
        {peran === 'jawab' && n.sudahMenjawab ? (
          <Text size="sm" c="green.8">
            {t('survei360.sudahMenjawab')}
          </Text>
        ) : null}
        <ErrorAlert error={m.error} />
        <Group gap="xs">
          {n.can.setujui ? (
            <Button size="compact-sm" onClick={() => m.mutate('setujui')} loading={m.isPending && m.variables === 'setujui'} data-testid="nominasi-setujui">
              {t('survei360.setujui')}
            </Button>
          ) : null}
          {n.can.tolak ? (
            <Button size="compact-sm" variant="light" color="red" onClick={() => m.mutate('tolak')} loading={m.isPending && m.variables === 'tolak'}>
              {t('survei360.tolak')}
            </Button>
          ) : null}
          {n.can.jawab ? (
            <ButtonLink to="/360/kuesioner/$id" params={{ id: n.id }} size="compact-sm" data-testid="nominasi-jawab">
              {t('survei360.isiKuesioner')}
            </ButtonLink>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function Daftar({ peran, periodeId }: { peran: Peran360; periodeId: string | undefined }) {
  const { t } = useTranslation();
  const q = useQuery(nominasiQuery(peran, periodeId));
  const [lihat, setLihat] = useState<string | null>(null);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const items = q.data.items;
  if (items.length === 0) return <Text c="dimmed">{t(`survei360.kosong.${peran}`)}</Text>;
  if (peran !== 'setujui') {
    return (
      <Stack gap="xs">
        {items.map((n) => (
          <NominasiCard key={n.id} n={n} peran={peran} />
        ))}
      </Stack>
    );
  }
  // The superior: grouped per pegawai, with the anonymous summary on demand.
  const perPegawai = new Map<string, Nominasi[]>();
  for (const n of items) perPegawai.set(`${n.periodeId}|${n.pegawai.id}`, [...(perPegawai.get(`${n.periodeId}|${n.pegawai.id}`) ?? []), n]);
  return (
    <Stack gap="md">
      {[...perPegawai.entries()].map(([key, list]) => {
        const first = list[0]!;
        return (
          <Card key={key} withBorder padding="md" radius="md">
            <Group justify="space-between" mb="xs">
              <div>
                <Text fw={700}>{first.pegawai.nama}</Text>
                <Text size="xs" c="dimmed">
                  {first.pegawai.jabatan} · {first.periode.label}
                </Text>
              </div>
              <Button size="compact-sm" variant="light" onClick={() => setLihat(lihat === key ? null : key)} data-testid="ringkasan-buka">
                {lihat === key ? t('common.close') : t('survei360.lihatRingkasan')}
              </Button>
            </Group>
            {lihat === key ? <Ringkasan360 periodeId={first.periodeId} pegawaiId={first.pegawai.id} /> : null}
            <Stack gap="xs" mt="xs">
              {list.map((n) => (
                <NominasiCard key={n.id} n={n} peran={peran} />
              ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}

/** 360° feedback: my nominations, nominations to approve, questionnaires to answer. */
export function Survei360Page(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const peran: Peran360 = search.peran ?? 'saya';
  const periode = useQuery(periodeQuery);
  const terbuka = (periode.data?.items ?? []).filter((p) => p.status === 'DIBUKA');
  const [pilih, setPilih] = useState<string | null>(null);
  const periodeId = pilih ?? terbuka[0]?.id ?? null;

  return (
    <>
      <PageHeader title={t('survei360.judul')} description={t('survei360.keterangan')} />
      <Select
        label={t('survei360.periode')}
        data={(periode.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.label}${p.status === 'DITUTUP' ? ` (${t('survei360.ditutup')})` : ''}` }))}
        value={periodeId}
        onChange={setPilih}
        maw={360}
        mb="md"
        allowDeselect={false}
      />
      <Tabs value={peran} onChange={(v) => void navigate({ to: '/360', search: { peran: v === 'setujui' || v === 'jawab' ? v : 'saya' } })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="saya">{t('survei360.tab.saya')}</Tabs.Tab>
          <Tabs.Tab value="setujui" data-testid="tab-setujui">
            {t('survei360.tab.setujui')}
          </Tabs.Tab>
          <Tabs.Tab value="jawab" data-testid="tab-jawab">
            {t('survei360.tab.jawab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="saya">
          <Stack gap="md">
            {periodeId && terbuka.some((p) => p.id === periodeId) ? <NominasiForm periodeId={periodeId} /> : null}
            <Text size="xs" c="dimmed">
              {t('survei360.anonim')}
            </Text>
            <Daftar peran="saya" periodeId={periodeId ?? undefined} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="setujui">
          <Daftar peran="setujui" periodeId={periodeId ?? undefined} />
        </Tabs.Panel>
        <Tabs.Panel value="jawab">
          <Daftar peran="jawab" periodeId={undefined} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
