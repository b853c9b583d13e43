import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatAngka } from '@capaian/domain';
import { useTranslation } from 'react-i18next';

/** The balance against one next step (pangkat or jenjang): a bar, and what is missing or that it is reached. */
export function StatusKenaikan({ label, total, s, testId }: { label: string; total: number; s: { kebutuhan: number; kekurangan: number; tercapai: boolean } | null; testId: string }) {
  const { t } = useTranslation();
  if (!s)
    return (
      <Text size="sm" c="dimmed" data-testid={testId}>
        {t('angkaKredit.tidakBerlaku', { label })}
      </Text>
    );
  return (
    <Stack gap={2} data-testid={testId} data-tercapai={s.tercapai ? 'ya' : 'tidak'}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{label}</Text>
        <Text size="sm" c={s.tercapai ? 'teal' : undefined}>
          {s.tercapai ? t('angkaKredit.tercapai', { kebutuhan: formatAngka(s.kebutuhan, 3) }) : t('angkaKredit.kurang', { kurang: formatAngka(s.kekurangan, 3), kebutuhan: formatAngka(s.kebutuhan, 3) })}
        </Text>
      </Group>
      <Progress value={Math.min(100, (total / s.kebutuhan) * 100)} color={s.tercapai ? 'teal' : 'blue'} aria-label={label} />
    </Stack>
  );
}
