import { Button, Group, Modal, NumberInput, Progress, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { fieldError } from '@/lib/api-client';
import { formatTanggal } from '@/lib/format';
import { allOf, isOneOf } from '@/lib/labels';
import { periodeQuery, useBukaPeriode, useTutupPeriode, type JenisPeriode, type PeriodeItem } from '../api/penilaian';

const JENIS = allOf<JenisPeriode>()(['BULANAN', 'TRIWULANAN', 'SEMESTERAN', 'TAHUNAN']);

function BukaModal({ tahun, opened, onClose }: { tahun: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const buka = useBukaPeriode();
  const [jenis, setJenis] = useState<JenisPeriode>('TAHUNAN');
  const [th, setTh] = useState<number>(tahun);
  const [nomor, setNomor] = useState<number>(1);
  const [batas, setBatas] = useState(`${tahun + 1}-01-31`);
  const err = buka.error;
  return (
    <Modal opened={opened} onClose={onClose} title={t('penilaian.periodePage.buka')} centered>
      <Stack>
        <Select
          label={t('penilaian.periodePage.jenis')}
          data={JENIS.map((j) => ({ value: j, label: t(`penilaian.jenis.${j}`) }))}
          value={jenis}
          allowDeselect={false}
          onChange={(v) => isOneOf(JENIS, v) && setJenis(v)}
          error={fieldError(err, 'jenis')}
          data-testid="periode-jenis"
        />
        <Group grow>
          <NumberInput label={t('penilaian.periodePage.tahun')} value={th} onChange={(v) => setTh(Number(v))} min={2020} max={2100} error={fieldError(err, 'tahun')} />
          <NumberInput
            label={t('penilaian.periodePage.nomor')}
            value={jenis === 'TAHUNAN' ? 1 : nomor}
            onChange={(v) => setNomor(Number(v))}
            min={1}
            max={12}
            disabled={jenis === 'TAHUNAN'}
            error={fieldError(err, 'nomor')}
          />
        </Group>
        <TextInput type="date" label={t('penilaian.periodePage.batas')} value={batas} onChange={(v) => setBatas(v.currentTarget.value)} error={fieldError(err, 'batasPenilaian')} data-testid="periode-batas" />
        <ErrorAlert error={err} hideWhenFieldsOnly />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={buka.isPending}
            onClick={() => buka.mutate({ jenis, tahun: th, nomor: jenis === 'TAHUNAN' ? 1 : nomor, batasPenilaian: batas }, { onSuccess: onClose })}
            data-testid="periode-buka-simpan"
          >
            {t('penilaian.periodePage.bukaSimpan')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const persen = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) : 0);

/** BKPSDM: the assessment periods of a year with each one's progress; open and close periods. */
export function PeriodePage(): JSX.Element {
  const { t } = useTranslation();
  const [tahun, setTahun] = useState(tahunIni);
  const [buka, setBuka] = useState(false);
  const [tutup, setTutup] = useState<PeriodeItem | null>(null);
  const tutupM = useTutupPeriode();
  const { data, error, isPending } = useQuery(periodeQuery(tahun));
  return (
    <>
      <PageHeader
        title={t('penilaian.periodePage.title')}
        description={t('penilaian.periodePage.description')}
        actions={
          <>
            {data?.can.buka ? (
              <Button size="sm" onClick={() => setBuka(true)} data-testid="periode-buka">
                {t('penilaian.periodePage.buka')}
              </Button>
            ) : null}
            <TahunSelect value={tahun} onChange={setTahun} label={t('penilaian.periodePage.tahun')} />
          </>
        }
      />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data.items.length === 0 ? (
        <Text c="dimmed" data-testid="periode-kosong">
          {t('penilaian.periodePage.kosong')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="periode-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('penilaian.periode')}</Table.Th>
                <Table.Th>{t('penilaian.periodePage.batas')}</Table.Th>
                <Table.Th>{t('penilaian.periodePage.dinilai')}</Table.Th>
                <Table.Th>{t('penilaian.periodePage.final')}</Table.Th>
                <Table.Th>{t('penilaian.periodePage.unitSelesai')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((p) => (
                <Table.Tr key={p.id} data-testid="periode-row" data-periode-id={p.id}>
                  <Table.Td>
                    <AnchorLink to="/penilaian/periode/$id" params={{ id: p.id }} fw={500}>
                      {p.label}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {formatTanggal(p.mulai)} – {formatTanggal(p.selesai)} · {p.status === 'DIBUKA' ? t('penilaian.dibuka') : t('penilaian.ditutup')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatTanggal(p.batasPenilaian)}</Table.Td>
                  <Table.Td miw={110}>
                    <Text size="sm">
                      {p.progres.dinilai} / {p.progres.evaluasi}
                    </Text>
                    <Progress value={persen(p.progres.dinilai, p.progres.evaluasi)} size="xs" aria-hidden="true" />
                  </Table.Td>
                  <Table.Td miw={110}>
                    <Text size="sm">
                      {p.progres.final} / {p.progres.evaluasi}
                    </Text>
                    <Progress value={persen(p.progres.final, p.progres.evaluasi)} size="xs" color="teal" aria-hidden="true" />
                  </Table.Td>
                  <Table.Td>
                    {p.progres.unitSelesai} / {p.progres.unitTotal}
                  </Table.Td>
                  <Table.Td>
                    {p.can.tutup ? (
                      <Button size="compact-sm" variant="default" color="red" onClick={() => setTutup(p)} data-testid="periode-tutup">
                        {t('penilaian.periodePage.tutup')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {buka ? <BukaModal tahun={tahun} opened={buka} onClose={() => setBuka(false)} /> : null}
      <ConfirmModal
        opened={!!tutup}
        title={t('penilaian.periodePage.tutup')}
        message={t('penilaian.periodePage.tutupConfirm', { label: tutup?.label ?? '' })}
        confirmLabel={t('penilaian.periodePage.tutup')}
        loading={tutupM.isPending}
        error={tutupM.error}
        onConfirm={() => tutup && tutupM.mutate(tutup.id, { onSuccess: () => setTutup(null) })}
        onClose={() => setTutup(null)}
      />
    </>
  );
}
