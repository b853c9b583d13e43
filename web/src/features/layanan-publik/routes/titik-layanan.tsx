import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { posterUrl, titikQuery, unitQuery, type Titik } from '../api/layanan-publik';
import { TitikModal } from '../components/titik-modal';
import { unitOptions } from '@/lib/unit-options';

/** Service points per unit: create, rename, deactivate, and print the QR poster. */
export function TitikLayananPage(): JSX.Element {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(null);
  const list = useQuery(titikQuery(unitId ?? undefined));
  const units = useQuery(unitQuery);
  const [edit, setEdit] = useState<Titik | null | undefined>(undefined);

  return (
    <>
      <PageHeader
        title={t('layananPublik.titik.judul')}
        description={t('layananPublik.titik.keterangan')}
        actions={
          <>
            <AnchorLink to="/layanan-publik/tren" size="sm">
              {t('layananPublik.tren.judul')}
            </AnchorLink>
            {list.data?.can.buat ? (
              <Button size="sm" onClick={() => setEdit(null)} data-testid="titik-tambah">
                {t('layananPublik.titik.tambah')}
              </Button>
            ) : null}
          </>
        }
      />
      <Select
        label={t('layananPublik.titik.unit')}
        placeholder={t('common.all')}
        data={unitOptions(units.data ?? [])}
        value={unitId}
        onChange={setUnitId}
        searchable
        clearable
        maw={420}
        mb="md"
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed">{t('layananPublik.titik.kosong')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {list.data.items.map((tl) => (
            <Card key={tl.id} withBorder padding="sm" radius="md" data-testid="titik-item" data-kode={tl.kode}>
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                    {tl.nama}
                  </Text>
                  <Badge variant="light" color={tl.aktif ? 'green' : 'gray'}>
                    {tl.aktif ? t('layananPublik.titik.aktifLabel') : t('layananPublik.titik.nonaktif')}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {tl.unitNama}
                </Text>
                <Anchor href={tl.tautan} target="_blank" rel="noopener" size="xs" style={{ overflowWrap: 'anywhere' }}>
                  {tl.tautan}
                </Anchor>
                <Group gap="xs" mt={4}>
                  {tl.can.unduhPoster ? (
                    <Button component="a" href={posterUrl(tl.id)} size="compact-sm" variant="light" data-testid="titik-poster">
                      {t('layananPublik.titik.poster')}
                    </Button>
                  ) : null}
                  {tl.can.ubah ? (
                    <Button size="compact-sm" variant="default" onClick={() => setEdit(tl)}>
                      {t('common.edit')}
                    </Button>
                  ) : null}
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <TitikModal opened={edit !== undefined} titik={edit ?? null} onClose={() => setEdit(undefined)} />
    </>
  );
}
