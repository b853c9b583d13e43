import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip } from '@/lib/format';
import { evaluasiListQuery, type EvaluasiListItem } from '../api/penilaian';
import { PredikatBadge, StatusEvaluasiBadge, ratingLabel } from '../components/labels';
import { KurvaPanel } from '../components/kurva-panel';
import { PeriodeSelect } from '../components/periode-select';
import { useLiveInvalidate } from '@/lib/live';
import { kurvaQuery, penilaianKeys } from '../api/penilaian';

function KurvaUnit({ unitId, unitNama, periodeId }: { unitId: string; unitNama: string; periodeId: string }) {
  const { data } = useQuery(kurvaQuery(unitId, periodeId));
  useLiveInvalidate('penilaian', penilaianKeys.kurva(unitId, periodeId), { filter: (d) => d.unitId === unitId && d.periodeId === periodeId });
  return data ? <KurvaPanel kurva={data} unitNama={unitNama} compact /> : null;
}

/** The pegawai (team view) or the period (own view), linking to the rating screen or the result. */
function Judul({ i, peran }: { i: EvaluasiListItem; peran: 'saya' | 'tim' }): JSX.Element {
  return peran === 'tim' ? (
    <>
      <AnchorLink to="/penilaian/evaluasi/$id/nilai" params={{ id: i.id }} fw={500} data-testid="penilaian-nilai-link" style={{ overflowWrap: 'anywhere' }}>
        {i.pegawai.nama}
      </AnchorLink>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {formatNip(i.pegawai.nip)} · {i.pegawai.jabatan}
      </Text>
      <Text size="xs" c="dimmed">
        {i.periode.label}
      </Text>
    </>
  ) : (
    <AnchorLink to="/penilaian/evaluasi/$id" params={{ id: i.id }} fw={500} data-testid="penilaian-hasil-link">
      {i.periode.label}
    </AnchorLink>
  );
}

/** On a phone each result is a card (the five columns do not fit 360 px): the same facts, stacked. */
function Kartu({ i, peran }: { i: EvaluasiListItem; peran: 'saya' | 'tim' }): JSX.Element {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="penilaian-row" data-evaluasi-id={i.id} data-pegawai-id={i.pegawai.id}>
      <Stack gap={6}>
        <div>
          <Judul i={i} peran={peran} />
        </div>
        <Group gap="xs" wrap="wrap">
          <StatusEvaluasiBadge status={i.status} />
          <PredikatBadge predikat={i.predikat} />
        </Group>
        <Text size="sm">
          {t('penilaian.hasilKerja')}: {ratingLabel(i.ratingHasilKerja)}
        </Text>
        <Text size="sm">
          {t('penilaian.perilaku')}: {ratingLabel(i.ratingPerilaku)}
        </Text>
      </Stack>
    </Paper>
  );
}

function Daftar({ peran }: { peran: 'saya' | 'tim' }): JSX.Element {
  const { t } = useTranslation();
  const ponsel = useMediaQuery('(max-width: 48em)');
  const [periodeId, setPeriodeId] = useState<string | null>(null);
  const { data, error, isPending } = useQuery(evaluasiListQuery(peran, periodeId));
  const items = data?.items ?? [];
  const units = peran === 'tim' && periodeId ? [...new Map(items.map((i) => [i.unit.id, i.unit])).values()] : [];
  return (
    <>
      <PageHeader
        title={peran === 'tim' ? t('penilaian.timTitle') : t('penilaian.sayaTitle')}
        description={peran === 'tim' ? t('penilaian.timDescription') : t('penilaian.sayaDescription')}
        actions={<PeriodeSelect value={periodeId} onChange={setPeriodeId} />}
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : items.length === 0 ? (
        <Text c="dimmed" data-testid="penilaian-kosong">
          {peran === 'tim' ? t('penilaian.timKosong') : t('penilaian.sayaKosong')}
        </Text>
      ) : (
        <>
          {ponsel ? (
            <Stack gap="xs" data-testid={`penilaian-${peran}-kartu`}>
              {items.map((i) => (
                <Kartu key={i.id} i={i} peran={peran} />
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover data-testid={`penilaian-${peran}-table`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{peran === 'tim' ? t('penilaian.pegawai') : t('penilaian.periode')}</Table.Th>
                    <Table.Th>{t('penilaian.statusKolom')}</Table.Th>
                    <Table.Th>{t('penilaian.hasilKerja')}</Table.Th>
                    <Table.Th>{t('penilaian.perilaku')}</Table.Th>
                    <Table.Th>{t('penilaian.predikat')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((i) => (
                    <Table.Tr key={i.id} data-testid="penilaian-row" data-evaluasi-id={i.id} data-pegawai-id={i.pegawai.id}>
                      <Table.Td>
                        <Judul i={i} peran={peran} />
                      </Table.Td>
                      <Table.Td>
                        <StatusEvaluasiBadge status={i.status} />
                      </Table.Td>
                      <Table.Td>{ratingLabel(i.ratingHasilKerja)}</Table.Td>
                      <Table.Td>{ratingLabel(i.ratingPerilaku)}</Table.Td>
                      <Table.Td>
                        <PredikatBadge predikat={i.predikat} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {units.length > 0 && periodeId ? (
            <Group mt="md" align="flex-start" gap="md" wrap="wrap">
              {units.map((u) => (
                <div key={u.id} style={{ flex: '1 1 280px', maxWidth: 420 }}>
                  <KurvaUnit unitId={u.id} unitNama={u.nama} periodeId={periodeId} />
                </div>
              ))}
            </Group>
          ) : null}
        </>
      )}
    </>
  );
}

export function PenilaianSayaPage(): JSX.Element {
  return <Daftar peran="saya" />;
}

export function PenilaianTimPage(): JSX.Element {
  return <Daftar peran="tim" />;
}
