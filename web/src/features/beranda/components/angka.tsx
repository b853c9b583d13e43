import { Paper, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { JSX, ReactNode } from 'react';
import { AnchorLink } from '@/components/links';
import { formatAngka } from '@/lib/format';
import type { Angka } from '../api/beranda';
import type { DaftarSearch } from '../routes/search';

/** The search of /beranda/daftar for a figure (the list behind it). */
const cariDaftar = (a: Angka): DaftarSearch => ({ ...a.daftar });

/** A figure as a card that opens the list behind it; `sorot` colours the figure when it is not zero (something waits). */
export function AngkaKartu({ angka, label, sorot, keterangan, testId }: { angka: Angka; label: string; sorot?: 'orange' | 'red'; keterangan?: ReactNode; testId: string }): JSX.Element {
  return (
    <Link to="/beranda/daftar" search={cariDaftar(angka)} data-testid={testId} data-nilai={angka.nilai} style={{ textDecoration: 'none', color: 'inherit', display: 'block' }}>
      <Paper withBorder p="sm" radius="md" h="100%">
        <Text size="xs" c="dimmed" lh={1.2}>
          {label}
        </Text>
        <Text fw={700} fz={28} c={angka.nilai ? sorot : undefined} lh={1.3}>
          {formatAngka(angka.nilai, 0)}
        </Text>
        {keterangan ? (
          <Text size="xs" c="dimmed">
            {keterangan}
          </Text>
        ) : null}
      </Paper>
    </Link>
  );
}

/** A figure inside a table cell, linked to its list (a zero is plain text: nothing behind it). */
export function AngkaSel({ angka, testId }: { angka: Angka; testId?: string }): JSX.Element {
  if (angka.nilai === 0)
    return (
      <Text span c="dimmed" data-testid={testId} data-nilai={0}>
        0
      </Text>
    );
  return (
    <AnchorLink to="/beranda/daftar" search={cariDaftar(angka)} data-testid={testId} data-nilai={angka.nilai}>
      {formatAngka(angka.nilai, 0)}
    </AnchorLink>
  );
}
