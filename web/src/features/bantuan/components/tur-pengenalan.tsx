import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { kontenQuery, peranDariRoles, turQuery, useSelesaikanTur } from '../api/bantuan';

export interface TurPengenalanProps {
  /** The account's roles (`me.roles`): which steps to show until GET /bantuan/tur names the guides that fit (pejabat penilai included). */
  roles: readonly string[];
  /** Whether this account already finished the tour; when omitted the component reads GET /bantuan/tur itself. */
  selesai?: boolean;
  /** Show it even when finished (replaying from the help page). */
  paksa?: boolean;
  /** Called when the tour closes (finished or skipped). */
  onTutup?: () => void;
}

/**
 * The first-login tour: a few short steps for the account's roles, shown until the account
 * finishes or skips it. Remembered on the server (POST /bantuan/tur/selesai), so it is shown once
 * per account on any device.
 */
export function TurPengenalan({ roles, selesai, paksa = false, onTutup }: TurPengenalanProps): JSX.Element | null {
  const { t } = useTranslation();
  const status = useQuery({ ...turQuery, enabled: selesai === undefined || paksa });
  const konten = useQuery(kontenQuery);
  const tandai = useSelesaikanTur();
  const [langkah, setLangkah] = useState(0);
  const [ditutup, setDitutup] = useState(false);

  const sudah = selesai ?? status.data?.selesai;
  const tampil = !ditutup && (paksa || sudah === false);
  if (!tampil || !konten.data) return null;

  const peran = status.data?.peran ?? peranDariRoles(roles);
  const langkahTur = konten.data.tur.filter((l) => !l.peran || l.peran.some((p) => peran.includes(p)));
  const i = Math.min(langkah, langkahTur.length - 1);
  const kini = langkahTur[i]!;
  const terakhir = i === langkahTur.length - 1;

  const tutup = () => {
    tandai.mutate(undefined, {
      onSuccess: () => {
        setDitutup(true);
        setLangkah(0);
        onTutup?.();
      },
    });
  };

  return (
    <Modal opened onClose={tutup} title={t('bantuan.tur.judul')} centered closeButtonProps={{ 'aria-label': t('bantuan.tur.lewati') }} data-testid="tur-pengenalan">
      <Stack gap="sm">
        <Progress value={((i + 1) / langkahTur.length) * 100} size="sm" aria-hidden />
        <Text size="xs" c="dimmed">
          {t('bantuan.tur.langkahKe', { n: i + 1, total: langkahTur.length })}
        </Text>
        <Text fw={700} data-testid="tur-judul">
          {kini.judul}
        </Text>
        <Text size="sm">{kini.isi}</Text>
        <ErrorAlert error={tandai.error} />
        <Group justify="space-between" gap="xs">
          <Button variant="subtle" onClick={tutup} loading={tandai.isPending && !terakhir}>
            {t('bantuan.tur.lewati')}
          </Button>
          <Group gap="xs">
            {i > 0 ? (
              <Button variant="default" onClick={() => setLangkah(i - 1)}>
                {t('bantuan.tur.kembali')}
              </Button>
            ) : null}
            {terakhir ? (
              <Button onClick={tutup} loading={tandai.isPending}>
                {t('bantuan.tur.selesai')}
              </Button>
            ) : (
              <Button onClick={() => setLangkah(i + 1)}>{t('bantuan.tur.lanjut')}</Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
