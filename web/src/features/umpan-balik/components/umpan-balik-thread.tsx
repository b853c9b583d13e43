import { Button, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { fieldError } from '@/lib/api-client';
import { useLiveInvalidate } from '@/lib/live';
import { kirimUmpanBalik, umpanBalikKeys, umpanBalikQuery } from '../api/umpan-balik';
import { UmpanBalikThreads } from './umpan-balik-list';

interface UmpanBalikThreadProps {
  pegawaiId: string;
  realisasiId: string;
  /** The caller may start a thread on this entry (the entry's `can.beriUmpanBalik`). */
  bolehTulis: boolean;
  /** Called after a message was sent (e.g. to refresh the entry's feedback count). */
  onTerkirim?: () => void;
}

/** The feedback on one progress entry: threads with replies, and a box for the superior to write. */
export function UmpanBalikThread({ pegawaiId, realisasiId, bolehTulis, onTerkirim }: UmpanBalikThreadProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pesan, setPesan] = useState('');
  const { data, error, isPending } = useQuery(umpanBalikQuery({ pegawaiId, realisasiId }));
  useLiveInvalidate('umpan-balik', umpanBalikKeys.list({ pegawaiId, realisasiId }), { filter: (d) => d.pegawaiId === pegawaiId });
  const m = useMutation({
    mutationFn: () => kirimUmpanBalik({ pegawaiId, realisasiId, pesan }),
    onSuccess: async () => {
      setPesan('');
      onTerkirim?.();
      await queryClient.invalidateQueries({ queryKey: umpanBalikKeys.all });
    },
  });

  return (
    <Stack gap="sm" pt="xs" data-testid="umpan-balik-entri">
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <UmpanBalikThreads items={data.items} emptyText={t('umpanBalik.kosongEntri')} tautkanEntri={false} />}
      {bolehTulis ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            m.mutate();
          }}
        >
          <Stack gap={6}>
            <Textarea
              label={t('umpanBalik.tulis')}
              placeholder={t('umpanBalik.tulisPlaceholder')}
              autosize
              minRows={2}
              maxLength={2000}
              value={pesan}
              onChange={(e) => setPesan(e.currentTarget.value)}
              error={fieldError(m.error, 'pesan')}
              data-testid="umpan-balik-pesan-input"
            />
            <ErrorAlert error={m.error} hideWhenFieldsOnly />
            <Button type="submit" size="sm" w="fit-content" loading={m.isPending} disabled={pesan.trim() === ''} data-testid="umpan-balik-kirim">
              {t('umpanBalik.kirim')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
