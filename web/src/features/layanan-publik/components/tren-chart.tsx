import { ASPEK_LAYANAN, ASPEK_LAYANAN_INFO } from '@capaian/domain';
import { Group, Progress, Stack, Text } from '@mantine/core';
import type { Mingguan, RataRata } from '../api/layanan-publik';

export const WARNA_ASPEK = { kecepatan: 'blue', keramahan: 'teal', kejelasan: 'grape', keadilan: 'orange' } as const;
const HEX: Record<keyof typeof WARNA_ASPEK, string> = {
  kecepatan: 'var(--mantine-color-blue-6)',
  keramahan: 'var(--mantine-color-teal-6)',
  kejelasan: 'var(--mantine-color-grape-6)',
  keadilan: 'var(--mantine-color-orange-6)',
};

const angka = (n: number) => n.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Four horizontal bars: the average of each aspect on the 1–5 scale. */
export function RataRataBars({ rataRata }: { rataRata: RataRata }) {
  return (
    <Stack gap={6}>
      {ASPEK_LAYANAN.map((a) => (
        <div key={a}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{ASPEK_LAYANAN_INFO[a].label}</Text>
            <Text size="sm" fw={700} data-testid={`tren-rata-${a}`}>
              {angka(rataRata[a])}
            </Text>
          </Group>
          <Progress value={(rataRata[a] / 5) * 100} color={WARNA_ASPEK[a]} size="md" aria-label={`${ASPEK_LAYANAN_INFO[a].label}: ${angka(rataRata[a])} / 5`} />
        </div>
      ))}
    </Stack>
  );
}

/** Weekly averages per aspect as grouped bars (plain SVG, scale 0–5), with the count under each week. */
export function MingguanChart({ data, label }: { data: readonly Mingguan[]; label: string }) {
  const minggu = data.slice(-16);
  const kolom = 40;
  const tinggi = 140;
  const lebar = Math.max(minggu.length * kolom, kolom);
  const bar = (kolom - 8) / 4;
  return (
    <Stack gap={4}>
      <div style={{ overflowX: 'auto' }}>
        <svg width={lebar} height={tinggi + 34} role="img" aria-label={label} style={{ display: 'block' }}>
          {[1, 2, 3, 4, 5].map((v) => (
            <line key={v} x1={0} x2={lebar} y1={tinggi - (v / 5) * tinggi} y2={tinggi - (v / 5) * tinggi} stroke="var(--mantine-color-gray-2)" />
          ))}
          {minggu.map((m, i) => (
            <g key={m.minggu}>
              <title>{`${m.minggu}: ${ASPEK_LAYANAN.map((a) => `${ASPEK_LAYANAN_INFO[a].label} ${angka(m.rataRata[a])}`).join(', ')} (${m.jumlah})`}</title>
              {ASPEK_LAYANAN.map((a, j) => {
                const h = (m.rataRata[a] / 5) * tinggi;
                return <rect key={a} x={i * kolom + 4 + j * bar} y={tinggi - h} width={bar - 1} height={h} fill={HEX[a]} rx={1} />;
              })}
              <text x={i * kolom + kolom / 2} y={tinggi + 13} fontSize={9} textAnchor="middle" fill="var(--mantine-color-dimmed)">
                {m.minggu.slice(5)}
              </text>
              <text x={i * kolom + kolom / 2} y={tinggi + 26} fontSize={9} textAnchor="middle" fill="var(--mantine-color-dimmed)">
                n={m.jumlah}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <Group gap="sm">
        {ASPEK_LAYANAN.map((a) => (
          <Group key={a} gap={4}>
            <span style={{ width: 10, height: 10, background: HEX[a], display: 'inline-block', borderRadius: 2 }} />
            <Text size="xs">{ASPEK_LAYANAN_INFO[a].label}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}

export const formatRata = angka;
