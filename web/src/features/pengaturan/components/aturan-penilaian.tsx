import { Alert, Button, Card, Group, Input, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import {
  AturanPenilaianSchema,
  CAPAIAN_ORGANISASI,
  CAPAIAN_ORGANISASI_LABEL,
  DEFAULT_ATURAN_PENILAIAN,
  JENIS_KASUS_LABEL,
  KRITERIA_PERINGKAT,
  KRITERIA_PERINGKAT_LABEL,
  NAMA_BULAN,
  PREDIKAT_LABEL,
  PREDIKAT_MINIMUM_PENGHARGAAN,
  RATINGS,
  UKURAN_DISIPLIN_LABEL,
  RATING_LABEL,
  deskripsiAturanKurva,
  type AturanKasus,
  type AturanPenilaian,
  type CapaianOrganisasi,
  type KriteriaPeringkat,
  type KurvaRule,
  type Rating,
} from '@capaian/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError, isApiError } from '@/lib/api-client';
import { formatTanggal } from '@/lib/format';
import { isOneOf } from '@/lib/labels';
import { pengaturanKeys, simpanAturanPenilaian, type AturanPenilaianBody, type Pengaturan, type VersiAturanView } from '../api/pengaturan';

/** What a NumberInput holds: a number, or the text typed so far ('' when cleared). */
type Angka = number | string;

interface AturanKurvaDraft {
  /** The rule as loaded: its id, kind and predikat are not edited. */
  asal: KurvaRule;
  /** `persen` or `jumlah`, by the rule's kind. */
  nilai: Angka;
  /** Empty: the rule applies to a unit of any size. */
  minPegawai: Angka;
}

interface BulanHariDraft {
  /** '01'…'12'. */
  bulan: string;
  hari: Angka;
}

const SARAN = ['diAtasMinPersen', 'sesuaiMinPersen', 'capPersen'] as const;
type SaranKey = (typeof SARAN)[number];
const TENGGAT = ['batas', 'pengelolaMulai'] as const;
type TenggatKey = (typeof TENGGAT)[number];

/** A case rule as the form edits it: on/off, its one number (threshold or run length) and its citation. */
interface AturanKasusDraft {
  asal: AturanKasus;
  aktif: boolean;
  /** `batas` of a DISIPLIN rule, `berturut` of a KINERJA_BERULANG rule (unused for RENCANA_PERBAIKAN). */
  nilai: Angka;
  dasarHukum: string;
}

interface TindakLanjutDraft {
  kriteriaPeringkat: KriteriaPeringkat[];
  predikatMinimumPenghargaan: string;
  lamaPerbaikanBulan: Angka;
  targetJp: Angka;
  kasus: AturanKasusDraft[];
}

interface Draft {
  kurva: Record<CapaianOrganisasi, AturanKurvaDraft[]>;
  ratingPimpinan: Record<CapaianOrganisasi, Rating>;
  keberatanHari: Angka;
  tenggatSkp: Record<TenggatKey, BulanHariDraft>;
  reviuPengelola: boolean;
  saranRating: Record<SaranKey, Angka>;
  tindakLanjut: TindakLanjutDraft;
}

/** The keberatan window's bounds, read from the domain's schema (the server validates with the same one). */
const KEBERATAN_HARI = AturanPenilaianSchema.shape.keberatanHari;

const BULAN_OPTIONS = NAMA_BULAN.map((nama, i) => ({ value: String(i + 1).padStart(2, '0'), label: nama }));
const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: RATING_LABEL[r] }));

function perCapaian<T>(f: (c: CapaianOrganisasi) => T): Record<CapaianOrganisasi, T> {
  return Object.fromEntries(CAPAIAN_ORGANISASI.map((c) => [c, f(c)])) as Record<CapaianOrganisasi, T>;
}

const isPersen = (r: KurvaRule) => r.jenis === 'MAKS_PERSEN' || r.jenis === 'MIN_PERSEN';
const nilaiAturan = (r: KurvaRule) => (r.jenis === 'MAKS_PERSEN' || r.jenis === 'MIN_PERSEN' ? r.persen : r.jumlah);

/** A field's value as the API takes it: null when cleared or not a number (the server then names the field). */
function angka(v: Angka): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = v.trim().replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function keBulanHari(v: string): BulanHariDraft {
  const m = /^(\d{2})-(\d{2})$/.exec(v);
  return m ? { bulan: m[1]!, hari: Number(m[2]) } : { bulan: '01', hari: '' };
}

/** The form's copy of a rule document (fresh objects throughout: editing never touches the source). */
function keDraft(a: AturanPenilaian): Draft {
  return {
    kurva: perCapaian((c) => a.kurva[c].map((r) => ({ asal: structuredClone(r), nilai: nilaiAturan(r), minPegawai: r.minPegawai ?? '' }))),
    ratingPimpinan: perCapaian((c) => a.ratingPimpinan[c]),
    keberatanHari: a.keberatanHari,
    tenggatSkp: { batas: keBulanHari(a.tenggatSkp.batas), pengelolaMulai: keBulanHari(a.tenggatSkp.pengelolaMulai) },
    reviuPengelola: a.reviuPengelola,
    saranRating: { ...a.saranRating },
    tindakLanjut: {
      kriteriaPeringkat: [...a.tindakLanjut.kriteriaPeringkat],
      predikatMinimumPenghargaan: a.tindakLanjut.predikatMinimumPenghargaan,
      lamaPerbaikanBulan: a.tindakLanjut.lamaPerbaikanBulan,
      targetJp: a.tindakLanjut.targetJp,
      kasus: a.tindakLanjut.kasus.map((k) => ({
        asal: structuredClone(k),
        aktif: k.aktif,
        nilai: k.jenis === 'DISIPLIN' ? k.batas : k.jenis === 'KINERJA_BERULANG' ? k.berturut : '',
        dasarHukum: k.dasarHukum,
      })),
    },
  };
}

type AturanKasusBody = AturanPenilaianBody['tindakLanjut']['kasus'][number];

function aturanKasusBody(k: AturanKasusDraft): AturanKasusBody {
  const dasar = { aktif: k.aktif, dasarHukum: k.dasarHukum };
  switch (k.asal.jenis) {
    case 'DISIPLIN':
      return { ...k.asal, ...dasar, batas: angka(k.nilai) };
    case 'KINERJA_BERULANG':
      return { ...k.asal, ...dasar, berturut: angka(k.nilai) };
    case 'RENCANA_PERBAIKAN':
      return { ...k.asal, ...dasar };
  }
}

/** One line saying what a case rule looks at (its number is edited beside it). */
function deskripsiKasus(k: AturanKasus): string {
  switch (k.jenis) {
    case 'RENCANA_PERBAIKAN':
      return `${JENIS_KASUS_LABEL[k.jenis]}: predikat ${k.predikat.map((p) => PREDIKAT_LABEL[p]).join(', ')} (${k.hasil.map((h) => h.toLowerCase()).join(', ')})`;
    case 'KINERJA_BERULANG':
      return `${JENIS_KASUS_LABEL[k.jenis]}: di bawah ${PREDIKAT_LABEL[k.diBawah]}, hasil ${k.hasil.toLowerCase()}`;
    case 'DISIPLIN':
      return `${JENIS_KASUS_LABEL[k.jenis]}: ${UKURAN_DISIPLIN_LABEL[k.ukuran]} per ${k.rentang.toLowerCase()}`;
  }
}

type AturanKurvaBody = AturanPenilaianBody['kurva'][CapaianOrganisasi][number];

function aturanKurvaBody(r: AturanKurvaDraft): AturanKurvaBody {
  const minPegawai = angka(r.minPegawai);
  const dasar = { id: r.asal.id, predikat: [...r.asal.predikat], ...(minPegawai === null ? {} : { minPegawai }) };
  const nilai = angka(r.nilai);
  switch (r.asal.jenis) {
    case 'MAKS_PERSEN':
    case 'MIN_PERSEN':
      return { ...dasar, jenis: r.asal.jenis, persen: nilai };
    case 'MAKS_JUMLAH':
    case 'MIN_JUMLAH':
      return { ...dasar, jenis: r.asal.jenis, jumlah: nilai };
  }
}

/** 'MM-DD'; an empty day leaves it incomplete so that the server names the field. */
const bulanHariBody = (v: BulanHariDraft) => {
  const hari = angka(v.hari);
  return `${v.bulan}-${hari === null ? '' : String(hari).padStart(2, '0')}`;
};

function keBody(d: Draft): AturanPenilaianBody {
  return {
    kurva: perCapaian((c) => d.kurva[c].map(aturanKurvaBody)),
    ratingPimpinan: perCapaian((c) => d.ratingPimpinan[c]),
    keberatanHari: angka(d.keberatanHari),
    tenggatSkp: { batas: bulanHariBody(d.tenggatSkp.batas), pengelolaMulai: bulanHariBody(d.tenggatSkp.pengelolaMulai) },
    reviuPengelola: d.reviuPengelola,
    saranRating: { diAtasMinPersen: angka(d.saranRating.diAtasMinPersen), sesuaiMinPersen: angka(d.saranRating.sesuaiMinPersen), capPersen: angka(d.saranRating.capPersen) },
    tindakLanjut: {
      kriteriaPeringkat: [...d.tindakLanjut.kriteriaPeringkat],
      predikatMinimumPenghargaan: d.tindakLanjut.predikatMinimumPenghargaan as AturanPenilaianBody['tindakLanjut']['predikatMinimumPenghargaan'],
      lamaPerbaikanBulan: angka(d.tindakLanjut.lamaPerbaikanBulan),
      targetJp: angka(d.tindakLanjut.targetJp),
      kasus: d.tindakLanjut.kasus.map(aturanKasusBody),
    },
  };
}

/** The rule as edited so far (the loaded number stands in for a cleared field), for its description. */
function aturanTerkini(r: AturanKurvaDraft): KurvaRule {
  const nilai = angka(r.nilai) ?? nilaiAturan(r.asal);
  const minPegawai = angka(r.minPegawai) ?? undefined;
  switch (r.asal.jenis) {
    case 'MAKS_PERSEN':
    case 'MIN_PERSEN':
      return { ...r.asal, persen: nilai, minPegawai };
    case 'MAKS_JUMLAH':
    case 'MIN_JUMLAH':
      return { ...r.asal, jumlah: nilai, minPegawai };
  }
}

const jalurKurva = (c: CapaianOrganisasi, i: number) => `kurva.${c}.${i}`;

/** Every error path this form shows beside a field (other paths go to the general alert). */
function jalurDitampilkan(d: Draft): Set<string> {
  const s = new Set<string>(['kurva', 'ratingPimpinan', 'keberatanHari', 'tenggatSkp', 'reviuPengelola', 'saranRating', 'tindakLanjut', 'tindakLanjut.kasus']);
  for (const k of ['kriteriaPeringkat', 'predikatMinimumPenghargaan', 'lamaPerbaikanBulan', 'targetJp']) s.add(`tindakLanjut.${k}`);
  d.tindakLanjut.kasus.forEach((_, i) => {
    for (const f of ['', '.batas', '.berturut', '.dasarHukum', '.aktif']) s.add(`tindakLanjut.kasus.${i}${f}`);
  });
  for (const k of TENGGAT) s.add(`tenggatSkp.${k}`);
  for (const k of SARAN) s.add(`saranRating.${k}`);
  for (const c of CAPAIAN_ORGANISASI) {
    s.add(`ratingPimpinan.${c}`);
    s.add(`kurva.${c}`);
    d.kurva[c].forEach((_, i) => {
      for (const f of ['', '.persen', '.jumlah', '.minPegawai', '.predikat', '.id', '.jenis']) s.add(`${jalurKurva(c, i)}${f}`);
    });
  }
  return s;
}

/** The messages of `paths` the server reported, one line each. */
function Galat({ error, paths, testId }: { error: unknown; paths: readonly string[]; testId?: string }) {
  const pesan = paths.flatMap((p) => {
    const m = fieldError(error, p);
    return m ? [m] : [];
  });
  if (pesan.length === 0) return null;
  return (
    <Stack gap={2} data-testid={testId}>
      {pesan.map((m, i) => (
        <Text key={i} size="xs" c="red.8" role="alert">
          {m}
        </Text>
      ))}
    </Stack>
  );
}

function Bagian({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <div>
        <Title order={3} fz="md">
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
      </div>
      {children}
    </Stack>
  );
}

/** The rule document the form edits: the scheduled change when there is one, else the one in force. */
const sumberOf = (data: Pengaturan): VersiAturanView => data.aturan.terjadwal ?? data.aturan.berlaku;

/** The second card of the settings page: the aturan penilaian, effective from the next period. */
export function AturanPenilaianCard({ data }: { data: Pengaturan }): JSX.Element {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { berlaku, terjadwal, perubahanBerlakuMulai } = data.aturan;
  const sumber = sumberOf(data);
  // The form starts again from the server's copy whenever that copy changes (after a save, or
  // another admin's change), but not when only the first card's settings were saved.
  const sumberKey = JSON.stringify(sumber);
  const [basis, setBasis] = useState(sumberKey);
  const [draft, setDraft] = useState<Draft>(() => keDraft(sumber.aturan));
  if (basis !== sumberKey) {
    setBasis(sumberKey);
    setDraft(keDraft(sumber.aturan));
  }
  const m = useMutation({
    mutationFn: (body: AturanPenilaianBody) => simpanAturanPenilaian(body),
    onSuccess: (d) => queryClient.setQueryData(pengaturanKeys.pengaturan, d),
  });
  const readOnly = !data.can.ubah;
  const err = m.error;
  const berubah = JSON.stringify(keBody(draft)) !== JSON.stringify(keBody(keDraft(sumber.aturan)));
  const semuaDitampilkan = isApiError(err) && Object.keys(err.fields).every((k) => jalurDitampilkan(draft).has(k));

  const ubah = (f: (d: Draft) => Draft) => setDraft((d) => f(d));
  const ubahAturan = (c: CapaianOrganisasi, i: number, patch: Partial<AturanKurvaDraft>) =>
    ubah((d) => ({ ...d, kurva: { ...d.kurva, [c]: d.kurva[c].map((r, n) => (n === i ? { ...r, ...patch } : r)) } }));
  const ubahTl = (patch: Partial<TindakLanjutDraft>) => ubah((d) => ({ ...d, tindakLanjut: { ...d.tindakLanjut, ...patch } }));
  const ubahKasus = (i: number, patch: Partial<AturanKasusDraft>) =>
    ubah((d) => ({ ...d, tindakLanjut: { ...d.tindakLanjut, kasus: d.tindakLanjut.kasus.map((k, n) => (n === i ? { ...k, ...patch } : k)) } }));
  const ubahTenggat = (k: TenggatKey, patch: Partial<BulanHariDraft>) =>
    ubah((d) => ({ ...d, tenggatSkp: { ...d.tenggatSkp, [k]: { ...d.tenggatSkp[k], ...patch } } }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    m.mutate(keBody(draft));
  };
  const bawaan = () => {
    m.reset();
    setDraft(keDraft(structuredClone(DEFAULT_ATURAN_PENILAIAN)));
  };

  const versiLabel = (v: VersiAturanView) =>
    v.versi === null ? t('pengaturan.aturan.bawaan') : t('pengaturan.aturan.versiSejak', { versi: v.versi, tanggal: formatTanggal(v.berlakuMulai) });

  const tenggat = (k: TenggatKey, label: string, description: string) => {
    const v = draft.tenggatSkp[k];
    return (
      <Input.Wrapper label={label} description={description} error={fieldError(err, `tenggatSkp.${k}`)} labelElement="div">
        <Group gap="xs" mt={6} wrap="wrap" align="flex-start">
          <Select
            aria-label={`${label} — ${t('pengaturan.aturan.bulan')}`}
            data={BULAN_OPTIONS}
            value={v.bulan}
            onChange={(b) => b && ubahTenggat(k, { bulan: b })}
            allowDeselect={false}
            disabled={readOnly}
            style={{ flex: '1 1 150px' }}
            data-testid={`aturan-${k}-bulan`}
          />
          <NumberInput
            aria-label={`${label} — ${t('pengaturan.aturan.tanggal')}`}
            min={1}
            max={31}
            allowDecimal={false}
            allowNegative={false}
            value={v.hari}
            onChange={(h) => ubahTenggat(k, { hari: h })}
            disabled={readOnly}
            w={96}
            data-testid={`aturan-${k}-hari`}
          />
        </Group>
      </Input.Wrapper>
    );
  };

  return (
    <Card withBorder radius="md" padding="md" maw={960} data-testid="aturan-card">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={2} fz="h4">
              {t('pengaturan.aturan.title')}
            </Title>
            <Text size="sm" data-testid="aturan-berlaku">
              {t('pengaturan.aturan.berlakuSaatIni')}: <b>{versiLabel(berlaku)}</b>
            </Text>
            <Text size="sm" c="dimmed" data-testid="aturan-keterangan">
              {t('pengaturan.aturan.keterangan', { tanggal: formatTanggal(perubahanBerlakuMulai) })}
            </Text>
          </Stack>
          {terjadwal ? (
            <Alert color="blue" variant="light" title={t('pengaturan.aturan.terjadwal', { tanggal: formatTanggal(terjadwal.berlakuMulai) })} data-testid="aturan-terjadwal">
              <Text size="sm">{t('pengaturan.aturan.terjadwalBody', { versi: terjadwal.versi ?? '—' })}</Text>
            </Alert>
          ) : null}

          <Bagian title={t('pengaturan.aturan.keberatanTenggat')}>
            <NumberInput
              label={t('pengaturan.aturan.keberatanHari')}
              description={t('pengaturan.aturan.keberatanHariHint', { min: KEBERATAN_HARI.minValue, max: KEBERATAN_HARI.maxValue })}
              min={KEBERATAN_HARI.minValue ?? undefined}
              max={KEBERATAN_HARI.maxValue ?? undefined}
              allowDecimal={false}
              allowNegative={false}
              maw={360}
              suffix={` ${t('pengaturan.hari')}`}
              value={draft.keberatanHari}
              onChange={(v) => ubah((d) => ({ ...d, keberatanHari: v }))}
              disabled={readOnly}
              error={fieldError(err, 'keberatanHari')}
              data-testid="aturan-keberatan-hari"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {tenggat('batas', t('pengaturan.aturan.batasSkp'), t('pengaturan.aturan.batasSkpHint'))}
              {tenggat('pengelolaMulai', t('pengaturan.aturan.pengelolaMulai'), t('pengaturan.aturan.pengelolaMulaiHint'))}
            </SimpleGrid>
            <Galat error={err} paths={['tenggatSkp']} />
            <Switch
              label={t('pengaturan.aturan.reviuPengelola')}
              description={t('pengaturan.aturan.reviuPengelolaHint')}
              checked={draft.reviuPengelola}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                ubah((d) => ({ ...d, reviuPengelola: checked }));
              }}
              disabled={readOnly}
              error={fieldError(err, 'reviuPengelola')}
              data-testid="aturan-reviu-pengelola"
            />
          </Bagian>

          <Bagian title={t('pengaturan.aturan.pimpinan')} description={t('pengaturan.aturan.pimpinanHint')}>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
              {CAPAIAN_ORGANISASI.map((c) => (
                <Select
                  key={c}
                  label={CAPAIAN_ORGANISASI_LABEL[c]}
                  data={RATING_OPTIONS}
                  value={draft.ratingPimpinan[c]}
                  onChange={(v) => {
                    if (isOneOf(RATINGS, v)) ubah((d) => ({ ...d, ratingPimpinan: { ...d.ratingPimpinan, [c]: v } }));
                  }}
                  allowDeselect={false}
                  disabled={readOnly}
                  error={fieldError(err, `ratingPimpinan.${c}`)}
                  data-testid={`aturan-pimpinan-${c}`}
                />
              ))}
            </SimpleGrid>
            <Galat error={err} paths={['ratingPimpinan']} />
          </Bagian>

          <Bagian title={t('pengaturan.aturan.saran')} description={t('pengaturan.aturan.saranHint')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {SARAN.map((k) => (
                <NumberInput
                  key={k}
                  label={t(`pengaturan.aturan.saranLabel.${k}`, { diAtas: RATING_LABEL.DI_ATAS_EKSPEKTASI, sesuai: RATING_LABEL.SESUAI_EKSPEKTASI })}
                  min={0}
                  decimalScale={2}
                  decimalSeparator=","
                  allowNegative={false}
                  suffix="%"
                  value={draft.saranRating[k]}
                  onChange={(v) => ubah((d) => ({ ...d, saranRating: { ...d.saranRating, [k]: v } }))}
                  disabled={readOnly}
                  error={fieldError(err, `saranRating.${k}`)}
                  data-testid={`aturan-saran-${k}`}
                />
              ))}
            </SimpleGrid>
            <Galat error={err} paths={['saranRating']} />
          </Bagian>

          <Bagian title={t('pengaturan.aturan.tindakLanjut')} description={t('pengaturan.aturan.tindakLanjutHint')}>
            <MultiSelect
              label={t('pengaturan.aturan.kriteriaPeringkat')}
              description={t('pengaturan.aturan.kriteriaPeringkatHint')}
              data={KRITERIA_PERINGKAT.map((k) => ({ value: k, label: KRITERIA_PERINGKAT_LABEL[k] }))}
              value={draft.tindakLanjut.kriteriaPeringkat}
              onChange={(v) => ubahTl({ kriteriaPeringkat: v.filter((k): k is KriteriaPeringkat => isOneOf(KRITERIA_PERINGKAT, k)) })}
              disabled={readOnly}
              error={fieldError(err, 'tindakLanjut.kriteriaPeringkat')}
              data-testid="aturan-kriteria-peringkat"
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('pengaturan.aturan.predikatMinimumPenghargaan')}
                data={PREDIKAT_MINIMUM_PENGHARGAAN.map((p) => ({ value: p, label: PREDIKAT_LABEL[p] }))}
                value={draft.tindakLanjut.predikatMinimumPenghargaan}
                onChange={(v) => v && ubahTl({ predikatMinimumPenghargaan: v })}
                allowDeselect={false}
                disabled={readOnly}
                error={fieldError(err, 'tindakLanjut.predikatMinimumPenghargaan')}
                data-testid="aturan-predikat-minimum"
              />
              <NumberInput
                label={t('pengaturan.aturan.lamaPerbaikanBulan')}
                min={1}
                max={12}
                allowDecimal={false}
                allowNegative={false}
                suffix={` ${t('pengaturan.aturan.bulanSatuan')}`}
                value={draft.tindakLanjut.lamaPerbaikanBulan}
                onChange={(v) => ubahTl({ lamaPerbaikanBulan: v })}
                disabled={readOnly}
                error={fieldError(err, 'tindakLanjut.lamaPerbaikanBulan')}
                data-testid="aturan-lama-perbaikan"
              />
              <NumberInput
                label={t('pengaturan.aturan.targetJp')}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                suffix=" JP"
                value={draft.tindakLanjut.targetJp}
                onChange={(v) => ubahTl({ targetJp: v })}
                disabled={readOnly}
                error={fieldError(err, 'tindakLanjut.targetJp')}
                data-testid="aturan-target-jp"
              />
            </SimpleGrid>
            <Text size="sm" fw={600}>
              {t('pengaturan.aturan.aturanKasus')}
            </Text>
            <Galat error={err} paths={['tindakLanjut', 'tindakLanjut.kasus']} />
            <DataTable
              minWidth={560}
              fz="sm"
              verticalSpacing={6}
              columns={[t('pengaturan.aturan.kolomAturan'), t('pengaturan.aturan.kolomNilai'), t('pengaturan.aturan.kolomDasarHukum')]}
              items={draft.tindakLanjut.kasus.map((k, i) => ({ k, i }))}
              renderRow={({ k, i }) => {
                const jalur = `tindakLanjut.kasus.${i}`;
                return (
                  <Table.Tr key={k.asal.kode} data-testid="aturan-kasus-baris" data-kode={k.asal.kode}>
                    <Table.Td style={{ minWidth: 200 }}>
                      <Switch
                        label={deskripsiKasus(k.asal)}
                        checked={k.aktif}
                        onChange={(e) => {
                          const aktif = e.currentTarget.checked;
                          ubahKasus(i, { aktif });
                        }}
                        disabled={readOnly}
                        size="xs"
                      />
                      <Galat error={err} paths={[jalur, `${jalur}.aktif`]} />
                    </Table.Td>
                    <Table.Td w={130}>
                      {k.asal.jenis === 'RENCANA_PERBAIKAN' ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <NumberInput
                          aria-label={`${k.asal.jenis === 'DISIPLIN' ? t('pengaturan.aturan.batas') : t('pengaturan.aturan.berturut')} — ${k.asal.kode}`}
                          min={1}
                          allowDecimal={false}
                          allowNegative={false}
                          value={k.nilai}
                          onChange={(v) => ubahKasus(i, { nilai: v })}
                          disabled={readOnly}
                          error={fieldError(err, `${jalur}.batas`) ?? fieldError(err, `${jalur}.berturut`)}
                          size="xs"
                          data-testid="aturan-kasus-nilai"
                        />
                      )}
                    </Table.Td>
                    <Table.Td style={{ minWidth: 220 }}>
                      <TextInput
                        aria-label={`${t('pengaturan.aturan.kolomDasarHukum')} — ${k.asal.kode}`}
                        value={k.dasarHukum}
                        onChange={(e) => {
                          const dasarHukum = e.currentTarget.value;
                          ubahKasus(i, { dasarHukum });
                        }}
                        disabled={readOnly}
                        error={fieldError(err, `${jalur}.dasarHukum`)}
                        size="xs"
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              }}
            />
          </Bagian>

          <Bagian title={t('pengaturan.aturan.kurva')} description={t('pengaturan.aturan.kurvaHint')}>
            <Galat error={err} paths={['kurva']} />
            {CAPAIAN_ORGANISASI.map((c) => (
              <Stack key={c} gap={4} data-testid={`aturan-kurva-${c}`}>
                <Text size="sm" fw={600}>
                  {t('pengaturan.aturan.kurvaCapaian', { capaian: CAPAIAN_ORGANISASI_LABEL[c] })}
                </Text>
                <DataTable
                  minWidth={480}
                  fz="sm"
                  verticalSpacing={6}
                  columns={[t('pengaturan.aturan.kolomAturan'), t('pengaturan.aturan.kolomNilai'), t('pengaturan.aturan.kolomMinPegawai')]}
                  items={draft.kurva[c].map((r, i) => ({ r, i }))}
                  renderRow={({ r, i }) => {
                    const persen = isPersen(r.asal);
                    const jalur = jalurKurva(c, i);
                    const baris = t('pengaturan.aturan.aturanKe', { capaian: CAPAIAN_ORGANISASI_LABEL[c], n: i + 1 });
                    return (
                      <Table.Tr key={r.asal.id} data-testid="aturan-kurva-baris" data-rule={r.asal.id}>
                        <Table.Td style={{ minWidth: 200 }}>
                          <Text size="sm">{deskripsiAturanKurva(aturanTerkini(r))}</Text>
                          <Galat error={err} paths={[jalur, `${jalur}.predikat`, `${jalur}.id`, `${jalur}.jenis`]} />
                        </Table.Td>
                        <Table.Td w={130}>
                          <NumberInput
                            aria-label={`${persen ? t('pengaturan.aturan.persen') : t('pengaturan.aturan.jumlah')} — ${baris}`}
                            min={0}
                            max={persen ? 100 : undefined}
                            decimalScale={persen ? 2 : 0}
                            allowDecimal={persen}
                            decimalSeparator=","
                            allowNegative={false}
                            suffix={persen ? '%' : ` ${t('pengaturan.aturan.orang')}`}
                            value={r.nilai}
                            onChange={(v) => ubahAturan(c, i, { nilai: v })}
                            disabled={readOnly}
                            error={fieldError(err, `${jalur}.persen`) ?? fieldError(err, `${jalur}.jumlah`)}
                            size="xs"
                            data-testid="aturan-kurva-nilai"
                          />
                        </Table.Td>
                        <Table.Td w={130}>
                          <NumberInput
                            aria-label={`${t('pengaturan.aturan.kolomMinPegawai')} — ${baris}`}
                            placeholder={t('pengaturan.aturan.semuaUkuran')}
                            suffix={` ${t('pengaturan.aturan.orang')}`}
                            min={1}
                            allowDecimal={false}
                            allowNegative={false}
                            value={r.minPegawai}
                            onChange={(v) => ubahAturan(c, i, { minPegawai: v })}
                            disabled={readOnly}
                            error={fieldError(err, `${jalur}.minPegawai`)}
                            size="xs"
                            data-testid="aturan-kurva-min-pegawai"
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  }}
                />
                <Galat error={err} paths={[`kurva.${c}`]} />
              </Stack>
            ))}
          </Bagian>

          {semuaDitampilkan ? <ErrorAlert error={err} hideWhenFieldsOnly /> : <ErrorAlert error={err} />}
          {m.isSuccess && !berubah ? (
            <Text size="sm" c="green.8" role="status" data-testid="aturan-tersimpan">
              {t('pengaturan.aturan.tersimpan', { tanggal: formatTanggal(m.data.aturan.terjadwal?.berlakuMulai ?? perubahanBerlakuMulai) })}
            </Text>
          ) : null}
          {!readOnly ? (
            <Stack gap={4}>
              {berubah ? (
                <Text size="sm" c="orange.8" data-testid="aturan-belum-disimpan">
                  {t('pengaturan.aturan.belumDisimpan')}
                </Text>
              ) : null}
              <Group gap="sm" wrap="wrap">
                <Button type="submit" loading={m.isPending} data-testid="aturan-simpan">
                  {t('pengaturan.aturan.simpan')}
                </Button>
                <Button variant="default" onClick={bawaan} disabled={m.isPending} data-testid="aturan-bawaan">
                  {t('pengaturan.aturan.kembalikanBawaan')}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
