import { Badge, Card, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { JENIS_JABATAN, JENIS_JABATAN_LABEL, KELOMPOK_TALENTA_LABEL, TINGKAT_TALENTA_LABEL, type JenisJabatan } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ImporKartu } from '@/components/impor-kartu';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { formatNip } from '@/lib/format';
import { isOneOf } from '@/lib/labels';
import { perangkatDaerahQuery } from '@/lib/unit-kerja';
import { calonQuery, lowonganQuery, petaQuery, templatPotensiUrl, useImporPotensi, type PetaTalenta } from '../api/talenta';

const WARNA: Record<string, string> = { SUKSESI: 'teal', PENGEMBANGAN: 'blue', PEMBINAAN: 'orange' };

function Kotak({ k, aktif, onPilih }: { k: PetaTalenta['kotak'][number]; aktif: boolean; onPilih: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton onClick={onPilih} data-testid="talenta-kotak" data-kotak={k.kotak} aria-pressed={aktif}>
      <Paper withBorder p="sm" bg={aktif ? `${WARNA[k.kelompok]}.1` : undefined} style={{ borderColor: `var(--mantine-color-${WARNA[k.kelompok]}-5)`, minHeight: 96 }}>
        <Group justify="space-between" align="flex-start">
          <Text size="xs" c="dimmed">
            {t('talenta.kotak', { n: k.kotak })}
          </Text>
          <Text fw={700} fz="xl" data-testid="talenta-kotak-jumlah">
            {k.jumlah}
          </Text>
        </Group>
        <Text size="xs">{t('talenta.sumbu', { kinerja: TINGKAT_TALENTA_LABEL[k.kinerja], potensi: TINGKAT_TALENTA_LABEL[k.potensi] })}</Text>
      </Paper>
    </UnstyledButton>
  );
}

function Lowongan() {
  const { t } = useTranslation();
  const l = useQuery(lowonganQuery());
  const [pilih, setPilih] = useState<string | null>(null);
  const c = useQuery({ ...calonQuery(pilih ?? ''), enabled: !!pilih });
  if (l.isPending) return <Loading />;
  if (l.error) return <ErrorAlert error={l.error} />;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={2} fz="md">
          {t('talenta.lowonganJudul')}
        </Title>
        <Select
          placeholder={l.data.items.length ? t('talenta.pilihLowongan') : t('talenta.tanpaLowongan')}
          searchable
          data={l.data.items.map((i) => ({ value: i.jabatan.id, label: `${i.jabatan.nama} — ${i.unit}${i.perangkatDaerah && i.perangkatDaerah !== i.unit ? ` (${i.perangkatDaerah})` : ''}` }))}
          value={pilih}
          onChange={setPilih}
          data-testid="talenta-lowongan"
        />
        {c.data ? (
          c.data.calon.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('talenta.tanpaCalon')}
            </Text>
          ) : (
            <Table striped data-testid="talenta-calon">
              <Table.Tbody>
                {c.data.calon.map((x) => (
                  <Table.Tr key={x.pegawai.id}>
                    <Table.Td>
                      {x.pegawai.nama}
                      <Text size="xs" c="dimmed">
                        NIP {formatNip(x.pegawai.nip)} · {x.jabatan ?? ''} · {x.unit ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t('talenta.kotak', { n: x.kotak })}</Table.Td>
                    <Table.Td>{x.perangkatDaerahSama ? <Badge variant="light">{t('talenta.pdSama')}</Badge> : null}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        ) : null}
      </Stack>
    </Card>
  );
}

/** The nine-box of the pemda (or a perangkat daerah, a jabatan level), the people behind each box, vacant posts and their candidates. */
export function PetaTalentaPage(): JSX.Element {
  const { t } = useTranslation();
  const [jenis, setJenis] = useState<JenisJabatan | null>(null);
  const [pd, setPd] = useState<string | null>(null);
  const [kotak, setKotak] = useState<number | null>(null);
  const daftarPd = useQuery(perangkatDaerahQuery());
  const { data, error, isPending } = useQuery(petaQuery({ perangkatDaerahId: pd, jenisJabatan: jenis, kotak }));
  const impor = useImporPotensi();
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  const terpilih = data.kotak.find((k) => k.kotak === kotak);
  return (
    <>
      <PageHeader title={t('talenta.judul')} description={t('talenta.keterangan', { tanpaKinerja: data.tanpaKinerja, tanpaPotensi: data.tanpaPotensi })} />
      <Stack gap="sm">
        <Group gap="sm" align="flex-end">
          <Select
            label={t('talenta.jenisJabatan')}
            clearable
            placeholder={t('talenta.semuaJabatan')}
            data={JENIS_JABATAN.map((j) => ({ value: j, label: JENIS_JABATAN_LABEL[j] }))}
            value={jenis}
            onChange={(v) => setJenis(isOneOf(JENIS_JABATAN, v) ? v : null)}
            w={300}
          />
          <Select label={t('talenta.perangkatDaerah')} clearable searchable placeholder={t('talenta.seluruhPemda')} data={(daftarPd.data ?? []).map((u) => ({ value: u.id, label: u.nama }))} value={pd} onChange={setPd} w={300} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('talenta.arahSumbu')}
        </Text>
        <SimpleGrid cols={3} spacing="xs" maw={720} data-testid="talenta-grid">
          {data.kotak.map((k) => (
            <Kotak key={k.kotak} k={k} aktif={kotak === k.kotak} onPilih={() => setKotak(kotak === k.kotak ? null : k.kotak)} />
          ))}
        </SimpleGrid>
        {terpilih ? (
          <Paper withBorder p="sm" data-testid="talenta-anggota">
            <Title order={2} fz="md">
              {t('talenta.anggotaJudul', { n: terpilih.kotak, jumlah: terpilih.jumlah })}
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              {KELOMPOK_TALENTA_LABEL[terpilih.kelompok]}
            </Text>
            <Table striped>
              <Table.Tbody>
                {data.anggota.map((a) => (
                  <Table.Tr key={a.pegawai.id}>
                    <Table.Td>
                      {a.pegawai.nama}
                      <Text size="xs" c="dimmed">
                        NIP {formatNip(a.pegawai.nip)} · {a.jabatan ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{a.unit}</Table.Td>
                    <Table.Td>{t('talenta.skor', { skor: a.skorPotensi, sumber: a.sumberPotensi })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ) : null}
        <Lowongan />
        {data.can.impor ? (
          <ImporKartu
            id="berkas-potensi"
            judul={t('talenta.imporJudul')}
            keterangan={t('talenta.imporKeterangan')}
            templat={{ href: templatPotensiUrl(), nama: 'templat-skor-potensi.xlsx' }}
            mutation={impor}
            hasil={(d) => t('talenta.imporHasil', { n: d.diimpor })}
            testIds={{ file: 'talenta-impor-file', unggah: 'talenta-impor-unggah', hasil: 'talenta-impor-hasil' }}
          />
        ) : null}
      </Stack>
    </>
  );
}
