import { Alert, Badge, Button, Card, Group, Modal, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { JENIS_PENGHARGAAN } from '@capaian/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { fieldError } from '@/lib/api-client';
import { formatNip } from '@/lib/format';
import { useTambahCalon, usulanQuery, type JenisPenghargaan, type Ronde, type Usulan } from '../api/penghargaan';
import { GalatRonde } from './galat-ronde';
import { jenisLabel, predikatLabel, PredikatBadge } from './labels';

/** Suggestions shown at first, and added by each "show more". */
const PER_HALAMAN = 20;

/** Making one suggested pegawai a candidate: the kind of award and an optional reason. */
function JadikanCalonForm({ r, u, onClose }: { r: Ronde; u: Usulan; onClose: () => void }) {
  const { t } = useTranslation();
  const [jenis, setJenis] = useState<JenisPenghargaan | null>(null);
  const [alasan, setAlasan] = useState('');
  const [lokal, setLokal] = useState<string | undefined>();
  const m = useTambahCalon(r.id, onClose);
  // A refusal naming the pegawai (e.g. below the round's minimum) is the answer to this form: shown as such.
  const ditolak = fieldError(m.error, 'pegawaiId');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!jenis) return setLokal(t('penghargaan.usulan.pilihJenis'));
    setLokal(undefined);
    m.mutate({ pegawaiId: u.pegawai.id, jenis, ...(alasan.trim() ? { alasan: alasan.trim() } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <div>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {u.pegawai.nama}
          </Text>
          <Text size="xs" c="dimmed">
            NIP {formatNip(u.pegawai.nip)} · {t('penghargaan.usulan.peringkatPredikat', { n: u.peringkat, predikat: predikatLabel(u.predikat) })}
          </Text>
        </div>
        {u.rekomendasiTim ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t('penghargaan.usulan.rekomendasiTim')}: {u.rekomendasiTim}
          </Text>
        ) : null}
        <Radio.Group label={t('penghargaan.jenis')} required value={jenis} onChange={(v) => setJenis(JENIS_PENGHARGAAN.find((j) => j === v) ?? null)} error={lokal ?? fieldError(m.error, 'jenis')}>
          <Stack gap={6} mt={4}>
            {JENIS_PENGHARGAAN.map((j) => (
              <Radio key={j} value={j} label={jenisLabel(j)} data-testid={`calon-jenis-${j}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('penghargaan.alasan')}
          description={t('penghargaan.usulan.alasanHint')}
          autosize
          minRows={2}
          maxLength={1000}
          value={alasan}
          onChange={(e) => setAlasan(e.currentTarget.value)}
          error={fieldError(m.error, 'alasan')}
          data-testid="calon-alasan"
        />
        {ditolak ? (
          <Alert color="red" variant="light" role="alert" title={t('penghargaan.usulan.ditolak')} data-testid="calon-ditolak">
            <Text size="sm">{ditolak}</Text>
          </Alert>
        ) : (
          <GalatRonde error={m.error} onMuatUlang={m.reset} testId="calon-galat" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={m.isPending} data-testid="calon-kirim">
            {t('penghargaan.usulan.jadikanCalon')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function UsulanCard({ u, seri, onPilih }: { u: Usulan; seri: boolean; onPilih: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="sm" data-testid="usulan-item" data-pegawai-id={u.pegawai.id} data-nip={u.pegawai.nip} data-peringkat={u.peringkat} data-sudah-calon={u.sudahCalon} data-seri={seri}>
      <Group justify="space-between" gap="sm" wrap="wrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Text
            fw={700}
            size="sm"
            miw={32}
            ta="right"
            title={seri ? t('penghargaan.usulan.seriKeterangan') : undefined}
            aria-label={seri ? t('penghargaan.usulan.peringkatSeriN', { n: u.peringkat }) : t('penghargaan.usulan.peringkatN', { n: u.peringkat })}
            data-testid="usulan-peringkat"
          >
            {seri ? `${u.peringkat}=` : u.peringkat}
          </Text>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="usulan-nama">
              {u.pegawai.nama}
            </Text>
            <Text size="xs" c="dimmed">
              NIP {formatNip(u.pegawai.nip)}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[u.pegawai.jabatan, u.pegawai.unit].filter(Boolean).join(' · ')}
            </Text>
            <Group gap={6} wrap="wrap" mt={2}>
              <PredikatBadge predikat={u.predikat} />
              {u.rekomendasiTim ? (
                <Badge color="grape" variant="light" size="sm" style={{ textTransform: 'none' }} data-testid="usulan-rekomendasi">
                  {t('penghargaan.usulan.rekomendasiTim')}
                </Badge>
              ) : null}
              {u.sudahCalon ? (
                <Badge color="gray" variant="light" size="sm" style={{ textTransform: 'none' }} data-testid="usulan-sudah-calon">
                  {t('penghargaan.usulan.sudahCalon')}
                </Badge>
              ) : null}
            </Group>
            {u.rekomendasiTim ? (
              <Text size="xs" c="dimmed" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                {u.rekomendasiTim}
              </Text>
            ) : null}
          </Stack>
        </Group>
        <Button size="compact-sm" variant={u.sudahCalon ? 'default' : 'light'} onClick={onPilih} data-testid="usulan-jadikan-calon">
          {t('penghargaan.usulan.jadikanCalon')}
        </Button>
      </Group>
    </Card>
  );
}

/** Whether a suggestion matches the search (name, or NIP with or without its spaces). */
function cocok(u: Usulan, q: string): boolean {
  const s = q.trim().toLowerCase();
  if (!s) return true;
  return u.pegawai.nama.toLowerCase().includes(s) || u.pegawai.nip.includes(s.replace(/\s+/g, ''));
}

/**
 * The final results the round could take, ranked, with the tim penilai's recommendations; each
 * can be made a candidate (several kinds for one pegawai are allowed, one of each).
 */
export function UsulanBagian({ r }: { r: Ronde }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(usulanQuery(r.id, r.can.tambahCalon));
  const [q, setQ] = useState('');
  const [batas, setBatas] = useState(PER_HALAMAN);
  const [pilih, setPilih] = useState<Usulan | null>(null);
  const items = (data?.items ?? []).filter((u) => cocok(u, q));
  // A rank several results share (equal on the predikat and every tie-break) is shown as "1=".
  const perPeringkat = new Map<number, number>();
  for (const u of data?.items ?? []) perPeringkat.set(u.peringkat, (perPeringkat.get(u.peringkat) ?? 0) + 1);
  const tampil = items.slice(0, batas);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="usulan-judul" data-testid="usulan-bagian">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="md" id="usulan-judul">
            {t('penghargaan.usulan.judul')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('penghargaan.usulan.keterangan', { predikat: predikatLabel(r.predikatMinimum) })}
          </Text>
        </div>
        {isPending ? (
          <Loading />
        ) : error ? (
          <ErrorAlert error={error} />
        ) : data.items.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="usulan-kosong">
            {t('penghargaan.usulan.kosong')}
          </Text>
        ) : (
          <>
            <TextInput
              label={t('common.search')}
              placeholder={t('penghargaan.usulan.cariPlaceholder')}
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setBatas(PER_HALAMAN);
              }}
              maw={360}
              data-testid="usulan-cari"
            />
            <Text size="xs" c="dimmed" data-testid="usulan-jumlah">
              {q.trim() ? t('penghargaan.usulan.jumlahCocok', { n: items.length, total: data.items.length }) : t('penghargaan.usulan.jumlah', { n: data.items.length })}
            </Text>
            <Stack gap="xs" data-testid="usulan-list">
              {tampil.map((u) => (
                <UsulanCard key={`${u.pegawai.id}-${u.evaluasiId}`} u={u} seri={(perPeringkat.get(u.peringkat) ?? 0) > 1} onPilih={() => setPilih(u)} />
              ))}
            </Stack>
            {items.length > tampil.length ? (
              <Group>
                <Button variant="subtle" size="compact-sm" onClick={() => setBatas((b) => b + PER_HALAMAN)} data-testid="usulan-lagi">
                  {t('penghargaan.usulan.lagi', { n: Math.min(PER_HALAMAN, items.length - tampil.length) })}
                </Button>
              </Group>
            ) : null}
          </>
        )}
      </Stack>
      <Modal opened={!!pilih} onClose={() => setPilih(null)} title={t('penghargaan.usulan.jadikanCalonJudul')} centered>
        {pilih ? <JadikanCalonForm key={pilih.pegawai.id} r={r} u={pilih} onClose={() => setPilih(null)} /> : null}
      </Modal>
    </Paper>
  );
}
