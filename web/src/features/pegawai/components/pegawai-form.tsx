import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError } from '@/lib/api-client';
import { GOLONGAN_PNS, GOLONGAN_PPPK, JENIS_ASN, PANGKAT_PNS, STATUS_PEGAWAI, STATUS_PEGAWAI_LABEL, isOneOf, labelOf } from '@/lib/labels';
import type { PegawaiBody, PegawaiDetail } from '../api/pegawai';
import { JabatanSelect, type JabatanValue } from './jabatan-select';

interface PegawaiFormProps {
  initial?: PegawaiDetail;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: PegawaiBody) => void;
  onCancel: () => void;
}

function golonganData(jenisAsn: string) {
  if (jenisAsn === 'PPPK') return [...GOLONGAN_PPPK];
  return GOLONGAN_PNS.map((g) => ({ value: g, label: `${g} — ${PANGKAT_PNS[g]}` }));
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export function PegawaiForm({ initial, submitting, error, onSubmit, onCancel }: PegawaiFormProps) {
  const { t } = useTranslation();
  const [nip, setNip] = useState(initial?.nip ?? '');
  const [nama, setNama] = useState(initial?.nama ?? '');
  const [gelarDepan, setGelarDepan] = useState(initial?.gelarDepan ?? '');
  const [gelarBelakang, setGelarBelakang] = useState(initial?.gelarBelakang ?? '');
  const [jenisAsn, setJenisAsn] = useState<PegawaiBody['jenisAsn']>(isOneOf(JENIS_ASN, initial?.jenisAsn) ? initial.jenisAsn : 'PNS');
  const [golongan, setGolongan] = useState<string | null>(initial?.golongan ?? null);
  const [jabatan, setJabatan] = useState<JabatanValue | null>(
    initial ? { id: initial.jabatanId, label: `${initial.jabatanNama} — ${initial.unitNama}` } : null,
  );
  const [tmtJabatan, setTmtJabatan] = useState(initial?.tmtJabatan ?? '');
  const [status, setStatus] = useState<NonNullable<PegawaiBody['status']>>(isOneOf(STATUS_PEGAWAI, initial?.status) ? initial.status : 'AKTIF');
  const [email, setEmail] = useState(initial?.email ?? '');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSubmit({
      nip: nip.replace(/\s+/g, ''),
      nama: nama.trim(),
      gelarDepan: orNull(gelarDepan),
      gelarBelakang: orNull(gelarBelakang),
      jenisAsn,
      golongan: golongan ?? '',
      jabatanId: jabatan?.id ?? '',
      tmtJabatan: orNull(tmtJabatan),
      status,
      email: orNull(email),
    });
  };

  const fe = (field: string) => fieldError(error, field);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} hideWhenFieldsOnly />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('pegawai.nip')}
            value={nip}
            onChange={(e) => setNip(e.currentTarget.value)}
            inputMode="numeric"
            maxLength={24}
            error={fe('nip')}
          />
          <TextInput label={t('pegawai.namaTanpaGelar')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={fe('nama')} />
          <TextInput
            label={t('pegawai.gelarDepan')}
            value={gelarDepan}
            onChange={(e) => setGelarDepan(e.currentTarget.value)}
            error={fe('gelarDepan')}
          />
          <TextInput
            label={t('pegawai.gelarBelakang')}
            value={gelarBelakang}
            onChange={(e) => setGelarBelakang(e.currentTarget.value)}
            error={fe('gelarBelakang')}
          />
          <Select
            label={t('pegawai.jenisAsn')}
            data={[...JENIS_ASN]}
            value={jenisAsn}
            allowDeselect={false}
            onChange={(v) => {
              setJenisAsn(isOneOf(JENIS_ASN, v) ? v : 'PNS');
              setGolongan(null);
            }}
            error={fe('jenisAsn')}
          />
          <Select
            label={t('pegawai.golongan')}
            data={golonganData(jenisAsn)}
            value={golongan}
            onChange={setGolongan}
            searchable
            error={fe('golongan')}
          />
          <JabatanSelect value={jabatan} onChange={setJabatan} error={fe('jabatanId')} />
          <TextInput
            label={t('pegawai.tmtJabatan')}
            type="date"
            value={tmtJabatan}
            onChange={(e) => setTmtJabatan(e.currentTarget.value)}
            error={fe('tmtJabatan')}
          />
          <Select
            label={t('pegawai.status')}
            data={STATUS_PEGAWAI.map((s) => ({ value: s, label: labelOf(STATUS_PEGAWAI_LABEL, s) }))}
            value={status}
            allowDeselect={false}
            onChange={(v) => setStatus(isOneOf(STATUS_PEGAWAI, v) ? v : 'AKTIF')}
            error={fe('status')}
          />
          <TextInput
            label={t('pegawai.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fe('email')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
