import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNip, formatTanggal } from '@/lib/format';
import {
  JENIS_JABATAN_LABEL,
  JENJANG_LABEL,
  ROLE_LABEL,
  STATUS_PEGAWAI_LABEL,
  labelOf,
  pangkatGolonganLabel,
} from '@/lib/labels';
import type { Atasan, PegawaiRingkas } from '@capaian/contract/organisasi';
import type { PegawaiDetail } from '@capaian/contract/pegawai';
import { DefinitionList } from './definition-list';

function jabatanLabel(p: PegawaiDetail): string {
  const jenjang = p.jenjang ? labelOf(JENJANG_LABEL, p.jenjang) : null;
  const jenis = labelOf(JENIS_JABATAN_LABEL, p.jenisJabatan);
  return jenjang ? `${jenis} — ${jenjang}` : jenis;
}

export function pangkatGolongan(golongan: string, pangkat: string | null): string {
  if (pangkat) return `${pangkat} (${golongan})`;
  return pangkatGolonganLabel(golongan) ?? golongan;
}

function ActingBadge({ sebagai }: { sebagai: PegawaiRingkas['sebagai'] }) {
  if (sebagai === 'DEFINITIF') return null;
  return (
    <Badge color="orange" variant="light" size="sm" data-testid="badge-plt">
      {sebagai === 'PLT' ? 'Plt' : 'Plh'}
    </Badge>
  );
}

interface PersonProps {
  label: string;
  person: PegawaiRingkas | null;
  fallback: { nama: string | null; jabatan: string } | null;
  testId: string;
}

function AtasanPerson({ label, person, fallback, testId }: PersonProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {person ? (
        <>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
              {person.namaLengkap}
            </Text>
            <ActingBadge sebagai={person.sebagai} />
          </Group>
          <Text size="sm" c="dimmed">
            NIP {formatNip(person.nip)}
          </Text>
          <Text size="sm">{person.jabatanNama}</Text>
          <Text size="sm" c="dimmed">
            {person.unitNama}
          </Text>
        </>
      ) : fallback ? (
        <>
          <Text fw={600} data-testid={testId}>
            {fallback.nama ?? fallback.jabatan}
          </Text>
          {fallback.nama ? <Text size="sm">{fallback.jabatan}</Text> : null}
        </>
      ) : (
        <Text c="dimmed" data-testid={testId}>
          {t('profil.belumAda')}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Pejabat penilai and atasan pejabat penilai. When the chain ends at the head of the
 * region, the kepala daerah takes the highest empty place.
 */
export function AtasanCard({ atasan }: { atasan: Atasan }) {
  const { t } = useTranslation();
  const penilaiFallback = atasan.pejabatPenilai ? null : atasan.kepalaDaerah;
  const atasanFallback = atasan.pejabatPenilai && !atasan.atasanPejabatPenilai ? atasan.kepalaDaerah : null;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="atasan-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="atasan-title">
          {t('profil.atasanTitle')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('profil.atasanPer', { tanggal: formatTanggal(atasan.tanggal) })}
        </Text>
      </Group>
      <Stack gap="lg">
        <AtasanPerson label={t('profil.pejabatPenilai')} person={atasan.pejabatPenilai} fallback={penilaiFallback} testId="atasan-penilai" />
        <AtasanPerson
          label={t('profil.atasanPejabatPenilai')}
          person={atasan.atasanPejabatPenilai}
          fallback={atasanFallback}
          testId="atasan-atasan"
        />
      </Stack>
    </Card>
  );
}

/** Everything about one pegawai: personnel data, atasan, acting assignments and account. */
export function PegawaiProfile({ pegawai: p }: { pegawai: PegawaiDetail }) {
  const { t } = useTranslation();
  const items = [
    { label: t('profil.nip'), value: formatNip(p.nip), testId: 'profil-nip' },
    { label: t('profil.namaLengkap'), value: p.namaLengkap, testId: 'profil-nama' },
    {
      label: p.jenisAsn === 'PNS' ? t('profil.pangkatGolongan') : t('profil.golongan'),
      value: p.jenisAsn === 'PNS' ? pangkatGolongan(p.golongan, p.pangkat) : p.golongan,
    },
    { label: t('profil.jabatan'), value: p.jabatanNama, testId: 'profil-jabatan' },
    { label: t('profil.jenisJabatan'), value: jabatanLabel(p) },
    { label: t('profil.unitKerja'), value: p.unitNama, testId: 'profil-unit' },
    { label: t('profil.perangkatDaerah'), value: p.perangkatDaerahNama ?? '—' },
    { label: t('profil.jenisAsn'), value: p.jenisAsn },
    { label: t('profil.status'), value: labelOf(STATUS_PEGAWAI_LABEL, p.status) },
    { label: t('profil.tmtJabatan'), value: formatTanggal(p.tmtJabatan) },
    { label: t('profil.tanggalLahir'), value: formatTanggal(p.tanggalLahir) },
    {
      label: t('profil.jenisKelamin'),
      value: p.jenisKelamin === 'L' ? t('profil.lakiLaki') : p.jenisKelamin === 'P' ? t('profil.perempuan') : '—',
    },
  ];
  if (p.email) items.push({ label: t('profil.email'), value: p.email, testId: 'profil-email' });

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="data-pegawai-title">
        <Title order={2} size="h4" mb="sm" id="data-pegawai-title">
          {t('profil.dataPegawai')}
        </Title>
        <DefinitionList items={items} />
      </Card>

      <AtasanCard atasan={p.atasan} />

      {p.plt.length > 0 ? (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="plt-title">
          <Title order={2} size="h4" mb="sm" id="plt-title">
            {t('profil.pltTitle')}
          </Title>
          <Stack gap="xs">
            {p.plt.map((a) => (
              <Group key={`${a.jabatanNama}-${a.tanggalMulai}`} gap="xs" wrap="wrap">
                <Badge color="orange" variant="light">
                  {a.jenis === 'PLT' ? 'Plt' : a.jenis === 'PLH' ? 'Plh' : a.jenis}
                </Badge>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {a.jabatanNama} — {a.unitNama} ({formatTanggal(a.tanggalMulai)} – {formatTanggal(a.tanggalSelesai)})
                </Text>
              </Group>
            ))}
          </Stack>
        </Card>
      ) : null}

      {p.akun ? (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="akun-title">
          <Title order={2} size="h4" mb="sm" id="akun-title">
            {t('profil.akunTitle')}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('profil.peran')}:
            </Text>
            {p.akun.roles.map((r) => (
              <Badge key={r} variant="light">
                {labelOf(ROLE_LABEL, r)}
              </Badge>
            ))}
          </Group>
        </Card>
      ) : null}
    </Stack>
  );
}
