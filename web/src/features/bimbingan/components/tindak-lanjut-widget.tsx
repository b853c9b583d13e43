import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { formatTanggal } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { bimbinganKeys, selesaikanTindakLanjut, tindakLanjutQuery, type TindakLanjutItem } from '../api/bimbingan';
import { TombolSelesai } from './tombol-selesai';

function Item({ item, mine }: { item: TindakLanjutItem; mine: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const m = useMutation({
    mutationFn: () => selesaikanTindakLanjut(item.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bimbinganKeys.all }),
  });
  return (
    <Card
      withBorder
      padding="xs"
      radius="sm"
      data-testid="tindak-lanjut-item"
      data-terlambat={item.terlambat ? 'true' : 'false'}
      style={item.terlambat ? { borderColor: 'var(--mantine-color-red-5)', background: 'var(--mantine-color-red-0)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {item.uraian}
          </Text>
          <Group gap={6} wrap="wrap">
            <Text size="xs" c={item.terlambat ? 'red.8' : 'dimmed'} fw={item.terlambat ? 700 : undefined}>
              {t('bimbingan.jatuhTempoTanggal', { tanggal: formatTanggal(item.jatuhTempo) })}
            </Text>
            {item.terlambat ? (
              <Badge color="red" size="xs">
                {t('bimbingan.terlambat')}
              </Badge>
            ) : null}
            {!mine ? (
              <Text size="xs" c="dimmed">
                · {item.pegawai.nama}
              </Text>
            ) : null}
            <AnchorLink to="/bimbingan/$id" params={{ id: item.bimbinganId }} size="xs">
              {t('bimbingan.lihatSesi')}
            </AnchorLink>
          </Group>
          {m.error ? <ErrorAlert error={m.error} /> : null}
        </div>
        {item.can.selesaikan ? (
          <TombolSelesai loading={m.isPending} onClick={() => m.mutate()} />
        ) : null}
      </Group>
    </Card>
  );
}

/**
 * "Tindak lanjut": open follow-up actions of my coaching sessions and my team's (overdue in red).
 * `beranda`: the home page's card, shown only when something is open.
 */
export function TindakLanjutWidget({ beranda = false }: { beranda?: boolean }) {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const { data, error, isPending } = useQuery(tindakLanjutQuery('terbuka'));
  const items = [...(data?.items ?? [])].sort((a, b) => Number(b.terlambat) - Number(a.terlambat) || a.jatuhTempo.localeCompare(b.jatuhTempo));
  if (beranda) {
    if (items.length === 0) return null;
    return (
      <Card withBorder radius="md" padding="md" mb="md">
        <TindakLanjutWidget />
      </Card>
    );
  }
  return (
    <section aria-labelledby="tindak-lanjut-title" data-testid="tindak-lanjut">
      <Title order={2} size="h5" mb="xs" id="tindak-lanjut-title">
        {t('bimbingan.tindakLanjutTitle')}
        {items.length > 0 ? ` (${items.length})` : ''}
      </Title>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('bimbingan.tindakLanjutKosong')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((i) => (
            <Item key={i.id} item={i} mine={i.pegawai.id === me?.pegawaiId} />
          ))}
        </Stack>
      )}
    </section>
  );
}
