import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ChangePasswordForm } from '../components/change-password-form';

export function ChangePasswordPage(): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('auth.changeTitle')} />
      <ChangePasswordForm />
    </>
  );
}
