import { Badge, Button, Card, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { PREDIKAT_LABEL, PREDIKATS, SUMBER_PREDIKAT_TPP, SUMBER_PREDIKAT_TPP_LABEL, TPP_RUN_WORKFLOW, type SkemaTpp } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ImporKartu } from '@/components/impor-kartu';
import { KonflikAlert } from '@/components/konflik-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { perangkatDaerahQuery } from '@/lib/unit-kerja';
import { formatWaktu } from '@/lib/format';
import { isOneOf, useLabelStatus } from '@/lib/labels';
import { bendaharaQuery, runsQuery, skemaQuery, templatBasisUrl, tppKeys, useBendahara, useBuatRun, useImporBasis, useSimpanSkema, type SkemaResponse } from '../api/tpp';
import { rupiah } from '../components/rupiah';

/** The parts of the scheme a BKPSDM edits here (the deduction tiers are shown; the API takes them too). */
function SkemaForm({ s }: { s: SkemaResponse }) {
  const { t } = useTranslation();
  const [v, setV] = useState<SkemaTpp>(s.skema);
  const m = useSimpanSkema();
  const err = (k: string) => fieldError(m.error, `skema.${k}`);
  const ubahBasis = (kelas: number, basis: number | '') =>
    setV((x) => ({ ...x, basisPerKelas: basis === '' ? x.basisPerKelas.filter((b) => b.kelas !== kelas) : [...x.basisPerKelas.filter((b) => b.kelas !== kelas), { kelas, basis }].sort((a, b) => a.kelas - b.kelas) }));
  return (
    <Paper withBorder p="sm" component="section" data-testid="tpp-skema">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} fz="md">
            {t('tpp.skemaJudul')}
          </Title>
          {!s.disimpan ? (
            <Badge color="orange" variant="light" style={{ textTransform: 'none' }}>
              {t('tpp.skemaContoh')}
            </Badge>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <NumberInput label={t('tpp.bobotKinerja')} min={0} max={100} value={v.config.bobot.kinerja} onChange={(x) => typeof x === 'number' && setV({ ...v, config: { ...v.config, bobot: { kinerja: x, disiplin: 100 - x } } })} error={err('config.bobot')} />
          <TextInput label={t('tpp.jamMasuk')} value={v.jamMasuk} onChange={(e) => setV({ ...v, jamMasuk: e.currentTarget.value })} error={err('jamMasuk')} />
          <TextInput label={t('tpp.jamPulang')} value={v.jamPulang} onChange={(e) => setV({ ...v, jamPulang: e.currentTarget.value })} error={err('jamPulang')} />
          <NumberInput label={t('tpp.pltPersen')} min={0} max={100} value={v.pltPersen} onChange={(x) => typeof x === 'number' && setV({ ...v, pltPersen: x })} error={err('pltPersen')} />
          <NumberInput label={t('tpp.batasAtas')} min={0} thousandSeparator="." decimalSeparator="," value={v.batasAtas ?? ''} onChange={(x) => setV({ ...v, batasAtas: typeof x === 'number' ? x : null })} error={err('batasAtas')} />
          {PREDIKATS.map((p) => (
            <NumberInput
              key={p}
              label={t('tpp.persenPredikat', { predikat: PREDIKAT_LABEL[p] })}
              min={0}
              max={100}
              value={v.config.kinerja.persenPerPredikat[p]}
              onChange={(x) => typeof x === 'number' && setV({ ...v, config: { ...v.config, kinerja: { ...v.config.kinerja, persenPerPredikat: { ...v.config.kinerja.persenPerPredikat, [p]: x } } } })}
            />
          ))}
        </SimpleGrid>
        <Select
          label={t('tpp.sumberPredikat')}
          allowDeselect={false}
          data={SUMBER_PREDIKAT_TPP.map((x) => ({ value: x, label: SUMBER_PREDIKAT_TPP_LABEL[x] }))}
          value={v.sumberPredikat}
          onChange={(x) => isOneOf(SUMBER_PREDIKAT_TPP, x) && setV({ ...v, sumberPredikat: x })}
          error={err('sumberPredikat')}
        />
        <Text size="sm" fw={600}>
          {t('tpp.basisPerKelas')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4, md: 6 }} spacing="xs">
          {Array.from({ length: 17 }, (_, i) => i + 1).map((kelas) => (
            <NumberInput
              key={kelas}
              label={t('tpp.kelas', { kelas })}
              min={0}
              thousandSeparator="."
              decimalSeparator=","
              value={v.basisPerKelas.find((b) => b.kelas === kelas)?.basis ?? ''}
              onChange={(x) => ubahBasis(kelas, typeof x === 'number' ? x : '')}
              data-testid={`tpp-basis-${kelas}`}
            />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('tpp.potonganKeterangan', { tk: v.config.disiplin.tanpaKeteranganPersenPerHari })}
        </Text>
        <KonflikAlert error={m.error} judul={t('tpp.konflik')} labelMuatUlang={t('tpp.muatUlang')} muatUlangKey={tppKeys.skema} onMuatUlang={m.reset} prefix="tpp-skema" />
        {m.isError ? <ErrorAlert error={m.error} hideWhenFieldsOnly /> : null}
        {s.can.ubah ? (
          <Group>
            <Button onClick={() => m.mutate({ skema: v, ...(s.rowVersion ? { rowVersion: s.rowVersion } : {}) })} loading={m.isPending} data-testid="tpp-skema-simpan">
              {t('tpp.simpanSkema')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function BuatRunForm({ perangkatDaerah }: { perangkatDaerah: Array<{ id: string; nama: string }> }) {
  const { t } = useTranslation();
  const [bulan, setBulan] = useState('');
  const [pd, setPd] = useState<string | null>(null);
  const m = useBuatRun(() => setBulan(''));
  return (
    <Card withBorder padding="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          m.mutate({ bulan, ...(pd ? { perangkatDaerahId: pd } : {}) });
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput type="month" label={t('tpp.bulanHitung')} value={bulan} onChange={(e) => setBulan(e.currentTarget.value)} error={fieldError(m.error, 'bulan')} data-testid="tpp-run-bulan" />
          <Select label={t('tpp.cakupan')} placeholder={t('tpp.seluruhPemda')} clearable searchable data={perangkatDaerah.map((u) => ({ value: u.id, label: u.nama }))} value={pd} onChange={setPd} w={280} />
          <Button type="submit" loading={m.isPending} data-testid="tpp-run-hitung">
            {t('tpp.hitung')}
          </Button>
        </Group>
        {m.isError && !fieldError(m.error, 'bulan') ? <ErrorAlert error={m.error} /> : null}
      </form>
    </Card>
  );
}

/** The bendahara of each perangkat daerah (they download its approved lists): BKPSDM names them by NIP. */
function BendaharaCard({ ubah, perangkatDaerah }: { ubah: boolean; perangkatDaerah: Array<{ id: string; nama: string }> }) {
  const { t } = useTranslation();
  const { data } = useQuery(bendaharaQuery());
  const { tambah, hapus } = useBendahara();
  const [pd, setPd] = useState<string | null>(null);
  const [nip, setNip] = useState('');
  return (
    <Card withBorder padding="sm" data-testid="tpp-bendahara-kelola">
      <Stack gap="xs">
        <Title order={2} fz="md">
          {t('tpp.bendaharaKelola')}
        </Title>
        {(data?.items ?? []).map((b) => (
          <Group key={b.id} justify="space-between" gap="xs">
            <Text size="sm">
              {b.unit.nama}: {b.pegawai.nama} ({b.pegawai.nip})
            </Text>
            {ubah ? (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => hapus.mutate(b.id)}>
                {t('tpp.cabut')}
              </Button>
            ) : null}
          </Group>
        ))}
        {ubah ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (pd) tambah.mutate({ perangkatDaerahId: pd, nip: nip.replace(/\s/g, '') }, { onSuccess: () => setNip('') });
            }}
          >
            <Group align="flex-end" gap="xs">
              <Select label={t('tpp.perangkatDaerah')} data={perangkatDaerah.map((u) => ({ value: u.id, label: u.nama }))} value={pd} onChange={setPd} searchable w={280} error={fieldError(tambah.error, 'perangkatDaerahId')} />
              <TextInput label="NIP" value={nip} onChange={(e) => setNip(e.currentTarget.value)} error={fieldError(tambah.error, 'nip')} w={220} />
              <Button type="submit" loading={tambah.isPending} disabled={!pd}>
                {t('tpp.tetapkanBendahara')}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}

/** BKPSDM's TPP: the scheme, and the monthly runs (pimpinan read them). */
export function TppRunPage(): JSX.Element {
  const { t } = useTranslation();
  const labelStatus = useLabelStatus();
  const skema = useQuery(skemaQuery());
  const runs = useQuery(runsQuery());
  const pd = useQuery(perangkatDaerahQuery());
  const imporBasis = useImporBasis();
  return (
    <>
      <PageHeader title={t('tpp.judul')} description={t('tpp.keterangan')} />
      <Stack gap="sm">
        {skema.isPending ? <Loading /> : skema.error ? <ErrorAlert error={skema.error} /> : <SkemaForm key={skema.data.rowVersion ?? 0} s={skema.data} />}
        {skema.data?.can.ubah ? (
          <ImporKartu
            id="berkas-basis-tpp"
            judul={t('tpp.imporBasisJudul')}
            keterangan={t('tpp.imporBasisKeterangan')}
            templat={{ href: templatBasisUrl(), nama: 'templat-basis-tpp.xlsx' }}
            mutation={imporBasis}
            hasil={(d) => t('tpp.imporBasisHasil', { n: d.skema.basisPerKelas.length })}
            testIds={{ file: 'tpp-basis-file', unggah: 'tpp-basis-unggah', hasil: 'tpp-basis-hasil' }}
          />
        ) : null}
        {skema.data?.can.ubah ? <BuatRunForm perangkatDaerah={pd.data ?? []} /> : null}
        {skema.data ? <BendaharaCard ubah={skema.data.can.ubah} perangkatDaerah={pd.data ?? []} /> : null}
        {runs.isPending ? (
          <Loading />
        ) : runs.error ? (
          <ErrorAlert error={runs.error} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="tpp-runs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tpp.bulan')}</Table.Th>
                  <Table.Th>{t('tpp.cakupan')}</Table.Th>
                  <Table.Th>{t('tpp.status')}</Table.Th>
                  <Table.Th ta="right">{t('tpp.pegawai')}</Table.Th>
                  <Table.Th ta="right">{t('tpp.total')}</Table.Th>
                  <Table.Th>{t('tpp.dihitung')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.data.items.map((r) => (
                  <Table.Tr key={r.id} data-testid="tpp-run" data-id={r.id} data-status={r.status}>
                    <Table.Td>
                      <AnchorLink to="/tpp/run/$id" params={{ id: r.id }} data-testid="tpp-run-buka">
                        {r.bulan} · v{r.versi}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{r.unit?.nama ?? t('tpp.seluruhPemda')}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={r.status === 'DISETUJUI' ? 'teal' : r.status === 'DRAF' ? 'orange' : 'gray'} style={{ textTransform: 'none' }}>
                        {labelStatus(r.status, TPP_RUN_WORKFLOW.stateLabel[r.status])}
                      </Badge>
                      {r.perluDitinjau ? (
                        <Badge ml={4} color="red" variant="light" style={{ textTransform: 'none' }}>
                          {t('tpp.perluDitinjau')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.jumlahPegawai}
                      {r.jumlahGagal ? ` (${t('tpp.gagalN', { n: r.jumlahGagal })})` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{rupiah(r.totalDibayar)}</Table.Td>
                    <Table.Td>{formatWaktu(r.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
}
