import { Badge, Box, Card, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { matriksQuery, type MatriksNode } from '../api/skp';
import { useSkpLabels } from '../components/labels';
import { SkpStatusBadge } from '../components/status-badge';

const route = getRouteApi('/app/skp/$id/matriks');

function Node({ node, depth }: { node: MatriksNode; depth: number }) {
  const { t } = useTranslation();
  const labels = useSkpLabels();
  const root = depth === 0;
  return (
    <Stack gap={6} data-testid="matriks-node" data-depth={depth} data-rhk-id={node.rhkId}>
      <Card withBorder padding="xs" radius="sm" bg={root ? undefined : 'gray.0'}>
        <Stack gap={4}>
          {root ? null : (
            <Group gap="xs" wrap="wrap">
              <AnchorLink to="/skp/$id" params={{ id: node.skpId }} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {node.pegawai.nama}
              </AnchorLink>
              <SkpStatusBadge status={node.status} />
            </Group>
          )}
          {root ? null : (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {node.pegawai.jabatanNama}
            </Text>
          )}
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge size="xs" variant="outline" color="gray" style={{ textTransform: 'none', flexShrink: 0 }}>
              {labels.jenis(node.jenis)}
            </Badge>
            <Text size="sm" fw={root ? 600 : undefined} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', minWidth: 0 }}>
              {node.uraian}
            </Text>
          </Group>
          {node.anak.length === 0 ? (
            <Badge color="orange" variant="light" style={{ textTransform: 'none' }} data-testid="matriks-tanpa-pelaksana">
              {t('skp.belumAdaPelaksana')}
            </Badge>
          ) : null}
        </Stack>
      </Card>
      {node.anak.length > 0 ? (
        <Box
          pl={{ base: 6, sm: 'lg' }}
          ml={{ base: 2, sm: 'xs' }}
          style={{ borderLeft: '2px solid var(--mantine-color-gray-4)' }}
        >
          <Stack gap={6}>
            {node.anak.map((a) => (
              <Node key={a.rhkId} node={a} depth={depth + 1} />
            ))}
          </Stack>
        </Box>
      ) : null}
    </Stack>
  );
}

export function SkpMatriksPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data, error, isPending } = useQuery(matriksQuery(id));
  return (
    <>
      <AnchorLink to="/skp/$id" params={{ id }} size="sm" mb="xs" display="inline-block">
        ← {t('skp.editorTitle')}
      </AnchorLink>
      <PageHeader title={t('skp.matriksTitle')} description={data ? t('skp.matriksDesc', { tahun: data.tahun }) : undefined} />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Stack gap="md">
          <Paper withBorder p="xs" data-testid="matriks-ringkasan">
            <Text size="sm">
              {t('skp.matriksRingkasan', { rhk: data.rhk.length, tanpa: data.rhkTanpaPelaksana, bawahan: data.bawahanBelumTerhubung.length })}
            </Text>
          </Paper>
          <Stack gap="sm" data-testid="matriks-tree">
            {data.rhk.length === 0 ? (
              <Text c="dimmed">{t('skp.rhkKosong')}</Text>
            ) : (
              data.rhk.map((n) => <Node key={n.rhkId} node={n} depth={0} />)
            )}
          </Stack>
          <Stack gap="xs" data-testid="matriks-bawahan-belum">
            <Title order={2} fz="h4">
              {t('skp.bawahanBelumTerhubung')}
            </Title>
            {data.bawahanBelumTerhubung.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('skp.semuaBawahanTerhubung')}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {data.bawahanBelumTerhubung.map((b) => (
                  <List.Item key={b.pegawaiId}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {b.nama}
                      </Text>
                      <SkpStatusBadge status={b.status} />
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Stack>
      )}
    </>
  );
}
