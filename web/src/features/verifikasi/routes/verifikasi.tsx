import { Alert, Box, Button, Card, Container, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { fieldError, isApiError } from '@/lib/api-client';
import { verifikasiQuery } from '../api/verifikasi';

const route = getRouteApi('/verifikasi/$jenis/$id');

/**
 * Public page a phone opens after scanning the QR code of a printed document (any type). Without a
 * code in the link it asks for the one printed under the QR code; the server decides the rest.
 */
export function VerifikasiPage(): JSX.Element {
  const { t } = useTranslation();
  const { jenis, id } = route.useParams();
  const { h } = route.useSearch();
  const navigate = route.useNavigate();
  const { data, error, isPending } = useQuery(verifikasiQuery(jenis, id, h));
  const [kode, setKode] = useState(h ?? '');

  useEffect(() => {
    document.title = `${t('verifikasi.title')} — Capaian`;
  }, [t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void navigate({ search: { h: kode.trim() } });
  };

  const perluKode = data?.status === 'PERLU_KODE' || (isApiError(error) && !!fieldError(error, 'h'));
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
            {data?.judul ? t('verifikasi.titleOf', { judul: data.judul }) : t('verifikasi.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('verifikasi.keterangan')}
          </Text>
        </div>
        {isPending ? (
          <Loading />
        ) : perluKode ? (
          <Card withBorder padding="md" radius="md" data-testid="verifikasi-kode">
            <form onSubmit={submit}>
              <Stack gap="sm">
                <Text size="sm">{data?.pesan ?? t('verifikasi.mintaKode')}</Text>
                <TextInput
                  label={t('verifikasi.kode')}
                  description={t('verifikasi.kodeBantuan')}
                  value={kode}
                  onChange={(e) => setKode(e.currentTarget.value)}
                  error={fieldError(error, 'h')}
                  autoComplete="off"
                  autoCapitalize="off"
                  spellCheck={false}
                  inputMode="text"
                  ff="monospace"
                  required
                />
                <Group justify="flex-end">
                  <Button type="submit">{t('verifikasi.periksa')}</Button>
                </Group>
              </Stack>
            </form>
          </Card>
        ) : data ? (
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
                {valid ? `✓ ${t('verifikasi.valid')}` : `✗ ${t('verifikasi.tidakValid')}`}
              </Text>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {data.pesan}
              </Text>
              {data.catatan ? (
                <Alert color="yellow" variant="light" p="xs">
                  {data.catatan}
                </Alert>
              ) : null}
              {data.fakta.length ? (
                <Stack gap="xs" component="dl" m={0}>
                  {data.fakta.map((f) => (
                    <Box key={f.label}>
                      <Text size="xs" c="dimmed" component="dt">
                        {f.label}
                      </Text>
                      <Text size="sm" fw={600} component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                        {f.nilai}
                      </Text>
                    </Box>
                  ))}
                </Stack>
              ) : null}
            </Stack>
          </Card>
        ) : (
          <Alert color="red" title={t('verifikasi.gagal')}>
            {error instanceof Error ? error.message : t('verifikasi.gagal')}
          </Alert>
        )}
      </Stack>
    </Container>
  );
}
