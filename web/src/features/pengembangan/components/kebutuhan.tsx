import { Badge, Button, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { JENIS_KOMPETENSI_LABEL, METODE_PELATIHAN_LABEL } from '@capaian/domain';
import { useTranslation } from 'react-i18next';
import type { PengembanganPegawai } from '../api/pengembangan';
import { sumberLabel } from './labels';

type Saran = PengembanganPegawai['saran'][number];

/** What the pegawai's own results say they need, and the catalogue's trainings for it (with why each matched). */
export function KebutuhanSection({ data, onTambah }: { data: PengembanganPegawai; onTambah: ((s: Saran) => void) | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="kebutuhan-judul" data-testid="kebutuhan">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="md" id="kebutuhan-judul">
            {t('pengembangan.kebutuhan.judul')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('pengembangan.kebutuhan.keterangan', { dari: data.tahun - 1, sampai: data.tahun })}
          </Text>
        </div>
        {data.kebutuhan.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="kebutuhan-kosong">
            {t('pengembangan.kebutuhan.kosong')}
          </Text>
        ) : (
          <List size="sm" spacing={4} data-testid="kebutuhan-list">
            {data.kebutuhan.map((k, i) => (
              <List.Item key={i} data-testid="kebutuhan-item" data-sumber={k.sumber}>
                <Text span fw={500}>
                  {k.uraian}
                </Text>{' '}
                <Text span size="xs" c="dimmed">
                  — {sumberLabel(k.sumber)}, {k.asal}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {data.saran.length > 0 ? (
          <>
            <Title order={3} fz="sm">
              {t('pengembangan.saran.judul')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" data-testid="saran-list">
              {data.saran.map((s) => (
                <Card key={s.pelatihan.id} withBorder padding="xs" data-testid="saran-item" data-kode={s.pelatihan.kode}>
                  <Stack gap={4}>
                    <Text fw={600} size="sm">
                      {s.pelatihan.judul}
                    </Text>
                    <Group gap={4}>
                      <Badge variant="light" size="sm" style={{ textTransform: 'none' }}>
                        {JENIS_KOMPETENSI_LABEL[s.pelatihan.jenisKompetensi]}
                      </Badge>
                      <Badge variant="outline" size="sm" style={{ textTransform: 'none' }}>
                        {s.pelatihan.jp} JP · {METODE_PELATIHAN_LABEL[s.pelatihan.metode]}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {s.pelatihan.penyelenggara}
                    </Text>
                    {s.kebutuhan.map((k, i) => (
                      <Text key={i} size="xs">
                        {t('pengembangan.saran.untuk', { kebutuhan: k.uraian, alasan: k.alasan.join(', ') })}
                      </Text>
                    ))}
                    {onTambah ? (
                      <Button size="compact-xs" variant="light" onClick={() => onTambah(s)} data-testid="saran-tambah">
                        {t('pengembangan.saran.tambah')}
                      </Button>
                    ) : null}
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
