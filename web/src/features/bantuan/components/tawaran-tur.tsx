import { Alert, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { turQuery, useSelesaikanTur } from '../api/bantuan';
import { TurPengenalan } from './tur-pengenalan';

/**
 * The first-login tour, offered on the home page until the account takes or declines it: a banner
 * rather than a modal over the page, so nobody is stopped on their way to record progress.
 */
export function TawaranTur({ roles }: { roles: readonly string[] }): JSX.Element | null {
  const { t } = useTranslation();
  const status = useQuery(turQuery);
  const tandai = useSelesaikanTur();
  const [mulai, setMulai] = useState(false);
  if (mulai) return <TurPengenalan roles={roles} paksa onTutup={() => setMulai(false)} />;
  if (status.data?.selesai !== false) return null;
  return (
    <Alert color="blue" mb="sm" title={t('bantuan.tawaran.judul')} data-testid="tawaran-tur">
      <Text size="sm" mb="xs">
        {t('bantuan.tawaran.isi')}
      </Text>
      <Group gap="xs">
        <Button size="xs" onClick={() => setMulai(true)} data-testid="tawaran-tur-mulai">
          {t('bantuan.tawaran.mulai')}
        </Button>
        <Button size="xs" variant="subtle" loading={tandai.isPending} onClick={() => tandai.mutate()} data-testid="tawaran-tur-tolak">
          {t('bantuan.tawaran.tolak')}
        </Button>
      </Group>
    </Alert>
  );
}
