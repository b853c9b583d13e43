import { Anchor, Badge, Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '@/lib/format';
import { isGambar, ukuranLabel } from '../api/berkas';
import type { Bukti, RealisasiItem } from '../api/realisasi';

function BuktiList({ bukti }: { bukti: readonly Bukti[] }) {
  const { t } = useTranslation();
  if (bukti.length === 0) return null;
  const gambar = bukti.filter((b) => b.jenis === 'FILE' && isGambar(b.mime) && b.url);
  const lain = bukti.filter((b) => !gambar.includes(b));
  return (
    <Stack gap={6} data-testid="realisasi-bukti">
      {gambar.length > 0 ? (
        <Group gap="xs">
          {gambar.map((b) => (
            <Anchor key={b.id} href={b.url!} target="_blank" rel="noopener" aria-label={t('realisasi.lihatBukti', { nama: b.nama })}>
              <Image src={b.url!} alt={b.nama} w={72} h={72} fit="cover" radius="sm" loading="lazy" data-testid="realisasi-bukti-foto" />
            </Anchor>
          ))}
        </Group>
      ) : null}
      {lain.map((b) => (
        <Text key={b.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {b.jenis === 'TAUTAN' ? (
            <Anchor href={b.tautan && /^https?:\/\//i.test(b.tautan) ? b.tautan : undefined} target="_blank" rel="noopener noreferrer nofollow" data-testid="realisasi-bukti-tautan">
              🔗 {b.nama || b.tautan}
            </Anchor>
          ) : (
            <Anchor href={b.url ?? undefined} target="_blank" rel="noopener" data-testid="realisasi-bukti-berkas">
              📄 {b.nama}
            </Anchor>
          )}
          {b.ukuran ? (
            <Text span size="xs" c="dimmed">
              {' '}
              ({ukuranLabel(b.ukuran)})
            </Text>
          ) : null}
        </Text>
      ))}
    </Stack>
  );
}

interface RealisasiCardProps {
  item: RealisasiItem;
  onUbah?: (item: RealisasiItem) => void;
  onHapus?: (item: RealisasiItem) => void;
}

/** One progress entry with its bukti, and edit/delete when `can` allows. */
export function RealisasiCard({ item, onUbah, onHapus }: RealisasiCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="realisasi-item" data-id={item.id}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600}>
            {formatTanggal(item.tanggal)}
          </Text>
          <Group gap={4} wrap="nowrap">
            {item.jumlah != null ? (
              <Badge variant="light" data-testid="realisasi-jumlah-badge">
                {t('realisasi.jumlahN', { n: item.jumlah })}
              </Badge>
            ) : null}
            {item.jumlahUmpanBalik > 0 ? (
              <Badge variant="light" color="grape">
                {t('realisasi.umpanBalikN', { count: item.jumlahUmpanBalik })}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {item.rencanaAksiUraian ? `${item.rhkUraian} — ${item.rencanaAksiUraian}` : item.rhkUraian}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="realisasi-uraian-teks">
          {item.uraian}
        </Text>
        <BuktiList bukti={item.bukti} />
        {(item.can.ubah && onUbah) || (item.can.hapus && onHapus) ? (
          <Group gap="xs" justify="flex-end">
            {item.can.ubah && onUbah ? (
              <Button size="compact-sm" variant="subtle" onClick={() => onUbah(item)} data-testid="realisasi-ubah">
                {t('common.edit')}
              </Button>
            ) : null}
            {item.can.hapus && onHapus ? (
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => onHapus(item)} data-testid="realisasi-hapus">
                {t('common.delete')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
