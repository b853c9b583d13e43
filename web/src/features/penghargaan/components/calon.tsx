import { Button, Card, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/confirm-modal';
import { DataTable } from '@/components/data-table';
import { formatNip } from '@/lib/format';
import { useHapusCalon, type Penghargaan, type Ronde } from '../api/penghargaan';
import { jenisLabel, PredikatBadge } from './labels';
import { PiagamLink } from './penghargaan-diterima';

/** The pegawai of a candidate: name, NIP, jabatan. */
function PegawaiCalon({ c }: { c: Penghargaan }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {c.pegawai.nama}
      </Text>
      <Text size="xs" c="dimmed">
        NIP {formatNip(c.pegawai.nip)}
      </Text>
      {c.pegawai.jabatan ? (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {c.pegawai.jabatan}
        </Text>
      ) : null}
    </div>
  );
}

/** What can be done with one candidate: its piagam once given, removal while the round is a draft. */
function AksiCalon({ c, r, onHapus }: { c: Penghargaan; r: Ronde; onHapus: (c: Penghargaan) => void }) {
  const { t } = useTranslation();
  if (c.diberikan) return <PiagamLink g={c} testId="calon-piagam" />;
  if (!r.can.hapusCalon) return null;
  return (
    <Button size="compact-sm" variant="subtle" color="red" onClick={() => onHapus(c)} aria-label={t('penghargaan.calon.hapusNama', { nama: c.pegawai.nama })} data-testid="calon-hapus">
      {t('common.delete')}
    </Button>
  );
}

/** On a phone: one card per candidate, everything visible without scrolling sideways. */
function CalonKartu({ c, r, onHapus }: { c: Penghargaan; r: Ronde; onHapus: (c: Penghargaan) => void }) {
  return (
    <Card withBorder radius="md" padding="sm" data-testid="calon-baris" data-id={c.id} data-nip={c.pegawai.nip} data-jenis={c.jenis}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <PegawaiCalon c={c} />
          {c.predikat ? <PredikatBadge predikat={c.predikat} /> : null}
        </Group>
        <Text size="sm" fw={500} data-testid="calon-jenis">
          {jenisLabel(c.jenis)}
        </Text>
        {c.alasan ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {c.alasan}
          </Text>
        ) : null}
        <Group gap="sm">
          <AksiCalon c={c} r={r} onHapus={onHapus} />
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * The round's candidates (its awards once decided): pegawai, kind, predikat, reason; removable
 * while the round is a draft, each with its piagam once it is decided. A table, cards on a phone.
 */
export function CalonTable({ r }: { r: Ronde }) {
  const { t } = useTranslation();
  const [hapus, setHapus] = useState<Penghargaan | null>(null);
  const m = useHapusCalon(r.id);
  const diputuskan = r.status === 'DIPUTUSKAN';
  // Phones get cards: a table would hide the piagam link or the remove button off to the side.
  const ponsel = useMediaQuery('(max-width: 48em)');
  const aksi = r.can.hapusCalon || diputuskan;
  const tutup = () => {
    setHapus(null);
    m.reset();
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="calon-judul" data-testid="calon-bagian">
      <Stack gap="sm">
        <Title order={2} fz="md" id="calon-judul">
          {diputuskan ? t('penghargaan.calon.judulDiputuskan', { n: r.calon.length }) : t('penghargaan.calon.judul', { n: r.calon.length })}
        </Title>
        {r.calon.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="calon-kosong">
            {r.can.tambahCalon ? t('penghargaan.calon.kosongDraf') : t('penghargaan.calon.kosong')}
          </Text>
        ) : ponsel ? (
          <Stack gap="xs" data-testid="calon-daftar">
            {r.calon.map((c) => (
              <CalonKartu key={c.id} c={c} r={r} onHapus={setHapus} />
            ))}
          </Stack>
        ) : (
          <DataTable
            minWidth={aksi ? 720 : 600}
            verticalSpacing="xs"
            testId="calon-tabel"
            columns={[
              t('penghargaan.calon.kolom.pegawai'),
              t('penghargaan.calon.kolom.jenis'),
              t('penghargaan.calon.kolom.predikat'),
              t('penghargaan.calon.kolom.alasan'),
              ...(aksi ? [t('common.actions')] : []),
            ]}
            items={r.calon}
            renderRow={(c) => (
              <Table.Tr key={c.id} data-testid="calon-baris" data-id={c.id} data-nip={c.pegawai.nip} data-jenis={c.jenis}>
                <Table.Td>
                  <PegawaiCalon c={c} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" data-testid="calon-jenis">
                    {jenisLabel(c.jenis)}
                  </Text>
                </Table.Td>
                <Table.Td>{c.predikat ? <PredikatBadge predikat={c.predikat} /> : '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {c.alasan ?? '—'}
                  </Text>
                </Table.Td>
                {aksi ? (
                  <Table.Td>
                    <AksiCalon c={c} r={r} onHapus={setHapus} />
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )}
          />
        )}
      </Stack>
      <ConfirmModal
        opened={!!hapus}
        title={t('penghargaan.calon.hapusJudul')}
        message={hapus ? t('penghargaan.calon.hapusPesan', { nama: hapus.pegawai.nama, jenis: jenisLabel(hapus.jenis) }) : ''}
        confirmLabel={t('common.delete')}
        loading={m.isPending}
        error={m.error}
        onConfirm={() => hapus && m.mutate(hapus.id, { onSuccess: () => setHapus(null) })}
        onClose={tutup}
      />
    </Paper>
  );
}
