import { Anchor, Badge, Button, Card, FileInput, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { JENIS_KOMPETENSI, JENIS_KOMPETENSI_LABEL, METODE_PELATIHAN, METODE_PELATIHAN_LABEL, RiwayatPelatihanSchema, type JenisKompetensi, type MetodePelatihan } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { formatTanggal } from '@/lib/format';
import { isOneOf } from '@/lib/labels';
import { katalogQuery, sertifikatUrl, useCatatPelatihan, useHapusPelatihan, useUnggahSertifikat, type PengembanganPegawai, type Riwayat } from '../api/pengembangan';
import { jenisOptions, metodeOptions } from './labels';
import { galatIsian } from '@/lib/galat-isian';

const ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp';

function SertifikatUnggah({ r }: { r: Riwayat }) {
  const { t } = useTranslation();
  const m = useUnggahSertifikat(r.id);
  return (
    <Stack gap={4}>
      <FileInput
        size="xs"
        accept={ACCEPT}
        placeholder={t('pengembangan.pelatihan.pilihSertifikat')}
        aria-label={t('pengembangan.pelatihan.sertifikat')}
        onChange={(f) => f && m.mutate(f)}
        disabled={m.isPending}
        error={fieldError(m.error, 'file')}
        data-testid="pelatihan-unggah-sertifikat"
      />
      {m.isError && !fieldError(m.error, 'file') ? <ErrorAlert error={m.error} /> : null}
    </Stack>
  );
}

function RiwayatCard({ r }: { r: Riwayat }) {
  const { t } = useTranslation();
  const hapus = useHapusPelatihan();
  return (
    <Card withBorder padding="xs" data-testid="pelatihan-item" data-id={r.id} data-sertifikat={r.sertifikat ? 'ada' : 'belum'}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {r.judul}
          </Text>
          <Badge variant="light" color={r.sertifikat ? 'teal' : 'orange'} style={{ textTransform: 'none', flexShrink: 0 }}>
            {r.jp} JP
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {JENIS_KOMPETENSI_LABEL[r.jenisKompetensi]} · {METODE_PELATIHAN_LABEL[r.metode]} · {r.penyelenggara}
        </Text>
        <Text size="xs">{r.tanggalMulai === r.tanggalSelesai ? formatTanggal(r.tanggalSelesai) : `${formatTanggal(r.tanggalMulai)} – ${formatTanggal(r.tanggalSelesai)}`}</Text>
        {r.sertifikat ? (
          <Anchor href={sertifikatUrl(r.id)} target="_blank" rel="noopener" size="sm" data-testid="pelatihan-sertifikat">
            {t('pengembangan.pelatihan.lihatSertifikat', { nama: r.sertifikat.nama })}
          </Anchor>
        ) : (
          <>
            <Text size="xs" c="orange" data-testid="pelatihan-tanpa-sertifikat">
              {t('pengembangan.pelatihan.belumBersertifikat')}
            </Text>
            {r.can.unggahSertifikat ? <SertifikatUnggah r={r} /> : null}
          </>
        )}
        {r.can.hapus ? (
          <Group>
            <Button size="compact-xs" variant="subtle" color="red" loading={hapus.isPending} onClick={() => window.confirm(t('pengembangan.pelatihan.konfirmasiHapus')) && hapus.mutate(r.id)} data-testid="pelatihan-hapus">
              {t('pengembangan.pelatihan.hapus')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

interface Isian {
  pelatihanId: string | null;
  judul: string;
  jenisKompetensi: JenisKompetensi | null;
  metode: MetodePelatihan | null;
  jp: number | '';
  penyelenggara: string;
  tanggalMulai: string;
  tanggalSelesai: string;
  nomorSertifikat: string;
}
const kosong: Isian = { pelatihanId: null, judul: '', jenisKompetensi: null, metode: null, jp: '', penyelenggara: '', tanggalMulai: '', tanggalSelesai: '', nomorSertifikat: '' };

/** Records a completed training with its certificate: picked from the catalogue (fields filled) or typed in. */
function CatatPelatihanForm({ data, onSelesai }: { data: PengembanganPegawai; onSelesai: () => void }) {
  const { t } = useTranslation();
  const katalog = useQuery(katalogQuery());
  const [v, setV] = useState<Isian>(kosong);
  const [file, setFile] = useState<File | null>(null);
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = useCatatPelatihan(data.pegawai.id, data.tahun, () => {
    setV(kosong);
    setFile(null);
    onSelesai();
  });
  const err = (p: string) => lokal[p] ?? fieldError(m.error, p);
  const set = (patch: Partial<Isian>) => setV((x) => ({ ...x, ...patch }));
  const pilih = (id: string | null) => {
    const k = katalog.data?.items.find((x) => x.id === id);
    set(k ? { pelatihanId: k.id, judul: k.judul, jenisKompetensi: k.jenisKompetensi, metode: k.metode, jp: k.jp, penyelenggara: k.penyelenggara } : { pelatihanId: null });
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = RiwayatPelatihanSchema.safeParse({ ...v, jenisKompetensi: v.jenisKompetensi ?? undefined, metode: v.metode ?? undefined, jp: v.jp === '' ? undefined : v.jp, nomorSertifikat: v.nomorSertifikat || null });
    const g = parsed.success ? {} : galatIsian(parsed.error.issues);
    if (!file) g.file = t('pengembangan.pelatihan.sertifikatWajib');
    setLokal(g);
    if (!parsed.success || !file) return;
    m.mutate({ isi: parsed.data, sertifikat: file });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="pelatihan-form">
      <Stack gap="xs">
        <Select
          label={t('pengembangan.pelatihan.dariKatalog')}
          placeholder={t('pengembangan.pelatihan.pilihKatalog')}
          searchable
          clearable
          data={(katalog.data?.items ?? []).map((k) => ({ value: k.id, label: `${k.judul} (${k.jp} JP)` }))}
          value={v.pelatihanId}
          onChange={pilih}
          data-testid="pelatihan-katalog"
        />
        <TextInput label={t('pengembangan.pelatihan.judul')} required maxLength={200} value={v.judul} onChange={(e) => set({ judul: e.currentTarget.value, pelatihanId: null })} error={err('judul')} data-testid="pelatihan-judul" />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <Select label={t('pengembangan.jenis')} required data={jenisOptions} value={v.jenisKompetensi} onChange={(x) => set({ jenisKompetensi: isOneOf(JENIS_KOMPETENSI, x) ? x : null })} error={err('jenisKompetensi')} />
          <Select label={t('pengembangan.metode')} required data={metodeOptions} value={v.metode} onChange={(x) => set({ metode: isOneOf(METODE_PELATIHAN, x) ? x : null })} error={err('metode')} />
          <NumberInput label="JP" required min={1} max={500} allowDecimal={false} value={v.jp} onChange={(x) => set({ jp: typeof x === 'number' ? x : '' })} error={err('jp')} data-testid="pelatihan-jp" />
        </SimpleGrid>
        <TextInput label={t('pengembangan.penyelenggara')} required maxLength={200} value={v.penyelenggara} onChange={(e) => set({ penyelenggara: e.currentTarget.value })} error={err('penyelenggara')} data-testid="pelatihan-penyelenggara" />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <TextInput type="date" label={t('pengembangan.pelatihan.mulai')} required value={v.tanggalMulai} onChange={(e) => set({ tanggalMulai: e.currentTarget.value })} error={err('tanggalMulai')} data-testid="pelatihan-mulai" />
          <TextInput type="date" label={t('pengembangan.pelatihan.selesai')} required value={v.tanggalSelesai} onChange={(e) => set({ tanggalSelesai: e.currentTarget.value })} error={err('tanggalSelesai')} data-testid="pelatihan-selesai" />
          <TextInput label={t('pengembangan.pelatihan.nomor')} maxLength={100} value={v.nomorSertifikat} onChange={(e) => set({ nomorSertifikat: e.currentTarget.value })} error={err('nomorSertifikat')} data-testid="pelatihan-nomor" />
        </SimpleGrid>
        <FileInput
          label={t('pengembangan.pelatihan.sertifikat')}
          description={t('pengembangan.pelatihan.sertifikatHint')}
          required
          accept={ACCEPT}
          value={file}
          onChange={setFile}
          error={err('file')}
          data-testid="pelatihan-file"
        />
        {m.isError && !Object.keys(lokal).length && !fieldError(m.error, 'file') ? <ErrorAlert error={m.error} hideWhenFieldsOnly /> : null}
        <Group>
          <Button type="submit" loading={m.isPending} data-testid="pelatihan-simpan">
            {t('pengembangan.pelatihan.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Completed training of the year, with the form to record one (the pegawai, BKPSDM). */
export function PelatihanSection({ data }: { data: PengembanganPegawai }) {
  const { t } = useTranslation();
  const [buka, setBuka] = useState(false);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="pelatihan-judul" data-testid="pelatihan">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="md" id="pelatihan-judul">
            {t('pengembangan.pelatihan.judulBagian', { tahun: data.tahun })}
          </Title>
          {data.can.catatPelatihan && !buka ? (
            <Button size="xs" variant="light" onClick={() => setBuka(true)} data-testid="pelatihan-catat">
              {t('pengembangan.pelatihan.catat')}
            </Button>
          ) : null}
        </Group>
        {buka ? <CatatPelatihanForm data={data} onSelesai={() => setBuka(false)} /> : null}
        {data.riwayat.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="pelatihan-kosong">
            {t('pengembangan.pelatihan.kosong')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" data-testid="pelatihan-list">
            {data.riwayat.map((r) => (
              <RiwayatCard key={r.id} r={r} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
