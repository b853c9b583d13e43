import { Alert, Button, Group, List, Modal, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError, isApiError } from '@/lib/api-client';
import { formatWaktu } from '@/lib/format';
import { useLiveInvalidate } from '@/lib/live';
import { penilaianKeys, unitQuery, useFinalisasiUnit, type Pelanggaran, type UnitItem } from '../api/penilaian';
import { KurvaPanel } from '../components/kurva-panel';
import { capaianLabel } from '../components/labels';

const route = getRouteApi('/app/penilaian/periode/$id');

function pelanggaranOf(e: unknown): Pelanggaran[] {
  if (!isApiError(e) || e.error !== 'kurva_dilanggar') return [];
  const p = e.details?.['pelanggaran'];
  return Array.isArray(p) ? (p as Pelanggaran[]) : [];
}

function FinalisasiModal({ u, periodeId, onClose }: { u: UnitItem; periodeId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const fin = useFinalisasiUnit();
  const [override, setOverride] = useState(false);
  const [alasan, setAlasan] = useState('');
  const langgar = pelanggaranOf(fin.error);
  const belum = isApiError(fin.error) && fin.error.error === 'belum_dinilai';
  return (
    <Modal opened onClose={onClose} title={t('penilaian.unit.finalisasiTitle', { unit: u.unitNama })} centered size="lg">
      <Stack>
        <Text size="sm">{t('penilaian.unit.finalisasiBody')}</Text>
        {langgar.length > 0 ? (
          <Alert color="red" title={fin.error instanceof Error ? fin.error.message : ''} data-testid="finalisasi-dilanggar">
            <List size="sm">
              {langgar.map((p) => (
                <List.Item key={p.id}>{p.pesan}</List.Item>
              ))}
            </List>
          </Alert>
        ) : belum ? (
          <ErrorAlert error={fin.error} />
        ) : (
          <ErrorAlert error={fin.error} hideWhenFieldsOnly />
        )}
        {override ? (
          <Textarea
            label={t('penilaian.unit.overrideAlasan')}
            description={t('penilaian.unit.overrideKeterangan')}
            autosize
            minRows={3}
            value={alasan}
            onChange={(v) => setAlasan(v.currentTarget.value)}
            error={fieldError(fin.error, 'overrideAlasan')}
            data-testid="finalisasi-override-alasan"
          />
        ) : null}
        <Group justify="flex-end">
          {u.can.override && !override && (langgar.length > 0 || u.kurva.pelanggaran.length > 0) ? (
            <Button variant="default" color="orange" onClick={() => setOverride(true)} data-testid="finalisasi-override">
              {t('penilaian.unit.override')}
            </Button>
          ) : null}
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={fin.isPending}
            color={override ? 'orange' : undefined}
            disabled={override && alasan.trim().length < 20}
            onClick={() => fin.mutate({ unitId: u.unitId, periodeId, ...(override ? { overrideAlasan: alasan } : {}) }, { onSuccess: onClose })}
            data-testid="finalisasi-kirim"
          >
            {override ? t('penilaian.unit.finalisasiOverride') : t('penilaian.unit.finalisasi')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function UnitCard({ u, periodeId, onFinalisasi }: { u: UnitItem; periodeId: string; onFinalisasi: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="unit-card" data-unit-id={u.unitId}>
      <Stack gap="xs">
        <Title order={2} fz="md">
          {u.unitNama}
        </Title>
        <Text size="sm">
          {t('penilaian.kurva.capaian')}: <b>{capaianLabel(u.capaian)}</b>
          {' · '}
          <AnchorLink to="/penilaian/capaian/$periodeId/$unitId" params={{ periodeId, unitId: u.unitId }} size="sm" data-testid="unit-capaian-link">
            {u.can.tetapkanCapaian ? t('penilaian.unit.tetapkanCapaian') : t('penilaian.unit.lihatCapaian')}
          </AnchorLink>
        </Text>
        <Text size="sm" data-testid="unit-hitung">
          {t('penilaian.unit.hitung', { pegawai: u.jumlahPegawai, dinilai: u.dinilai, final: u.final })}
        </Text>
        <KurvaPanel kurva={u.kurva} compact />
        {u.finalisasi ? (
          <Alert color="teal" variant="light" p="xs" data-testid="unit-final">
            <Text size="sm">{t('penilaian.unit.sudahFinal', { at: formatWaktu(u.finalisasi.at), oleh: u.finalisasi.oleh?.nama ?? '—' })}</Text>
            {u.finalisasi.overrideAlasan ? (
              <Text size="xs" c="orange.9">
                {t('penilaian.unit.denganOverride', { oleh: u.finalisasi.overrideOleh?.nama ?? '—', alasan: u.finalisasi.overrideAlasan })}
              </Text>
            ) : null}
          </Alert>
        ) : u.can.finalisasi ? (
          <Button onClick={onFinalisasi} variant={u.kurva.bolehFinalisasi ? 'filled' : 'default'} data-testid="unit-finalisasi">
            {t('penilaian.unit.finalisasi')}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Per unit: its result, counts, curve status and the finalise button (leaders, pengelola, BKPSDM). */
export function UnitPage(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data, error, isPending } = useQuery(unitQuery(id));
  // Leaders watch the units' curves move as the raters save.
  useLiveInvalidate('penilaian', penilaianKeys.unit(id), { filter: (d) => d.periodeId === id });
  const [fin, setFin] = useState<UnitItem | null>(null);
  return (
    <>
      <PageHeader title={t('penilaian.unit.title')} description={t('penilaian.unit.description')} />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.items.length === 0 ? (
        <Text c="dimmed">{t('penilaian.unit.kosong')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {data.items.map((u) => (
            <UnitCard key={u.unitId} u={u} periodeId={id} onFinalisasi={() => setFin(u)} />
          ))}
        </SimpleGrid>
      )}
      {fin ? <FinalisasiModal u={fin} periodeId={id} onClose={() => setFin(null)} /> : null}
    </>
  );
}
