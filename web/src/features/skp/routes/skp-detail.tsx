import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { PageHeader } from '@/components/page-header';
import { skpDetailQuery } from '../api/skp';
import { SkpEditor } from '../components/skp-editor';

const route = getRouteApi('/app/skp/$id');

export function SkpDetailPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { me } = route.useRouteContext();
  const { data } = useQuery(skpDetailQuery(id));
  // Someone else's SKP (a subordinate's) leads back to the team list.
  const milikSendiri = !data || data.pegawai.pegawaiId === me.pegawaiId;
  return (
    <>
      {milikSendiri ? (
        <AnchorLink to="/skp" size="sm" mb="xs" display="inline-block">
          ← {t('skp.sayaTitle')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/skp/tim" size="sm" mb="xs" display="inline-block">
          ← {t('skp.timTitle')}
        </AnchorLink>
      )}
      <PageHeader title={t('skp.editorTitle')} />
      <SkpEditor key={id} id={id} />
    </>
  );
}
