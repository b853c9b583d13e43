import { Button, Card, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_BIMBINGAN, STATUS_BIMBINGAN_LABEL } from '@capaian/domain';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatWaktu } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { bimbinganListQuery, type Bimbingan, type Peran } from '../api/bimbingan';
import { JadwalForm } from '../components/jadwal-form';
import { JenisBimbinganBadge, StatusBimbinganBadge } from '../components/labels';
import { TindakLanjutWidget } from '../components/tindak-lanjut-widget';

const isPeran = (v: string): v is Peran => v === 'saya' || v === 'tim';

function BimbinganCard({ b, peran, zona }: { b: Bimbingan; peran: Peran; zona: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="sm" data-testid="bimbingan-item" data-id={b.id}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <JenisBimbinganBadge jenis={b.jenis} />
          <StatusBimbinganBadge status={b.status} />
          <Text size="sm" fw={600}>
            {formatWaktu(b.jadwal, zona)}
          </Text>
        </Group>
        <AnchorLink to="/bimbingan/$id" params={{ id: b.id }} fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="bimbingan-buka">
          {b.topik}
        </AnchorLink>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {peran === 'tim' ? t('bimbingan.denganPegawai', { nama: b.pegawai.nama }) : t('bimbingan.denganPembimbing', { nama: b.pembimbing.nama })}
          {b.tempat ? ` · ${b.tempat}` : ''}
        </Text>
        {b.tindakLanjut.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('bimbingan.nTindakLanjut', { count: b.tindakLanjut.length, selesai: b.tindakLanjut.filter((x) => x.selesaiAt).length })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

export function BimbinganListPage(): JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const [peran, setPeran] = useState<Peran>('saya');
  const [status, setStatus] = useState<string | null>(null);
  const [form, setForm] = useState(false);
  const { data, error, isPending } = useQuery(bimbinganListQuery(peran, status));
  if (!me) return <Loading />;
  const zona = me.instansi.zonaWaktu;

  return (
    <>
      <PageHeader
        title={t('bimbingan.title')}
        description={t('bimbingan.description')}
        actions={
          <Button onClick={() => setForm(true)} data-testid="bimbingan-baru">
            {t('bimbingan.jadwalkan')}
          </Button>
        }
      />
      <Stack gap="lg">
        <TindakLanjutWidget />
        <section>
          <Group gap="sm" mb="sm" wrap="wrap">
            <SegmentedControl
              value={peran}
              onChange={(v) => isPeran(v) && setPeran(v)}
              data={[
                { value: 'saya', label: t('bimbingan.peranSaya') },
                { value: 'tim', label: t('bimbingan.peranTim') },
              ]}
              aria-label={t('bimbingan.peran')}
              data-testid="bimbingan-peran"
            />
            <Select
              aria-label={t('bimbingan.status')}
              placeholder={t('bimbingan.semuaStatus')}
              clearable
              w={180}
              data={STATUS_BIMBINGAN.map((s) => ({ value: s, label: STATUS_BIMBINGAN_LABEL[s] }))}
              value={status}
              onChange={setStatus}
            />
          </Group>
          {isPending ? (
            <Loading />
          ) : error ? (
            <ErrorAlert error={error} />
          ) : data.items.length === 0 ? (
            <Text c="dimmed" data-testid="bimbingan-kosong">
              {peran === 'saya' ? t('bimbingan.kosongSaya') : t('bimbingan.kosongTim')}
            </Text>
          ) : (
            <Stack gap="sm" data-testid="bimbingan-list">
              {data.items.map((b) => (
                <BimbinganCard key={b.id} b={b} peran={peran} zona={zona} />
              ))}
            </Stack>
          )}
        </section>
      </Stack>
      <JadwalForm
        me={me}
        opened={form}
        onClose={() => setForm(false)}
        onCreated={(b) => {
          setForm(false);
          void navigate({ to: '/bimbingan/$id', params: { id: b.id } });
        }}
      />
    </>
  );
}
