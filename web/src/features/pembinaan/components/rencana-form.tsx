import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { berakhirPerbaikan, DEFAULT_ATURAN_TINDAK_LANJUT, isValidDateString, RencanaPerbaikanSchema } from '@capaian/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '@/lib/api-client';
import { useTindakLanjuti, type Kasus } from '../api/pembinaan';
import { GalatKasus } from './galat-kasus';
import { galatIsian } from '@/lib/galat-isian';

interface Tindakan {
  uraian: string;
  tenggat: string;
}

/** The limits of the plan's schema (RencanaPerbaikanSchema): the add buttons stop there. */
const MAKS_TINDAKAN = 20;
const MAKS_CHECK_IN = 24;

const akhirBawaan = (mulai: string) => (isValidDateString(mulai) ? berakhirPerbaikan(mulai, DEFAULT_ATURAN_TINDAK_LANJUT.lamaPerbaikanBulan) : '');

/**
 * The pejabat penilai's rencana perbaikan kinerja, agreed with the pegawai: the goals, the agreed
 * actions with their due dates, the check-in dates, the start (today by default) and the end (the
 * default length after the start, until the end is changed by hand). Checked with the domain's own
 * schema before sending; the server's field errors ("rencana.tindakan.0.tenggat") land on the same fields.
 */
export function RencanaForm({ k, hariIni }: { k: Kasus; hariIni: string }) {
  const { t } = useTranslation();
  const [tujuan, setTujuan] = useState('');
  const [tindakan, setTindakan] = useState<Tindakan[]>([{ uraian: '', tenggat: '' }]);
  const [checkIn, setCheckIn] = useState<string[]>(['']);
  const [mulai, setMulai] = useState(hariIni);
  const [berakhir, setBerakhir] = useState(() => akhirBawaan(hariIni));
  const [berakhirDiubah, setBerakhirDiubah] = useState(false);
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = useTindakLanjuti(k.id);
  const err = (path: string) => lokal[path] ?? fieldError(m.error, path);

  const ubahTindakan = (i: number, patch: Partial<Tindakan>) => setTindakan((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const ubahMulai = (v: string) => {
    setMulai(v);
    if (!berakhirDiubah) setBerakhir(akhirBawaan(v));
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = RencanaPerbaikanSchema.safeParse({ tujuan, tindakan, checkIn, mulai, berakhir });
    if (!parsed.success) {
      setLokal(galatIsian(parsed.error.issues, 'rencana'));
      return;
    }
    setLokal({});
    m.mutate({ rowVersion: k.rowVersion, rencana: parsed.data });
  };

  const galatDaftar = (path: string) =>
    err(path) ? (
      <Text size="sm" c="red" role="alert">
        {err(path)}
      </Text>
    ) : null;

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="rencana-form-judul" data-testid="rencana-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={2} fz="md" id="rencana-form-judul">
              {t('pembinaan.rencana.susunJudul')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('pembinaan.rencana.susunKeterangan', { nama: k.pegawai.nama })}
            </Text>
          </div>
          {galatDaftar('rencana')}
          <Textarea
            label={t('pembinaan.rencana.tujuan')}
            description={t('pembinaan.rencana.tujuanHint')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={tujuan}
            onChange={(e) => setTujuan(e.currentTarget.value)}
            error={err('rencana.tujuan')}
            data-testid="rencana-tujuan"
          />

          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('pembinaan.rencana.mulai')}
              required
              value={mulai}
              onChange={(e) => ubahMulai(e.currentTarget.value)}
              error={err('rencana.mulai')}
              data-testid="rencana-mulai"
            />
            <TextInput
              type="date"
              label={t('pembinaan.rencana.berakhir')}
              description={t('pembinaan.rencana.berakhirHint', { n: DEFAULT_ATURAN_TINDAK_LANJUT.lamaPerbaikanBulan })}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              required
              min={mulai || undefined}
              value={berakhir}
              onChange={(e) => {
                setBerakhir(e.currentTarget.value);
                setBerakhirDiubah(true);
              }}
              error={err('rencana.berakhir')}
              data-testid="rencana-berakhir"
            />
          </SimpleGrid>

          <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Text component="legend" size="sm" fw={500}>
              {t('pembinaan.rencana.tindakan')}
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              {t('pembinaan.rencana.tindakanHint')}
            </Text>
            {galatDaftar('rencana.tindakan')}
            <Stack gap="xs">
              {tindakan.map((r, i) => (
                <Paper key={i} withBorder p="xs" bg="gray.0" data-testid="rencana-tindakan">
                  <Stack gap={6}>
                    <TextInput
                      label={t('pembinaan.rencana.tindakanN', { n: i + 1 })}
                      required
                      maxLength={500}
                      value={r.uraian}
                      onChange={(e) => ubahTindakan(i, { uraian: e.currentTarget.value })}
                      error={err(`rencana.tindakan.${i}.uraian`)}
                      data-testid="rencana-tindakan-uraian"
                    />
                    <Group align="flex-start" gap="xs" wrap="nowrap">
                      <TextInput
                        type="date"
                        label={t('pembinaan.rencana.tenggat')}
                        required
                        style={{ flex: 1, minWidth: 0 }}
                        maw={220}
                        min={mulai || undefined}
                        max={berakhir || undefined}
                        value={r.tenggat}
                        onChange={(e) => ubahTindakan(i, { tenggat: e.currentTarget.value })}
                        error={err(`rencana.tindakan.${i}.tenggat`)}
                        data-testid="rencana-tindakan-tenggat"
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        mt={25}
                        aria-label={t('pembinaan.rencana.hapusTindakan', { n: i + 1 })}
                        onClick={() => setTindakan((rows) => rows.filter((_, j) => j !== i))}
                        data-testid="rencana-tindakan-hapus"
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </Stack>
            {tindakan.length < MAKS_TINDAKAN ? (
              <Button variant="light" size="xs" mt="xs" onClick={() => setTindakan((rows) => [...rows, { uraian: '', tenggat: '' }])} data-testid="rencana-tindakan-tambah">
                {t('pembinaan.rencana.tambahTindakan')}
              </Button>
            ) : null}
          </fieldset>

          <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Text component="legend" size="sm" fw={500}>
              {t('pembinaan.rencana.checkIn')}
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              {t('pembinaan.rencana.checkInHint')}
            </Text>
            {galatDaftar('rencana.checkIn')}
            <Stack gap="xs">
              {checkIn.map((d, i) => (
                <Group key={i} align="flex-start" gap="xs" wrap="nowrap" data-testid="rencana-check-in">
                  <TextInput
                    type="date"
                    label={t('pembinaan.rencana.checkInN', { n: i + 1 })}
                    required
                    style={{ flex: 1, minWidth: 0 }}
                    maw={220}
                    min={mulai || undefined}
                    max={berakhir || undefined}
                    value={d}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      setCheckIn((rows) => rows.map((x, j) => (j === i ? v : x)));
                    }}
                    error={err(`rencana.checkIn.${i}`)}
                    data-testid="rencana-check-in-tanggal"
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={25}
                    aria-label={t('pembinaan.rencana.hapusCheckIn', { n: i + 1 })}
                    onClick={() => setCheckIn((rows) => rows.filter((_, j) => j !== i))}
                    data-testid="rencana-check-in-hapus"
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
            {checkIn.length < MAKS_CHECK_IN ? (
              <Button variant="light" size="xs" mt="xs" onClick={() => setCheckIn((rows) => [...rows, ''])} data-testid="rencana-check-in-tambah">
                {t('pembinaan.rencana.tambahCheckIn')}
              </Button>
            ) : null}
          </fieldset>

          <GalatKasus error={m.error} onMuatUlang={m.reset} testId="rencana-galat" />
          <Group justify="flex-end">
            <Button type="submit" loading={m.isPending} data-testid="rencana-simpan">
              {t('pembinaan.rencana.simpan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
