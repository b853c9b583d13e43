import { List, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { setEkspektasi, type SkpDetail } from '../api/skp';
import { EditSectionFooter, EditSectionHeader } from './edit-section';
import { useSkpMutation } from './use-skp-mutation';

export function PerilakuSection({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const save = useSkpMutation(skp.id, (ekspektasi: Record<string, string>) => setEkspektasi(skp.id, skp.rowVersion, ekspektasi), () =>
    setDraft(null),
  );
  const start = () => {
    save.reset();
    setDraft(Object.fromEntries(skp.perilaku.map((p) => [p.kode, p.ekspektasi ?? ''])));
  };

  return (
    <Stack gap="sm" data-testid="skp-perilaku">
      <EditSectionHeader title={t('skp.perilaku')} canEdit={skp.can.ekspektasi && !draft} editLabel={t('skp.ubahEkspektasi')} onEdit={start} editTestId="skp-ubah-ekspektasi" />
      <ErrorAlert error={save.error} hideWhenFieldsOnly />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {skp.perilaku.map((p) => (
          <Paper key={p.kode} withBorder p="sm">
            <Text fw={600}>{p.nama}</Text>
            <List size="sm" mt={4} spacing={2}>
              {p.indikator.map((i) => (
                <List.Item key={i}>{i}</List.Item>
              ))}
            </List>
            {draft ? (
              <Textarea
                mt="xs"
                label={t('skp.ekspektasi')}
                autosize
                minRows={2}
                value={draft[p.kode] ?? ''}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setDraft((d) => ({ ...(d ?? {}), [p.kode]: v }));
                }}
                error={fieldError(save.error, `ekspektasi.${p.kode}`)}
                data-testid={`skp-ekspektasi-${p.kode}`}
              />
            ) : (
              <Paper mt="xs" p={6} bg="gray.0" radius="sm">
                <Text size="xs" c="dimmed">
                  {t('skp.ekspektasi')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={p.ekspektasi ? undefined : 'dimmed'}>
                  {p.ekspektasi || t('skp.ekspektasiKosong')}
                </Text>
              </Paper>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      {draft ? (
        <EditSectionFooter onCancel={() => setDraft(null)} onSave={() => save.mutate(draft)} saving={save.isPending} saveLabel={t('skp.simpanEkspektasi')} saveTestId="skp-simpan-ekspektasi" />
      ) : null}
    </Stack>
  );
}
