import { Accordion, Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { bagianUntukRute, kontenQuery, panduanPdfUrl, peranDariRoles, turQuery, type PeranPanduan } from '../api/bantuan';
import { BagianBantuanView } from '../components/bagian-bantuan';
import { TurPengenalan } from '../components/tur-pengenalan';

const route = getRouteApi('/app/bantuan');

/** /bantuan: the guide per role (sections as an accordion), the page a "?" came from first, the PDF and the tour again. */
export function BantuanPage(): JSX.Element {
  const { t } = useTranslation();
  const { me } = route.useRouteContext();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const konten = useQuery(kontenQuery);
  const tur = useQuery(turQuery);
  const [ulangiTur, setUlangiTur] = useState(false);

  const k = konten.data;
  const milikSaya = tur.data?.peran ?? peranDariRoles(me.roles);
  const halaman = k && search.dari ? bagianUntukRute(k, search.dari) : null;
  // The guide shown: the one asked for, else one of mine that explains the page, else my first.
  const peran: PeranPanduan =
    search.peran ?? (halaman && k ? milikSaya.find((p) => k.panduan.find((g) => g.peran === p)?.bagian.includes(halaman.id)) : undefined) ?? milikSaya[0] ?? 'pegawai';
  const panduan = k?.panduan.find((p) => p.peran === peran);
  const [terbuka, setTerbuka] = useState<string | null>(null);

  useEffect(() => {
    if (!halaman) return;
    setTerbuka(halaman.id);
    document.getElementById('bantuan-halaman-ini')?.scrollIntoView({ block: 'start' });
  }, [halaman]);

  return (
    <>
      <PageHeader
        title={t('bantuan.judul')}
        description={t('bantuan.keterangan')}
        actions={
          <>
            <AnchorLink to="/bantuan/glosarium" data-testid="bantuan-glosarium">
              {t('bantuan.glosarium')}
            </AnchorLink>
            <Button variant="default" size="xs" onClick={() => setUlangiTur(true)}>
              {t('bantuan.ulangiTur')}
            </Button>
          </>
        }
      />
      {ulangiTur ? <TurPengenalan roles={me.roles} paksa onTutup={() => setUlangiTur(false)} /> : null}
      {konten.isPending ? (
        <Loading />
      ) : konten.isError ? (
        <ErrorAlert error={konten.error} />
      ) : k && panduan ? (
        <Stack gap="md">
          {search.dari ? (
            halaman ? (
              <Card withBorder radius="md" padding="md" id="bantuan-halaman-ini" data-testid="bantuan-halaman-ini" bg="blue.0">
                <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb={4}>
                  {t('bantuan.halamanIni')}
                </Text>
                <BagianBantuanView bagian={halaman} />
              </Card>
            ) : (
              <Alert color="gray" variant="light">
                {t('bantuan.tidakAdaHalaman')}
              </Alert>
            )
          ) : null}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('bantuan.peran')}
              data={k.panduan.map((p) => ({ value: p.peran, label: t(`bantuan.peranLabel.${p.peran}`) }))}
              value={peran}
              onChange={(v) => {
                const p = k.panduan.find((x) => x.peran === v)?.peran;
                if (p) void navigate({ search: (s) => ({ ...s, peran: p }) });
              }}
              allowDeselect={false}
              w={320}
              maw="100%"
              data-testid="bantuan-peran"
            />
            <Button component="a" href={panduanPdfUrl(peran)} download variant="light" data-testid="bantuan-pdf">
              {t('bantuan.unduhPdf')}
            </Button>
          </Group>
          <div>
            <Title order={2} fz="h3">
              {panduan.judul}
            </Title>
            <Text c="dimmed" size="sm">
              {panduan.untuk}
            </Text>
          </div>
          <Accordion variant="separated" value={terbuka} onChange={setTerbuka}>
            {panduan.bagian.map((id) => {
              const b = k.bagian.find((x) => x.id === id);
              return b ? (
                <Accordion.Item key={b.id} value={b.id} id={b.id}>
                  <Accordion.Control>{b.judul}</Accordion.Control>
                  <Accordion.Panel>
                    <BagianBantuanView bagian={b} judul={false} />
                  </Accordion.Panel>
                </Accordion.Item>
              ) : null;
            })}
          </Accordion>
        </Stack>
      ) : null}
    </>
  );
}
