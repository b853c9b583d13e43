import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { formatTanggal, formatWaktu } from '@/lib/format';
import { useLayananTersedia, useOnline } from '@/lib/online';
import { buangBuktiGagal, buangDariAntrian, cobaLagi, kirimSebagaiEntriBaru, type EntriAntrian } from '../api/antrian';
import { useAntrian, useKirimAntrian } from './use-antrian';

function AntrianRow({
  item,
  onPerbaiki,
  onBuang,
  onEntriBaru,
}: {
  item: EntriAntrian;
  onPerbaiki: (e: EntriAntrian) => void;
  onBuang: (e: EntriAntrian) => void;
  onEntriBaru: (e: EntriAntrian) => void;
}) {
  const { t } = useTranslation();
  const total = item.bukti.length;
  const sent = item.bukti.filter((b) => b.terkirim).length;
  const gagalBukti = item.bukti.filter((b) => b.galat);
  const gagal = item.status === 'GAGAL';
  // The server holds other content under this client id: re-sending it can never succeed.
  const idDipakai = gagal && item.galatId === 'id_dipakai' && !item.entriTerkirim && !!item.entri;
  const serverTidakTersedia = !gagal && item.tunda === 'SERVER';
  return (
    <Card
      withBorder
      padding="xs"
      radius="sm"
      data-testid="antrian-item"
      data-status={item.status}
      data-tunda={gagal ? undefined : (item.tunda ?? undefined)}
      data-galat={item.galatId ?? undefined}
      data-id={item.id}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {item.entri ? formatTanggal(item.entri.tanggal) : t('realisasi.antrianBuktiSaja')}
          </Text>
          <Badge color={gagal ? 'red' : serverTidakTersedia ? 'orange' : 'yellow'} variant="light" data-testid="antrian-status-item">
            {gagal
              ? t('realisasi.statusGagal')
              : serverTidakTersedia
                ? t('realisasi.statusServer')
                : item.entriTerkirim
                  ? t('realisasi.statusMengunggah')
                  : t('realisasi.statusMenunggu')}
          </Badge>
        </Group>
        {item.judul ? (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {item.judul}
          </Text>
        ) : null}
        {item.entri ? (
          <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {item.entri.uraian}
          </Text>
        ) : null}
        {total > 0 ? (
          <Text size="xs" c="dimmed">
            {t('realisasi.antrianBukti', { sent, total })}
          </Text>
        ) : null}
        {item.dicobaAt ? (
          <Text size="xs" c="dimmed">
            {t('realisasi.antrianDicoba', { n: item.percobaan, waktu: formatWaktu(item.dicobaAt) })}
          </Text>
        ) : null}
        {!gagal && item.tunda && item.berikutnyaAt ? (
          <Text size="xs" c="dimmed" data-testid="antrian-berikutnya">
            {t('realisasi.antrianBerikutnya', { waktu: formatWaktu(item.berikutnyaAt) })}
          </Text>
        ) : null}
        {gagal ? (
          <Alert color="red" variant="light" p="xs" data-testid="antrian-galat">
            <Text size="sm">{item.galat}</Text>
            {idDipakai ? <Text size="xs">{t('realisasi.idDipakaiHint')}</Text> : null}
            {gagalBukti.map((b) => (
              <Text key={b.id} size="xs">
                {b.nama}: {b.galat}
              </Text>
            ))}
          </Alert>
        ) : null}
        {!gagal ? (
          <Group gap="xs" justify="flex-end">
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => onBuang(item)} data-testid="antrian-buang">
              {t('realisasi.buang')}
            </Button>
          </Group>
        ) : (
          <Group gap="xs" justify="flex-end">
            {idDipakai ? (
              <Button size="compact-sm" variant="light" onClick={() => onEntriBaru(item)} data-testid="antrian-entri-baru">
                {t('realisasi.kirimSebagaiBaru')}
              </Button>
            ) : !item.entriTerkirim && item.entri ? (
              <Button size="compact-sm" variant="light" onClick={() => onPerbaiki(item)} data-testid="antrian-perbaiki">
                {t('realisasi.perbaiki')}
              </Button>
            ) : null}
            {item.entriTerkirim && gagalBukti.length > 0 ? (
              <Button size="compact-sm" variant="light" onClick={() => void buangBuktiGagal(item.id)}>
                {t('realisasi.buangBuktiGagal')}
              </Button>
            ) : null}
            {!idDipakai ? (
              <Button size="compact-sm" variant="subtle" onClick={() => void cobaLagi(item.id)}>
                {t('common.retry')}
              </Button>
            ) : null}
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => onBuang(item)} data-testid="antrian-buang">
              {t('realisasi.buang')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** "Menunggu dikirim (n)": the entries still on this phone, and the refused ones to fix or discard. */
export function AntrianPanel({ pegawaiId, onPerbaiki }: { pegawaiId: string; onPerbaiki: (e: EntriAntrian) => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  const layanan = useLayananTersedia();
  const { menunggu, gagal } = useAntrian(pegawaiId);
  // The last try of a waiting entry met the server away (503 …), or the app knows it is away now.
  const serverTidakTersedia = online && (!layanan || menunggu.some((i) => i.tunda === 'SERVER'));
  const kirim = useKirimAntrian(pegawaiId);
  const [sending, setSending] = useState(false);
  const [buang, setBuang] = useState<EntriAntrian | null>(null);
  // Re-queued under a new id: send it at once.
  const entriBaru = (e: EntriAntrian) => void kirimSebagaiEntriBaru(e.id).then((id) => (id ? kirim({ paksa: true }) : 0));
  if (menunggu.length === 0 && gagal.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="sm" data-testid="antrian-panel">
      <Stack gap="sm">
        {menunggu.length > 0 ? (
          <Stack gap="xs">
            <Group justify="space-between" gap="xs">
              <Title order={2} size="h5" data-testid="antrian-judul">
                {t('realisasi.menungguDikirim', { n: menunggu.length })}
              </Title>
              <Button
                size="compact-sm"
                variant="light"
                loading={sending}
                disabled={!online}
                onClick={() => {
                  setSending(true);
                  void kirim({ paksa: true }).finally(() => setSending(false));
                }}
                data-testid="antrian-kirim"
              >
                {t('realisasi.kirimSekarang')}
              </Button>
            </Group>
            <Text size="xs" c={serverTidakTersedia ? 'orange.8' : 'dimmed'} data-testid="antrian-keterangan">
              {!online ? t('realisasi.antrianOffline') : serverTidakTersedia ? t('realisasi.antrianServer') : t('realisasi.antrianOnline')}
            </Text>
            {menunggu.map((i) => (
              <AntrianRow key={i.id} item={i} onPerbaiki={onPerbaiki} onBuang={setBuang} onEntriBaru={entriBaru} />
            ))}
          </Stack>
        ) : null}
        {gagal.length > 0 ? (
          <Stack gap="xs">
            <Title order={2} size="h5" c="red" data-testid="antrian-gagal-judul">
              {t('realisasi.gagalDikirim', { n: gagal.length })}
            </Title>
            <Text size="xs" c="dimmed">
              {t('realisasi.gagalHint')}
            </Text>
            {gagal.map((i) => (
              <AntrianRow key={i.id} item={i} onPerbaiki={onPerbaiki} onBuang={setBuang} onEntriBaru={entriBaru} />
            ))}
          </Stack>
        ) : null}
      </Stack>
      <ConfirmModal
        opened={!!buang}
        title={t('realisasi.buangJudul')}
        message={t('realisasi.buangPesan')}
        confirmLabel={t('realisasi.buang')}
        onClose={() => setBuang(null)}
        onConfirm={() => {
          if (buang) void buangDariAntrian(buang.id);
          setBuang(null);
        }}
      />
    </Card>
  );
}
