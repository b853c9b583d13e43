import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { MAKS_KEGIATAN_RENCANA, NAMA_BULAN, RencanaPengembanganIsiSchema, JENIS_KOMPETENSI, JENIS_KOMPETENSI_LABEL, type JenisKompetensi, type RencanaPengembanganAction } from '@capaian/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KonflikAlert } from '@/components/konflik-alert';
import { fieldError } from '@/lib/api-client';
import { formatTanggal } from '@/lib/format';
import { isOneOf } from '@/lib/labels';
import { pengembanganKeys, useAksiRencana, useSimpanRencana, type ItemRencana, type PengembanganPegawai } from '../api/pengembangan';
import { jenisOptions, StatusRencanaBadge } from './labels';
import { galatIsian } from '@/lib/galat-isian';

/** A line of the plan as edited. */
export interface BarisRencana {
  pelatihanId: string | null;
  judul: string;
  jenisKompetensi: JenisKompetensi | null;
  jp: number | '';
  kebutuhan: string;
  bulanTarget: number | null;
}

export const barisDari = (i: ItemRencana): BarisRencana => ({
  pelatihanId: i.pelatihanId,
  judul: i.judul,
  jenisKompetensi: i.jenisKompetensi,
  jp: i.jp,
  kebutuhan: i.kebutuhan ?? '',
  bulanTarget: i.bulanTarget,
});
const barisKosong = (): BarisRencana => ({ pelatihanId: null, judul: '', jenisKompetensi: null, jp: '', kebutuhan: '', bulanTarget: null });

/** The agreed (or proposed) lines, one block each: readable on a phone without side-scrolling. */
function ItemList({ items }: { items: readonly ItemRencana[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="rencana-items">
      {items.map((i, n) => (
        <Paper key={n} withBorder p="xs" data-testid="rencana-item">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {i.judul}
          </Text>
          <Text size="xs" c="dimmed">
            {[JENIS_KOMPETENSI_LABEL[i.jenisKompetensi], `${i.jp} JP`, i.bulanTarget ? NAMA_BULAN[i.bulanTarget - 1] : null].filter(Boolean).join(' · ')}
          </Text>
          {i.kebutuhan ? <Text size="xs">{t('pengembangan.rencana.untuk', { kebutuhan: i.kebutuhan })}</Text> : null}
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * The year's development plan: shown as agreed, or edited while it is a draft (by the pegawai or
 * their pejabat penilai), with the workflow's actions the server allows (`can`). Checked with the
 * domain's schema before sending; the server's field errors land on the same fields.
 */
export function RencanaSection({ data, baris, setBaris }: { data: PengembanganPegawai; baris: BarisRencana[]; setBaris: (f: (b: BarisRencana[]) => BarisRencana[]) => void }) {
  const { t } = useTranslation();
  const r = data.rencana;
  const [catatan, setCatatan] = useState(r?.catatan ?? '');
  const [catatanAtasan, setCatatanAtasan] = useState('');
  const [kembalikan, setKembalikan] = useState(false);
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const simpan = useSimpanRencana(data.pegawai.id);
  const aksi = useAksiRencana(data.pegawai.id, () => {
    setKembalikan(false);
    setCatatanAtasan('');
  });
  const err = (p: string) => lokal[p] ?? fieldError(simpan.error, p);
  const ubah = (i: number, patch: Partial<BarisRencana>) => setBaris((b) => b.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const bulanOptions = NAMA_BULAN.map((nama, i) => ({ value: String(i + 1), label: nama }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = RencanaPengembanganIsiSchema.safeParse({
      items: baris.map((b) => ({ pelatihanId: b.pelatihanId, judul: b.judul, jenisKompetensi: b.jenisKompetensi ?? undefined, jp: b.jp === '' ? undefined : b.jp, kebutuhan: b.kebutuhan || null, bulanTarget: b.bulanTarget })),
      catatan: catatan || null,
    });
    if (!parsed.success) {
      setLokal(galatIsian(parsed.error.issues));
      return;
    }
    setLokal({});
    simpan.mutate({ tahun: data.tahun, ...(r ? { rowVersion: r.rowVersion } : {}), ...parsed.data });
  };
  const jalankan = (a: RencanaPengembanganAction) => r && aksi.mutate({ tahun: data.tahun, aksi: a, rowVersion: r.rowVersion, ...(a === 'kembalikan' || a === 'sepakati' ? { catatan: catatanAtasan || undefined } : {}) });

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="rencana-judul" data-testid="rencana">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="md" id="rencana-judul">
            {t('pengembangan.rencana.judul', { tahun: data.tahun })}
          </Title>
          {r ? <StatusRencanaBadge status={r.status} /> : null}
        </Group>
        {!r && !data.can.ubahRencana ? (
          <Text size="sm" c="dimmed" data-testid="rencana-kosong">
            {t('pengembangan.rencana.belumAda')}
          </Text>
        ) : null}
        {r?.catatanAtasan ? (
          <Text size="sm" c={r.status === 'DRAF' ? 'orange' : undefined} data-testid="rencana-catatan-atasan">
            {t('pengembangan.rencana.catatanAtasan', { catatan: r.catatanAtasan })}
          </Text>
        ) : null}
        {r?.status === 'DISEPAKATI' ? (
          <Text size="sm" c="dimmed" data-testid="rencana-disepakati">
            {t('pengembangan.rencana.disepakatiOleh', { nama: r.disepakatiOleh ?? '—', tanggal: formatTanggal(r.disepakatiAt) })}
          </Text>
        ) : null}

        {data.can.ubahRencana ? (
          <form onSubmit={submit} noValidate data-testid="rencana-form">
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('pengembangan.rencana.petunjuk')}
              </Text>
              {err('items') ? (
                <Text size="sm" c="red" role="alert">
                  {err('items')}
                </Text>
              ) : null}
              {baris.map((b, i) => (
                <Paper key={i} withBorder p="xs" data-testid="rencana-baris">
                  <Stack gap={6}>
                    <Group gap="xs" align="flex-start" wrap="nowrap">
                      <TextInput
                        label={t('pengembangan.rencana.kegiatan')}
                        required
                        style={{ flex: 1 }}
                        value={b.judul}
                        maxLength={200}
                        onChange={(e) => ubah(i, { judul: e.currentTarget.value, pelatihanId: null })}
                        error={err(`items.${i}.judul`)}
                        data-testid="rencana-baris-judul"
                      />
                      <ActionIcon variant="subtle" color="red" mt={26} aria-label={t('pengembangan.rencana.hapusBaris')} onClick={() => setBaris((x) => x.filter((_, j) => j !== i))}>
                        ×
                      </ActionIcon>
                    </Group>
                    <Group gap="xs" grow>
                      <Select
                        label={t('pengembangan.jenis')}
                        required
                        data={jenisOptions}
                        value={b.jenisKompetensi}
                        onChange={(v) => ubah(i, { jenisKompetensi: isOneOf(JENIS_KOMPETENSI, v) ? v : null })}
                        error={err(`items.${i}.jenisKompetensi`)}
                        data-testid="rencana-baris-jenis"
                      />
                      <NumberInput
                        label="JP"
                        required
                        min={1}
                        max={500}
                        allowDecimal={false}
                        value={b.jp}
                        onChange={(v) => ubah(i, { jp: typeof v === 'number' ? v : '' })}
                        error={err(`items.${i}.jp`)}
                        data-testid="rencana-baris-jp"
                      />
                      <Select
                        label={t('pengembangan.rencana.bulan')}
                        clearable
                        data={bulanOptions}
                        value={b.bulanTarget ? String(b.bulanTarget) : null}
                        onChange={(v) => ubah(i, { bulanTarget: v ? Number(v) : null })}
                        data-testid="rencana-baris-bulan"
                      />
                    </Group>
                    <TextInput
                      label={t('pengembangan.rencana.kebutuhan')}
                      value={b.kebutuhan}
                      maxLength={500}
                      onChange={(e) => ubah(i, { kebutuhan: e.currentTarget.value })}
                      error={err(`items.${i}.kebutuhan`)}
                    />
                  </Stack>
                </Paper>
              ))}
              <Group gap="xs">
                <Button variant="light" size="xs" disabled={baris.length >= MAKS_KEGIATAN_RENCANA} onClick={() => setBaris((x) => [...x, barisKosong()])} data-testid="rencana-tambah-baris">
                  {t('pengembangan.rencana.tambahBaris')}
                </Button>
              </Group>
              <Textarea label={t('pengembangan.rencana.catatan')} autosize minRows={2} maxLength={2000} value={catatan} onChange={(e) => setCatatan(e.currentTarget.value)} error={err('catatan')} />
              <KonflikAlert error={simpan.error} judul={t('pengembangan.konflik')} labelMuatUlang={t('pengembangan.muatUlang')} muatUlangKey={pengembanganKeys.pegawai(data.pegawai.id, data.tahun)} onMuatUlang={simpan.reset} prefix="rencana" />
              <Group gap="xs">
                <Button type="submit" loading={simpan.isPending} data-testid="rencana-simpan">
                  {t('pengembangan.rencana.simpan')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : r ? (
          <ItemList items={r.items} />
        ) : null}
        {r ? (
          <Text size="sm" data-testid="rencana-jp">
            {t('pengembangan.rencana.totalJp', { n: r.jp })}
          </Text>
        ) : null}

        {data.can.kembalikan || data.can.sepakati ? (
          <Textarea
            label={t('pengembangan.rencana.catatanUntukPegawai')}
            autosize
            minRows={2}
            maxLength={2000}
            value={catatanAtasan}
            onChange={(e) => setCatatanAtasan(e.currentTarget.value)}
            error={fieldError(aksi.error, 'catatan')}
            data-testid="rencana-catatan"
          />
        ) : null}
        <Group gap="xs">
          {data.can.ajukan ? (
            <Button onClick={() => jalankan('ajukan')} loading={aksi.isPending} disabled={simpan.isPending} data-testid="rencana-ajukan">
              {t('pengembangan.rencana.ajukan')}
            </Button>
          ) : null}
          {data.can.sepakati ? (
            <Button color="teal" onClick={() => jalankan('sepakati')} loading={aksi.isPending} data-testid="rencana-sepakati">
              {t('pengembangan.rencana.sepakati')}
            </Button>
          ) : null}
          {data.can.kembalikan ? (
            <Button
              variant="light"
              color="orange"
              onClick={() => (kembalikan && catatanAtasan ? jalankan('kembalikan') : setKembalikan(true))}
              loading={aksi.isPending}
              data-testid="rencana-kembalikan"
            >
              {t('pengembangan.rencana.kembalikan')}
            </Button>
          ) : null}
          {data.can.revisi ? (
            <Button variant="light" onClick={() => jalankan('revisi')} loading={aksi.isPending} data-testid="rencana-revisi">
              {t('pengembangan.rencana.revisi')}
            </Button>
          ) : null}
        </Group>
        {kembalikan && !catatanAtasan ? (
          <Text size="sm" c="orange">
            {t('pengembangan.rencana.isiCatatan')}
          </Text>
        ) : null}
        <KonflikAlert error={aksi.error} judul={t('pengembangan.konflik')} labelMuatUlang={t('pengembangan.muatUlang')} muatUlangKey={pengembanganKeys.pegawai(data.pegawai.id, data.tahun)} onMuatUlang={aksi.reset} prefix="rencana-aksi" />
        {r && r.versiSebelumnya.length > 0 ? (
          <Text size="xs" c="dimmed" data-testid="rencana-versi">
            {t('pengembangan.rencana.versiSebelumnya', { n: r.versiSebelumnya.length })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
