import { Alert, Anchor, Button, CloseButton, Group, Image, Loader, Modal, NativeSelect, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { isApiError } from '@/lib/api-client';
import { formatTanggal } from '@/lib/format';
import { ambilAntrian, kirimAntrian, simpanKeAntrian, tungguEntri, uuid, type BuktiAntrian, type EntriAntrian, type HasilEntri } from '../api/antrian';
import { ACCEPT_BERKAS, isGambar, muatPeresize, siapkanBerkas, ukuranLabel } from '../api/berkas';
import { hapusBukti, realisasiKeys, ubahRealisasi, type RealisasiBeranda, type RealisasiItem } from '../api/realisasi';
import { ingatTarget, judulTarget, parseTarget, pilihanTarget, satuanTarget, targetAwal, targetValue } from './target';

export type FormMode = { jenis: 'baru' } | { jenis: 'perbaiki'; antrian: EntriAntrian } | { jenis: 'ubah'; item: RealisasiItem };
export type HasilForm = 'terkirim' | 'tertunda' | 'diubah';

export interface RealisasiFormProps {
  opened: boolean;
  onClose: () => void;
  mode: FormMode;
  data: RealisasiBeranda;
  /** The signed-in pegawai: owner of the queued entries. */
  pegawaiId: string;
  /** Today in the instansi's zone ('YYYY-MM-DD'). */
  hariIni: string;
  onSelesai: (hasil: HasilForm) => void;
}

const MAX_BUKTI = 10;

/** A bukti picked in this form, not yet queued. */
interface BuktiBaru {
  id: string;
  jenis: 'FILE' | 'TAUTAN';
  nama: string;
  berkas: Blob | null;
  tautan: string | null;
  preview: string | null;
}

const fromAntrian = (b: BuktiAntrian): BuktiBaru => ({
  id: b.id,
  jenis: b.jenis,
  nama: b.nama,
  berkas: b.berkas,
  tautan: b.tautan,
  preview: b.berkas && isGambar(b.berkas.type) ? URL.createObjectURL(b.berkas) : null,
});

const isHttpUrl = (v: string): boolean => {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

function RealisasiForm({ mode, data, pegawaiId, hariIni, onClose, onSelesai }: Omit<RealisasiFormProps, 'opened'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const ubah = mode.jenis === 'ubah' ? mode.item : null;
  const perbaiki = mode.jenis === 'perbaiki' ? mode.antrian : null;
  // One id per entry, generated once: a double tap or a retry sends the same entry.
  const [id] = useState(() => ubah?.id ?? perbaiki?.id ?? uuid());

  const [tanggal, setTanggal] = useState(() => ubah?.tanggal ?? perbaiki?.entri?.tanggal ?? hariIni);
  const [uraian, setUraian] = useState(() => ubah?.uraian ?? perbaiki?.entri?.uraian ?? '');
  const [jumlah, setJumlah] = useState(() => {
    const j = ubah ? ubah.jumlah : perbaiki?.entri?.jumlah;
    return j == null ? '' : String(j);
  });
  const initialTarget = ubah
    ? targetValue({ rhkId: ubah.rhkId, rencanaAksiId: ubah.rencanaAksiId, indikatorId: ubah.indikatorId })
    : perbaiki?.entri
      ? targetValue(perbaiki.entri)
      : null;
  const labels = useMemo(
    () => ({
      rhkSaja: t('realisasi.targetRhkSaja'),
      rencanaAksi: (u: string) => t('realisasi.targetRencanaAksi', { uraian: u }),
      indikator: (u: string) => t('realisasi.targetIndikator', { uraian: u }),
    }),
    [t],
  );
  const [target, setTarget] = useState<string | null>(() => initialTarget ?? targetAwal(pilihanTarget(data, tanggal, labels)));
  const groups = pilihanTarget(data, tanggal, labels, { ...(ubah ? { rhkId: ubah.rhkId } : {}), ...(target ? { current: target } : {}) });
  const parsed = target ? parseTarget(target, data.rhk) : null;
  const satuan = satuanTarget(parsed, data.rhk);

  const [bukti, setBukti] = useState<BuktiBaru[]>(() => (perbaiki ? perbaiki.bukti.filter((b) => !b.terkirim).map(fromAntrian) : []));
  const [tautan, setTautan] = useState('');
  const [memproses, setMemproses] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>(() => perbaiki?.galatFields ?? {});
  const [galat, setGalat] = useState<string | null>(() => perbaiki?.galat ?? null);
  const [mengirim, setMengirim] = useState(false);
  const kameraRef = useRef<HTMLInputElement>(null);
  const berkasRef = useRef<HTMLInputElement>(null);
  const buktiRef = useRef(bukti);
  buktiRef.current = bukti;

  useEffect(() => {
    muatPeresize();
    return () => {
      for (const b of buktiRef.current) if (b.preview) URL.revokeObjectURL(b.preview);
    };
  }, []);

  const hapusLama = useMutation({
    mutationFn: hapusBukti,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: realisasiKeys.all }),
  });
  const [buktiLamaDihapus, setBuktiLamaDihapus] = useState<string[]>([]);

  const tambahBerkas = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) return;
    setMemproses(true);
    try {
      const siap = await Promise.all(files.slice(0, MAX_BUKTI - bukti.length).map(siapkanBerkas));
      setBukti((list) => [
        ...list,
        ...siap.map((s) => ({ id: uuid(), jenis: 'FILE' as const, nama: s.nama, berkas: s.berkas, tautan: null, preview: isGambar(s.berkas.type) ? URL.createObjectURL(s.berkas) : null })),
      ]);
      setErrors(({ bukti: _b, ...rest }) => rest);
    } finally {
      setMemproses(false);
    }
  };

  const tambahTautan = () => {
    const v = tautan.trim();
    if (!isHttpUrl(v)) {
      setErrors((e) => ({ ...e, tautan: t('realisasi.tautanTidakValid') }));
      return;
    }
    setBukti((list) => [...list, { id: uuid(), jenis: 'TAUTAN', nama: v, berkas: null, tautan: v, preview: null }]);
    setTautan('');
    setErrors(({ tautan: _t, ...rest }) => rest);
  };

  const buangBukti = (bid: string) =>
    setBukti((list) => {
      const b = list.find((x) => x.id === bid);
      if (b?.preview) URL.revokeObjectURL(b.preview);
      return list.filter((x) => x.id !== bid);
    });

  const validasi = (): Record<string, string> => {
    const e: Record<string, string> = {};
    if (!tanggal) e['tanggal'] = t('realisasi.wajibTanggal');
    else if (tanggal > hariIni) e['tanggal'] = t('realisasi.tanggalMasaDepan');
    if (!parsed) e['target'] = t('realisasi.wajibTarget');
    if (uraian.trim() === '') e['uraian'] = t('realisasi.wajibUraian');
    if (jumlah !== '' && !/^\d+$/.test(jumlah)) e['jumlah'] = t('realisasi.jumlahTidakValid');
    if (tautan.trim() !== '') e['tautan'] = t('realisasi.tautanBelumDitambah');
    return e;
  };

  const toQueue = (b: BuktiBaru): BuktiAntrian => ({ id: b.id, jenis: b.jenis, nama: b.nama, berkas: b.berkas, tautan: b.tautan, terkirim: false, galat: null });

  const ubahMutation = useMutation({
    mutationFn: async () => {
      if (!ubah || !parsed) throw new Error('tidak ada entri');
      const item = await ubahRealisasi(ubah.id, {
        rowVersion: ubah.rowVersion,
        tanggal,
        uraian: uraian.trim(),
        jumlah: jumlah === '' ? null : Number(jumlah),
        rencanaAksiId: parsed.rencanaAksiId,
        indikatorId: parsed.indikatorId,
      });
      if (bukti.length > 0) {
        // New bukti for an existing entry go through the queue too (same ids on retry).
        const lama = await ambilAntrian(ubah.id);
        await simpanKeAntrian({
          id: ubah.id,
          pemilik: pegawaiId,
          entri: lama?.entri ?? null,
          judul: judulTarget(parsed, data.rhk) || ubah.rhkUraian,
          entriTerkirim: true,
          bukti: [...(lama?.bukti ?? []), ...bukti.map(toQueue)],
          dibuatAt: lama?.dibuatAt ?? new Date().toISOString(),
        });
        void kirimAntrian(pegawaiId).then(() => queryClient.invalidateQueries({ queryKey: realisasiKeys.all }));
      }
      return item;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: realisasiKeys.all });
      onSelesai('diubah');
    },
    onError: async (e) => {
      if (isApiError(e)) setErrors(e.fields);
      if (isApiError(e) && e.status === 409) await queryClient.invalidateQueries({ queryKey: realisasiKeys.all });
    },
  });

  const submit = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    if (mengirim || memproses) return;
    const e = validasi();
    setErrors(e);
    setGalat(null);
    if (Object.keys(e).length > 0 || !parsed) return;
    ingatTarget(targetValue(parsed));
    if (ubah) {
      ubahMutation.mutate();
      return;
    }
    setMengirim(true);
    try {
      // Stored on the device first (photos included), then sent.
      await simpanKeAntrian({
        id,
        pemilik: pegawaiId,
        entri: { ...parsed, tanggal, uraian: uraian.trim(), jumlah: jumlah === '' ? null : Number(jumlah) },
        judul: judulTarget(parsed, data.rhk),
        entriTerkirim: false,
        bukti: [...(perbaiki?.bukti.filter((b) => b.terkirim) ?? []), ...bukti.map(toQueue)],
        dibuatAt: perbaiki?.dibuatAt ?? new Date().toISOString(),
      });
    } catch (err) {
      setMengirim(false);
      setGalat(t('realisasi.gagalSimpanPerangkat', { pesan: err instanceof Error ? err.message : String(err) }));
      return;
    }
    const run = kirimAntrian(pegawaiId);
    const hasil: HasilEntri = await Promise.race([tungguEntri(id), run.then((): HasilEntri => ({ status: 'TERTUNDA' }))]);
    void run.then((n) => (n > 0 ? queryClient.invalidateQueries({ queryKey: realisasiKeys.all }) : undefined));
    setMengirim(false);
    if (hasil.status === 'GAGAL') {
      setErrors(hasil.fields);
      setGalat(hasil.galat);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: realisasiKeys.all });
    onSelesai(hasil.status === 'TERKIRIM' ? 'terkirim' : 'tertunda');
  };

  const targetError = errors['target'] ?? errors['rhkId'] ?? errors['rencanaAksiId'] ?? errors['indikatorId'];
  const lamaBukti = ubah ? ubah.bukti.filter((b) => !buktiLamaDihapus.includes(b.id)) : [];

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="realisasi-form">
      <Stack gap="sm">
        {galat ? (
          <Alert color="red" variant="light" role="alert" data-testid="realisasi-form-galat">
            {galat}
          </Alert>
        ) : null}
        <ErrorAlert error={ubahMutation.error} hideWhenFieldsOnly />
        <TextInput
          type="date"
          label={t('realisasi.tanggal')}
          required
          max={hariIni}
          value={tanggal}
          onChange={(e) => setTanggal(e.currentTarget.value)}
          error={errors['tanggal']}
          data-testid="realisasi-tanggal"
        />
        <NativeSelect
          label={t('realisasi.target')}
          description={t('realisasi.targetHint')}
          required
          data={target ? groups : [{ value: '', label: t('realisasi.pilihTarget'), disabled: true }, ...groups]}
          value={target ?? ''}
          onChange={(e) => setTarget(e.currentTarget.value || null)}
          error={targetError}
          data-testid="realisasi-target"
        />
        <Textarea
          label={t('realisasi.uraian')}
          placeholder={t('realisasi.uraianPlaceholder')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={uraian}
          onChange={(e) => setUraian(e.currentTarget.value)}
          error={errors['uraian']}
          data-testid="realisasi-uraian"
        />
        <TextInput
          label={t('realisasi.jumlah')}
          description={satuan ? t('realisasi.jumlahSatuan', { satuan }) : t('realisasi.jumlahHint')}
          inputMode="numeric"
          pattern="[0-9]*"
          value={jumlah}
          onChange={(e) => setJumlah(e.currentTarget.value.trim())}
          error={errors['jumlah']}
          rightSection={satuan ? <Text size="xs" c="dimmed" pr="xs">{satuan}</Text> : null}
          rightSectionWidth={satuan ? Math.min(120, 16 + satuan.length * 7) : undefined}
          data-testid="realisasi-jumlah"
        />

        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('realisasi.bukti')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('realisasi.buktiHint')}
          </Text>
          {lamaBukti.map((b) => (
            <Paper key={b.id} withBorder p="xs" data-testid="realisasi-bukti-lama">
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Anchor href={b.url ?? (b.tautan && isHttpUrl(b.tautan) ? b.tautan : undefined)} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {b.nama}
                </Anchor>
                {ubah?.can.ubah ? (
                  <CloseButton
                    aria-label={t('realisasi.hapusBukti', { nama: b.nama })}
                    onClick={() =>
                      hapusLama.mutate(b.id, { onSuccess: () => setBuktiLamaDihapus((l) => [...l, b.id]) })
                    }
                  />
                ) : null}
              </Group>
            </Paper>
          ))}
          <ErrorAlert error={hapusLama.error} />
          {bukti.map((b) => (
            <Paper key={b.id} withBorder p="xs" data-testid="realisasi-bukti-baru">
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  {b.preview ? <Image src={b.preview} alt="" w={48} h={48} fit="cover" radius="sm" /> : null}
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {b.nama}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {b.jenis === 'TAUTAN' ? t('realisasi.tautan') : ukuranLabel(b.berkas?.size)}
                    </Text>
                  </div>
                </Group>
                <CloseButton aria-label={t('realisasi.buangBukti', { nama: b.nama })} onClick={() => buangBukti(b.id)} />
              </Group>
            </Paper>
          ))}
          {memproses ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('realisasi.memprosesFoto')}</Text>
            </Group>
          ) : null}
          {errors['bukti'] ? (
            <Text c="red" size="sm" role="alert">
              {errors['bukti']}
            </Text>
          ) : null}
          <input ref={kameraRef} type="file" accept="image/*" capture="environment" hidden onChange={(e) => void tambahBerkas(e)} data-testid="realisasi-kamera" />
          <input ref={berkasRef} type="file" accept={ACCEPT_BERKAS} multiple hidden onChange={(e) => void tambahBerkas(e)} data-testid="realisasi-berkas" />
          <Group gap="xs" grow>
            <Button variant="light" onClick={() => kameraRef.current?.click()} disabled={bukti.length >= MAX_BUKTI}>
              {t('realisasi.ambilFoto')}
            </Button>
            <Button variant="light" onClick={() => berkasRef.current?.click()} disabled={bukti.length >= MAX_BUKTI}>
              {t('realisasi.pilihBerkas')}
            </Button>
          </Group>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={t('realisasi.tautan')}
              placeholder="https://…"
              type="url"
              inputMode="url"
              value={tautan}
              onChange={(e) => setTautan(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  tambahTautan();
                }
              }}
              error={errors['tautan']}
              style={{ flex: 1 }}
              data-testid="realisasi-tautan"
            />
            <Button variant="default" onClick={tambahTautan} disabled={bukti.length >= MAX_BUKTI}>
              {t('realisasi.tambahTautan')}
            </Button>
          </Group>
        </Stack>

        <Group justify="flex-end" mt="xs" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mengirim || ubahMutation.isPending} disabled={memproses} data-testid="realisasi-simpan">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The progress form in a modal: full screen on phones. Default export for React.lazy. */
export default function RealisasiFormModal(props: RealisasiFormProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const { opened, onClose, mode } = props;
  const title = mode.jenis === 'ubah' ? t('realisasi.ubahJudul') : mode.jenis === 'perbaiki' ? t('realisasi.perbaikiJudul') : t('realisasi.catat');
  const key = mode.jenis === 'ubah' ? `ubah-${mode.item.id}` : mode.jenis === 'perbaiki' ? `perbaiki-${mode.antrian.id}` : 'baru';
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" fullScreen={!!phone} radius={phone ? 0 : undefined} transitionProps={phone ? { transition: 'slide-up', duration: 150 } : undefined}>
      {opened ? (
        <>
          {mode.jenis === 'ubah' ? (
            <Text size="xs" c="dimmed" mb="xs">
              {t('realisasi.dicatatPada', { tanggal: formatTanggal(mode.item.dibuatAt) })}
            </Text>
          ) : null}
          <RealisasiForm key={key} {...props} />
        </>
      ) : null}
    </Modal>
  );
}

