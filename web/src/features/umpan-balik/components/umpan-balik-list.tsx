import { Badge, Box, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK } from '@capaian/domain';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { fieldError } from '@/lib/api-client';
import { formatTanggal, formatWaktu } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { kirimUmpanBalik, umpanBalikKeys, type UmpanBalikBalasan, type UmpanBalikItem } from '../api/umpan-balik';

export function perilakuNama(kode: string | null): string | null {
  if (!kode) return null;
  return BERAKHLAK.find((b) => b.kode === kode)?.nama ?? kode;
}

function Pesan({ u, zona, balasan = false, tautan = true }: { u: UmpanBalikBalasan; zona: string; balasan?: boolean; tautan?: boolean }) {
  const { t } = useTranslation();
  const perilaku = perilakuNama(u.perilakuKode);
  return (
    <Box data-testid={balasan ? 'umpan-balik-balasan' : 'umpan-balik-pesan'}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {u.penulis.nama}
        </Text>
        <Text size="xs" c="dimmed">
          {formatWaktu(u.dibuatAt, zona)}
        </Text>
        {perilaku ? (
          <Badge size="sm" variant="light" color="grape" style={{ textTransform: 'none' }} data-testid="umpan-balik-perilaku">
            {perilaku}
          </Badge>
        ) : null}
        {!balasan && tautan && u.realisasiId ? (
          <AnchorLink to="/realisasi/$id" params={{ id: u.realisasiId }} size="xs" data-testid="umpan-balik-entri-link">
            {t('umpanBalik.atasProgres', { tanggal: formatTanggal(u.tanggal) })}
          </AnchorLink>
        ) : null}
      </Group>
      <Text size="sm" mt={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {u.pesan}
      </Text>
    </Box>
  );
}

/** A reply box under a thread. */
function BalasForm({ induk, onDone }: { induk: UmpanBalikItem; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pesan, setPesan] = useState('');
  const m = useMutation({
    mutationFn: () => kirimUmpanBalik({ pegawaiId: induk.pegawaiId, realisasiId: induk.realisasiId, indukId: induk.id, pesan }),
    onSuccess: async () => {
      setPesan('');
      onDone();
      await queryClient.invalidateQueries({ queryKey: umpanBalikKeys.all });
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate();
      }}
    >
      <Stack gap={6}>
        <Textarea
          aria-label={t('umpanBalik.balasan')}
          placeholder={t('umpanBalik.tulisBalasan')}
          autosize
          minRows={2}
          maxLength={2000}
          value={pesan}
          onChange={(e) => setPesan(e.currentTarget.value)}
          error={fieldError(m.error, 'pesan')}
          data-testid="umpan-balik-balas-pesan"
        />
        <ErrorAlert error={m.error} hideWhenFieldsOnly />
        <Group gap="xs">
          <Button type="submit" size="compact-sm" loading={m.isPending} disabled={pesan.trim() === ''} data-testid="umpan-balik-balas-kirim">
            {t('umpanBalik.kirimBalasan')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Thread({ item, zona, tautan }: { item: UmpanBalikItem; zona: string; tautan: boolean }) {
  const { t } = useTranslation();
  const [membalas, setMembalas] = useState(false);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="umpan-balik-thread" data-id={item.id}>
      <Stack gap="xs">
        <Pesan u={item} zona={zona} tautan={tautan} />
        {item.balasan.length > 0 ? (
          <Stack gap="xs" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
            {item.balasan.map((b) => (
              <Pesan key={b.id} u={b} zona={zona} balasan />
            ))}
          </Stack>
        ) : null}
        {item.can.balas ? (
          membalas ? (
            <BalasForm induk={item} onDone={() => setMembalas(false)} />
          ) : (
            <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setMembalas(true)} data-testid="umpan-balik-balas">
              {t('umpanBalik.balas')}
            </Button>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}

interface UmpanBalikThreadsProps {
  items: readonly UmpanBalikItem[];
  emptyText?: string;
  /** Link each thread about a progress entry to that entry (off when shown under the entry itself). */
  tautkanEntri?: boolean;
}

/** Feedback threads (newest first as the API sends them), each with its replies and a reply box. */
export function UmpanBalikThreads({ items, emptyText, tautkanEntri = true }: UmpanBalikThreadsProps) {
  const { t } = useTranslation();
  const me = useQuery(meQueryOptions);
  const zona = me.data?.instansi.zonaWaktu ?? 'WIB';
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="umpan-balik-kosong">
        {emptyText ?? t('umpanBalik.kosong')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="umpan-balik-list">
      {items.map((u) => (
        <Thread key={u.id} item={u} zona={zona} tautan={tautkanEntri} />
      ))}
    </Stack>
  );
}
