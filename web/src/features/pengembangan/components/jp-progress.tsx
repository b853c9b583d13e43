import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PengembanganPegawai } from '../api/pengembangan';

/** The year's hours against the target: counted (with certificate), waiting for a certificate, planned. */
export function JpProgress({ jp, testId = 'pengembangan-jp' }: { jp: PengembanganPegawai['jp']; testId?: string }) {
  const { t } = useTranslation();
  const persen = jp.target > 0 ? Math.min(100, Math.round((jp.selesai / jp.target) * 100)) : 100;
  return (
    <Stack gap={4} data-testid={testId} data-selesai={jp.selesai} data-target={jp.target}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('pengembangan.jpSelesai', { selesai: jp.selesai, target: jp.target })}
        </Text>
        <Text size="sm" c={jp.memenuhi ? 'teal' : 'orange'} data-testid={`${testId}-status`}>
          {jp.memenuhi ? t('pengembangan.jpTercapai') : t('pengembangan.jpKurang', { n: jp.kekurangan })}
        </Text>
      </Group>
      <Progress value={persen} color={jp.memenuhi ? 'teal' : 'blue'} aria-label={t('pengembangan.jpSelesai', { selesai: jp.selesai, target: jp.target })} />
      {jp.tanpaSertifikat > 0 || jp.terencana > 0 ? (
        <Text size="xs" c="dimmed">
          {[jp.tanpaSertifikat > 0 ? t('pengembangan.jpTanpaSertifikat', { n: jp.tanpaSertifikat }) : null, jp.terencana > 0 ? t('pengembangan.jpTerencana', { n: jp.terencana }) : null].filter(Boolean).join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}
