import { NavLink, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { evaluasiListQuery } from '../api/penilaian';
import { PredikatBadge, StatusEvaluasiBadge } from './labels';

/** The superior's team in the period, to move between subordinates on the rating screen. */
export function TimList({ periodeId, aktifId }: { periodeId: string; aktifId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(evaluasiListQuery('tim', periodeId));
  const items = data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p={4} data-testid="nilai-tim-list">
      <Text size="xs" fw={700} c="dimmed" px="xs" py={4}>
        {t('penilaian.nilai.tim', { n: items.length })}
      </Text>
      <ScrollArea.Autosize mah={640}>
        <Stack gap={0}>
          {items.map((i) => (
            <NavLink
              key={i.id}
              active={i.id === aktifId}
              label={i.pegawai.nama}
              data-testid="nilai-tim-item"
              data-evaluasi-id={i.id}
              description={
                <span style={{ display: 'flex', gap: 4, flexWrap: 'wrap', marginTop: 2 }}>
                  <StatusEvaluasiBadge status={i.status} />
                  {i.predikat ? <PredikatBadge predikat={i.predikat} size="sm" /> : null}
                </span>
              }
              renderRoot={(props) => <Link to="/penilaian/evaluasi/$id/nilai" params={{ id: i.id }} {...props} />}
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
