import { Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useDeferredValue, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { kontenQuery, type KontenBantuan } from '../api/bantuan';

const route = getRouteApi('/app/bantuan/glosarium');

/** Case- and accent-insensitive text for matching. */
const lipat = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Terms whose name, long form or meaning contain every word of the query; a match in the name first. */
export function saringGlosarium(glosarium: KontenBantuan['glosarium'], q: string): KontenBantuan['glosarium'] {
  const kata = lipat(q).split(/\s+/).filter(Boolean);
  if (kata.length === 0) return glosarium;
  const nama = (g: KontenBantuan['glosarium'][number]) => lipat(`${g.istilah} ${g.kepanjangan ?? ''}`);
  const cocok = glosarium.filter((g) => {
    const teks = `${nama(g)} ${lipat(g.arti)}`;
    return kata.every((k) => teks.includes(k));
  });
  return [...cocok.filter((g) => kata.every((k) => nama(g).includes(k))), ...cocok.filter((g) => !kata.every((k) => nama(g).includes(k)))];
}

/** /bantuan/glosarium: the regulation's terms, searchable (the search is kept in the address). */
export function GlosariumPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const konten = useQuery(kontenQuery);
  const [q, setQ] = useState(search.q ?? '');
  const qTunda = useDeferredValue(q);
  const hasil = konten.data ? saringGlosarium(konten.data.glosarium, qTunda) : [];

  return (
    <>
      <PageHeader title={t('bantuan.glosarium')} description={t('bantuan.glosariumKeterangan')} actions={<AnchorLink to="/bantuan">{t('bantuan.kembali')}</AnchorLink>} />
      <TextInput
        label={t('bantuan.cari')}
        placeholder={t('bantuan.cariPlaceholder')}
        value={q}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setQ(v);
          void navigate({ search: v ? { q: v } : {}, replace: true });
        }}
        type="search"
        maw={420}
        mb="sm"
        data-testid="glosarium-cari"
      />
      {konten.isPending ? (
        <Loading />
      ) : konten.isError ? (
        <ErrorAlert error={konten.error} />
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" data-testid="glosarium-jumlah">
            {t('bantuan.jumlahIstilah', { n: hasil.length })}
          </Text>
          {hasil.length === 0 ? <Text>{t('bantuan.tidakCocok', { q })}</Text> : null}
          {hasil.map((g) => (
            <Card key={g.istilah} withBorder radius="md" padding="sm" data-testid="glosarium-istilah">
              <Group gap={6} align="baseline" wrap="wrap">
                <Text fw={700}>{g.istilah}</Text>
                {g.kepanjangan ? <Text c="dimmed">({g.kepanjangan})</Text> : null}
              </Group>
              <Text size="sm">{g.arti}</Text>
              {g.dasar ? (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('bantuan.dasar', { dasar: g.dasar })}
                </Text>
              ) : null}
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
