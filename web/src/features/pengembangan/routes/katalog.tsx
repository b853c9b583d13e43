import { Badge, Button, Card, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { BERAKHLAK, JENIS_KOMPETENSI, JENIS_KOMPETENSI_LABEL, METODE_PELATIHAN, METODE_PELATIHAN_LABEL, PelatihanSchema, type BerakhlakKode, type JenisKompetensi, type MetodePelatihan } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ImporKartu } from '@/components/impor-kartu';
import { KonflikAlert } from '@/components/konflik-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { isOneOf } from '@/lib/labels';
import { katalogQuery, templatKatalogUrl, useImporKatalog, useSimpanPelatihan, type Pelatihan } from '../api/pengembangan';
import { jenisOptions, metodeOptions } from '../components/labels';
import { galatIsian } from '@/lib/galat-isian';

const nilaiOptions = BERAKHLAK.map((b) => ({ value: b.kode, label: b.nama }));

interface Isian {
  kode: string;
  judul: string;
  jenisKompetensi: JenisKompetensi | null;
  metode: MetodePelatihan | null;
  jp: number | '';
  penyelenggara: string;
  kataKunci: string[];
  nilaiBerakhlak: BerakhlakKode[];
  aktif: boolean;
}
const dari = (p: Pelatihan | null): Isian =>
  p
    ? { kode: p.kode, judul: p.judul, jenisKompetensi: p.jenisKompetensi, metode: p.metode, jp: p.jp, penyelenggara: p.penyelenggara, kataKunci: p.kataKunci, nilaiBerakhlak: p.nilaiBerakhlak, aktif: p.aktif }
    : { kode: '', judul: '', jenisKompetensi: null, metode: null, jp: '', penyelenggara: '', kataKunci: [], nilaiBerakhlak: [], aktif: true };

/** BKPSDM's form for one entry (new or existing), checked with the domain's schema before sending. */
function PelatihanForm({ p, onTutup }: { p: Pelatihan | null; onTutup: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState<Isian>(() => dari(p));
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = useSimpanPelatihan(onTutup);
  const err = (k: string) => lokal[k] ?? fieldError(m.error, k);
  const set = (patch: Partial<Isian>) => setV((x) => ({ ...x, ...patch }));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = PelatihanSchema.safeParse({ ...v, jenisKompetensi: v.jenisKompetensi ?? undefined, metode: v.metode ?? undefined, jp: v.jp === '' ? undefined : v.jp });
    if (!parsed.success) {
      setLokal(galatIsian(parsed.error.issues));
      return;
    }
    setLokal({});
    m.mutate({ id: p?.id ?? null, rowVersion: p?.rowVersion ?? null, isi: parsed.data });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="katalog-form">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <TextInput label={t('pengembangan.katalog.kode')} required maxLength={40} value={v.kode} onChange={(e) => set({ kode: e.currentTarget.value })} error={err('kode')} data-testid="katalog-kode" />
          <NumberInput label="JP" required min={1} max={500} allowDecimal={false} value={v.jp} onChange={(x) => set({ jp: typeof x === 'number' ? x : '' })} error={err('jp')} data-testid="katalog-jp" />
          <Switch label={t('pengembangan.katalog.aktif')} checked={v.aktif} onChange={(e) => set({ aktif: e.currentTarget.checked })} mt={28} />
        </SimpleGrid>
        <TextInput label={t('pengembangan.pelatihan.judul')} required maxLength={200} value={v.judul} onChange={(e) => set({ judul: e.currentTarget.value })} error={err('judul')} data-testid="katalog-judul" />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <Select label={t('pengembangan.jenis')} required data={jenisOptions} value={v.jenisKompetensi} onChange={(x) => set({ jenisKompetensi: isOneOf(JENIS_KOMPETENSI, x) ? x : null })} error={err('jenisKompetensi')} data-testid="katalog-jenis" />
          <Select label={t('pengembangan.metode')} required data={metodeOptions} value={v.metode} onChange={(x) => set({ metode: isOneOf(METODE_PELATIHAN, x) ? x : null })} error={err('metode')} data-testid="katalog-metode" />
        </SimpleGrid>
        <TextInput label={t('pengembangan.penyelenggara')} required maxLength={200} value={v.penyelenggara} onChange={(e) => set({ penyelenggara: e.currentTarget.value })} error={err('penyelenggara')} data-testid="katalog-penyelenggara" />
        <TagsInput label={t('pengembangan.katalog.kataKunci')} description={t('pengembangan.katalog.kataKunciHint')} maxTags={20} value={v.kataKunci} onChange={(x) => set({ kataKunci: x })} error={err('kataKunci')} />
        <MultiSelect label={t('pengembangan.katalog.nilai')} data={nilaiOptions} value={v.nilaiBerakhlak} onChange={(x) => set({ nilaiBerakhlak: x.filter((k): k is BerakhlakKode => BERAKHLAK.some((b) => b.kode === k)) })} error={err('nilaiBerakhlak')} />
        <KonflikAlert error={m.error} judul={t('pengembangan.konflik')} labelMuatUlang={t('pengembangan.muatUlang')} muatUlangKey={['pengembangan', 'katalog']} onMuatUlang={onTutup} prefix="katalog" />
        {m.isError && !fieldError(m.error, 'kode') ? <ErrorAlert error={m.error} hideWhenFieldsOnly /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onTutup}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={m.isPending} data-testid="katalog-simpan">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Impor() {
  const { t } = useTranslation();
  return (
    <ImporKartu
      id="berkas-katalog"
      judul={t('pengembangan.katalog.impor')}
      keterangan={t('pengembangan.katalog.imporKeterangan')}
      templat={{ href: templatKatalogUrl(), nama: 'templat-katalog-pelatihan.xlsx' }}
      mutation={useImporKatalog()}
      hasil={(d) => t('pengembangan.katalog.imporHasil', { dibuat: d.dibuat, diperbarui: d.diperbarui })}
      testIds={{ file: 'katalog-file', unggah: 'katalog-unggah', hasil: 'katalog-impor-hasil' }}
    />
  );
}

/** The pemda's training catalogue: everyone browses it; BKPSDM keeps it (edit, deactivate, import). */
export function KatalogPage(): JSX.Element {
  const { t } = useTranslation();
  const [semua, setSemua] = useState(false);
  const [cari, setCari] = useState('');
  const [jenis, setJenis] = useState<JenisKompetensi | null>(null);
  const [edit, setEdit] = useState<Pelatihan | 'baru' | null>(null);
  const { data, error, isPending } = useQuery(katalogQuery(semua));
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  const q = cari.trim().toLowerCase();
  const items = data.items.filter((p) => (!jenis || p.jenisKompetensi === jenis) && (!q || `${p.judul} ${p.kode} ${p.penyelenggara}`.toLowerCase().includes(q)));
  return (
    <>
      <PageHeader
        title={t('pengembangan.katalog.judul')}
        description={t('pengembangan.katalog.keterangan')}
        actions={
          data.can.ubah ? (
            <Button onClick={() => setEdit('baru')} data-testid="katalog-tambah">
              {t('pengembangan.katalog.tambah')}
            </Button>
          ) : null
        }
      />
      <Stack gap="sm">
        {data.can.ubah ? <Impor /> : null}
        <Group gap="sm" align="flex-end">
          <TextInput label={t('pengembangan.katalog.cari')} value={cari} onChange={(e) => setCari(e.currentTarget.value)} w={260} data-testid="katalog-cari" />
          <Select label={t('pengembangan.jenis')} clearable data={jenisOptions} value={jenis} onChange={(x) => setJenis(isOneOf(JENIS_KOMPETENSI, x) ? x : null)} w={200} />
          {data.can.ubah ? <Switch label={t('pengembangan.katalog.tampilkanNonaktif')} checked={semua} onChange={(e) => setSemua(e.currentTarget.checked)} /> : null}
        </Group>
        <Text size="sm" c="dimmed" data-testid="katalog-jumlah">
          {t('pengembangan.katalog.jumlah', { n: items.length })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" data-testid="katalog-list">
          {items.map((p) => (
            <Card key={p.id} withBorder padding="xs" data-testid="katalog-item" data-kode={p.kode}>
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text fw={600} size="sm">
                    {p.judul}
                  </Text>
                  <Badge variant="outline" style={{ flexShrink: 0 }}>
                    {p.jp} JP
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {p.kode} · {JENIS_KOMPETENSI_LABEL[p.jenisKompetensi]} · {METODE_PELATIHAN_LABEL[p.metode]}
                </Text>
                <Text size="xs">{p.penyelenggara}</Text>
                {!p.aktif ? (
                  <Badge color="gray" variant="light" size="xs" style={{ textTransform: 'none' }}>
                    {t('pengembangan.katalog.nonaktif')}
                  </Badge>
                ) : null}
                {data.can.ubah ? (
                  <Group>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEdit(p)} data-testid="katalog-ubah">
                      {t('common.edit')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
      <Modal opened={edit !== null} onClose={() => setEdit(null)} title={edit === 'baru' ? t('pengembangan.katalog.tambah') : t('pengembangan.katalog.ubah')} size="lg">
        {edit !== null ? <PelatihanForm p={edit === 'baru' ? null : edit} onTutup={() => setEdit(null)} /> : null}
      </Modal>
    </>
  );
}
