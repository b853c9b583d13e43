import { ActionIcon, Button, Group, List, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { updateSkp, type SkpDetail, type SkpLampiran, type SkpUpdateBody } from '../api/skp';
import { EditSectionFooter, EditSectionHeader } from './edit-section';
import { useSkpMutation } from './use-skp-mutation';

type LampiranKey = keyof SkpLampiran;
const KEYS: LampiranKey[] = ['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'];

type Draft = Omit<SkpUpdateBody, 'rowVersion'>;

const pendekatanOf = (v: string): Draft['pendekatan'] => (v === 'KUALITATIF' ? 'KUALITATIF' : 'KUANTITATIF');

export function LampiranSection({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const save = useSkpMutation(
    skp.id,
    (d: Draft) =>
      updateSkp(skp.id, {
        rowVersion: skp.rowVersion,
        pendekatan: d.pendekatan,
        dukunganSumberDaya: d.dukunganSumberDaya.filter((s) => s.trim() !== ''),
        skemaPertanggungjawaban: d.skemaPertanggungjawaban.filter((s) => s.trim() !== ''),
        konsekuensi: d.konsekuensi.filter((s) => s.trim() !== ''),
      }),
    () => setDraft(null),
  );
  const start = () => {
    save.reset();
    setDraft({ pendekatan: pendekatanOf(skp.pendekatan), ...skp.lampiran });
  };
  const setList = (key: LampiranKey, list: string[]) => setDraft((d) => (d ? { ...d, [key]: list } : d));

  return (
    <Stack gap="sm" data-testid="skp-lampiran">
      <EditSectionHeader title={t('skp.lampiran')} canEdit={skp.can.ubah && !draft} editLabel={t('skp.ubahLampiran')} onEdit={start} editTestId="skp-ubah-lampiran" />
      <ErrorAlert error={save.error} hideWhenFieldsOnly />
      {draft ? (
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('skp.pendekatan')}
          </Text>
          <SegmentedControl
            value={draft.pendekatan}
            onChange={(v) => setDraft((d) => (d ? { ...d, pendekatan: pendekatanOf(v) } : d))}
            data={[
              { value: 'KUANTITATIF', label: t('skp.pendekatanKuantitatif') },
              { value: 'KUALITATIF', label: t('skp.pendekatanKualitatif') },
            ]}
          />
        </div>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {KEYS.map((key) => (
          <Paper key={key} withBorder p="sm">
            <Text fw={600} mb={4}>
              {t(`skp.${key}`)}
            </Text>
            {draft ? (
              <Stack gap={6}>
                {draft[key].map((item, i) => (
                  <Group key={i} gap={4} wrap="nowrap" align="flex-start">
                    <TextInput
                      style={{ flex: 1 }}
                      value={item}
                      aria-label={`${t(`skp.${key}`)} ${i + 1}`}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        setList(key, draft[key].map((x, j) => (j === i ? v : x)));
                      }}
                      error={fieldError(save.error, `${key}.${i}`)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={4}
                      aria-label={t('skp.removeButir', { n: i + 1 })}
                      onClick={() => setList(key, draft[key].filter((_, j) => j !== i))}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                ))}
                {fieldError(save.error, key) ? (
                  <Text c="red" size="xs">
                    {fieldError(save.error, key)}
                  </Text>
                ) : null}
                <Button size="compact-sm" variant="light" w="fit-content" onClick={() => setList(key, [...draft[key], ''])}>
                  {t('skp.addButir')}
                </Button>
              </Stack>
            ) : skp.lampiran[key].length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('skp.lampiranKosong')}
              </Text>
            ) : (
              <List size="sm" spacing={2}>
                {skp.lampiran[key].map((s, i) => (
                  <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
                    {s}
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      {draft ? (
        <EditSectionFooter onCancel={() => setDraft(null)} onSave={() => save.mutate(draft)} saving={save.isPending} saveLabel={t('common.save')} saveTestId="skp-simpan-lampiran" />
      ) : null}
    </Stack>
  );
}
