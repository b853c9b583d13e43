import { Anchor, Badge, Card, Group, List, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { JENIS_KASUS_LABEL, JENIS_PENGHARGAAN_LABEL, KASUS_WORKFLOW } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { buildUrl } from '@/lib/api-client';
import { formatNip, formatTanggal } from '@/lib/format';
import { navigasiQuery } from '@/lib/navigasi';
import { ringkasanQuery, type Ringkasan } from '../api/pengembangan';
import { JpProgress } from '../components/jp-progress';
import { KartuDaftar } from '../components/kartu-daftar';
import { StatusRencanaBadge } from '../components/labels';

const route = getRouteApi('/app/tindak-lanjut-saya');
type Baris = Ringkasan['items'][number];

/** My own follow-up on one page: awards (with their piagam), open pembinaan, the development plan and the year's hours. */
function Saya({ b, tahun }: { b: Baris; tahun: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      <Card withBorder padding="sm" data-testid="tls-pengembangan">
        <Stack gap="xs">
          <Title order={2} fz="md">
            {t('tindakLanjutSaya.pengembangan', { tahun })}
          </Title>
          <JpProgress jp={b.jp} testId="tls-jp" />
          {b.rencana ? (
            <Group gap="xs">
              <StatusRencanaBadge status={b.rencana.status} testId="tls-rencana-status" />
              <Text size="sm">{t('tindakLanjutSaya.rencana', { n: b.rencana.jumlahKegiatan, jp: b.rencana.jp })}</Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('tindakLanjutSaya.belumAdaRencana')}
            </Text>
          )}
          <AnchorLink to="/pengembangan" search={{ tahun }} size="sm" data-testid="tls-buka-pengembangan">
            {t('tindakLanjutSaya.bukaPengembangan')}
          </AnchorLink>
        </Stack>
      </Card>
      <KartuDaftar judul={t('tindakLanjutSaya.pembinaan')} jumlah={b.pembinaanTerbuka.length} kosong={t('tindakLanjutSaya.tidakAdaPembinaan')} testId="tls-pembinaan">
        <List size="sm" spacing={4}>
          {b.pembinaanTerbuka.map((k) => (
            <List.Item key={k.id}>
              <AnchorLink to="/pembinaan/$id" params={{ id: k.id }}>
                {JENIS_KASUS_LABEL[k.jenis]}
              </AnchorLink>{' '}
              <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                {KASUS_WORKFLOW.stateLabel[k.status]}
              </Badge>
              <Text size="xs" c="dimmed">
                {k.alasan}
              </Text>
            </List.Item>
          ))}
        </List>
      </KartuDaftar>
      <KartuDaftar judul={t('tindakLanjutSaya.penghargaan')} jumlah={b.penghargaan.length} kosong={t('tindakLanjutSaya.belumAdaPenghargaan')} testId="tls-penghargaan">
        <List size="sm" spacing={4}>
          {b.penghargaan.map((p) => (
            <List.Item key={p.id} data-testid="tls-penghargaan-item">
              <Text span fw={500}>
                {JENIS_PENGHARGAAN_LABEL[p.jenis]}
              </Text>{' '}
              — {p.ronde}
              <Text size="xs" c="dimmed">
                {p.nomor ?? ''} {p.tanggal ? `· ${formatTanggal(p.tanggal)}` : ''}
              </Text>
              {p.jenis === 'PIAGAM' ? (
                <Anchor href={buildUrl(`/tindak-lanjut/penghargaan/${encodeURIComponent(p.id)}/piagam.pdf`)} size="xs" target="_blank" rel="noopener">
                  {t('tindakLanjutSaya.unduhPiagam')}
                </Anchor>
              ) : null}
            </List.Item>
          ))}
        </List>
      </KartuDaftar>
    </SimpleGrid>
  );
}

/** The team of a pejabat penilai: the same per pegawai, one row each, linking to their development page. */
function Tim({ items, tahun }: { items: Baris[]; tahun: number }) {
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <Text c="dimmed" data-testid="tls-tim-kosong">
        {t('tindakLanjutSaya.timKosong')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover data-testid="tls-tim">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tindakLanjutSaya.pegawai')}</Table.Th>
            <Table.Th>{t('tindakLanjutSaya.rencanaKolom')}</Table.Th>
            <Table.Th ta="right">{t('tindakLanjutSaya.jpKolom')}</Table.Th>
            <Table.Th>{t('tindakLanjutSaya.pembinaan')}</Table.Th>
            <Table.Th>{t('tindakLanjutSaya.penghargaan')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((b) => (
            <Table.Tr key={b.pegawai.id} data-testid="tls-tim-baris" data-nip={b.pegawai.nip}>
              <Table.Td>
                <AnchorLink to="/pengembangan/pegawai/$id" params={{ id: b.pegawai.id }} search={{ tahun }} data-testid="tls-tim-buka">
                  {b.pegawai.nama}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  NIP {formatNip(b.pegawai.nip)}
                </Text>
              </Table.Td>
              <Table.Td>{b.rencana ? <StatusRencanaBadge status={b.rencana.status} testId="tls-tim-rencana" /> : <Text size="sm" c="dimmed">—</Text>}</Table.Td>
              <Table.Td ta="right">
                <Text size="sm" c={b.jp.memenuhi ? 'teal' : 'orange'}>
                  {b.jp.selesai} / {b.jp.target}
                </Text>
              </Table.Td>
              <Table.Td>
                {b.pembinaanTerbuka.map((k) => (
                  <AnchorLink key={k.id} to="/pembinaan/$id" params={{ id: k.id }} size="sm" display="block">
                    {JENIS_KASUS_LABEL[k.jenis]}
                  </AnchorLink>
                ))}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{b.penghargaan.map((p) => JENIS_PENGHARGAAN_LABEL[p.jenis]).join(', ') || '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function TindakLanjutSayaPage(): JSX.Element {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tahun = search.tahun ?? tahunIni();
  const lingkup = search.lingkup ?? 'SAYA';
  const { data, error, isPending } = useQuery(ringkasanQuery(lingkup, tahun));
  // The team view is offered to whoever has subordinates (decided on the server, as for the menu).
  const nav = useQuery(navigasiQuery);
  const punyaTim = lingkup === 'TIM' || (nav.data?.tim ?? false);
  return (
    <>
      <PageHeader
        title={t('tindakLanjutSaya.judul')}
        description={t('tindakLanjutSaya.keterangan')}
        actions={<TahunSelect value={tahun} onChange={(v) => void navigate({ search: (s) => ({ ...s, tahun: v }), replace: true })} label={t('pengembangan.tahun')} />}
      />
      <Stack gap="sm">
        {punyaTim ? (
          <SegmentedControl
            value={lingkup}
            onChange={(v) => void navigate({ search: (s) => ({ ...s, lingkup: v === 'TIM' ? 'TIM' : undefined }), replace: true })}
            data={[
              { value: 'SAYA', label: t('tindakLanjutSaya.saya') },
              { value: 'TIM', label: t('tindakLanjutSaya.tim') },
            ]}
            maw={360}
            data-testid="tls-lingkup"
          />
        ) : null}
        {isPending ? <Loading /> : error ? <ErrorAlert error={error} /> : lingkup === 'TIM' ? <Tim items={data.items} tahun={tahun} /> : data.items[0] ? <Saya b={data.items[0]} tahun={tahun} /> : null}
      </Stack>
    </>
  );
}
