import { Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '@/lib/api-client';
import { formatTanggal, formatWaktu } from '@/lib/format';
import { useCheckIn, type Kasus } from '../api/pembinaan';
import { GalatKasus } from './galat-kasus';

/** The notes of the plan's check-ins, newest first, and (for the pejabat penilai while the plan runs) a form for the next one. */
export function CheckIn({ k, hariIni, zona }: { k: Kasus; hariIni: string; zona: string }) {
  const { t } = useTranslation();
  const catatan = [...k.catatanCheckIn].sort((a, b) => b.tanggal.localeCompare(a.tanggal) || b.at.localeCompare(a.at));
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="check-in-judul" data-testid="check-in">
      <Stack gap="sm">
        <Title order={2} fz="md" id="check-in-judul">
          {t('pembinaan.checkIn.judul')}
        </Title>
        {catatan.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="check-in-kosong">
            {t('pembinaan.checkIn.kosong')}
          </Text>
        ) : (
          <Stack gap="xs" data-testid="check-in-list">
            {catatan.map((c, i) => (
              <Paper key={`${c.at}-${i}`} withBorder p="xs" bg="gray.0" data-testid="check-in-item">
                <Text size="sm" fw={600}>
                  {formatTanggal(c.tanggal)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {c.catatan}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('pembinaan.checkIn.dicatat', { oleh: c.oleh, at: formatWaktu(c.at, zona) })}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        {k.can.checkIn ? <CheckInForm k={k} hariIni={hariIni} /> : null}
      </Stack>
    </Paper>
  );
}

function CheckInForm({ k, hariIni }: { k: Kasus; hariIni: string }) {
  const { t } = useTranslation();
  const [tanggal, setTanggal] = useState(hariIni);
  const [catatan, setCatatan] = useState('');
  const [lokal, setLokal] = useState<Record<string, string>>({});
  const m = useCheckIn(k.id, () => setCatatan(''));
  const err = (f: string) => lokal[f] ?? fieldError(m.error, f);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const g: Record<string, string> = {};
    if (!tanggal) g['tanggal'] = t('pembinaan.wajib');
    if (!catatan.trim()) g['catatan'] = t('pembinaan.wajib');
    setLokal(g);
    if (Object.keys(g).length === 0) m.mutate({ rowVersion: k.rowVersion, tanggal, catatan: catatan.trim() });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="check-in-form">
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('pembinaan.checkIn.catat')}
        </Text>
        <TextInput
          type="date"
          label={t('pembinaan.checkIn.tanggal')}
          required
          maw={220}
          value={tanggal}
          onChange={(e) => setTanggal(e.currentTarget.value)}
          error={err('tanggal')}
          data-testid="check-in-tanggal"
        />
        <Textarea
          label={t('pembinaan.checkIn.catatan')}
          description={t('pembinaan.checkIn.catatanHint')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          error={err('catatan')}
          data-testid="check-in-catatan"
        />
        <GalatKasus error={m.error} onMuatUlang={m.reset} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={m.isPending} data-testid="check-in-simpan">
            {t('pembinaan.checkIn.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
