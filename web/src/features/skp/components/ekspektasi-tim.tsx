import { BERAKHLAK } from '@capaian/domain';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { ekspektasiTim } from '../api/skp';

function EkspektasiTimForm({ tahun, onClose }: { tahun: number; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (ekspektasi: Record<string, string>) => ekspektasiTim(tahun, ekspektasi),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['skp'] });
    },
  });
  const filled = Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== ''));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate(filled);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        {mutation.data ? (
          <Alert color="green" data-testid="skp-ekspektasi-tim-hasil">
            {t('skp.ekspektasiTimHasil', { diperbarui: mutation.data.diperbarui, dilewati: mutation.data.dilewati })}
          </Alert>
        ) : null}
        {BERAKHLAK.map((b) => (
          <Textarea
            key={b.kode}
            label={b.nama}
            autosize
            minRows={2}
            value={draft[b.kode] ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setDraft((d) => ({ ...d, [b.kode]: v }));
            }}
            error={fieldError(mutation.error, `ekspektasi.${b.kode}`)}
            data-testid={`skp-ekspektasi-tim-${b.kode}`}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {mutation.data ? t('common.close') : t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={Object.keys(filled).length === 0} data-testid="skp-ekspektasi-tim-simpan">
            {t('skp.ekspektasiTimSimpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Ekspektasi tim": the superior's expectation per BerAKHLAK value, applied to all subordinates' SKP at once. */
export function EkspektasiTimButton({ tahun }: { tahun: number }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="sm" variant="light" onClick={() => setOpened(true)} data-testid="skp-ekspektasi-tim">
        {t('skp.ekspektasiTim')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('skp.ekspektasiTimTitle', { tahun })} size="lg">
        {opened ? <EkspektasiTimForm key={tahun} tahun={tahun} onClose={() => setOpened(false)} /> : null}
      </Modal>
    </>
  );
}
