import { Pagination } from '@mantine/core';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';

/** The page picker under a paged list: nothing when every row fits on one page. */
export function Halaman({ total, pageSize, value, onChange }: { total: number; pageSize: number; value: number; onChange: (page: number) => void }): JSX.Element | null {
  const { t } = useTranslation();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return <Pagination total={pages} value={value} onChange={onChange} size="sm" aria-label={t('common.pagination')} />;
}
