import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportRefusal } from '@/components/import-problems';
import type { HasilImpor } from '../api/impor';

export function ImporSuccess({ result }: { result: HasilImpor }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" role="status" title={t('impor.result')} data-testid="import-result">
      {t('impor.resultBody', { baru: result.baru, diperbarui: result.diperbarui, total: result.total })}
      {result.tanpaAkun ? (
        <Text size="sm" mt={4} data-testid="import-tanpa-akun" data-jumlah={result.tanpaAkun}>
          {t('impor.tanpaAkun', { count: result.tanpaAkun })}
        </Text>
      ) : null}
    </Alert>
  );
}

/** At most this many changed pegawai are listed; the rest are counted. */
const MAKS_DITAMPILKAN = 200;

/**
 * The dry run of a pegawai file that changes existing pegawai: each one with every changed
 * column (old → new), and the choice to import or not.
 */
export function ImporPratinjau({ result, pending, onLanjut, onBatal }: { result: HasilImpor; pending: boolean; onLanjut: () => void; onBatal: () => void }) {
  const { t } = useTranslation();
  const tampil = result.perubahan.slice(0, MAKS_DITAMPILKAN);
  const sisa = result.perubahan.length - tampil.length;
  const nilai = (v: string | null) => (v === null || v === '' ? '—' : v);
  return (
    <Alert color="yellow" title={t('impor.pratinjauTitle')} data-testid="import-pratinjau">
      <Stack gap="sm">
        <Text size="sm">{t('impor.pratinjauBody', { count: result.perubahan.length, baru: result.baru })}</Text>
        <Table.ScrollContainer minWidth={0} maxHeight={480}>
          <Table withTableBorder verticalSpacing={6} data-testid="import-perubahan">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('impor.pratinjauPegawai')}</Table.Th>
                <Table.Th scope="col">{t('impor.pratinjauPerubahan')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tampil.map((p) => (
                <Table.Tr key={p.nip} data-nip={p.nip}>
                  <Table.Td style={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                    <Text size="sm" fw={600}>
                      {p.nama}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {p.nip} · {t('impor.baris')} {p.baris}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {p.kolom.map((k) => (
                      <Text size="sm" key={k.kolom}>
                        <Text span ff="monospace" size="xs">
                          {k.kolom}
                        </Text>
                        : {nilai(k.lama)} → <b>{nilai(k.baru)}</b>
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {sisa > 0 ? <Text size="sm">{t('impor.pratinjauLainnya', { count: sisa })}</Text> : null}
        <Group gap="xs">
          <Button onClick={onLanjut} loading={pending} data-testid="import-lanjut">
            {t('impor.pratinjauLanjut')}
          </Button>
          <Button variant="default" onClick={onBatal} disabled={pending} data-testid="import-batal">
            {t('impor.pratinjauBatal')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** The refusal: the API's message and, when given, every bad row. */
export function ImporError({ error }: { error: unknown }) {
  return <ImportRefusal error={error} />;
}
