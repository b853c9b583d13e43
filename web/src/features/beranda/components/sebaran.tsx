import { Group, Text, Tooltip } from '@mantine/core';
import { PREDIKAT_LABEL, PREDIKATS, type Predikat } from '@capaian/domain';
import type { JSX, ReactNode } from 'react';

/** One value per predikat in the regulation's order (Sangat Baik first), each named on hover. */
export function Sebaran({ isi }: { isi: (p: Predikat) => ReactNode }): JSX.Element {
  return (
    <Group gap={6} wrap="nowrap">
      {PREDIKATS.map((p) => (
        <Tooltip key={p} label={PREDIKAT_LABEL[p]}>
          <Text span size="sm">
            {isi(p)}
          </Text>
        </Tooltip>
      ))}
    </Group>
  );
}
