import { Alert, Button, Grid, Group, Paper, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { CAPAIAN_ORGANISASI, CAPAIAN_ORGANISASI_LABEL, type CapaianOrganisasi } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { formatWaktu } from '@/lib/format';
import { capaianQuery, pdfUrl, useTetapkanCapaian, type CapaianDetail } from '../api/penilaian';

const route = getRouteApi('/app/penilaian/capaian/$periodeId/$unitId');

function Form({ d }: { d: CapaianDetail }) {
  const { t } = useTranslation();
  const simpan = useTetapkanCapaian();
  const [capaian, setCapaian] = useState<CapaianOrganisasi | null>(d.capaian);
  const [justifikasi, setJustifikasi] = useState(d.justifikasi ?? '');
  const bisa = d.can.tetapkan;
  const err = simpan.error;
  return (
    <Stack gap="sm">
      <Radio.Group label={t('penilaian.capaian.pilih')} value={capaian ?? ''} onChange={(v) => setCapaian(v as CapaianOrganisasi)} error={fieldError(err, 'capaian')} data-testid="capaian-pilih">
        <Stack gap={6} mt={6}>
          {CAPAIAN_ORGANISASI.map((c) => (
            <Radio key={c} value={c} label={CAPAIAN_ORGANISASI_LABEL[c]} disabled={!bisa} data-testid={`capaian-${c}`} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('penilaian.capaian.justifikasi')}
        autosize
        minRows={4}
        value={justifikasi}
        onChange={(v) => setJustifikasi(v.currentTarget.value)}
        disabled={!bisa}
        error={fieldError(err, 'justifikasi')}
        data-testid="capaian-justifikasi"
      />
      <ErrorAlert error={err} hideWhenFieldsOnly />
      {simpan.isSuccess ? (
        <Text size="sm" c="teal" role="status">
          {t('common.saved')}
        </Text>
      ) : null}
      <Group justify="space-between" wrap="wrap">
        {d.capaian ? (
          <Button component="a" href={pdfUrl.capaian(d.periode.id, d.unit.id)} target="_blank" rel="noopener" variant="default" data-testid="capaian-pdf">
            {t('penilaian.capaian.pdf')}
          </Button>
        ) : (
          <span />
        )}
        {bisa ? (
          <Button
            disabled={!capaian}
            loading={simpan.isPending}
            onClick={() =>
              capaian &&
              simpan.mutate({ periodeId: d.periode.id, unitId: d.unit.id, capaian, justifikasi, ...(d.rowVersion ? { rowVersion: d.rowVersion } : {}) })
            }
            data-testid="capaian-simpan"
          >
            {t('penilaian.capaian.simpan')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** Capaian kinerja organisasi: the leader one level up sets the unit's result beside its PK achievement. */
export function CapaianPage(): JSX.Element {
  const { t } = useTranslation();
  const { periodeId, unitId } = route.useParams();
  const { data: d, error, isPending } = useQuery(capaianQuery(periodeId, unitId));
  return (
    <>
      <PageHeader title={t('penilaian.capaian.title')} description={d ? `${d.unit.nama} · ${d.periode.label}` : undefined} />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="md">
              <Form key={d.rowVersion ?? 0} d={d} />
              {d.ditetapkanAt ? (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('penilaian.capaian.ditetapkan', { oleh: d.ditetapkanOleh?.nama ?? '—', at: formatWaktu(d.ditetapkanAt) })}
                </Text>
              ) : null}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder p="md" data-testid="capaian-pk">
              <Title order={2} fz="md" mb="xs">
                {t('penilaian.capaian.pk')}
              </Title>
              {d.pk.length === 0 ? (
                <Alert color="gray" variant="light">
                  {t('penilaian.capaian.pkKosong')}
                </Alert>
              ) : (
                <Table.ScrollContainer minWidth={420}>
                  <Table fz="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('penilaian.capaian.sasaran')}</Table.Th>
                        <Table.Th>{t('penilaian.nilai.target')}</Table.Th>
                        <Table.Th>{t('penilaian.nilai.realisasi')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.pk.map((p, n) => (
                        <Table.Tr key={n}>
                          <Table.Td>
                            <Text size="sm">{p.sasaran}</Text>
                            <Text size="xs" c="dimmed">
                              {p.indikator}
                            </Text>
                          </Table.Td>
                          <Table.Td>{p.target}</Table.Td>
                          <Table.Td>{p.realisasi ?? '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
