import { Badge, Group } from '@mantine/core';
import type { JSX } from 'react';

/** The flags of a row (a unit needing attention, a rater's analytics): small red badges. */
export function Catatan({ label, testId }: { label: readonly string[]; testId?: string }): JSX.Element {
  return (
    <Group gap={4}>
      {label.map((l) => (
        <Badge key={l} size="xs" color="red" variant="light" data-testid={testId}>
          {l}
        </Badge>
      ))}
    </Group>
  );
}
