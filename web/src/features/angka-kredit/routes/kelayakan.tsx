import { Badge, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { formatAngka, JENJANG_LABEL } from '@capaian/domain';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ImporKartu } from '@/components/impor-kartu';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { kelayakanQuery, templatSaldoUrl, useImporSaldo } from '../api/angka-kredit';

const route = getRouteApi('/app/angka-kredit/kelayakan');
const ak = (n: number) => formatAngka(n, 3);

function ImporSaldo() {
  const { t } = useTranslation();
  return (
    <ImporKartu
      id="berkas-saldo"
      judul={t('angkaKredit.imporJudul')}
      keterangan={t('angkaKredit.imporKeterangan')}
      templat={{ href: templatSaldoUrl(), nama: 'templat-saldo-awal-angka-kredit.xlsx' }}
      mutation={useImporSaldo()}
      hasil={(d) => t('angkaKredit.imporHasil', { n: d.diimpor })}
      testIds={{ file: 'ak-impor-file', unggah: 'ak-impor-unggah', hasil: 'ak-impor-hasil' }}
    />
  );
}

/** Every active pejabat fungsional's balance against the next pangkat and jenjang (BKPSDM, pimpinan). */
export function KelayakanPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useSuspenseQuery(meQueryOptions);
  const [cari, setCari] = useState('');
  const layak = search.layak === true;
  const { data, error, isPending } = useQuery(kelayakanQuery(layak, cari.trim()));
  const status = (s: { tercapai: boolean; kekurangan: number } | null) =>
    !s ? '—' : s.tercapai ? <Badge color="teal" variant="light" style={{ textTransform: 'none' }}>{t('angkaKredit.layak')}</Badge> : t('angkaKredit.kurangSingkat', { n: ak(s.kekurangan) });
  return (
    <>
      <PageHeader title={t('angkaKredit.kelayakanJudul')} description={data ? t('angkaKredit.kelayakanKeterangan', { fungsional: data.jumlahFungsional, layak: data.jumlahLayak }) : undefined} />
      <Stack gap="sm">
        {me?.roles.includes('ADMIN_BKPSDM') ? <ImporSaldo /> : null}
        <Group gap="sm" align="flex-end">
          <TextInput label={t('angkaKredit.cari')} value={cari} onChange={(e) => setCari(e.currentTarget.value)} w={260} />
          <Switch label={t('angkaKredit.hanyaLayak')} checked={layak} onChange={(e) => void navigate({ search: e.currentTarget.checked ? { layak: true } : {}, replace: true })} data-testid="ak-hanya-layak" />
        </Group>
        {isPending ? (
          <Loading />
        ) : error ? (
          <ErrorAlert error={error} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover data-testid="ak-kelayakan">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('angkaKredit.pegawai')}</Table.Th>
                  <Table.Th>{t('angkaKredit.jenjangKolom')}</Table.Th>
                  <Table.Th ta="right">{t('angkaKredit.jumlah')}</Table.Th>
                  <Table.Th>{t('angkaKredit.kenaikanPangkat')}</Table.Th>
                  <Table.Th>{t('angkaKredit.kenaikanJenjang')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((b) => (
                  <Table.Tr key={b.pegawai.id} data-testid="ak-kelayakan-baris" data-nip={b.pegawai.nip}>
                    <Table.Td>
                      <AnchorLink to="/angka-kredit/pegawai/$id" params={{ id: b.pegawai.id }} data-testid="ak-kelayakan-buka">
                        {b.pegawai.nama}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        NIP {formatNip(b.pegawai.nip)} · {b.unit ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {JENJANG_LABEL[b.jenjang]} · {b.golongan}
                    </Table.Td>
                    <Table.Td ta="right">{ak(b.total)}</Table.Td>
                    <Table.Td>{status(b.pangkat)}</Table.Td>
                    <Table.Td>{status(b.jenjangBerikut)}</Table.Td>
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
