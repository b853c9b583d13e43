import { Anchor, Image, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { gambarUrl, type BagianBantuan } from '../api/bantuan';

/** One task of the guide: summary, numbered steps, notes and the screenshots the browser tests took. */
export function BagianBantuanView({ bagian, judul = true }: { bagian: BagianBantuan; judul?: boolean }): JSX.Element {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={`bagian-${bagian.id}`}>
      {judul ? (
        <Title order={3} fz="h4">
          {bagian.judul}
        </Title>
      ) : null}
      <Text size="sm">{bagian.ringkas}</Text>
      <Text fw={600} size="sm">
        {t('bantuan.langkah')}
      </Text>
      <List type="ordered" size="sm" spacing={4}>
        {bagian.langkah.map((l) => (
          <List.Item key={l}>{l}</List.Item>
        ))}
      </List>
      {bagian.catatan.length > 0 ? (
        <>
          <Text fw={600} size="sm">
            {t('bantuan.catatan')}
          </Text>
          <List size="sm" spacing={4}>
            {bagian.catatan.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        </>
      ) : null}
      {bagian.gambar.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {bagian.gambar.map((g) => (
            <Anchor key={g.nama} href={gambarUrl(g.nama)} target="_blank" rel="noopener" aria-label={t('bantuan.gambar', { keterangan: g.keterangan })}>
              <Image src={gambarUrl(g.nama)} alt={g.keterangan} fit="contain" mah={320} radius="sm" style={{ border: '1px solid var(--mantine-color-gray-3)' }} loading="lazy" />
              <Text size="xs" c="dimmed" mt={4}>
                {g.keterangan}
              </Text>
            </Anchor>
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
