import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatTanggal } from '@/lib/format';
import { bimbinganKeys, selesaikanTindakLanjut, type Bimbingan, type TindakLanjutItem } from '../api/bimbingan';
import { TombolSelesai } from './tombol-selesai';

function SelesaiButton({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const m = useMutation({
    mutationFn: () => selesaikanTindakLanjut(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bimbinganKeys.all }),
  });
  return (
    <>
      <TombolSelesai loading={m.isPending} onClick={() => m.mutate()} />
      {m.error ? <ErrorAlert error={m.error} /> : null}
    </>
  );
}

/**
 * The follow-up actions of one session. `items` (from GET /tindak-lanjut) adds whether each is
 * overdue and whether the caller may close it; without it the plain list is shown.
 */
export function TindakLanjutSesi({ b, items }: { b: Bimbingan; items: TindakLanjutItem[] | null }) {
  const { t } = useTranslation();
  if (b.tindakLanjut.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('bimbingan.tanpaTindakLanjut')}
      </Text>
    );
  }
  const info = new Map((items ?? []).map((i) => [i.id, i]));
  return (
    <Stack gap={6} data-testid="bimbingan-tindak-lanjut">
      <Text size="sm" fw={600}>
        {t('bimbingan.tindakLanjutTitle')}
      </Text>
      {b.tindakLanjut.map((x) => {
        const i = info.get(x.id);
        const terlambat = !x.selesaiAt && !!i?.terlambat;
        return (
          <Paper
            key={x.id}
            withBorder
            p="xs"
            data-testid="tindak-lanjut-item"
            data-terlambat={terlambat ? 'true' : 'false'}
            style={terlambat ? { borderColor: 'var(--mantine-color-red-5)', background: 'var(--mantine-color-red-0)' } : undefined}
          >
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }} td={x.selesaiAt ? 'line-through' : undefined}>
                  {x.uraian}
                </Text>
                <Group gap={6}>
                  <Text size="xs" c={terlambat ? 'red.8' : 'dimmed'} fw={terlambat ? 700 : undefined}>
                    {t('bimbingan.jatuhTempoTanggal', { tanggal: formatTanggal(x.jatuhTempo) })}
                  </Text>
                  {x.selesaiAt ? (
                    <Badge size="xs" color="teal" variant="light">
                      {t('bimbingan.sudahSelesai')}
                    </Badge>
                  ) : terlambat ? (
                    <Badge size="xs" color="red">
                      {t('bimbingan.terlambat')}
                    </Badge>
                  ) : null}
                </Group>
              </div>
              {!x.selesaiAt && i?.can.selesaikan ? <SelesaiButton id={x.id} /> : null}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
