import { Alert, Badge, Button, Checkbox, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TahunSelect, tahunIni } from '@/components/tahun-select';
import { Loading } from '@/components/loading';
import { formatNip } from '@/lib/format';
import { sasaranQuery, templateKeys, terapkanTemplate, type TemplateRingkas, type TerapkanResponse, type Tindakan } from '../api/skp-template';


function tindakanColor(t: Tindakan): string {
  return t === 'BUAT' ? 'green' : t === 'TAMBAH' ? 'blue' : 'gray';
}

function TerapkanBody({ template, onClose }: { template: TemplateRingkas; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [tahun, setTahun] = useState(tahunIni);
  const sasaran = useQuery(sasaranQuery(template.id, tahun));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [hasil, setHasil] = useState<TerapkanResponse | null>(null);
  const tindakanLabel: Readonly<Record<string, string>> = t('skpTemplat.tindakanLabel', { returnObjects: true });

  const items = sasaran.data?.items;
  useEffect(() => {
    setSelected(new Set((items ?? []).filter((i) => i.tindakan !== 'LEWATI').map((i) => i.pegawaiId)));
  }, [items]);

  const mutation = useMutation({
    mutationFn: () => terapkanTemplate(template.id, tahun, [...selected]),
    onSuccess: async (r) => {
      setHasil(r);
      await queryClient.invalidateQueries({ queryKey: templateKeys.sasaran(template.id, tahun) });
      await queryClient.invalidateQueries({ queryKey: ['skp'] });
    },
  });

  const eligible = (items ?? []).filter((i) => i.tindakan !== 'LEWATI');
  const allChecked = eligible.length > 0 && eligible.every((i) => selected.has(i.pegawaiId));

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });

  return (
    <Stack>
      <TahunSelect
        label={t('skpTemplat.tahun')}
        showLabel
        value={tahun}
        onChange={(v) => {
          setTahun(v);
          setHasil(null);
          mutation.reset();
        }}
        testId="terapkan-tahun"
      />
      {hasil ? (
        <Alert color="green" title={t('skpTemplat.hasil')} data-testid="template-hasil">
          <Text size="sm" data-testid="hasil-dibuat">
            {t('skpTemplat.dibuat', { n: hasil.dibuat })}
          </Text>
          <Text size="sm" data-testid="hasil-ditambahkan">
            {t('skpTemplat.ditambahkan', { n: hasil.ditambahkan })}
          </Text>
          <Text size="sm" data-testid="hasil-dilewati">
            {t('skpTemplat.dilewati', { n: hasil.dilewati.length })}
          </Text>
          {hasil.dilewati.length > 0 ? (
            <List size="sm" mt={4}>
              {hasil.dilewati.map((d) => (
                <List.Item key={d.pegawaiId}>
                  {d.nama}: {d.alasan}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      <ErrorAlert error={mutation.error} />
      {sasaran.isPending ? (
        <Loading />
      ) : sasaran.error ? (
        <ErrorAlert error={sasaran.error} />
      ) : sasaran.data.items.length === 0 ? (
        <Text c="dimmed">{t('skpTemplat.sasaranKosong')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="terapkan-sasaran">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('skpTemplat.pilihSemua')}
                    checked={allChecked}
                    indeterminate={!allChecked && selected.size > 0}
                    disabled={eligible.length === 0}
                    onChange={(e) => setSelected(e.currentTarget.checked ? new Set(eligible.map((i) => i.pegawaiId)) : new Set())}
                  />
                </Table.Th>
                <Table.Th>{t('skpTemplat.pegawai')}</Table.Th>
                <Table.Th>{t('skpTemplat.statusSkp')}</Table.Th>
                <Table.Th>{t('skpTemplat.tindakan')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sasaran.data.items.map((i) => (
                <Table.Tr key={i.pegawaiId} data-testid="sasaran-row" data-tindakan={i.tindakan}>
                  <Table.Td>
                    <Checkbox
                      aria-label={i.namaLengkap}
                      checked={selected.has(i.pegawaiId)}
                      disabled={i.tindakan === 'LEWATI'}
                      onChange={(e) => toggle(i.pegawaiId, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {i.namaLengkap}
                    </Text>
                    <Text size="xs" c="dimmed">
                      NIP {formatNip(i.nip)} · {i.unitNama}
                    </Text>
                  </Table.Td>
                  <Table.Td>{i.skp ? i.skp.statusLabel : t('skpTemplat.belumAda')}</Table.Td>
                  <Table.Td>
                    <Badge color={tindakanColor(i.tindakan)} variant="light" style={{ textTransform: 'none' }}>
                      {tindakanLabel[i.tindakan] ?? i.tindakan}
                    </Badge>
                    {i.alasan ? (
                      <Text size="xs" c="dimmed">
                        {i.alasan}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('skpTemplat.dipilih', { n: selected.size })}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button disabled={selected.size === 0} loading={mutation.isPending} onClick={() => mutation.mutate()} data-testid="terapkan-kirim">
            {t('skpTemplat.terapkanKe', { n: selected.size })}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

export function TerapkanModal({ template, onClose }: { template: TemplateRingkas | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={template !== null} onClose={onClose} title={template ? t('skpTemplat.terapkanTitle', { nama: template.nama }) : ''} size="xl">
      {template ? <TerapkanBody key={template.id} template={template} onClose={onClose} /> : null}
    </Modal>
  );
}
