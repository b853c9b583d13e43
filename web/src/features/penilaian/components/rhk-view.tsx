import { Anchor, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '@/lib/format';
import type { EvaluasiRhk, UmpanBalikBerkala } from '../api/penilaian';

export function UmpanBalikBerkalaList({ items, testId = 'umpan-balik-berkala' }: { items: UmpanBalikBerkala[]; testId?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Text size="xs" fw={600} c="dimmed">
        {t('penilaian.nilai.umpanBalikBerkala')}
      </Text>
      <List size="xs" spacing={2}>
        {items.map((u, n) => (
          <List.Item key={n}>
            <Text size="xs" span c="dimmed">
              {formatTanggal(u.tanggal)} · {u.penulis}:{' '}
            </Text>
            <Text size="xs" span>
              {u.pesan}
            </Text>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

const angka = (n: number | null) => (n === null ? '—' : n.toLocaleString('id-ID'));

/** Per RHK: indicators with target and realised value, evidence links and the feedback of the period. */
export function RhkView({ rhk }: { rhk: EvaluasiRhk }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={320}>
        <Table fz="sm" data-testid="nilai-indikator">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('penilaian.nilai.indikator')}</Table.Th>
              <Table.Th>{t('penilaian.nilai.target')}</Table.Th>
              <Table.Th ta="right">{t('penilaian.nilai.realisasi')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rhk.indikator.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Text size="sm">{i.uraian}</Text>
                  <Text size="xs" c="dimmed">
                    {i.aspek}
                  </Text>
                </Table.Td>
                <Table.Td>{i.target}</Table.Td>
                <Table.Td ta="right">
                  {angka(i.realisasi)}
                  {i.persen !== null ? (
                    <Text size="xs" c={i.persen >= 100 ? 'teal' : 'dimmed'}>
                      {`${angka(Math.round(i.persen * 10) / 10)}%`}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rhk.bukti.length > 0 ? (
        <Group gap="xs" wrap="wrap" data-testid="nilai-bukti">
          <Text size="xs" fw={600} c="dimmed">
            {t('penilaian.nilai.bukti')}:
          </Text>
          {rhk.bukti.map((b) => {
            const href = b.url ?? b.tautan;
            return href ? (
              <Anchor key={b.id} href={href} target="_blank" rel="noopener noreferrer" size="xs">
                {b.nama}
              </Anchor>
            ) : (
              <Text key={b.id} size="xs">
                {b.nama}
              </Text>
            );
          })}
        </Group>
      ) : null}
      <UmpanBalikBerkalaList items={rhk.umpanBalikBerkala} />
    </Stack>
  );
}
