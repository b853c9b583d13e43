import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { formatWaktu } from '@/lib/format';
import { meQueryOptions } from '@/lib/session';
import { komentar, type SkpDetail, type SkpDialog } from '../api/skp';
import { useSkpLabels } from './labels';
import { useSkpMutation } from './use-skp-mutation';

const COLOR: Readonly<Record<string, string>> = {
  KOMENTAR: 'gray',
  AJUKAN: 'blue',
  TINJAU: 'cyan',
  TARIK: 'gray',
  KEMBALIKAN: 'orange',
  SETUJUI: 'green',
  TETAPKAN: 'green',
  REVISI: 'yellow',
};

function targetOf(skp: SkpDetail, d: SkpDialog): string | null {
  if (d.targetJenis === 'RHK') return skp.hasilKerja.find((r) => r.id === d.targetId)?.uraian ?? null;
  if (d.targetJenis === 'INDIKATOR')
    for (const r of skp.hasilKerja) {
      const ind = r.indikator.find((i) => i.id === d.targetId);
      if (ind) return ind.uraian;
    }
  return null;
}

export function DialogSection({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const labels = useSkpLabels();
  const zona = useQuery(meQueryOptions).data?.instansi.zonaWaktu ?? 'WIB';
  const [pesan, setPesan] = useState('');
  const send = useSkpMutation(skp.id, (text: string) => komentar(skp.id, { targetJenis: 'SKP', targetId: null, pesan: text }), () => setPesan(''));

  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        {t('skp.dialog')}
      </Title>
      <Stack gap="xs" data-testid="skp-dialog">
        {skp.dialog.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('skp.dialogKosong')}
          </Text>
        ) : (
          skp.dialog.map((d) => {
            const target = targetOf(skp, d);
            return (
              <Paper key={d.id} withBorder p="xs" bg={d.targetJenis !== 'SKP' && d.jenis === 'KOMENTAR' ? 'yellow.0' : undefined} data-testid="skp-dialog-item" data-jenis={d.jenis}>
                <Group gap="xs" wrap="wrap">
                  <Badge size="sm" variant="light" color={COLOR[d.jenis] ?? 'gray'} style={{ textTransform: 'none' }}>
                    {labels.dialog(d.jenis)}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {d.penulis ?? '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatWaktu(d.waktu, zona)}
                  </Text>
                </Group>
                {target ? (
                  <Text size="xs" c="dimmed" mt={2} style={{ overflowWrap: 'anywhere' }}>
                    {d.targetJenis === 'RHK' ? t('skp.komentarRhk') : t('skp.komentarIndikator')}: {target}
                  </Text>
                ) : null}
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {d.pesan}
                </Text>
              </Paper>
            );
          })
        )}
      </Stack>
      {skp.can.komentar ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (pesan.trim()) send.mutate(pesan);
          }}
        >
          <Stack gap="xs">
            <ErrorAlert error={send.error} hideWhenFieldsOnly />
            <Textarea
              label={t('skp.komentar')}
              placeholder={t('skp.komentarPlaceholder')}
              autosize
              minRows={2}
              value={pesan}
              onChange={(e) => setPesan(e.currentTarget.value)}
              error={fieldError(send.error, 'pesan')}
              data-testid="skp-komentar-input"
            />
            <Button type="submit" w="fit-content" loading={send.isPending} disabled={!pesan.trim()} data-testid="skp-komentar-kirim">
              {t('skp.kirim')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
