import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatAngka, JENIS_ENTRI_AK_LABEL, JENJANG_LABEL, PREDIKAT_LABEL } from '@capaian/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { isApiError } from '@/lib/api-client';
import { formatNip, formatTanggal } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { bukuQuery, pakPdfUrl, type BukuAngkaKredit, type EntriAk } from '../api/angka-kredit';
import { EntriForm, PakForm } from '../components/bkpsdm-form';
import { StatusKenaikan } from '../components/status-kenaikan';

const routePegawai = getRouteApi('/app/angka-kredit/pegawai/$id');
const ak = (n: number) => formatAngka(n, 3);

function Entri({ e }: { e: EntriAk }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" data-testid="ak-entri" data-jenis={e.jenis} data-dihitung={e.tidakDihitung ? 'tidak' : 'ya'} style={e.tidakDihitung ? { opacity: 0.6 } : undefined}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {JENIS_ENTRI_AK_LABEL[e.jenis]}
            {e.periode ? ` — ${e.periode}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {e.jenis === 'KONVERSI'
              ? t('angkaKredit.konversiRinci', { predikat: e.predikat ? PREDIKAT_LABEL[e.predikat] : '-', bulan: e.bulan ?? '-', jenjang: e.jenjang ? JENJANG_LABEL[e.jenjang] : '-' })
              : [e.nomorDokumen, e.tanggalDokumen ? formatTanggal(e.tanggalDokumen) : null].filter(Boolean).join(', ')}
          </Text>
          {e.keterangan ? <Text size="xs">{e.keterangan}</Text> : null}
          {e.tidakDihitung ? (
            <Text size="xs" c="orange">
              {e.tidakDihitung}
            </Text>
          ) : null}
        </div>
        <Text fw={600} style={{ flexShrink: 0, textDecoration: e.tidakDihitung ? 'line-through' : undefined }}>
          {ak(e.nilai)}
        </Text>
      </Group>
    </Paper>
  );
}

function Isi({ b }: { b: BukuAngkaKredit }) {
  const { t } = useTranslation();
  if (!b.jenjang)
    return (
      <Text c="dimmed" data-testid="ak-tidak-berlaku">
        {t('angkaKredit.bukanFungsional')}
      </Text>
    );
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>{t('angkaKredit.jumlah')}</Text>
            <Text fw={700} fz="xl" data-testid="ak-total" data-total={b.total}>
              {ak(b.total)}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {JENJANG_LABEL[b.jenjang]} · {b.pegawai.golongan}
          </Text>
          <StatusKenaikan label={t('angkaKredit.kenaikanPangkat')} total={b.total} s={b.pangkat} testId="ak-pangkat" />
          <StatusKenaikan label={t('angkaKredit.kenaikanJenjang')} total={b.total} s={b.jenjangBerikut} testId="ak-jenjang" />
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Stack gap="xs" data-testid="ak-entri-list">
          <Title order={2} fz="md">
            {t('angkaKredit.entriJudul')}
          </Title>
          {b.entri.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('angkaKredit.entriKosong')}
            </Text>
          ) : (
            b.entri.map((e) => <Entri key={e.id} e={e} />)
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={2} fz="md">
            {t('angkaKredit.pakDaftar')}
          </Title>
          {b.pak.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('angkaKredit.pakKosong')}
            </Text>
          ) : (
            b.pak.map((p) => (
              <Paper key={p.id} withBorder p="xs" data-testid="ak-pak" data-nomor={p.nomor}>
                <Group justify="space-between" gap="xs">
                  <div>
                    <Text size="sm" fw={600}>
                      {p.nomor}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatTanggal(p.tanggal)} · {ak(p.total)}
                    </Text>
                  </div>
                  <Anchor href={pakPdfUrl(p.id)} target="_blank" rel="noopener" size="sm" data-testid="ak-pak-pdf">
                    {t('angkaKredit.unduhPak')}
                  </Anchor>
                </Group>
              </Paper>
            ))
          )}
          {b.can.tetapkanPak ? <PakForm pegawaiId={b.pegawai.id} /> : null}
          {b.can.catat ? <EntriForm pegawaiId={b.pegawai.id} /> : null}
        </Stack>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('angkaKredit.dasar')}
      </Text>
    </Stack>
  );
}

function Halaman({ pegawaiId, sendiri }: { pegawaiId: string; sendiri: boolean }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(bukuQuery(pegawaiId));
  return (
    <>
      <PageHeader
        title={sendiri ? t('angkaKredit.judulSaya') : t('angkaKredit.judulPegawai', { nama: data?.pegawai.nama ?? '' })}
        description={
          data && !sendiri ? (
            <>
              NIP {formatNip(data.pegawai.nip)} · {data.pegawai.jabatan ?? ''} <Badge variant="light">{data.pegawai.golongan}</Badge>
            </>
          ) : (
            t('angkaKredit.keterangan')
          )
        }
      />
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} title={isApiError(error) && error.status === 404 ? t('angkaKredit.tidakDitemukan') : undefined} /> : <Isi b={data} />}
    </>
  );
}

export function AngkaKreditSayaPage(): JSX.Element {
  const { data: me } = useSuspenseQuery(meQueryOptions);
  if (!me) return <Loading />;
  return <Halaman pegawaiId={me.pegawaiId} sendiri />;
}

export function AngkaKreditPegawaiPage(): JSX.Element {
  const { id } = routePegawai.useParams();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  return <Halaman pegawaiId={id} sendiri={me?.pegawaiId === id} />;
}
