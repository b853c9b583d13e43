import { Alert, List, Progress, Stack, Text, Group } from '@mantine/core';
import { BERAKHLAK } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { ringkasanQuery } from '../api/survei-360';

/** The anonymous aggregate for the superior: count, averages per value, suggestions — or "not enough respondents". */
export function Ringkasan360({ periodeId, pegawaiId }: { periodeId: string; pegawaiId: string }) {
  const { t } = useTranslation();
  const q = useQuery(ringkasanQuery(periodeId, pegawaiId));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const r = q.data;
  return (
    <Stack gap="xs" data-testid="ringkasan-360">
      <Text size="sm">{t('survei360.ringkasan.jumlah', { n: r.jumlahResponden })}</Text>
      {r.rataRata && r.jumlahDihitung < r.jumlahResponden ? (
        <Text size="xs" c="dimmed" data-testid="ringkasan-menunggu-kelompok">
          {t('survei360.ringkasan.menungguKelompok', { n: r.jumlahDihitung, min: r.minimumResponden })}
        </Text>
      ) : null}
      {!r.rataRata ? (
        <Alert color="gray" variant="light" data-testid="ringkasan-belum-cukup">
          {t('survei360.ringkasan.belumCukup', { min: r.minimumResponden })}
        </Alert>
      ) : (
        <>
          {BERAKHLAK.map((v) => {
            const n = r.rataRata?.[v.kode] ?? 0;
            return (
              <div key={v.kode}>
                <Group justify="space-between">
                  <Text size="sm">{v.nama}</Text>
                  <Text size="sm" fw={700}>
                    {n.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                  </Text>
                </Group>
                <Progress value={(n / 5) * 100} size="sm" aria-label={`${v.nama}: ${n} / 5`} />
              </div>
            );
          })}
          {r.saran.length > 0 ? (
            <>
              <Text size="sm" fw={600} mt="xs">
                {t('survei360.ringkasan.saran')}
              </Text>
              <List size="sm" spacing={4}>
                {r.saran.map((s, i) => (
                  <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
                    {s}
                  </List.Item>
                ))}
              </List>
            </>
          ) : null}
        </>
      )}
    </Stack>
  );
}
