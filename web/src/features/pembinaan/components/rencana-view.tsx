import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal, formatWaktu } from '@/lib/format';
import { useAkui, type Kasus, type RencanaPerbaikan } from '../api/pembinaan';
import { GalatKasus } from './galat-kasus';

/** The agreed plan, read-only: goals, period, actions with due dates, check-in dates; the pegawai acknowledges it here. */
export function RencanaView({ k, rencana, zona, saya }: { k: Kasus; rencana: RencanaPerbaikan; zona: string; saya: boolean }) {
  const { t } = useTranslation();
  const akui = useAkui(k.id);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="rencana-judul" data-testid="rencana-view">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="md" id="rencana-judul">
            {t('pembinaan.rencana.judul')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="rencana-periode">
            {t('pembinaan.rencana.periode', { mulai: formatTanggal(rencana.mulai), berakhir: formatTanggal(rencana.berakhir) })}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('pembinaan.rencana.tujuan')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="rencana-tujuan-view">
            {rencana.tujuan}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {t('pembinaan.rencana.tindakan')}
          </Text>
          <List type="ordered" size="sm" spacing={6} data-testid="rencana-tindakan-view">
            {rencana.tindakan.map((x, i) => (
              <List.Item key={i} data-testid="rencana-tindakan-item">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {x.uraian}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('pembinaan.rencana.tenggatPada', { tanggal: formatTanggal(x.tenggat) })}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {t('pembinaan.rencana.checkIn')}
          </Text>
          <Group gap="xs" wrap="wrap" data-testid="rencana-check-in-view">
            {[...rencana.checkIn].sort().map((d, i) => (
              <Text key={i} size="sm" px={8} py={2} bg="gray.1" style={{ borderRadius: 4 }}>
                {formatTanggal(d)}
              </Text>
            ))}
          </Group>
        </div>
        {k.diakuiAt ? (
          <Text size="sm" c="teal.8" data-testid="rencana-diakui">
            {saya ? t('pembinaan.rencana.diakuiSaya', { at: formatWaktu(k.diakuiAt, zona) }) : t('pembinaan.rencana.diakuiPegawai', { at: formatWaktu(k.diakuiAt, zona) })}
          </Text>
        ) : k.status === 'DITINDAKLANJUTI' && !saya ? (
          <Text size="sm" c="dimmed" data-testid="rencana-belum-diakui">
            {t('pembinaan.rencana.belumDiakui')}
          </Text>
        ) : null}
        {k.can.akui ? (
          <Alert color="blue" variant="light" title={t('pembinaan.rencana.akuiJudul')}>
            <Stack gap="xs">
              <Text size="sm">{t('pembinaan.rencana.akuiKeterangan')}</Text>
              <GalatKasus error={akui.error} onMuatUlang={akui.reset} />
              <Button
                onClick={() => akui.mutate(undefined)}
                loading={akui.isPending}
                fullWidth
                py={8}
                styles={{ root: { height: 'auto', minHeight: 36 }, label: { whiteSpace: 'normal', textAlign: 'center', overflow: 'visible', lineHeight: 1.35 } }}
                data-testid="kasus-akui"
              >
                {t('pembinaan.rencana.akui')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
