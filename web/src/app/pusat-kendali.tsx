import { useSuspenseQuery } from '@tanstack/react-query';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { meQueryOptions } from '@/lib/session';
import { PusatKendali } from '@/features/beranda/routes/pusat-kendali';

/** The command centre as a page of its own (the menu's entry; it is also BKPSDM's home). */
export function PusatKendaliPage(): JSX.Element {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  return (
    <>
      <PageHeader title={t('beranda.pusat.judul')} />
      <PusatKendali zonaWaktu={me?.instansi.zonaWaktu ?? 'WIB'} />
    </>
  );
}
