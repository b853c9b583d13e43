import { Alert, Button, Card, Group, NumberInput, SegmentedControl, Input, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { fieldError } from '@/lib/api-client';
import { AturanPenilaianCard } from '../components/aturan-penilaian';
import { PERIODE_KINERJA, pengaturanKeys, pengaturanQuery, simpanPengaturan, type Pengaturan, type PeriodeKinerja } from '../api/pengaturan';

const isPeriode = (v: string): v is PeriodeKinerja => (PERIODE_KINERJA as readonly string[]).includes(v);

function Form({ data }: { data: Pengaturan }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [periode, setPeriode] = useState<PeriodeKinerja>(data.periodeKinerja);
  const [hari, setHari] = useState<number | string>(data.pengingatRealisasiHari);
  useEffect(() => {
    setPeriode(data.periodeKinerja);
    setHari(data.pengingatRealisasiHari);
    // Only when these two change: saving the aturan penilaian below keeps what is typed here.
  }, [data.periodeKinerja, data.pengingatRealisasiHari]);
  const m = useMutation({
    mutationFn: () => simpanPengaturan({ periodeKinerja: periode, pengingatRealisasiHari: typeof hari === 'number' ? hari : Number(hari) }),
    onSuccess: (d) => queryClient.setQueryData(pengaturanKeys.pengaturan, d),
  });
  const readOnly = !data.can.ubah;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    m.mutate();
  };
  return (
    <Card withBorder radius="md" padding="md" maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} fz="h4">
            {t('pengaturan.pelaksanaan')}
          </Title>
          {readOnly ? (
            <Alert color="gray" data-testid="pengaturan-baca">
              {t('pengaturan.hanyaBaca')}
            </Alert>
          ) : null}
          <Input.Wrapper
            label={t('pengaturan.periodeKinerja')}
            description={t('pengaturan.periodeKinerjaHint')}
            error={fieldError(m.error, 'periodeKinerja')}
            id="periode-kinerja"
          >
            <SegmentedControl
              id="periode-kinerja"
              mt={6}
              fullWidth
              disabled={readOnly}
              value={periode}
              onChange={(v) => isPeriode(v) && setPeriode(v)}
              data={PERIODE_KINERJA.map((p) => ({ value: p, label: t(`pengaturan.periode.${p}`) }))}
              data-testid="pengaturan-periode"
            />
          </Input.Wrapper>
          <NumberInput
            label={t('pengaturan.pengingat')}
            description={t('pengaturan.pengingatHint')}
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            maw={360}
            disabled={readOnly}
            value={hari}
            onChange={setHari}
            suffix={` ${t('pengaturan.hari')}`}
            error={fieldError(m.error, 'pengingatRealisasiHari')}
            data-testid="pengaturan-pengingat"
          />
          <ErrorAlert error={m.error} hideWhenFieldsOnly />
          {m.isSuccess ? (
            <Text size="sm" c="green.8" role="status" data-testid="pengaturan-tersimpan">
              {t('common.saved')}
            </Text>
          ) : null}
          {!readOnly ? (
            <Group>
              <Button type="submit" loading={m.isPending} data-testid="pengaturan-simpan">
                {t('common.save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}

/** Settings of the instansi (BKPSDM): the execution phase, and the aturan penilaian from the next period. */
export function PengaturanPage(): JSX.Element {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery(pengaturanQuery);
  return (
    <>
      <PageHeader title={t('pengaturan.title')} description={t('pengaturan.description')} />
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (
        <Stack gap="lg">
          <Form data={data} />
          <AturanPenilaianCard data={data} />
        </Stack>
      )}
    </>
  );
}
