import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { setEkspektasi, type SkpDetail } from '../api/skp';
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
      <Group justify="space-between">
        <Title order={2} fz="h4">
          {t('skp.perilaku')}
        </Title>
        {skp.can.ekspektasi && !draft ? (
          <Button size="xs" variant="light" onClick={start} data-testid="skp-ubah-ekspektasi">
            {t('skp.ubahEkspektasi')}
          </Button>
        ) : null}
      </Group>
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
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDraft(null)}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate(draft)} data-testid="skp-simpan-ekspektasi">
            {t('skp.simpanEkspektasi')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
