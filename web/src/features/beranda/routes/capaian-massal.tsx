import { Alert, Badge, Button, Group, Paper, ScrollArea, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { CAPAIAN_ORGANISASI, CAPAIAN_ORGANISASI_LABEL, type CapaianOrganisasi } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { isApiError } from '@/lib/api-client';
import { perangkatDaerahQuery } from '@/lib/unit-kerja';
import { capaianMassalQuery, useSimpanCapaianMassal, type CapaianMassal } from '../api/beranda';

const route = getRouteApi('/app/pusat-kendali/capaian');

type Baris = { capaian: CapaianOrganisasi | null; justifikasi: string };

function Formulir({ data, periodeId }: { data: CapaianMassal; periodeId: string }) {
  const { t } = useTranslation();
  const simpan = useSimpanCapaianMassal(periodeId);
  const [isi, setIsi] = useState<Record<string, Baris>>(() => Object.fromEntries(data.items.map((i) => [i.unitId, { capaian: i.capaian, justifikasi: i.justifikasi ?? '' }])));
  const diubah = data.items.filter((i) => {
    const b = isi[i.unitId]!;
    return i.bolehTetapkan && b.capaian && (b.capaian !== i.capaian || b.justifikasi.trim() !== (i.justifikasi ?? ''));
  });
  const galat: Record<string, string> = isApiError(simpan.error) ? simpan.error.fields : {};
  const galatBaris = (unitId: string) => {
    const n = diubah.findIndex((i) => i.unitId === unitId);
    return n < 0 ? undefined : (galat[`items.${n}.unitId`] ?? galat[`items.${n}.justifikasi`] ?? galat[`items.${n}.rowVersion`] ?? galat[`items.${n}.capaian`]);
  };
  return (
    <Stack gap="sm">
      <ScrollArea type="auto">
        <Table verticalSpacing={6} fz="sm" miw={640} data-testid="capaian-massal">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">{t('beranda.capaian.unit')}</Table.Th>
              <Table.Th w={190}>{t('beranda.capaian.capaian')}</Table.Th>
              <Table.Th>{t('beranda.capaian.justifikasi')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((i) => {
              const b = isi[i.unitId]!;
              const e = galatBaris(i.unitId);
              return (
                <Table.Tr key={i.unitId} data-testid="capaian-massal-baris" data-unit={i.nama}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {i.nama}
                    </Text>
                    {i.induk ? (
                      <Text size="xs" c="dimmed">
                        {t('beranda.capaian.induk', { induk: i.induk })}
                      </Text>
                    ) : null}
                    {i.final ? (
                      <Badge size="xs" color="gray">
                        {t('beranda.capaian.final')}
                      </Badge>
                    ) : null}
                    {e ? (
                      <Text size="xs" c="red">
                        {e}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('beranda.capaian.capaianUnit', { unit: i.nama })}
                      data={CAPAIAN_ORGANISASI.map((c) => ({ value: c, label: CAPAIAN_ORGANISASI_LABEL[c] }))}
                      value={b.capaian}
                      disabled={!i.bolehTetapkan}
                      onChange={(v) => setIsi((s) => ({ ...s, [i.unitId]: { ...b, capaian: (v as CapaianOrganisasi | null) ?? null } }))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      size="xs"
                      autosize
                      minRows={1}
                      maxRows={4}
                      maxLength={4000}
                      aria-label={t('beranda.capaian.justifikasiUnit', { unit: i.nama })}
                      value={b.justifikasi}
                      disabled={!i.bolehTetapkan}
                      onChange={(ev) => {
                        const v = ev.currentTarget.value;
                        setIsi((s) => ({ ...s, [i.unitId]: { ...b, justifikasi: v } }));
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {simpan.error && Object.keys(galat).length === 0 ? <ErrorAlert error={simpan.error} /> : null}
      {simpan.error && Object.keys(galat).length > 0 ? <Alert color="red">{t('beranda.capaian.sebagianGagal')}</Alert> : null}
      {simpan.isSuccess && diubah.length === 0 ? (
        <Alert color="teal" data-testid="capaian-massal-tersimpan">
          {t('beranda.capaian.tersimpan')}
        </Alert>
      ) : null}
      <Group>
        <Button
          disabled={diubah.length === 0}
          loading={simpan.isPending}
          data-testid="capaian-massal-simpan"
          onClick={() =>
            simpan.mutate({
              perangkatDaerahId: data.perangkatDaerah.id,
              items: diubah.map((i) => ({ unitId: i.unitId, capaian: isi[i.unitId]!.capaian!, justifikasi: isi[i.unitId]!.justifikasi.trim(), ...(i.rowVersion ? { rowVersion: i.rowVersion } : {}) })),
            })
          }
        >
          {t('beranda.capaian.simpan', { n: diubah.length })}
        </Button>
      </Group>
    </Stack>
  );
}

/** Capaian kinerja organisasi of every unit of a perangkat daerah, set on one screen (BKPSDM, or the leader one level up). */
export function CapaianMassalPage(): JSX.Element {
  const { t } = useTranslation();
  const { periodeId, perangkatDaerahId } = route.useSearch();
  const navigate = route.useNavigate();
  const pds = useQuery(perangkatDaerahQuery());
  const q = useQuery({ ...capaianMassalQuery(periodeId ?? '', perangkatDaerahId ?? ''), enabled: !!periodeId && !!perangkatDaerahId });
  return (
    <>
      <PageHeader title={t('beranda.capaian.judul')} description={q.data ? `${q.data.perangkatDaerah.nama} · ${q.data.periode.label}` : undefined} />
      <Paper withBorder p="sm" radius="md">
        <Select
          mb="sm"
          w={320}
          maw="100%"
          label={t('beranda.capaian.pd')}
          data={(pds.data ?? []).map((u) => ({ value: u.id, label: u.nama }))}
          value={perangkatDaerahId ?? null}
          onChange={(v) => void navigate({ search: { periodeId, perangkatDaerahId: v ?? undefined } })}
          searchable
        />
        {!periodeId ? (
          <Text c="dimmed">{t('beranda.capaian.tanpaPeriode')}</Text>
        ) : !perangkatDaerahId ? null : q.isPending ? (
          <Loading />
        ) : q.error ? (
          <ErrorAlert error={q.error} />
        ) : (
          <Formulir key={`${periodeId}-${perangkatDaerahId}`} data={q.data} periodeId={periodeId} />
        )}
      </Paper>
    </>
  );
}
