import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DefinitionItem {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** A semantic <dl> laid out in one column on phones and two on wider screens. */
export function DefinitionList({ items }: { items: DefinitionItem[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <Box key={item.label} style={{ minWidth: 0 }}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }} data-testid={item.testId}>
            {item.value ?? '—'}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
