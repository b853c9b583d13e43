import { Alert, Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { DataTable } from '@/components/data-table';
import { ErrorAlert } from '@/components/error-alert';
import { Halaman } from '@/components/halaman';
import { Loading } from '@/components/loading';
import { AnchorLink, ButtonLink } from '@/components/links';
import { formatNip, formatTanggal, formatWaktu } from '@/lib/format';
import { useLabelStatus } from '@/lib/labels';
import { penilaiRekapQuery, pusatKendaliQuery, registerKeberatanQuery, usePengingatTerlambat } from '../api/beranda';
import { AngkaKartu, AngkaSel } from '../components/angka';

function PerPenilai() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const q = useQuery(penilaiRekapQuery(page, null));
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {q.data.periode ? t('beranda.pusat.penilaiKet', { periode: q.data.periode.label }) : t('beranda.pusat.tanpaPeriode')}
      </Text>
      <DataTable
        striped
        verticalSpacing={4}
        fz="sm"
        minWidth={560}
        testId="pusat-penilai"
        columns={[t('beranda.pusat.penilai'), t('beranda.pusat.skpMenunggu'), t('beranda.pusat.skpDisetujui'), t('beranda.pusat.penilaianSelesai')]}
        numericColumns={[1, 2, 3]}
        items={q.data.items}
        renderRow={(r) => (
          <Table.Tr key={r.penilai.id} data-testid="pusat-penilai-baris">
            <Table.Td>
              {r.penilai.nama}
              <Text size="xs" c="dimmed">
                {r.penilai.jabatan} · {r.penilai.unit} · NIP {formatNip(r.penilai.nip)}
              </Text>
            </Table.Td>
            <Table.Td ta="right" c={r.skpMenunggu ? 'orange' : undefined}>
              {r.skpMenunggu}
            </Table.Td>
            <Table.Td ta="right">{r.skpDisetujui}</Table.Td>
            <Table.Td ta="right">
              <Text span c={r.penilaianSelesai < r.penilaianTotal ? 'orange' : 'teal'} size="sm">
                {r.penilaianSelesai} / {r.penilaianTotal}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <Halaman total={q.data.total} pageSize={q.data.pageSize} value={page} onChange={setPage} />
    </Stack>
  );
}

function RegisterKeberatan({ zonaWaktu }: { zonaWaktu: string }) {
  const { t } = useTranslation();
  const labelStatus = useLabelStatus();
  const [status, setStatus] = useState<'terbuka' | 'diputus' | 'semua'>('terbuka');
  const [page, setPage] = useState(1);
  const q = useQuery(registerKeberatanQuery(status, page));
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        value={status}
        onChange={(v) => {
          setStatus(v === 'diputus' || v === 'semua' ? v : 'terbuka');
          setPage(1);
        }}
        data={[
          { value: 'terbuka', label: t('beranda.pusat.kbTerbuka') },
          { value: 'diputus', label: t('beranda.pusat.kbDiputus') },
          { value: 'semua', label: t('common.all') },
        ]}
        w="fit-content"
      />
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : q.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('beranda.pusat.kbKosong')}
        </Text>
      ) : (
        <DataTable
          striped
          verticalSpacing={4}
          fz="sm"
          minWidth={640}
          testId="pusat-keberatan"
          columns={[t('beranda.pusat.pegawai'), t('beranda.pusat.periode'), t('beranda.pusat.status'), t('beranda.pusat.diajukan'), t('beranda.pusat.batasPutusan'), t('beranda.pusat.pemutus')]}
          items={q.data.items}
          renderRow={(k) => (
            <Table.Tr key={k.id}>
              <Table.Td>
                <AnchorLink to="/keberatan/$id" params={{ id: k.id }} size="sm">
                  {k.pegawai.nama}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {k.pegawai.unit}
                </Text>
              </Table.Td>
              <Table.Td>{k.periode}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light">
                  {labelStatus(k.status)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatWaktu(k.diajukanAt, zonaWaktu)}</Table.Td>
              <Table.Td>
                <Text span size="sm" c={k.lewat ? 'red' : undefined} fw={k.lewat ? 600 : undefined}>
                  {formatTanggal(k.batasPutusan)}
                </Text>
              </Table.Td>
              <Table.Td>{k.pemutus ?? '—'}</Table.Td>
            </Table.Tr>
          )}
        />
      )}
      {q.data ? <Halaman total={q.data.total} pageSize={q.data.pageSize} value={page} onChange={setPage} /> : null}
    </Stack>
  );
}

/** BKPSDM's command centre: the cycle's stage and next deadline, per perangkat daerah, per pejabat penilai, keberatan, reminders. */
export function PusatKendali({ zonaWaktu }: { zonaWaktu: string }): JSX.Element {
  const { t } = useTranslation();
  const q = useQuery(pusatKendaliQuery());
  const pengingat = usePengingatTerlambat();
  const [konfirmasi, setKonfirmasi] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const b = q.data;
  const r = b.ringkasan;
  return (
    <Stack gap="sm" data-testid="pusat-kendali">
      <Paper withBorder p="sm" radius="md" bg="blue.0">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Text size="xs" c="dimmed">
              {t('beranda.pusat.tahap', { tahun: b.tahun })}
            </Text>
            <Title order={2} fz="lg" data-testid="pusat-tahap">
              {b.tahap.label}
            </Title>
            {b.tahap.tenggat ? (
              <Text size="sm" data-testid="pusat-tenggat">
                {b.tahap.tenggat.label}: <b>{formatTanggal(b.tahap.tenggat.tanggal)}</b>{' '}
                {b.tahap.tenggat.lewat ? (
                  <Badge color="red" size="sm">
                    {t('beranda.terlambat')}
                  </Badge>
                ) : null}
              </Text>
            ) : null}
          </div>
          <Button color="orange" onClick={() => setKonfirmasi(true)} loading={pengingat.isPending} data-testid="pusat-pengingat" h="auto" py={6} styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}>
            {t('beranda.pusat.pengingat')}
          </Button>
        </Group>
        {pengingat.data ? (
          <Alert color="teal" mt="xs" data-testid="pusat-pengingat-hasil">
            {t('beranda.pusat.pengingatTerkirim', { skp: pengingat.data.skp, penilaian: pengingat.data.penilaian })}
          </Alert>
        ) : null}
        {pengingat.error ? <ErrorAlert error={pengingat.error} /> : null}
      </Paper>
      <ConfirmModal
        opened={konfirmasi}
        title={t('beranda.pusat.pengingat')}
        message={t('beranda.pusat.pengingatKonfirmasi')}
        confirmLabel={t('beranda.pusat.kirim')}
        color="orange"
        onClose={() => setKonfirmasi(false)}
        onConfirm={() => {
          setKonfirmasi(false);
          pengingat.mutate();
        }}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <AngkaKartu angka={r.skpDisetujui} label={t('beranda.pusat.skpDisetujui')} keterangan={t('beranda.dari', { n: r.pegawai })} testId="pusat-skp" />
        <AngkaKartu angka={r.skpBelum} label={t('beranda.pusat.skpBelum')} sorot="orange" testId="pusat-skp-belum" />
        {r.penilaianSelesai && r.penilaianBelum ? (
          <>
            <AngkaKartu angka={r.penilaianSelesai} label={t('beranda.pusat.penilaianSelesai')} keterangan={b.periode?.label} testId="pusat-penilaian-selesai" />
            <AngkaKartu angka={r.penilaianBelum} label={t('beranda.pusat.penilaianBelum')} sorot="orange" testId="pusat-penilaian-belum" />
          </>
        ) : null}
      </SimpleGrid>
      <Text size="sm">
        {t('beranda.pusat.keberatan', { n: r.keberatanTerbuka })}
        {r.keberatanLewat ? (
          <Badge ml="xs" color="red" size="sm">
            {t('beranda.pusat.keberatanLewat', { n: r.keberatanLewat })}
          </Badge>
        ) : null}
      </Text>

      <Tabs defaultValue="pd" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="pd">{t('beranda.pusat.perPd')}</Tabs.Tab>
          <Tabs.Tab value="penilai" data-testid="tab-per-penilai">
            {t('beranda.pusat.perPenilai')}
          </Tabs.Tab>
          <Tabs.Tab value="keberatan" data-testid="tab-register-keberatan">
            {t('beranda.pusat.register')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pd" pt="xs">
          <DataTable
            striped
            verticalSpacing={4}
            fz="sm"
            minWidth={640}
            testId="pusat-pd"
            columns={[t('beranda.pusat.pd'), t('beranda.pimpinan.pegawai'), t('beranda.pusat.skpDisetujui'), t('beranda.pusat.skpBelum'), t('beranda.pusat.penilaianSelesai'), t('beranda.pusat.penilaianBelum'), '']}
            numericColumns={[1, 2, 3, 4, 5]}
            items={b.perangkatDaerah}
            renderRow={(p) => (
              <Table.Tr key={p.unitId} data-testid="pusat-pd-baris">
                <Table.Td>{p.nama}</Table.Td>
                <Table.Td ta="right">{p.pegawai}</Table.Td>
                <Table.Td ta="right">
                  <AngkaSel angka={p.skpDisetujui} />
                </Table.Td>
                <Table.Td ta="right">
                  <AngkaSel angka={p.skpBelum} />
                </Table.Td>
                <Table.Td ta="right">{p.penilaianSelesai ? <AngkaSel angka={p.penilaianSelesai} /> : '—'}</Table.Td>
                <Table.Td ta="right">{p.penilaianBelum ? <AngkaSel angka={p.penilaianBelum} /> : '—'}</Table.Td>
                <Table.Td>
                  {b.periode ? (
                    <ButtonLink size="compact-xs" variant="light" to="/pusat-kendali/capaian" search={{ periodeId: b.periode.id, perangkatDaerahId: p.unitId }} data-testid="pusat-capaian-massal">
                      {t('beranda.pusat.capaian')}
                    </ButtonLink>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            )}
          />
        </Tabs.Panel>
        <Tabs.Panel value="penilai" pt="xs">
          <PerPenilai />
        </Tabs.Panel>
        <Tabs.Panel value="keberatan" pt="xs">
          <RegisterKeberatan zonaWaktu={zonaWaktu} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
