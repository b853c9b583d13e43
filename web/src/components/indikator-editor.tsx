import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndikatorInput } from '@capaian/contract/skp';
import { ASPEK, isOneOf } from '@/lib/labels';

/** One performance indicator as edited in an RHK (SKP or template): the API's IndikatorInput. */
export type IndikatorValue = IndikatorInput;

/** An indicator of a response (its aspek a plain string there) as the editor's value. */
export function toIndikatorValue(i: Omit<IndikatorValue, 'aspek'> & { aspek: string }): IndikatorValue {
  return { aspek: isOneOf(ASPEK, i.aspek) ? i.aspek : 'KUANTITAS', uraian: i.uraian, targetNilai: i.targetNilai, targetSatuan: i.targetSatuan, targetTeks: i.targetTeks };
}

export const MAX_INDIKATOR = 10;

export const emptyIndikator = (): IndikatorValue => ({ aspek: 'KUANTITAS', uraian: '', targetNilai: null, targetSatuan: null, targetTeks: null });

const orNull = (v: string) => (v.trim() === '' ? null : v);

export interface IndikatorEditorTestIds {
  item?: string;
  uraian?: string;
  targetNilai?: string;
  targetSatuan?: string;
}

interface IndikatorEditorProps {
  value: readonly IndikatorValue[];
  onChange: (next: IndikatorValue[]) => void;
  /** Field error lookup by server path, e.g. `indikator.0.targetNilai`. */
  error: (path: string) => string | undefined;
  /** Path of the list in the error keys: `indikator` or `isi.1.indikator`. */
  pathPrefix: string;
  /** Show an error on the whole indicator (`<prefix>.<i>`) under the target number when it has none of its own. */
  itemErrorOnTargetNilai?: boolean;
  /** Label of the description field (defaults to the SKP one). */
  uraianLabel?: string;
  /** Compact styling for an editor nested in another card. */
  nested?: boolean;
  testIds?: IndikatorEditorTestIds;
}

/** The list of indicators of one RHK: aspek, uraian, target number/unit or qualitative target, add/remove. */
export function IndikatorEditor({
  value,
  onChange,
  error,
  pathPrefix,
  itemErrorOnTargetNilai = false,
  uraianLabel,
  nested = false,
  testIds = {},
}: IndikatorEditorProps) {
  const { t } = useTranslation();
  const aspekTable: Readonly<Record<string, string>> = t('skp.aspekLabel', { returnObjects: true });
  const aspekData = ASPEK.map((a) => ({ value: a, label: aspekTable[a] ?? a }));
  const set = (idx: number, patch: Partial<IndikatorValue>) => onChange(value.map((ind, i) => (i === idx ? { ...ind, ...patch } : ind)));
  const listError = error(pathPrefix);

  return (
    <>
      {listError ? (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      ) : null}
      {value.map((ind, i) => {
        const k = (f: string) => error(`${pathPrefix}.${i}.${f}`) ?? (itemErrorOnTargetNilai && f === 'targetNilai' ? error(`${pathPrefix}.${i}`) : undefined);
        return (
          <Paper key={i} withBorder {...(nested ? { p: 'xs', bg: 'gray.0' } : { p: 'sm' })} data-testid={testIds.item}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {t('skp.indikatorN', { n: i + 1 })}
                </Text>
                {value.length > 1 ? (
                  <ActionIcon variant="subtle" color="red" aria-label={t('skp.removeIndikator', { n: i + 1 })} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                    ×
                  </ActionIcon>
                ) : null}
              </Group>
              <Select
                label={t('skp.aspek')}
                data={aspekData}
                value={ind.aspek}
                allowDeselect={false}
                onChange={(v) => set(i, { aspek: isOneOf(ASPEK, v) ? v : 'KUANTITAS' })}
                error={k('aspek')}
              />
              <Textarea
                label={uraianLabel ?? t('skp.uraian')}
                required
                autosize
                minRows={1}
                value={ind.uraian}
                onChange={(e) => set(i, { uraian: e.currentTarget.value })}
                error={k('uraian')}
                data-testid={testIds.uraian}
              />
              <Group grow align="flex-start" wrap="wrap" gap="xs">
                <TextInput
                  label={t('skp.targetNilai')}
                  inputMode="decimal"
                  miw={120}
                  value={ind.targetNilai ?? ''}
                  onChange={(e) => set(i, { targetNilai: orNull(e.currentTarget.value) })}
                  error={k('targetNilai')}
                  data-testid={testIds.targetNilai}
                />
                <TextInput
                  label={t('skp.targetSatuan')}
                  miw={120}
                  value={ind.targetSatuan ?? ''}
                  onChange={(e) => set(i, { targetSatuan: orNull(e.currentTarget.value) })}
                  error={k('targetSatuan')}
                  data-testid={testIds.targetSatuan}
                />
              </Group>
              <TextInput
                label={t('skp.targetTeks')}
                description={t('skp.targetHint')}
                value={ind.targetTeks ?? ''}
                onChange={(e) => set(i, { targetTeks: orNull(e.currentTarget.value) })}
                error={k('targetTeks')}
              />
            </Stack>
          </Paper>
        );
      })}
      {value.length < MAX_INDIKATOR ? (
        <Button variant="light" size={nested ? 'xs' : undefined} w="fit-content" onClick={() => onChange([...value, emptyIndikator()])}>
          {t('skp.addIndikator')}
        </Button>
      ) : null}
    </>
  );
}
