import { ActionIcon, Autocomplete, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ALASAN_MAKS, KOMPETENSI_MAKS_ITEM, KOMPETENSI_NAMA_MAKS, SARAN_KOMPETENSI, SKALA_KOMPETENSI, validateEvaluasiKompetensi } from '@capaian/domain';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { simpanEvaluasi, type Bimbingan, type EvaluasiKompetensi } from '../api/bimbingan';
import { useBimbinganMutation } from './use-bimbingan-mutation';

interface Baris {
  kompetensi: string;
  skor: number | null;
  alasan: string;
}

const kosong = (): Baris => ({ kompetensi: '', skor: null, alasan: '' });
const skalaLabel = (skor: number) => SKALA_KOMPETENSI.find((s) => s.skor === skor)?.label ?? String(skor);

/** The pembimbing's competence evaluation: competences scored 1–5, each with a reason. */
export function EvaluasiForm({ b }: { b: Bimbingan }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Baris[]>(() => b.evaluasiKompetensi?.items.map((i) => ({ ...i })) ?? [kosong()]);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const m = useBimbinganMutation(b.id, (items: Array<{ kompetensi: string; skor: number; alasan: string }>) =>
    simpanEvaluasi(b.id, { rowVersion: b.rowVersion, items }),
  );
  const err = (p: string) => galat[p] ?? fieldError(m.error, p);
  const set = (i: number, patch: Partial<Baris>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const r = validateEvaluasiKompetensi({ items: rows.map((x) => ({ kompetensi: x.kompetensi, skor: x.skor ?? 0, alasan: x.alasan })) });
    setGalat(r.ok ? {} : r.error);
    if (r.ok) m.mutate(r.value.items);
  };

  const saran = SARAN_KOMPETENSI.filter((s) => !rows.some((r) => r.kompetensi.trim().toLocaleLowerCase('id') === s.toLocaleLowerCase('id')));

  return (
    <form onSubmit={submit} noValidate data-testid="evaluasi-form">
      <Stack gap="sm">
        {err('items') ? (
          <Text size="sm" c="red" role="alert">
            {err('items')}
          </Text>
        ) : null}
        {rows.map((r, i) => (
          <Paper key={i} withBorder p="xs" bg="gray.0" data-testid="evaluasi-baris">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                <Autocomplete
                  label={t('bimbingan.kompetensiN', { n: i + 1 })}
                  required
                  data={saran}
                  maxLength={KOMPETENSI_NAMA_MAKS}
                  value={r.kompetensi}
                  onChange={(v) => set(i, { kompetensi: v })}
                  error={err(`items.${i}.kompetensi`)}
                  data-testid="evaluasi-kompetensi"
                />
                <Select
                  label={t('bimbingan.skor')}
                  required
                  w={220}
                  data={SKALA_KOMPETENSI.map((s) => ({ value: String(s.skor), label: `${s.skor} · ${s.label}` }))}
                  value={r.skor ? String(r.skor) : null}
                  onChange={(v) => set(i, { skor: v ? Number(v) : null })}
                  error={err(`items.${i}.skor`)}
                  data-testid="evaluasi-skor"
                />
                <Textarea
                  label={t('bimbingan.alasan')}
                  required
                  autosize
                  minRows={2}
                  maxLength={ALASAN_MAKS}
                  value={r.alasan}
                  onChange={(e) => set(i, { alasan: e.currentTarget.value })}
                  error={err(`items.${i}.alasan`)}
                  data-testid="evaluasi-alasan"
                />
              </Stack>
              {rows.length > 1 ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={24}
                  aria-label={t('bimbingan.hapusKompetensi', { n: i + 1 })}
                  onClick={() => setRows((x) => x.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              ) : null}
            </Group>
          </Paper>
        ))}
        {rows.length < KOMPETENSI_MAKS_ITEM ? (
          <Button variant="light" size="xs" w="fit-content" onClick={() => setRows((x) => [...x, kosong()])} data-testid="evaluasi-tambah">
            {t('bimbingan.tambahKompetensi')}
          </Button>
        ) : null}
        <ErrorAlert error={m.error} hideWhenFieldsOnly />
        {m.isSuccess ? (
          <Text size="sm" c="green.8" role="status" data-testid="evaluasi-tersimpan">
            {t('common.saved')}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={m.isPending} data-testid="evaluasi-simpan">
            {t('bimbingan.simpanEvaluasi')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EvaluasiView({ evaluasi }: { evaluasi: EvaluasiKompetensi }) {
  return (
    <Stack gap="xs" data-testid="evaluasi-view">
      {evaluasi.items.map((i) => (
        <Paper key={i.kompetensi} withBorder p="xs">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {i.kompetensi}
            </Text>
            <Text size="sm" fw={600} c={i.skor <= 2 ? 'red.8' : i.skor >= 4 ? 'teal.8' : undefined}>
              {`${i.skor} · ${skalaLabel(i.skor)}`}
            </Text>
          </Group>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {i.alasan}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
