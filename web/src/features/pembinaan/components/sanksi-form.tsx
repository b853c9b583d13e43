import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { JENIS_SANKSI, JENIS_SANKSI_LABEL } from '@capaian/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '@/lib/api-client';
import { formatNip } from '@/lib/format';
import { useCatatSanksi, useKoreksiSanksi, type JenisSanksi, type Kasus, type KoreksiSanksi, type Sanksi } from '../api/pembinaan';
import { GalatKasus } from './galat-kasus';

/** What the form holds: the decision as the authorised official signed it (the kind still unchosen at first). */
type IsiSanksi = Omit<KoreksiSanksi, 'alasanKoreksi' | 'jenis'> & { jenis: JenisSanksi | null };

/** The text fields the contract requires (Teks: trimmed, not empty). */
const WAJIB = ['nomor', 'tanggal', 'pejabatNama', 'pejabatJabatan', 'uraian', 'dasarHukum'] as const;

interface SanksiFormProps {
  awal: IsiSanksi;
  pegawai: { nama: string; nip: string };
  /** A correction: asks for its reason too. */
  koreksi: boolean;
  error: unknown;
  pending: boolean;
  onKirim: (isi: Omit<KoreksiSanksi, 'alasanKoreksi'>, alasanKoreksi: string) => void;
  onBatal: () => void;
  onMuatUlang: () => void;
}

/**
 * The fields of a sanction as the decision letter reads: kind, number and date, the official who
 * imposed it, what it is about, its legal basis. Empty fields are caught here; the server's field
 * errors appear beside the same fields.
 */
function SanksiForm({ awal, pegawai, koreksi, error, pending, onKirim, onBatal, onMuatUlang }: SanksiFormProps) {
  const { t } = useTranslation();
  const [isi, setIsi] = useState<IsiSanksi>(awal);
  const [alasanKoreksi, setAlasanKoreksi] = useState('');
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const err = (f: string) => lokal[f] ?? fieldError(error, f);
  const ubah = (patch: Partial<IsiSanksi>) => setIsi((v) => ({ ...v, ...patch }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const g: Record<string, string> = {};
    if (!isi.jenis) g['jenis'] = t('pembinaan.sanksi.pilihJenis');
    for (const f of WAJIB) if (!isi[f].trim()) g[f] = t('pembinaan.wajib');
    if (koreksi && !alasanKoreksi.trim()) g['alasanKoreksi'] = t('pembinaan.wajib');
    setLokal(g);
    if (!isi.jenis || Object.keys(g).length > 0) return;
    onKirim(
      {
        jenis: isi.jenis,
        nomor: isi.nomor.trim(),
        tanggal: isi.tanggal,
        pejabatNama: isi.pejabatNama.trim(),
        pejabatJabatan: isi.pejabatJabatan.trim(),
        uraian: isi.uraian.trim(),
        dasarHukum: isi.dasarHukum.trim(),
      },
      alasanKoreksi.trim(),
    );
  };

  const galatPegawai = err('pegawaiId') ?? err('kasusId');
  return (
    <form onSubmit={submit} noValidate data-testid="sanksi-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {koreksi ? t('pembinaan.sanksi.koreksiKeterangan') : t('pembinaan.sanksi.catatKeterangan')}
        </Text>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('pembinaan.pegawai')}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="sanksi-form-pegawai">
            {pegawai.nama} · NIP {formatNip(pegawai.nip)}
          </Text>
          {galatPegawai ? (
            <Text size="sm" c="red" role="alert">
              {galatPegawai}
            </Text>
          ) : null}
        </div>
        <Select
          label={t('pembinaan.sanksi.jenis')}
          placeholder={t('pembinaan.sanksi.pilihJenis')}
          required
          data={JENIS_SANKSI.map((j) => ({ value: j, label: JENIS_SANKSI_LABEL[j] }))}
          value={isi.jenis}
          onChange={(v) => ubah({ jenis: JENIS_SANKSI.find((j) => j === v) ?? null })}
          error={err('jenis')}
          allowDeselect={false}
          data-autofocus
          data-testid="sanksi-jenis"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('pembinaan.sanksi.nomor')}
            required
            maxLength={100}
            value={isi.nomor}
            onChange={(e) => ubah({ nomor: e.currentTarget.value })}
            error={err('nomor')}
            data-testid="sanksi-nomor"
          />
          <TextInput
            type="date"
            label={t('pembinaan.sanksi.tanggal')}
            required
            value={isi.tanggal}
            onChange={(e) => ubah({ tanggal: e.currentTarget.value })}
            error={err('tanggal')}
            data-testid="sanksi-tanggal"
          />
          <TextInput
            label={t('pembinaan.sanksi.pejabatNama')}
            required
            maxLength={200}
            value={isi.pejabatNama}
            onChange={(e) => ubah({ pejabatNama: e.currentTarget.value })}
            error={err('pejabatNama')}
            data-testid="sanksi-pejabat-nama"
          />
          <TextInput
            label={t('pembinaan.sanksi.pejabatJabatan')}
            required
            maxLength={200}
            value={isi.pejabatJabatan}
            onChange={(e) => ubah({ pejabatJabatan: e.currentTarget.value })}
            error={err('pejabatJabatan')}
            data-testid="sanksi-pejabat-jabatan"
          />
        </SimpleGrid>
        <Textarea
          label={t('pembinaan.sanksi.uraian')}
          description={t('pembinaan.sanksi.uraianHint')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={isi.uraian}
          onChange={(e) => ubah({ uraian: e.currentTarget.value })}
          error={err('uraian')}
          data-testid="sanksi-uraian"
        />
        <Textarea
          label={t('pembinaan.dasarHukum')}
          required
          autosize
          minRows={2}
          maxLength={300}
          value={isi.dasarHukum}
          onChange={(e) => ubah({ dasarHukum: e.currentTarget.value })}
          error={err('dasarHukum')}
          data-testid="sanksi-dasar-hukum"
        />
        {koreksi ? (
          <Textarea
            label={t('pembinaan.sanksi.alasanKoreksi')}
            description={t('pembinaan.sanksi.alasanKoreksiHint')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={alasanKoreksi}
            onChange={(e) => setAlasanKoreksi(e.currentTarget.value)}
            error={err('alasanKoreksi')}
            data-testid="sanksi-alasan-koreksi"
          />
        ) : null}
        <GalatKasus error={error} onMuatUlang={onMuatUlang} judul={t('pembinaan.sanksi.konflikJudul')} testId="sanksi-galat" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onBatal}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} data-testid="sanksi-simpan">
            {koreksi ? t('pembinaan.sanksi.simpanKoreksi') : t('pembinaan.sanksi.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Full screen on phones: the form is long. */
const usePonsel = () => !!useMediaQuery('(max-width: 48em)');

/** BKPSDM records the sanction an authorised official imposed after this case: prefilled with its pegawai and legal basis. */
export function CatatSanksiButton({ k }: { k: Kasus }) {
  const { t } = useTranslation();
  const ponsel = usePonsel();
  const [opened, setOpened] = useState(false);
  const m = useCatatSanksi(() => setOpened(false));
  const tutup = () => {
    setOpened(false);
    m.reset();
  };
  return (
    <>
      <Button variant="light" color="red" onClick={() => setOpened(true)} data-testid="sanksi-catat">
        {t('pembinaan.sanksi.catat')}
      </Button>
      <Modal opened={opened} onClose={tutup} title={t('pembinaan.sanksi.catatJudul')} size="lg" fullScreen={ponsel}>
        {opened ? (
          <SanksiForm
            awal={{ jenis: null, nomor: '', tanggal: '', pejabatNama: '', pejabatJabatan: '', uraian: '', dasarHukum: k.dasarHukum }}
            pegawai={k.pegawai}
            koreksi={false}
            error={m.error}
            pending={m.isPending}
            onKirim={(isi) => m.mutate({ ...isi, pegawaiId: k.pegawai.id, kasusId: k.id })}
            onBatal={tutup}
            onMuatUlang={m.reset}
          />
        ) : null}
      </Modal>
    </>
  );
}

/** BKPSDM corrects a sanction: a new record with the reason; the old one stays, marked corrected. */
export function KoreksiSanksiButton({ s }: { s: Sanksi }) {
  const { t } = useTranslation();
  const ponsel = usePonsel();
  const [opened, setOpened] = useState(false);
  const m = useKoreksiSanksi(s.id, () => setOpened(false));
  const tutup = () => {
    setOpened(false);
    m.reset();
  };
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)} data-testid="sanksi-koreksi">
        {t('pembinaan.sanksi.koreksi')}
      </Button>
      <Modal opened={opened} onClose={tutup} title={t('pembinaan.sanksi.koreksiJudul')} size="lg" fullScreen={ponsel}>
        {opened ? (
          <SanksiForm
            awal={{ jenis: s.jenis, nomor: s.nomor, tanggal: s.tanggal, pejabatNama: s.pejabatNama, pejabatJabatan: s.pejabatJabatan, uraian: s.uraian, dasarHukum: s.dasarHukum }}
            pegawai={s.pegawai}
            koreksi
            error={m.error}
            pending={m.isPending}
            onKirim={(isi, alasanKoreksi) => m.mutate({ ...isi, alasanKoreksi })}
            onBatal={tutup}
            onMuatUlang={tutup}
          />
        ) : null}
      </Modal>
    </>
  );
}
