import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ButtonLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { timListQuery, type Tim } from '../api/tim-penilai';
import { TimModal } from '../components/tim-modal';

/** BKPSDM forms the team; members see their teams and open the results. */
export function TimPenilaiPage(): JSX.Element {
  const { t } = useTranslation();
  const q = useQuery(timListQuery());
  const [edit, setEdit] = useState<Tim | null | undefined>(undefined);
  return (
    <>
      <PageHeader
        title={t('timPenilai.judul')}
        description={t('timPenilai.keterangan')}
        actions={
          q.data?.can.buat ? (
            <Button size="sm" onClick={() => setEdit(null)} data-testid="tim-bentuk">
              {t('timPenilai.bentuk')}
            </Button>
          ) : null
        }
      />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Text c="dimmed">{t('timPenilai.kosong')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {q.data.items.map((tim) => (
            <Card key={tim.id} withBorder padding="md" radius="md" data-testid="tim-item">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {tim.nama}
                  </Text>
                  <Badge variant="light">{tim.tahun}</Badge>
                </Group>
                {tim.nomorSk ? (
                  <Text size="xs" c="dimmed">
                    {t('timPenilai.nomorSk')}: {tim.nomorSk}
                  </Text>
                ) : null}
                <Stack gap={2}>
                  {tim.anggota.map((a) => (
                    <Text key={a.pegawaiId} size="sm">
                      <b>{a.peranLabel}</b> · {a.nama}
                      {a.unitNama ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          — {a.unitNama}
                        </Text>
                      ) : null}
                    </Text>
                  ))}
                </Stack>
                <Group gap="xs" mt={4}>
                  {tim.can.lihatHasil ? (
                    <ButtonLink to="/tim-penilai/$id" params={{ id: tim.id }} size="compact-sm">
                      {t('timPenilai.lihatHasil')}
                    </ButtonLink>
                  ) : null}
                  {tim.can.ubah ? (
                    <Button size="compact-sm" variant="default" onClick={() => setEdit(tim)}>
                      {t('common.edit')}
                    </Button>
                  ) : null}
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <TimModal opened={edit !== undefined} tim={edit ?? null} onClose={() => setEdit(undefined)} />
    </>
  );
}
