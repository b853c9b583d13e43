import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DefinitionList } from '@/components/definition-list';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip, formatTanggal, formatWaktu } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { batalkan, bimbinganQuery, tindakLanjutQuery, type Bimbingan } from '../api/bimbingan';
import { CatatanForm } from '../components/catatan-form';
import { EvaluasiForm, EvaluasiView } from '../components/evaluasi-kompetensi';
import { JenisBimbinganBadge, StatusBimbinganBadge, jenisLabel } from '../components/labels';
import { LembarForm, LembarView } from '../components/lembar-umpan-balik';
import { TindakLanjutSesi } from '../components/tindak-lanjut-sesi';
import { useBimbinganMutation } from '../components/use-bimbingan-mutation';

const route = getRouteApi('/app/bimbingan/$id');

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function BatalModal({ b, opened, onClose }: { b: Bimbingan; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [alasan, setAlasan] = useState('');
  const m = useBimbinganMutation(b.id, () => batalkan(b.id, { rowVersion: b.rowVersion, alasan: alasan.trim() || null }), onClose);
  return (
    <Modal opened={opened} onClose={onClose} title={t('bimbingan.batalkanTitle')} centered>
      <Stack>
        <Text size="sm">{t('bimbingan.batalkanConfirm')}</Text>
        <Textarea label={t('bimbingan.alasanBatal')} autosize minRows={2} maxLength={1000} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} />
        <ErrorAlert error={m.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={m.isPending} onClick={() => m.mutate(undefined)} data-testid="bimbingan-batal-konfirmasi">
            {t('bimbingan.batalkan')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Detail({ b, zona, pegawaiIdSaya }: { b: Bimbingan; zona: string; pegawaiIdSaya: string }) {
  const { t } = useTranslation();
  const [ubahCatatan, setUbahCatatan] = useState(false);
  const [batal, setBatal] = useState(false);
  const tl = useQuery({ ...tindakLanjutQuery('semua'), enabled: b.tindakLanjut.length > 0 });
  const saya = b.pegawai.id === pegawaiIdSaya;
  const tampilCatatanForm = b.can.catat && (!b.catatan || ubahCatatan);

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md">
        <Group gap="xs" mb="sm" wrap="wrap">
          <JenisBimbinganBadge jenis={b.jenis} />
          <StatusBimbinganBadge status={b.status} />
          {b.can.batalkan ? (
            <Button size="compact-sm" color="red" variant="subtle" ml="auto" onClick={() => setBatal(true)} data-testid="bimbingan-batal">
              {t('bimbingan.batalkan')}
            </Button>
          ) : null}
        </Group>
        <DefinitionList
          items={[
            { label: t('bimbingan.jadwal'), value: formatWaktu(b.jadwal, zona), testId: 'bimbingan-jadwal-view' },
            { label: t('bimbingan.tempat'), value: b.tempat ?? '—' },
            { label: t('bimbingan.pegawai'), value: `${b.pegawai.nama} (NIP ${formatNip(b.pegawai.nip)})` },
            { label: t('bimbingan.pembimbing'), value: `${b.pembimbing.nama} (NIP ${formatNip(b.pembimbing.nip)})` },
          ]}
        />
      </Card>

      <Section title={t('bimbingan.catatanTitle')} testId="bimbingan-catatan-section">
        {tampilCatatanForm ? (
          <CatatanForm b={b} onDone={() => setUbahCatatan(false)} />
        ) : b.catatan ? (
          <Stack gap="sm">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="bimbingan-catatan-view">
              {b.catatan}
            </Text>
            <TindakLanjutSesi b={b} items={tl.data?.items.filter((x) => x.bimbinganId === b.id) ?? null} />
            {b.can.catat ? (
              <Button size="compact-sm" variant="light" w="fit-content" onClick={() => setUbahCatatan(true)} data-testid="bimbingan-catatan-ubah">
                {t('common.edit')}
              </Button>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {b.status === 'DIBATALKAN' ? t('bimbingan.dibatalkan') : t('bimbingan.belumAdaCatatan')}
          </Text>
        )}
      </Section>

      {b.status === 'SELESAI' || b.lembarUmpanBalik ? (
        <Section title={t('bimbingan.lembarTitle')} testId="bimbingan-lembar-section">
          {b.can.isiLembarUmpanBalik ? (
            <>
              <Text size="sm" c="dimmed" mb="sm">
                {t('bimbingan.lembarHint')}
              </Text>
              <LembarForm b={b} />
            </>
          ) : b.lembarUmpanBalik ? (
            <>
              {b.lembarUmpanBalik.diisiAt ? (
                <Text size="xs" c="dimmed" mb="xs">
                  {t('bimbingan.diisiPada', { waktu: formatWaktu(b.lembarUmpanBalik.diisiAt, zona) })}
                </Text>
              ) : null}
              <LembarView lembar={b.lembarUmpanBalik} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {saya ? t('bimbingan.lembarBelumBisa') : t('bimbingan.lembarBelumDiisi')}
            </Text>
          )}
        </Section>
      ) : null}

      {b.status === 'SELESAI' || b.evaluasiKompetensi ? (
        <Section title={t('bimbingan.evaluasiTitle')} testId="bimbingan-evaluasi-section">
          {b.can.isiEvaluasiKompetensi ? (
            <>
              <Text size="sm" c="dimmed" mb="sm">
                {t('bimbingan.evaluasiHint')}
              </Text>
              <EvaluasiForm b={b} />
            </>
          ) : b.evaluasiKompetensi ? (
            <EvaluasiView evaluasi={b.evaluasiKompetensi} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('bimbingan.evaluasiBelumDiisi')}
            </Text>
          )}
        </Section>
      ) : null}
      <BatalModal b={b} opened={batal} onClose={() => setBatal(false)} />
    </Stack>
  );
}

export function BimbinganDetailPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const { data, error, isPending } = useQuery(bimbinganQuery(id));
  return (
    <>
      <PageHeader
        title={data ? `${jenisLabel(data.jenis)}: ${data.topik}` : t('bimbingan.detailTitle')}
        description={data ? t('bimbingan.detailDescription', { tanggal: formatTanggal(data.jadwal.slice(0, 10)) }) : undefined}
      />
      <AnchorLink to="/bimbingan" size="sm" mb="sm" display="inline-block">
        ‹ {t('bimbingan.kembali')}
      </AnchorLink>
      {isPending || !me ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <>
          {data.status === 'DIBATALKAN' ? (
            <Alert color="gray" mb="sm">
              <Badge color="gray">{t('bimbingan.dibatalkan')}</Badge>
            </Alert>
          ) : null}
          <Detail b={data} zona={me.instansi.zonaWaktu} pegawaiIdSaya={me.pegawaiId} />
        </>
      )}
    </>
  );
}
