import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNip, formatTanggal } from '@/lib/format';
import { piagamUrl, type Penghargaan } from '../api/penghargaan';
import { jenisLabel, PredikatBadge } from './labels';

/** A link to the piagam of a given award (a PDF download). */
export function PiagamLink({ g, testId = 'piagam-unduh' }: { g: Pick<Penghargaan, 'id'>; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor href={piagamUrl(g.id)} download size="sm" fw={500} data-testid={testId}>
      {t('penghargaan.unduhPiagam')}
    </Anchor>
  );
}

/** One given award: its kind, the round and the decision; the pegawai too when they are someone else. */
function PenghargaanCard({ g, orangLain }: { g: Penghargaan; orangLain: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="sm" data-testid="penghargaan-item" data-id={g.id} data-ronde-id={g.rondeId} data-nip={g.pegawai.nip} data-jenis={g.jenis}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {orangLain ? g.pegawai.nama : jenisLabel(g.jenis)}
            </Text>
            {orangLain ? (
              <Text size="xs" c="dimmed">
                NIP {formatNip(g.pegawai.nip)}
              </Text>
            ) : null}
          </div>
          {g.predikat ? <PredikatBadge predikat={g.predikat} /> : null}
        </Group>
        {orangLain ? (
          <Text size="sm" fw={500}>
            {jenisLabel(g.jenis)}
          </Text>
        ) : null}
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {g.ronde}
        </Text>
        {g.alasan ? (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {g.alasan}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('penghargaan.keputusanSingkat', { nomor: g.nomorKeputusan ?? '—', tanggal: formatTanggal(g.tanggalKeputusan) })}
        </Text>
        <Group gap="sm">
          <PiagamLink g={g} />
        </Group>
      </Stack>
    </Card>
  );
}

/** Given awards as cards (one column on phones), or a line saying there are none. */
export function DaftarPenghargaan({ items, orangLain, kosong, testId }: { items: readonly Penghargaan[]; orangLain: boolean; kosong: string; testId: string }) {
  if (items.length === 0)
    return (
      <Text c="dimmed" size="sm" data-testid={`${testId}-kosong`}>
        {kosong}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid={testId}>
      {items.map((g) => (
        <PenghargaanCard key={g.id} g={g} orangLain={orangLain} />
      ))}
    </SimpleGrid>
  );
}
