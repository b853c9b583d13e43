import { SegmentedControl } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { useLiveInvalidate } from '@/lib/live';
import { umpanBalikKeys, umpanBalikQuery } from '../api/umpan-balik';
import { UmpanBalikThreads } from '../components/umpan-balik-list';

type Jenis = 'semua' | 'progres' | 'perilaku';
const JENIS: readonly Jenis[] = ['semua', 'progres', 'perilaku'];
const isJenis = (v: string): v is Jenis => (JENIS as readonly string[]).includes(v);

/** "Umpan balik untuk saya": what superiors wrote about my progress and behaviour, with replies. */
export function UmpanBalikSayaPage(): JSX.Element {
  const { t } = useTranslation();
  const [jenis, setJenis] = useState<Jenis>('semua');
  const { data, error, isPending } = useQuery(umpanBalikQuery({}));
  useLiveInvalidate('umpan-balik', umpanBalikKeys.all);
  const items = (data?.items ?? []).filter((u) =>
    jenis === 'progres' ? u.realisasiId !== null : jenis === 'perilaku' ? u.perilakuKode !== null : true,
  );
  return (
    <>
      <PageHeader title={t('umpanBalik.sayaTitle')} description={t('umpanBalik.sayaDescription')} />
      <SegmentedControl
        mb="sm"
        value={jenis}
        onChange={(v) => isJenis(v) && setJenis(v)}
        data={JENIS.map((j) => ({ value: j, label: t(`umpanBalik.jenis.${j}`) }))}
        aria-label={t('umpanBalik.jenisLabel')}
      />
      {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : <UmpanBalikThreads items={items} />}
    </>
  );
}
