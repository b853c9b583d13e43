import { Badge, Button, Card, Collapse, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { formatNip, formatTanggal } from '@/lib/format';
import type { AnggotaTim } from '../api/pemantauan';
import { IndikatorProgres } from './indikator-progres';

function Angka({ label, value, testId }: { label: string; value: string | number; testId: string }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" lh={1.2}>
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

interface AnggotaCardProps {
  anggota: AnggotaTim;
  /** A live event just touched this person's data: highlight the card for a moment. */
  baru: boolean;
}

/** One subordinate on the team board. */
export function AnggotaCard({ anggota: a, baru }: AnggotaCardProps) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const detailId = `papan-detail-${a.pegawai.id}`;
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      data-testid="papan-anggota"
      data-pegawai-id={a.pegawai.id}
      style={baru ? { borderColor: 'var(--mantine-color-green-6)', boxShadow: '0 0 0 2px var(--mantine-color-green-2)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            {a.can.lihatRealisasi ? (
              <AnchorLink
                to="/pemantauan/pegawai/$pegawaiId"
                params={{ pegawaiId: a.pegawai.id }}
                fw={600}
                style={{ overflowWrap: 'anywhere' }}
                data-testid="papan-nama"
              >
                {a.pegawai.namaLengkap}
              </AnchorLink>
            ) : (
              <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="papan-nama">
                {a.pegawai.namaLengkap}
              </Text>
            )}
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {a.pegawai.jabatan}
            </Text>
            <Text size="xs" c="dimmed">
              NIP {formatNip(a.pegawai.nip)}
            </Text>
          </div>
          {baru ? (
            <Badge color="green" variant="filled" size="sm" data-testid="papan-baru" style={{ flexShrink: 0 }}>
              {t('pemantauan.baru')}
            </Badge>
          ) : null}
        </Group>

        <Group gap="xs" wrap="wrap">
          {a.belumLaporBulanIni ? (
            <Badge color="red" variant="light" style={{ textTransform: 'none' }} data-testid="papan-belum-bulan">
              {t('pemantauan.belumLaporBulanIni')}
            </Badge>
          ) : a.belumLaporMingguIni ? (
            <Badge color="orange" variant="light" style={{ textTransform: 'none' }} data-testid="papan-belum-minggu">
              {t('pemantauan.belumLaporMingguIni')}
            </Badge>
          ) : null}
          {!a.skpId ? (
            <Badge color="gray" variant="light" style={{ textTransform: 'none' }} data-testid="papan-tanpa-skp">
              {t('pemantauan.tanpaSkp')}
            </Badge>
          ) : null}
          {a.jumlahTertinggal > 0 ? (
            <Badge color="red" variant="filled" style={{ textTransform: 'none' }} data-testid="papan-tertinggal">
              {t('pemantauan.nTertinggal', { count: a.jumlahTertinggal })}
            </Badge>
          ) : null}
        </Group>

        <SimpleGrid cols={3} spacing="xs">
          <Angka label={t('pemantauan.terakhirLapor')} value={a.terakhirLapor ? formatTanggal(a.terakhirLapor, 'short') : t('pemantauan.belumPernah')} testId="papan-terakhir" />
          <Angka label={t('pemantauan.entriMingguIni')} value={a.entriMingguIni} testId="papan-entri-minggu" />
          <Angka label={t('pemantauan.entriBulanIni')} value={a.entriBulanIni} testId="papan-entri-bulan" />
        </SimpleGrid>

        <Group gap="xs" wrap="wrap">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={toggle}
            aria-expanded={opened}
            aria-controls={detailId}
            data-testid="papan-rincian"
          >
            {opened ? t('pemantauan.sembunyikanIndikator') : t('pemantauan.lihatIndikator', { count: a.indikator.length })}
          </Button>
          {a.can.lihatRealisasi ? (
            <ButtonLink to="/pemantauan/pegawai/$pegawaiId" params={{ pegawaiId: a.pegawai.id }} variant="light" size="compact-sm" data-testid="papan-progres">
              {t('pemantauan.lihatProgres')}
            </ButtonLink>
          ) : null}
          {a.can.beriUmpanBalik ? (
            <ButtonLink to="/umpan-balik/pegawai/$pegawaiId" params={{ pegawaiId: a.pegawai.id }} variant="default" size="compact-sm" data-testid="papan-umpan-balik">
              {t('pemantauan.umpanBalik')}
            </ButtonLink>
          ) : null}
        </Group>

        <Collapse expanded={opened} id={detailId}>
          <div style={{ paddingTop: 4 }}>
            <IndikatorProgres indikator={a.indikator} />
          </div>
        </Collapse>
      </Stack>
    </Card>
  );
}
