import { Anchor, Group, List, Stack, Table, Text } from '@mantine/core';
import { SUMBER_TARGET_LABEL } from '@capaian/domain';
import { useTranslation } from 'react-i18next';
import { formatAngka, formatTanggal } from '@/lib/format';
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

/** Per RHK: indicators with the SKP's target, the target this period is compared with, the realised value; evidence links and the feedback of the period. */
export function RhkView({ rhk }: { rhk: EvaluasiRhk }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={400}>
        <Table fz="sm" data-testid="nilai-indikator">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('penilaian.nilai.indikator')}</Table.Th>
              <Table.Th>{t('penilaian.nilai.targetSkp')}</Table.Th>
              <Table.Th>{t('penilaian.nilai.targetPeriode')}</Table.Th>
              <Table.Th ta="right">{t('penilaian.nilai.realisasi')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rhk.indikator.map((i) => (
              <Table.Tr key={i.id} data-testid="nilai-indikator-baris">
                <Table.Td>
                  <Text size="sm">{i.uraian}</Text>
                  <Text size="xs" c="dimmed">
                    {i.aspek}
                  </Text>
                </Table.Td>
                <Table.Td>{i.target}</Table.Td>
                <Table.Td data-testid="nilai-target-periode" data-sumber={i.sumberTarget ?? ''}>
                  {i.targetPeriode !== null ? (
                    <Text size="sm" fw={600}>
                      {formatAngka(i.targetPeriode)}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                  {i.keteranganTarget || i.sumberTarget ? (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {i.keteranganTarget ?? (i.sumberTarget ? SUMBER_TARGET_LABEL[i.sumberTarget] : null)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">
                  {formatAngka(i.realisasi)}
                  {i.persen !== null ? (
                    <Text size="xs" c={i.persen >= 100 ? 'teal' : 'dimmed'}>
                      {`${formatAngka(i.persen, 1)}%`}
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
