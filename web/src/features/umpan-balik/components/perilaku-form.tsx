import { Button, Card, List, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK, type BerakhlakKode } from '@capaian/domain';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { kirimUmpanBalik, umpanBalikKeys } from '../api/umpan-balik';

/** "Umpan balik perilaku": the superior picks a BerAKHLAK value and writes feedback on it. */
export function PerilakuForm({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kode, setKode] = useState<BerakhlakKode | null>(null);
  const [pesan, setPesan] = useState('');
  const [terkirim, setTerkirim] = useState(false);
  const nilai = BERAKHLAK.find((b) => b.kode === kode);
  const m = useMutation({
    mutationFn: () => kirimUmpanBalik({ pegawaiId, perilakuKode: kode, pesan }),
    onSuccess: async () => {
      setPesan('');
      setKode(null);
      setTerkirim(true);
      await queryClient.invalidateQueries({ queryKey: umpanBalikKeys.all });
    },
  });
  return (
    <Card withBorder radius="md" padding="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTerkirim(false);
          m.mutate();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Title order={2} size="h5">
            {t('umpanBalik.perilakuTitle')}
          </Title>
          <Select
            label={t('umpanBalik.nilai')}
            placeholder={t('umpanBalik.pilihNilai')}
            required
            data={BERAKHLAK.map((b) => ({ value: b.kode, label: b.nama }))}
            value={kode}
            onChange={(v) => setKode(BERAKHLAK.find((b) => b.kode === v)?.kode ?? null)}
            error={fieldError(m.error, 'perilakuKode')}
            comboboxProps={{ withinPortal: true }}
            data-testid="perilaku-nilai"
          />
          {nilai ? (
            <div>
              <Text size="xs" c="dimmed" fw={600}>
                {t('umpanBalik.indikatorPerilaku')}
              </Text>
              <List size="xs" c="dimmed">
                {nilai.indikator.map((i) => (
                  <List.Item key={i}>{i}</List.Item>
                ))}
              </List>
            </div>
          ) : null}
          <Textarea
            label={t('umpanBalik.pesan')}
            placeholder={t('umpanBalik.perilakuPlaceholder')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={pesan}
            onChange={(e) => setPesan(e.currentTarget.value)}
            error={fieldError(m.error, 'pesan')}
            data-testid="perilaku-pesan"
          />
          <ErrorAlert error={m.error} hideWhenFieldsOnly />
          {terkirim ? (
            <Text size="sm" c="green.8" role="status" data-testid="perilaku-terkirim">
              {t('umpanBalik.terkirim')}
            </Text>
          ) : null}
          <Button type="submit" w="fit-content" loading={m.isPending} disabled={!kode || pesan.trim() === ''} data-testid="perilaku-kirim">
            {t('umpanBalik.kirim')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
