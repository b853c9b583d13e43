import { Badge, Box, Card, Code, Container, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { formatNip, formatTanggal } from '@/lib/format';
import { verifikasiQuery } from '../api/skp';

const route = getRouteApi('/verifikasi/skp/$id');

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Box fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </Box>
  );
}

export function VerifikasiSkpPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { h } = route.useSearch();
  const { data, error, isPending } = useQuery(verifikasiQuery(id, h));

  useEffect(() => {
    document.title = `${t('verifikasi.title')} — Capaian`;
  }, [t]);

  const valid = data?.valid === true;
  const color = valid ? 'green' : 'red';

  return (
    <Container size={560} px="sm" py="lg">
      <Stack gap="md">
        <div>
          <Text fw={800} fz="lg">
            {t('common.appName')}
          </Text>
          <Title order={1} fz="h3">
            {t('verifikasi.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('verifikasi.keterangan')}
          </Text>
        </div>
        {isPending ? (
          <Loading />
        ) : (
          <Card
            withBorder
            padding="md"
            radius="md"
            data-testid="verifikasi-hasil"
            data-valid={valid ? 'true' : 'false'}
            style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 2, background: `var(--mantine-color-${color}-0)` }}
            role="status"
          >
            <Stack gap="sm">
              <Text fw={800} fz="xl" c={`${color}.8`}>
                {valid ? '✓ ' : '✗ '}
                {valid ? t('verifikasi.valid') : t('verifikasi.tidakValid')}
              </Text>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {data ? data.pesan : error instanceof Error ? error.message : t('verifikasi.gagal')}
              </Text>
              {data ? (
                <Stack gap="xs">
                  <Row label={t('verifikasi.pegawai')}>
                    <Text fw={600} size="sm">
                      {data.pegawaiNama || '—'}
                    </Text>
                  </Row>
                  <Row label={t('verifikasi.nip')}>{data.pegawaiNip ? formatNip(data.pegawaiNip) : '—'}</Row>
                  <Row label={`${t('verifikasi.tahun')} / ${t('verifikasi.versi')}`}>
                    {data.tahun} / {data.versi}
                  </Row>
                  <Row label={t('verifikasi.status')}>
                    <Badge variant="light" color={valid ? 'green' : 'gray'} style={{ textTransform: 'none' }}>
                      {data.statusLabel}
                    </Badge>
                  </Row>
                  <Row label={t('verifikasi.disetujuiAt')}>{formatTanggal(data.disetujuiAt)}</Row>
                  <Row label={t('verifikasi.hash')}>
                    <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                      {data.hash ?? '—'}
                    </Code>
                  </Row>
                </Stack>
              ) : null}
            </Stack>
          </Card>
        )}
      </Stack>
    </Container>
  );
}
