import { Alert, Button, Card, MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { isApiError } from '@/lib/api-client';
import { kandidatQuery, keys360, nominasikan, type Hubungan } from '../api/survei-360';

/** The pegawai nominates colleagues (peers or subordinates) to answer about them. */
export function NominasiForm({ periodeId }: { periodeId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [hubungan, setHubungan] = useState<Hubungan>('REKAN');
  const [ids, setIds] = useState<string[]>([]);
  const kandidat = useQuery(kandidatQuery(periodeId, hubungan));
  const data = (kandidat.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.namaLengkap} — ${p.jabatanNama ?? p.nip}` }));
  const m = useMutation({
    mutationFn: () => nominasikan({ periodeId, penilaiIds: ids, hubungan }),
    onSuccess: async () => {
      setIds([]);
      await qc.invalidateQueries({ queryKey: keys360.all });
    },
  });
  const fieldMsgs = isApiError(m.error) ? Object.entries(m.error.fields).map(([, v]) => v) : [];
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="sm">
        <Text fw={700}>{t('survei360.nominasi.judul')}</Text>
        <Text size="sm" c="dimmed">
          {t('survei360.nominasi.keterangan')}
        </Text>
        <SegmentedControl
          value={hubungan}
          onChange={(v) => {
            setHubungan(v === 'BAWAHAN' ? 'BAWAHAN' : 'REKAN');
            setIds([]);
          }}
          data={[
            { value: 'REKAN', label: t('survei360.hubungan.REKAN') },
            { value: 'BAWAHAN', label: t('survei360.hubungan.BAWAHAN') },
          ]}
        />
        <MultiSelect
          label={t('survei360.nominasi.cari')}
          placeholder={t('survei360.nominasi.cariPlaceholder')}
          searchable
          data={data}
          value={ids}
          onChange={setIds}
          maxValues={10}
          nothingFoundMessage={t('common.empty')}
          data-testid="nominasi-cari"
        />
        <ErrorAlert error={kandidat.error} />
        {fieldMsgs.length > 0 ? (
          <Alert color="red" variant="light" role="alert">
            {fieldMsgs.map((f, i) => (
              <Text key={i} size="sm">
                {f}
              </Text>
            ))}
          </Alert>
        ) : (
          <ErrorAlert error={m.error} />
        )}
        <Button onClick={() => m.mutate()} disabled={ids.length === 0} loading={m.isPending} data-testid="nominasi-kirim">
          {t('survei360.nominasi.kirim')}
        </Button>
      </Stack>
    </Card>
  );
}
