import { Alert, Button, Card, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { BERAKHLAK_KODE, HUBUNGAN_360_LABEL } from '@capaian/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { AnchorLink } from '@/components/links';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { jawabKuesioner, keys360, kuesionerQuery, type JawabanInput } from '../api/survei-360';

type Skor = JawabanInput['skor'];
/** Every BerAKHLAK value scored (the API refuses a partial answer). */
const lengkap = (s: Partial<Skor>): s is Skor => BERAKHLAK_KODE.every((k) => s[k] !== undefined);

const route = getRouteApi('/app/360/kuesioner/$id');

/** The nominee answers the BerAKHLAK questionnaire once; the answer is stored without their name. */
export function Kuesioner360Page(): JSX.Element {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const qc = useQueryClient();
  const q = useQuery(kuesionerQuery(id));
  const [skor, setSkor] = useState<Partial<Skor>>({});
  const [saran, setSaran] = useState('');
  const [kurang, setKurang] = useState(false);
  const m = useMutation({
    mutationFn: (semua: Skor) => jawabKuesioner(id, { skor: semua, saran: saran.trim() || null }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys360.all }),
  });

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const k = q.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (k.pertanyaan.some((p) => !skor[p.kode]) || !lengkap(skor)) {
      setKurang(true);
      return;
    }
    setKurang(false);
    m.mutate(skor);
  };

  const selesai = m.isSuccess || k.sudahMenjawab;
  return (
    <>
      <PageHeader title={t('survei360.kuesioner.judul')} description={`${k.subjek.nama} — ${k.subjek.jabatan} · ${HUBUNGAN_360_LABEL[k.hubungan]} · ${k.periode.label}`} />
      {selesai ? (
        <Alert color="green" variant="light" role="status" data-testid="kuesioner-selesai">
          <Stack gap="xs">
            <Text size="sm">{t('survei360.kuesioner.terimaKasih')}</Text>
            <AnchorLink to="/360" search={{ peran: 'jawab' }} size="sm">
              {t('common.back')}
            </AnchorLink>
          </Stack>
        </Alert>
      ) : !k.can.jawab ? (
        <Alert color="gray">{t('survei360.kuesioner.tidakBisa')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={720}>
            <Text size="sm" c="dimmed">
              {t('survei360.anonim')}
            </Text>
            {k.pertanyaan.map((p) => (
              <Card key={p.kode} withBorder padding="sm" radius="md">
                <Radio.Group
                  label={p.nilai}
                  description={p.pernyataan}
                  value={skor[p.kode] ? String(skor[p.kode]) : null}
                  onChange={(v) => setSkor((s) => ({ ...s, [p.kode]: Number(v) }))}
                  error={kurang && !skor[p.kode] ? t('survei360.kuesioner.wajib') : undefined}
                  data-testid={`kuesioner-${p.kode}`}
                >
                  <Stack gap={6} mt="xs">
                    {k.skala.map((s) => (
                      <Radio key={s.nilai} value={String(s.nilai)} label={`${s.nilai} — ${s.label}`} />
                    ))}
                  </Stack>
                </Radio.Group>
              </Card>
            ))}
            <Textarea label={t('survei360.kuesioner.saran')} value={saran} onChange={(e) => setSaran(e.currentTarget.value)} maxLength={1000} autosize minRows={3} />
            <ErrorAlert error={m.error} />
            <Group>
              <Button type="submit" loading={m.isPending} data-testid="kuesioner-kirim">
                {t('survei360.kuesioner.kirim')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </>
  );
}
