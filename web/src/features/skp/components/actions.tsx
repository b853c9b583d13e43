import { Alert, Button, Group, List, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError, isApiError } from '@/lib/api-client';
import { aksi, dokumenUrl, kembalikan, revisi, tinjau, type KomentarInput, type SkpDetail } from '../api/skp';
import { isVersionConflict, useSkpMutation } from './use-skp-mutation';

type Aksi = 'ajukan' | 'tarik' | 'setujui' | 'tetapkan';

function KembalikanForm({ skp, onClose }: { skp: SkpDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [catatan, setCatatan] = useState('');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const mutation = useSkpMutation(
    skp.id,
    (v: { catatan: string; komentar: KomentarInput[] }) => kembalikan(skp.id, skp.rowVersion, v.catatan, v.komentar),
    () => onClose(),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const list: KomentarInput[] = [];
    for (const r of skp.hasilKerja) {
      const rn = notes[`RHK:${r.id}`]?.trim();
      if (rn) list.push({ targetJenis: 'RHK', targetId: r.id, pesan: rn });
      for (const i of r.indikator) {
        const n = notes[`INDIKATOR:${i.id}`]?.trim();
        if (n) list.push({ targetJenis: 'INDIKATOR', targetId: i.id, pesan: n });
      }
    }
    mutation.mutate({ catatan, komentar: list });
  };
  const note = (key: string, label: string, testId: string) => (
    <Textarea
      size="xs"
      autosize
      minRows={1}
      label={label}
      value={notes[key] ?? ''}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setNotes((n) => ({ ...n, [key]: v }));
      }}
      data-testid={testId}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <Textarea
          label={t('skp.catatan')}
          description={t('skp.catatanHint')}
          required
          autosize
          minRows={3}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          error={fieldError(mutation.error, 'catatan')}
          data-testid="skp-kembalikan-catatan"
        />
        {skp.hasilKerja.length > 0 ? (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('skp.komentarOpsional')}
            </Text>
            {skp.hasilKerja.map((r) => (
              <Paper key={r.id} withBorder p="xs">
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {r.uraian}
                </Text>
                {note(`RHK:${r.id}`, t('skp.komentarRhk'), 'skp-kembalikan-rhk')}
                {r.indikator.map((i) => (
                  <div key={i.id} style={{ paddingLeft: 12 }}>
                    {note(`INDIKATOR:${i.id}`, `${t('skp.komentarIndikator')}: ${i.uraian}`, 'skp-kembalikan-indikator')}
                  </div>
                ))}
              </Paper>
            ))}
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={mutation.isPending} data-testid="skp-kembalikan-kirim">
            {t('skp.kembalikan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The pengelola kinerja's review: an optional note, then the pejabat penilai may approve. */
function TinjauForm({ skp, onClose }: { skp: SkpDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [catatan, setCatatan] = useState('');
  const mutation = useSkpMutation(skp.id, (c: string | null) => tinjau(skp.id, skp.rowVersion, c), () => onClose());
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate(catatan.trim() || null);
      }}
      noValidate
    >
      <Stack>
        <Text size="sm">{t('skp.tinjauHint')}</Text>
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <Textarea
          label={t('skp.tinjauCatatan')}
          description={t('skp.tinjauCatatanHint')}
          autosize
          minRows={3}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          error={fieldError(mutation.error, 'catatan')}
          data-testid="skp-tinjau-catatan"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="cyan" loading={mutation.isPending} data-testid="skp-tinjau-kirim">
            {t('skp.tinjau')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RevisiForm({ skp, onClose }: { skp: SkpDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [alasan, setAlasan] = useState('');
  const mutation = useSkpMutation(skp.id, (a: string) => revisi(skp.id, a), (d) => {
    onClose();
    void navigate({ to: '/skp/$id', params: { id: d.id } });
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate(alasan);
      }}
      noValidate
    >
      <Stack>
        <Text size="sm">{t('skp.revisiHint')}</Text>
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <Textarea
          label={t('skp.alasan')}
          required
          autosize
          minRows={3}
          value={alasan}
          onChange={(e) => setAlasan(e.currentTarget.value)}
          error={fieldError(mutation.error, 'alasan')}
          data-testid="skp-revisi-alasan"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="skp-revisi-kirim">
            {t('skp.revisi')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SkpActions({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<'tinjau' | 'kembalikan' | 'revisi' | null>(null);
  const run = useSkpMutation(skp.id, (a: Aksi) => aksi(skp.id, a, skp.rowVersion));
  const busy = (a: Aksi) => run.isPending && run.variables === a;
  const button = (a: Aksi, label: string, color: string, variant: 'filled' | 'light' = 'filled') => (
    <Button
      key={a}
      color={color}
      variant={variant}
      loading={busy(a)}
      disabled={run.isPending && !busy(a)}
      onClick={() => run.mutate(a)}
      data-testid={`skp-${a}`}
    >
      {label}
    </Button>
  );

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {skp.can.ajukan ? button('ajukan', t('skp.ajukan'), 'blue') : null}
        {skp.can.tarik ? button('tarik', t('skp.tarik'), 'gray', 'light') : null}
        {skp.can.tinjau ? (
          <Button color="cyan" onClick={() => setModal('tinjau')} data-testid="skp-tinjau">
            {t('skp.tinjau')}
          </Button>
        ) : null}
        {skp.can.setujui ? button('setujui', t('skp.setujui'), 'green') : null}
        {skp.can.kembalikan ? (
          <Button color="orange" variant="light" onClick={() => setModal('kembalikan')} data-testid="skp-kembalikan">
            {t('skp.kembalikan')}
          </Button>
        ) : null}
        {skp.can.tetapkan ? button('tetapkan', t('skp.tetapkan'), 'teal') : null}
        {skp.can.revisi ? (
          <Button variant="light" onClick={() => setModal('revisi')} data-testid="skp-revisi">
            {t('skp.revisi')}
          </Button>
        ) : null}
        {skp.can.dokumen ? (
          <Button component="a" href={dokumenUrl(skp.id)} download variant="default" data-testid="skp-pdf">
            {t('skp.unduhPdf')}
          </Button>
        ) : null}
      </Group>
      {run.error ? (
        isVersionConflict(run.error) ? (
          <Alert color="yellow" role="alert" data-testid="skp-konflik">
            {run.error.message}
          </Alert>
        ) : isApiError(run.error) && Object.keys(run.error.fields).length > 0 ? (
          <Alert color="red" variant="light" role="alert" data-testid="skp-aksi-error" title={run.error.message}>
            <List size="sm">
              {Object.entries(run.error.fields).map(([k, v]) => (
                <List.Item key={k}>{v}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <ErrorAlert error={run.error} testId="skp-aksi-error" />
        )
      ) : null}
      <Modal opened={modal === 'tinjau'} onClose={() => setModal(null)} title={t('skp.tinjauTitle')}>
        {modal === 'tinjau' ? <TinjauForm skp={skp} onClose={() => setModal(null)} /> : null}
      </Modal>
      <Modal opened={modal === 'kembalikan'} onClose={() => setModal(null)} title={t('skp.kembalikanTitle')} size="lg">
        {modal === 'kembalikan' ? <KembalikanForm skp={skp} onClose={() => setModal(null)} /> : null}
      </Modal>
      <Modal opened={modal === 'revisi'} onClose={() => setModal(null)} title={t('skp.revisiTitle')}>
        {modal === 'revisi' ? <RevisiForm skp={skp} onClose={() => setModal(null)} /> : null}
      </Modal>
    </Stack>
  );
}
