import { Alert, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { JENIS_SANKSI_LABEL } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { isApiError } from '@/lib/api-client';
import { formatNip, formatTanggal, formatWaktu } from '@/lib/format';
import { sanksiListQuery, useAkuiSanksi, type Kasus, type LingkupKasus, type Sanksi } from '../api/pembinaan';
import { GalatKasus } from './galat-kasus';
import { CatatSanksiButton, KoreksiSanksiButton } from './sanksi-form';

/** How the list is shown: whose names appear, which pegawai is "me", whether to link the case. */
interface Tampilan {
  zona: string;
  /** The signed-in user's pegawai id (their own sanctions read "Anda"). */
  pegawaiSaya: string | undefined;
  /** Show whose sanction it is (lists of other people). */
  tampilPegawai: boolean;
  /** Link each sanction to the case it follows from (not on that case's page). */
  tautKasus: boolean;
}

interface Kelompok {
  s: Sanksi;
  /** The records it replaced, newest first (kept as history). */
  riwayat: Sanksi[];
}

/**
 * Each record in force with the records it corrected beneath it (following `koreksiDari`); a
 * corrected record whose correction is not in the list stands on its own. The server's order
 * (newest decision first) is kept.
 */
function kelompokkan(items: readonly Sanksi[]): Kelompok[] {
  const byId = new Map(items.map((s) => [s.id, s]));
  const tampil = new Set<string>();
  const out: Kelompok[] = [];
  for (const s of items) {
    if (s.dikoreksiOleh && byId.has(s.dikoreksiOleh)) continue;
    tampil.add(s.id);
    const riwayat: Sanksi[] = [];
    for (let p = s.koreksiDari ? byId.get(s.koreksiDari) : undefined; p && !tampil.has(p.id); p = p.koreksiDari ? byId.get(p.koreksiDari) : undefined) {
      riwayat.push(p);
      tampil.add(p.id);
    }
    out.push({ s, riwayat });
  }
  // Anything a broken chain left out still appears, on its own.
  for (const s of items) if (!tampil.has(s.id)) out.push({ s, riwayat: [] });
  return out;
}

function StatusSanksiBadge({ s }: { s: Sanksi }) {
  const { t } = useTranslation();
  const [color, label, status] = s.dikoreksiOleh
    ? ['gray', t('pembinaan.sanksi.dikoreksi'), 'DIKOREKSI']
    : s.diakuiAt
      ? ['teal', t('pembinaan.sanksi.diterima'), 'DITERIMA']
      : ['orange', t('pembinaan.sanksi.belumDiakui'), 'BELUM_DIAKUI'];
  return (
    <Badge color={color} variant="light" style={{ textTransform: 'none', whiteSpace: 'nowrap', flexShrink: 0 }} data-testid="sanksi-status" data-status={status}>
      {label}
    </Badge>
  );
}

/** One record as the decision reads; a corrected one is struck through and says so. */
function RincianSanksi({ s, v }: { s: Sanksi; v: Tampilan }) {
  const { t } = useTranslation();
  const lama = s.dikoreksiOleh !== null;
  const coret = lama ? 'line-through' : undefined;
  const saya = s.pegawai.id === v.pegawaiSaya;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          {v.tampilPegawai ? (
            <>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="sanksi-pegawai">
                {s.pegawai.nama}
              </Text>
              <Text size="xs" c="dimmed">
                NIP {formatNip(s.pegawai.nip)}
              </Text>
            </>
          ) : null}
          <Text fw={v.tampilPegawai ? 500 : 600} size={v.tampilPegawai ? 'sm' : undefined} td={coret} style={{ overflowWrap: 'anywhere' }} data-testid="sanksi-jenis-label">
            {JENIS_SANKSI_LABEL[s.jenis]}
          </Text>
        </div>
        <StatusSanksiBadge s={s} />
      </Group>
      <Text size="sm" td={coret} style={{ overflowWrap: 'anywhere' }} data-testid="sanksi-nomor-tanggal">
        {t('pembinaan.sanksi.nomorTanggal', { nomor: s.nomor, tanggal: formatTanggal(s.tanggal) })}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('pembinaan.sanksi.olehPejabat', { jabatan: s.pejabatJabatan, nama: s.pejabatNama })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="sanksi-uraian-view">
        {s.uraian}
      </Text>
      {s.koreksiDari && s.alasanKoreksi ? (
        <Text size="xs" c="dimmed" fs="italic" style={{ overflowWrap: 'anywhere' }} data-testid="sanksi-koreksi-atas">
          {t('pembinaan.sanksi.koreksiAtas', { alasan: s.alasanKoreksi })}
        </Text>
      ) : null}
      {lama ? (
        <Text size="xs" c="dimmed">
          {t('pembinaan.sanksi.dikoreksiKeterangan')}
        </Text>
      ) : null}
      {s.diakuiAt ? (
        <Text size="xs" c={lama ? 'dimmed' : 'teal.8'} data-testid="sanksi-diakui">
          {saya ? t('pembinaan.sanksi.diakuiSaya', { at: formatWaktu(s.diakuiAt, v.zona) }) : t('pembinaan.sanksi.diakuiPegawai', { at: formatWaktu(s.diakuiAt, v.zona) })}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('pembinaan.dasarHukum')}: {s.dasarHukum}
      </Text>
      <Text size="xs" c="dimmed">
        {s.dicatatOleh ? t('pembinaan.sanksi.dicatatOleh', { oleh: s.dicatatOleh, at: formatWaktu(s.createdAt, v.zona) }) : t('pembinaan.sanksi.dicatatPada', { at: formatWaktu(s.createdAt, v.zona) })}
      </Text>
      {v.tautKasus && s.kasusId ? (
        <AnchorLink to="/pembinaan/$id" params={{ id: s.kasusId }} size="xs" data-testid="sanksi-kasus">
          {t('pembinaan.sanksi.lihatKasus')}
        </AnchorLink>
      ) : null}
    </Stack>
  );
}

/** The pegawai's acknowledgement that they received the decision. */
function AkuiSanksi({ s }: { s: Sanksi }) {
  const { t } = useTranslation();
  const akui = useAkuiSanksi(s.id);
  return (
    <Alert color="blue" variant="light" p="xs">
      <Stack gap="xs">
        <Text size="sm">{t('pembinaan.sanksi.akuiKeterangan')}</Text>
        <GalatKasus error={akui.error} onMuatUlang={akui.reset} judul={t('pembinaan.sanksi.konflikJudul')} />
        <Button
          onClick={() => akui.mutate(undefined)}
          loading={akui.isPending}
          fullWidth
          styles={{ root: { height: 'auto', minHeight: 36 }, label: { whiteSpace: 'normal', textAlign: 'center', overflow: 'visible', lineHeight: 1.35 } }}
          data-testid="sanksi-akui"
        >
          {t('pembinaan.sanksi.akui')}
        </Button>
      </Stack>
    </Alert>
  );
}

function SanksiCard({ k, v }: { k: Kelompok; v: Tampilan }) {
  const { t } = useTranslation();
  const { s, riwayat } = k;
  const lama = s.dikoreksiOleh !== null;
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      bg={lama ? 'gray.0' : undefined}
      style={lama ? { opacity: 0.75 } : undefined}
      data-testid="sanksi-item"
      data-id={s.id}
      data-dikoreksi={lama ? 'true' : 'false'}
    >
      <Stack gap="sm">
        <RincianSanksi s={s} v={v} />
        {s.can.akui ? <AkuiSanksi s={s} /> : null}
        {s.can.koreksi ? (
          <Group justify="flex-end">
            <KoreksiSanksiButton s={s} />
          </Group>
        ) : null}
        {riwayat.length > 0 ? (
          <Stack gap={6} data-testid="sanksi-riwayat">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('pembinaan.sanksi.riwayat')}
            </Text>
            {riwayat.map((r) => (
              <Paper key={r.id} withBorder p="xs" bg="gray.0" style={{ opacity: 0.75 }} data-testid="sanksi-riwayat-item" data-id={r.id}>
                <RincianSanksi s={r} v={{ ...v, tampilPegawai: false }} />
              </Paper>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

function SanksiDaftar({ items, v, kosong, satuKolom = false }: { items: readonly Sanksi[]; v: Tampilan; kosong: string; satuKolom?: boolean }) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="sanksi-kosong">
        {kosong}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={satuKolom ? 1 : { base: 1, md: 2 }} spacing="sm" data-testid="sanksi-list">
      {kelompokkan(items).map((k) => (
        <SanksiCard key={k.s.id} k={k} v={v} />
      ))}
    </SimpleGrid>
  );
}

/**
 * The sanctions of the list page's tab (mine, my team's, the pemda's), corrected records kept as
 * history. A refused list shows nothing here: the cases above already say so.
 */
export function SanksiBagian({ lingkup, zona, pegawaiSaya }: { lingkup: LingkupKasus; zona: string; pegawaiSaya: string | undefined }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(sanksiListQuery(lingkup));
  if (isApiError(error) && error.status === 403) return null;
  return (
    <Stack component="section" gap="sm" mt="lg" aria-labelledby="sanksi-judul" data-testid="sanksi-bagian">
      <div>
        <Title order={2} fz="lg" id="sanksi-judul">
          {t('pembinaan.sanksi.judul')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pembinaan.sanksi.keterangan')}
        </Text>
      </div>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <SanksiDaftar items={data.items} v={{ zona, pegawaiSaya, tampilPegawai: lingkup !== 'SAYA', tautKasus: true }} kosong={t(`pembinaan.sanksi.kosong.${lingkup}`)} />
      )}
    </Stack>
  );
}

/** On a case's page, for BKPSDM: the sanctions recorded after this case, and recording a new one. */
export function SanksiKasus({ k, zona, pegawaiSaya }: { k: Kasus; zona: string; pegawaiSaya: string | undefined }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(sanksiListQuery('SEMUA', k.pegawai.id));
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="sanksi-kasus-judul" data-testid="sanksi-kasus-bagian">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} fz="md" id="sanksi-kasus-judul">
            {t('pembinaan.sanksi.atasKasus')}
          </Title>
          <CatatSanksiButton k={k} />
        </Group>
        {isPending ? (
          <Loading />
        ) : error ? (
          <ErrorAlert error={error} />
        ) : (
          <SanksiDaftar
            items={data.items.filter((s) => s.kasusId === k.id)}
            v={{ zona, pegawaiSaya, tampilPegawai: false, tautKasus: false }}
            kosong={t('pembinaan.sanksi.atasKasusKosong')}
            satuKolom
          />
        )}
      </Stack>
    </Paper>
  );
}
