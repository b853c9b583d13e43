import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PREDIKAT_LABEL, PREDIKATS } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ButtonLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { formatTanggal } from '@/lib/format';
import { penilaiQuery } from '../api/beranda';
import { AngkaKartu, AngkaSel } from './angka';

/** The pejabat penilai's home: what waits on them, each number a link to the people behind it. */
export function BerandaPenilai(): JSX.Element {
  const { t } = useTranslation();
  const q = useQuery(penilaiQuery());
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const b = q.data;
  return (
    <Stack gap="sm" data-testid="beranda-penilai">
      <Text size="sm" c="dimmed">
        {t('beranda.penilai.bawahan', { n: b.jumlahBawahan })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <AngkaKartu angka={b.skpMenunggu} label={t('beranda.penilai.skpMenunggu')} sorot="orange" testId="beranda-skp-menunggu" />
        <AngkaKartu angka={b.belumLapor} label={t('beranda.penilai.belumLapor')} sorot="orange" testId="beranda-belum-lapor" />
        <AngkaKartu angka={b.menungguUmpanBalik} label={t('beranda.penilai.umpanBalik')} testId="beranda-menunggu-umpan-balik" />
      </SimpleGrid>
      {b.penilaian.map((p) => (
        <Paper key={p.periodeId} withBorder p="sm" radius="md" data-testid="beranda-penilaian-periode">
          <Group justify="space-between" wrap="wrap" gap="xs" mb={6}>
            <Title order={2} fz="md">
              {t('beranda.penilai.penilaian', { periode: p.periode })}
            </Title>
            <Badge color={p.lewat ? 'red' : 'gray'} variant="light">
              {p.lewat ? t('beranda.lewat', { tanggal: formatTanggal(p.batasPenilaian) }) : t('beranda.batas', { tanggal: formatTanggal(p.batasPenilaian) })}
            </Badge>
          </Group>
          <SimpleGrid cols={{ base: 2 }} spacing="sm" mb="xs">
            <AngkaKartu angka={p.belum} label={t('beranda.penilai.belumDinilai')} sorot="orange" testId="beranda-penilaian-belum" />
            <AngkaKartu angka={p.selesai} label={t('beranda.penilai.sudahDinilai')} testId="beranda-penilaian-selesai" />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mb={4}>
            {t('beranda.penilai.kurva')}
          </Text>
          <Group gap="xs" wrap="wrap" data-testid="beranda-penilai-kurva">
            {PREDIKATS.map((pr) => (
              <Text key={pr} size="sm">
                {PREDIKAT_LABEL[pr]}: <AngkaSel angka={p.distribusi[pr]} />
              </Text>
            ))}
          </Group>
          <ButtonLink to="/penilaian/tim" size="compact-sm" variant="light" mt="xs" data-testid="beranda-penilai-nilai">
            {t('beranda.penilai.bukaPenilaian')}
          </ButtonLink>
        </Paper>
      ))}
    </Stack>
  );
}
