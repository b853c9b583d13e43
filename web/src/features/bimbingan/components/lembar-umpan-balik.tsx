import { Button, Group, Paper, Radio, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASPEK_UMPAN_BALIK,
  ASPEK_UMPAN_BALIK_LABEL,
  PERNYATAAN_UMPAN_BALIK,
  SKALA_UMPAN_BALIK,
  KOMENTAR_MAKS,
  ringkasLembarUmpanBalik,
  validateLembarUmpanBalik,
} from '@capaian/domain';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { simpanLembar, type Bimbingan, type LembarUmpanBalik } from '../api/bimbingan';
import { useBimbinganMutation } from './use-bimbingan-mutation';

const skalaLabel = (skor: number) => SKALA_UMPAN_BALIK.find((s) => s.skor === skor)?.label ?? String(skor);
const angka = (n: number | null) => (n === null ? '—' : n.toLocaleString('id-ID', { maximumFractionDigits: 2 }));

/** The pegawai's feedback sheet: nine statements on a four-point scale, and a comment. */
export function LembarForm({ b }: { b: Bimbingan }) {
  const { t } = useTranslation();
  const [skor, setSkor] = useState<Record<number, number>>(() =>
    Object.fromEntries((b.lembarUmpanBalik?.jawaban ?? []).map((j) => [j.nomor, j.skor])),
  );
  const [komentar, setKomentar] = useState(b.lembarUmpanBalik?.komentar ?? '');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const m = useBimbinganMutation(b.id, (v: { jawaban: Array<{ nomor: number; skor: number }>; komentar: string | null }) =>
    simpanLembar(b.id, { rowVersion: b.rowVersion, ...v }),
  );

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const g: Record<string, string> = {};
    for (const p of PERNYATAAN_UMPAN_BALIK) if (!skor[p.nomor]) g[`nomor.${p.nomor}`] = t('bimbingan.pilihSkor');
    const jawaban = PERNYATAAN_UMPAN_BALIK.filter((p) => skor[p.nomor]).map((p) => ({ nomor: p.nomor, skor: skor[p.nomor] ?? 0 }));
    const r = validateLembarUmpanBalik({ jawaban, komentar });
    if (!r.ok) for (const [k, v] of Object.entries(r.error)) if (k === 'komentar') g[k] = v;
    setGalat(g);
    if (Object.keys(g).length === 0 && r.ok) m.mutate(r.value);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="lembar-form">
      <Stack gap="md">
        {ASPEK_UMPAN_BALIK.map((aspek) => (
          <Stack key={aspek} gap="xs">
            <Text size="sm" fw={700} c="dimmed" tt="uppercase">
              {ASPEK_UMPAN_BALIK_LABEL[aspek]}
            </Text>
            {PERNYATAAN_UMPAN_BALIK.filter((p) => p.aspek === aspek).map((p) => (
              <Paper key={p.nomor} withBorder p="xs" data-testid="lembar-pernyataan">
                <Radio.Group
                  label={`${p.nomor}. ${p.teks}`}
                  value={skor[p.nomor] ? String(skor[p.nomor]) : null}
                  onChange={(v) => setSkor((s) => ({ ...s, [p.nomor]: Number(v) }))}
                  error={galat[`nomor.${p.nomor}`] ?? fieldError(m.error, `jawaban.${p.nomor - 1}.skor`)}
                  required
                >
                  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt={6}>
                    {SKALA_UMPAN_BALIK.map((s) => (
                      <Radio key={s.skor} value={String(s.skor)} label={`${s.skor} · ${s.label}`} data-testid={`lembar-${p.nomor}-${s.skor}`} />
                    ))}
                  </SimpleGrid>
                </Radio.Group>
              </Paper>
            ))}
          </Stack>
        ))}
        <Textarea
          label={t('bimbingan.komentar')}
          autosize
          minRows={2}
          maxLength={KOMENTAR_MAKS}
          value={komentar}
          onChange={(e) => setKomentar(e.currentTarget.value)}
          error={galat['komentar'] ?? fieldError(m.error, 'komentar')}
          data-testid="lembar-komentar"
        />
        {fieldError(m.error, 'jawaban') ? (
          <Text size="sm" c="red" role="alert">
            {fieldError(m.error, 'jawaban')}
          </Text>
        ) : null}
        <ErrorAlert error={m.error} hideWhenFieldsOnly />
        {m.isSuccess ? (
          <Text size="sm" c="green.8" role="status" data-testid="lembar-tersimpan">
            {t('common.saved')}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={m.isPending} data-testid="lembar-simpan">
            {t('bimbingan.kirimLembar')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A filled feedback sheet, read-only, with the averages per aspect. */
export function LembarView({ lembar }: { lembar: LembarUmpanBalik }) {
  const { t } = useTranslation();
  const r = ringkasLembarUmpanBalik(lembar.jawaban);
  const skorOf = (nomor: number) => lembar.jawaban.find((j) => j.nomor === nomor)?.skor;
  return (
    <Stack gap="sm" data-testid="lembar-view">
      <Table.ScrollContainer minWidth={320}>
        <Table striped withTableBorder verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('bimbingan.pernyataan')}</Table.Th>
              <Table.Th scope="col" w={150}>
                {t('bimbingan.jawaban')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PERNYATAAN_UMPAN_BALIK.map((p) => {
              const s = skorOf(p.nomor);
              return (
                <Table.Tr key={p.nomor}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{`${p.nomor}. ${p.teks}`}</Table.Td>
                  <Table.Td>{s ? `${s} · ${skalaLabel(s)}` : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="lg" wrap="wrap">
        {ASPEK_UMPAN_BALIK.map((a) => (
          <Text key={a} size="sm">
            {ASPEK_UMPAN_BALIK_LABEL[a]}: <b>{angka(r.perAspek[a])}</b>
          </Text>
        ))}
        <Text size="sm">
          {t('bimbingan.rataRata')}: <b>{angka(r.rataRata)}</b>
        </Text>
      </Group>
      {lembar.komentar ? (
        <div>
          <Title order={3} size="h6">
            {t('bimbingan.komentar')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {lembar.komentar}
          </Text>
        </div>
      ) : null}
    </Stack>
  );
}
