import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMutation } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { mulaiSkp, skpKeys, skpSayaQuery } from '../api/skp';
import { SkpEditor } from '../components/skp-editor';
import { SkpStatusBadge } from '../components/status-badge';

export function SkpSayaPage(): JSX.Element {
  const { t } = useTranslation();
  const [tahun, setTahun] = useState(tahunIni);
  const queryClient = useQueryClient();
  const list = useQuery(skpSayaQuery(tahun));
  const mulai = useMutation({
    mutationFn: () => mulaiSkp(tahun),
    onSuccess: async (d) => {
      queryClient.setQueryData(skpKeys.detail(d.id), d);
      await queryClient.invalidateQueries({ queryKey: skpKeys.saya(tahun) });
    },
  });

  const versions = [...(list.data ?? [])].sort((a, b) => b.versi - a.versi);
  const newest = versions[0];

  return (
    <>
      <PageHeader title={t('skp.sayaTitle')} actions={<TahunSelect value={tahun} onChange={setTahun} label={t('skp.tahun')} testId="skp-tahun" />} />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : !newest ? (
        <Paper withBorder p="md">
          <Stack align="flex-start">
            <Text>{t('skp.belumAda', { tahun })}</Text>
            <ErrorAlert error={mulai.error} />
            <Button onClick={() => mulai.mutate()} loading={mulai.isPending} data-testid="skp-mulai">
              {t('skp.mulai', { tahun })}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="md">
          {versions.length > 1 ? (
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed">
                {t('skp.versiLain')}:
              </Text>
              {versions.slice(1).map((v) => (
                <Group key={v.id} gap={4} wrap="nowrap">
                  <AnchorLink to="/skp/$id" params={{ id: v.id }} size="sm">
                    {t('skp.versiN', { versi: v.versi })}
                  </AnchorLink>
                  <SkpStatusBadge status={v.status} />
                </Group>
              ))}
            </Group>
          ) : null}
          <SkpEditor key={newest.id} id={newest.id} />
        </Stack>
      )}
    </>
  );
}
