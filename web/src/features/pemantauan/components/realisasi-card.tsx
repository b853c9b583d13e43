import { Anchor, Badge, Button, Card, Collapse, Group, List, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '@/lib/format';
import type { Bukti, RealisasiItem } from '../api/pemantauan';

function ukuran(n: number | null): string {
  if (n === null) return '';
  if (n < 1024 * 1024) return ` (${Math.max(1, Math.round(n / 1024))} KB)`;
  return ` (${(n / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB)`;
}

/** Evidence opens in a new tab: files through the API's authorised download, links as given. */
function BuktiLink({ b }: { b: Bukti }) {
  const { t } = useTranslation();
  const href = b.jenis === 'FILE' ? b.url : b.tautan;
  if (!href) return <Text size="sm">{b.nama}</Text>;
  const safe = href.startsWith('/') || /^https?:\/\//i.test(href);
  if (!safe) return <Text size="sm">{b.nama}</Text>;
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="progres-bukti">
      {b.jenis === 'TAUTAN' ? `${t('pemantauan.tautan')}: ` : ''}
      {b.nama}
      {b.jenis === 'FILE' ? ukuran(b.ukuran) : ''}
    </Anchor>
  );
}

interface RealisasiCardProps {
  item: RealisasiItem;
  /** The feedback thread of this entry (composed by the route; mounted only when opened). */
  renderUmpanBalik?: ((item: RealisasiItem) => ReactNode) | undefined;
  /** Show the feedback thread from the start (the page of one entry). */
  terbuka?: boolean;
}

/** One progress entry of a subordinate: what, when, how much, evidence, and its feedback thread. */
export function RealisasiCard({ item, renderUmpanBalik, terbuka = false }: RealisasiCardProps) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(terbuka);
  const threadId = `umpan-balik-${item.id}`;
  return (
    <Card withBorder radius="md" padding="sm" data-testid="progres-item" data-realisasi-id={item.id}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" fw={700}>
            {formatTanggal(item.tanggal)}
          </Text>
          {item.jumlah !== null ? (
            <Badge variant="light" style={{ textTransform: 'none' }}>
              {t('pemantauan.jumlahEntri', { n: item.jumlah.toLocaleString('id-ID') })}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {item.rhkUraian}
          {item.rencanaAksiUraian ? ` › ${item.rencanaAksiUraian}` : ''}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="progres-uraian">
          {item.uraian}
        </Text>
        {item.bukti.length > 0 ? (
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {t('pemantauan.bukti')}
            </Text>
            <List size="sm" spacing={2}>
              {item.bukti.map((b) => (
                <List.Item key={b.id}>
                  <BuktiLink b={b} />
                </List.Item>
              ))}
            </List>
          </div>
        ) : (
          <Text size="xs" c="dimmed">
            {t('pemantauan.tanpaBukti')}
          </Text>
        )}
        {renderUmpanBalik ? (
          <>
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              onClick={toggle}
              aria-expanded={opened}
              aria-controls={threadId}
              data-testid="progres-umpan-balik"
            >
              {t('pemantauan.umpanBalikN', { count: item.jumlahUmpanBalik })}
            </Button>
            <Collapse expanded={opened} id={threadId}>
              {opened ? renderUmpanBalik(item) : null}
            </Collapse>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
