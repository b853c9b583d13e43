import { Alert, Anchor, Badge, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PREDIKAT_LABEL } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { formatTanggal, formatWaktu } from '@/lib/format';
import { useLabelStatus } from '@/lib/labels';
import { sayaQuery } from '../api/beranda';

/** The pegawai's own home: this month against the rencana aksi, what is due, new feedback, the last result. */
export function BerandaSaya({ zonaWaktu }: { zonaWaktu: string }): JSX.Element {
  const { t } = useTranslation();
  const labelStatus = useLabelStatus();
  const q = useQuery(sayaQuery());
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const b = q.data;
  const persen = b.progres.rencanaAksi ? Math.round((b.progres.tercapai / b.progres.rencanaAksi) * 100) : 0;
  const hasil = b.hasilTerakhir;
  return (
    <Stack gap="sm" data-testid="beranda-saya">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Paper withBorder p="sm" radius="md" component={Link} to="/progres" style={{ textDecoration: 'none', color: 'inherit' }} data-testid="beranda-saya-progres">
          <Text size="xs" c="dimmed">
            {t('beranda.saya.progres')}
          </Text>
          <Text fw={700} fz={28} lh={1.3}>
            {t('beranda.saya.tercapai', { n: b.progres.tercapai, dari: b.progres.rencanaAksi })}
          </Text>
          <Progress value={persen} size="sm" mt={4} aria-label={t('beranda.saya.progres')} />
          <Text size="xs" c="dimmed" mt={4}>
            {t('beranda.saya.entri', { n: b.progres.entri })} · {b.progres.terakhirLapor ? t('beranda.saya.terakhir', { tanggal: formatTanggal(b.progres.terakhirLapor) }) : t('beranda.saya.belumPernah')}
          </Text>
        </Paper>
        <Paper withBorder p="sm" radius="md" component={Link} to="/umpan-balik" style={{ textDecoration: 'none', color: 'inherit' }} data-testid="beranda-saya-umpan-balik">
          <Text size="xs" c="dimmed">
            {t('beranda.saya.umpanBalik')}
          </Text>
          <Text fw={700} fz={28} lh={1.3} c={b.umpanBalikBaru ? 'blue' : undefined}>
            {b.umpanBalikBaru}
          </Text>
          <Text size="xs" c="dimmed">
            {t('beranda.saya.umpanBalikKet')}
          </Text>
        </Paper>
        <Paper withBorder p="sm" radius="md" data-testid="beranda-saya-skp">
          <Text size="xs" c="dimmed">
            {t('beranda.saya.skp', { tahun: b.tahun })}
          </Text>
          {b.skp ? (
            <AnchorLink to="/skp/$id" params={{ id: b.skp.id }} fw={700} fz="lg">
              {labelStatus(b.skp.status, b.skp.statusLabel)}
            </AnchorLink>
          ) : (
            <AnchorLink to="/skp" fw={700} fz="lg">
              {t('beranda.saya.skpBelum')}
            </AnchorLink>
          )}
        </Paper>
      </SimpleGrid>

      <Paper withBorder p="sm" radius="md">
        <Title order={2} fz="md" mb={6}>
          {t('beranda.saya.tenggat')}
        </Title>
        {b.tenggat.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="beranda-saya-tenggat-kosong">
            {t('beranda.saya.tenggatKosong')}
          </Text>
        ) : (
          <List spacing={4} size="sm" data-testid="beranda-saya-tenggat">
            {b.tenggat.map((x) => (
              <List.Item key={`${x.label}-${x.tanggal}`}>
                <Group gap={6} wrap="wrap">
                  {x.tautan ? (
                    <Anchor href={x.tautan} size="sm">
                      {x.label}
                    </Anchor>
                  ) : (
                    <Text size="sm">{x.label}</Text>
                  )}
                  <Badge size="sm" variant="light" color={x.lewat ? 'red' : 'gray'}>
                    {x.lewat ? t('beranda.lewat', { tanggal: formatTanggal(x.tanggal) }) : formatTanggal(x.tanggal)}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>

      {hasil ? (
        <Alert color={hasil.keberatan?.terbuka ? 'yellow' : 'blue'} title={t('beranda.saya.hasil', { periode: hasil.periode })} data-testid="beranda-saya-hasil">
          <Stack gap={4}>
            <Text size="sm">
              {t('beranda.saya.predikat')}: <b>{PREDIKAT_LABEL[hasil.predikat]}</b> ·{' '}
              <AnchorLink to="/penilaian/evaluasi/$id" params={{ id: hasil.evaluasiId }} size="sm">
                {t('beranda.saya.lihatHasil')}
              </AnchorLink>
            </Text>
            {hasil.keberatan ? (
              <Text size="sm" data-testid="beranda-saya-keberatan">
                {hasil.keberatan.terbuka ? t('beranda.saya.keberatanTerbuka', { sampai: formatWaktu(hasil.keberatan.sampai, zonaWaktu) }) : t('beranda.saya.keberatanTutup', { sampai: formatWaktu(hasil.keberatan.sampai, zonaWaktu) })}
              </Text>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
