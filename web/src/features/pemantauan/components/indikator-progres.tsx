import { Box, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndikatorPantau } from '../api/pemantauan';

const angka = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 2 });

/** One indicator: target vs realised so far, with a bar (red when behind schedule). */
function IndikatorRow({ ind }: { ind: IndikatorPantau }) {
  const { t } = useTranslation();
  const persen = ind.persen ?? null;
  const satuan = ind.satuan ? ` ${ind.satuan}` : '';
  const color = ind.tertinggal ? 'red' : persen !== null && persen >= 100 ? 'teal' : 'blue';
  return (
    <Box data-testid="papan-indikator" data-tertinggal={ind.tertinggal ? 'true' : 'false'}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {ind.uraian}
      </Text>
      <Group justify="space-between" gap="xs" wrap="nowrap" mt={2}>
        <Text size="xs" c={ind.tertinggal ? 'red.8' : 'dimmed'} fw={ind.tertinggal ? 600 : undefined}>
          {ind.target === null
            ? t('pemantauan.realisasiTanpaTarget', { realisasi: `${angka(ind.realisasi)}${satuan}` })
            : t('pemantauan.realisasiDariTarget', { realisasi: angka(ind.realisasi), target: `${angka(ind.target)}${satuan}` })}
          {ind.harapan !== null ? ` · ${t('pemantauan.harapan', { n: angka(Math.round(ind.harapan)) })}` : ''}
        </Text>
        <Text size="xs" fw={600} c={ind.tertinggal ? 'red.8' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {persen === null ? '—' : `${angka(persen)}%`}
          {ind.tertinggal ? ` · ${t('pemantauan.tertinggal')}` : ''}
        </Text>
      </Group>
      {persen !== null ? (
        <Progress
          value={Math.max(0, Math.min(100, persen))}
          color={color}
          size="sm"
          mt={4}
          aria-label={`${ind.uraian}: ${angka(persen)}%${ind.tertinggal ? ` (${t('pemantauan.tertinggal')})` : ''}`}
        />
      ) : null}
    </Box>
  );
}

/** The indicators of a subordinate grouped by RHK. */
export function IndikatorProgres({ indikator }: { indikator: readonly IndikatorPantau[] }) {
  const { t } = useTranslation();
  if (indikator.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('pemantauan.tanpaIndikator')}
      </Text>
    );
  }
  const groups: Array<{ rhkId: string; rhkUraian: string; items: IndikatorPantau[] }> = [];
  for (const ind of indikator) {
    const g = groups.find((x) => x.rhkId === ind.rhkId);
    if (g) g.items.push(ind);
    else groups.push({ rhkId: ind.rhkId, rhkUraian: ind.rhkUraian, items: [ind] });
  }
  return (
    <Stack gap="md">
      {groups.map((g) => (
        <Stack key={g.rhkId} gap="xs">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ overflowWrap: 'anywhere' }}>
            {g.rhkUraian}
          </Text>
          {g.items.map((ind) => (
            <IndikatorRow key={ind.indikatorId} ind={ind} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
