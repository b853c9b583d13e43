import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { simpanCatatan, type Bimbingan } from '../api/bimbingan';
import { useBimbinganMutation } from './use-bimbingan-mutation';

interface Baris {
  uraian: string;
  jatuhTempo: string;
}

const MAX_TINDAK_LANJUT = 20;

/** The pembimbing's notes and the agreed follow-up actions (a list with due dates). */
export function CatatanForm({ b, onDone }: { b: Bimbingan; onDone: () => void }) {
  const { t } = useTranslation();
  const [catatan, setCatatan] = useState(b.catatan ?? '');
  const [rows, setRows] = useState<Baris[]>(b.tindakLanjut.map((x) => ({ uraian: x.uraian, jatuhTempo: x.jatuhTempo })));
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = useBimbinganMutation(b.id, () => simpanCatatan(b.id, { rowVersion: b.rowVersion, catatan, tindakLanjut: rows }), onDone);
  const err = (path: string) => lokal[path] ?? fieldError(m.error, path);
  const set = (i: number, patch: Partial<Baris>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const g: Record<string, string> = {};
    if (catatan.trim() === '') g['catatan'] = t('bimbingan.wajib');
    rows.forEach((r, i) => {
      if (r.uraian.trim() === '') g[`tindakLanjut.${i}.uraian`] = t('bimbingan.wajib');
      if (!r.jatuhTempo) g[`tindakLanjut.${i}.jatuhTempo`] = t('bimbingan.wajib');
    });
    setLokal(g);
    if (Object.keys(g).length === 0) m.mutate(undefined);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('bimbingan.catatan')}
          description={t('bimbingan.catatanHint')}
          required
          autosize
          minRows={4}
          maxLength={5000}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          error={err('catatan')}
          data-testid="bimbingan-catatan"
        />
        <div>
          <Text size="sm" fw={500}>
            {t('bimbingan.tindakLanjutTitle')}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {t('bimbingan.tindakLanjutHint')}
          </Text>
          {err('tindakLanjut') ? (
            <Text size="sm" c="red" role="alert">
              {err('tindakLanjut')}
            </Text>
          ) : null}
          <Stack gap="xs">
            {rows.map((r, i) => (
              <Paper key={i} withBorder p="xs" bg="gray.0" data-testid="tindak-lanjut-baris">
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                    <TextInput
                      label={t('bimbingan.tindakLanjutN', { n: i + 1 })}
                      required
                      maxLength={500}
                      value={r.uraian}
                      onChange={(e) => set(i, { uraian: e.currentTarget.value })}
                      error={err(`tindakLanjut.${i}.uraian`)}
                      data-testid="tindak-lanjut-uraian"
                    />
                    <TextInput
                      type="date"
                      label={t('bimbingan.jatuhTempo')}
                      required
                      w={180}
                      value={r.jatuhTempo}
                      onChange={(e) => set(i, { jatuhTempo: e.currentTarget.value })}
                      error={err(`tindakLanjut.${i}.jatuhTempo`)}
                      data-testid="tindak-lanjut-jatuh-tempo"
                    />
                  </Stack>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={24}
                    aria-label={t('bimbingan.hapusTindakLanjut', { n: i + 1 })}
                    onClick={() => setRows((x) => x.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
          </Stack>
          {rows.length < MAX_TINDAK_LANJUT ? (
            <Button
              variant="light"
              size="xs"
              mt="xs"
              onClick={() => setRows((x) => [...x, { uraian: '', jatuhTempo: '' }])}
              data-testid="tindak-lanjut-tambah"
            >
              {t('bimbingan.tambahTindakLanjut')}
            </Button>
          ) : null}
        </div>
        <ErrorAlert error={m.error} hideWhenFieldsOnly />
        <Group gap="xs">
          <Button type="submit" loading={m.isPending} data-testid="bimbingan-catatan-simpan">
            {t('bimbingan.simpanCatatan')}
          </Button>
          {b.catatan ? (
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
