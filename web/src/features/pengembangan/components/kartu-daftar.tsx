import { Card, Stack, Text, Title } from '@mantine/core';
import type { JSX, ReactNode } from 'react';

/** A card with a title over a list, or over a dimmed line when the list has nothing (`jumlah` 0). */
export function KartuDaftar({ judul, jumlah, kosong, testId, children }: { judul: string; jumlah: number; kosong: string; testId: string; children: ReactNode }): JSX.Element {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Stack gap="xs">
        <Title order={2} fz="md">
          {judul}
        </Title>
        {jumlah === 0 ? (
          <Text size="sm" c="dimmed">
            {kosong}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Card>
  );
}
