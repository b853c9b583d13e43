import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PegawaiItem } from '@capaian/contract/pegawai';
import { ErrorAlert } from '@/components/error-alert';
import { isApiError } from '@/lib/api-client';
import { formatNip } from '@/lib/format';
import { ROLES, ROLE_LABEL, labelOf } from '@/lib/labels';
import { akunKeys, bolehMemberi, createAkun, pegawaiCariQuery, perangkatDaerahQuery, type AkunBaru, type RoleGrant } from '../api/akun';
import { TempPassword } from './temp-password';

const PENGELOLA = 'PENGELOLA_KINERJA';

interface CreateAkunModalProps {
  opened: boolean;
  /** The caller's roles: roles beyond them cannot be granted. */
  callerRoles: readonly string[];
  onClose: () => void;
}

const pegawaiLabel = (p: PegawaiItem) => `${p.namaLengkap} — ${formatNip(p.nip)}`;

/** Searchable pegawai picker: debounced GET /pegawai?q=…, options show nama, NIP and jabatan. */
function PegawaiPicker({
  value,
  onChange,
  error,
}: {
  value: PegawaiItem | null;
  onChange: (p: PegawaiItem | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Once a pegawai is picked the input shows its label; that is not a new search.
  const typed = value && search === pegawaiLabel(value) ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 300);
  const { data, isFetching, error: searchError } = useQuery(pegawaiCariQuery(q));

  const byId = useMemo(() => {
    const map = new Map<string, PegawaiItem>();
    for (const p of data?.items ?? []) map.set(p.id, p);
    if (value) map.set(value.id, value);
    return map;
  }, [data, value]);
  const options = useMemo(() => {
    const list = (data?.items ?? []).map((p) => ({ value: p.id, label: pegawaiLabel(p) }));
    if (value && !list.some((o) => o.value === value.id)) list.unshift({ value: value.id, label: pegawaiLabel(value) });
    return list;
  }, [data, value]);

  return (
    <Select
      label={t('akun.pegawai')}
      placeholder={t('akun.pegawaiPlaceholder')}
      description={value ? `${value.jabatanNama} · ${value.unitNama}` : t('akun.pegawaiHint')}
      data={options}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      searchable
      clearable
      withAsterisk
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: opts }) => opts}
      maxDropdownHeight={280}
      nothingFoundMessage={isFetching ? t('common.loading') : searchError ? searchError.message : t('akun.pegawaiNotFound')}
      renderOption={({ option }) => {
        const p = byId.get(option.value);
        return (
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={500}>
              {p?.namaLengkap ?? option.label}
            </Text>
            {p ? (
              <Text size="xs" c="dimmed">
                {formatNip(p.nip)} · {p.jabatanNama}
              </Text>
            ) : null}
          </div>
        );
      }}
      error={error}
      data-testid="akun-create-pegawai"
    />
  );
}

function CreateAkunForm({ callerRoles, onCreated, onCancel }: { callerRoles: readonly string[]; onCreated: (r: AkunBaru) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useQuery(perangkatDaerahQuery);
  const [pegawai, setPegawai] = useState<PegawaiItem | null>(null);
  const [roles, setRoles] = useState<string[]>([]);
  const [unitId, setUnitId] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (v: { pegawaiId: string; roles: RoleGrant[] }) => createAkun(v.pegawaiId, v.roles),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: akunKeys.all });
      onCreated(result);
    },
  });

  // Grants go in ROLES order so the API's "roles.N.…" field errors map back to a role.
  const grants: RoleGrant[] = ROLES.filter((r) => roles.includes(r)).map((role) => ({ role, unitId: role === PENGELOLA ? unitId : null }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    mutation.mutate({ pegawaiId: pegawai?.id ?? '', roles: grants });
  };

  const sent = mutation.variables?.roles ?? [];
  const fields = isApiError(mutation.error) ? mutation.error.fields : {};
  const shown = new Set<string>();
  const take = (key: string) => {
    const msg = fields[key];
    if (msg) shown.add(key);
    return msg;
  };
  // 'nip_dipakai' names the NIP: the picked pegawai's NIP is already registered elsewhere.
  const pegawaiApiError = take('pegawaiId') ?? take('nip');
  // Nothing picked: say so rather than echo the API's "not a valid id".
  const pegawaiError = pegawaiApiError && mutation.variables?.pegawaiId === '' ? t('akun.pegawaiRequired') : pegawaiApiError;
  const roleMessages: string[] = [];
  const rolesMsg = take('roles');
  if (rolesMsg) roleMessages.push(rolesMsg);
  let unitError: string | undefined;
  sent.forEach((g, i) => {
    const roleMsg = take(`roles.${i}.role`);
    if (roleMsg) roleMessages.push(`${labelOf(ROLE_LABEL, g.role)}: ${roleMsg}`);
    const unitMsg = take(`roles.${i}.unitId`);
    if (unitMsg) {
      if (g.role === PENGELOLA) unitError = unitMsg;
      else roleMessages.push(`${labelOf(ROLE_LABEL, g.role)}: ${unitMsg}`);
    }
  });
  // Anything the API reported that has no field on this form.
  const otherMessages = Object.entries(fields).filter(([k]) => !shown.has(k));

  return (
    <form onSubmit={submit} noValidate aria-label={t('akun.createTitle')}>
      <Stack gap="md">
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly testId="akun-create-error" />
        {otherMessages.length > 0 ? (
          <Alert color="red" variant="light">
            <Stack gap={2}>
              {otherMessages.map(([k, m]) => (
                <Text key={k} size="sm">
                  {k}: {m}
                </Text>
              ))}
            </Stack>
          </Alert>
        ) : null}
        <PegawaiPicker value={pegawai} onChange={setPegawai} error={pegawaiError} />
        <Checkbox.Group
          label={t('akun.role')}
          description={t('akun.rolesHint')}
          value={roles}
          onChange={setRoles}
          withAsterisk
          error={roleMessages.length > 0 ? roleMessages.join(' ') : undefined}
        >
          <Stack gap="xs" mt="xs">
            {ROLES.map((r) => (
              <Checkbox
                key={r}
                value={r}
                label={labelOf(ROLE_LABEL, r)}
                description={bolehMemberi(callerRoles, r) ? undefined : t('akun.diAtasWewenang')}
                disabled={!bolehMemberi(callerRoles, r)}
                data-testid={`akun-create-role-${r}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {roles.includes(PENGELOLA) ? (
          <Select
            label={t('akun.unitPengelola')}
            description={t('akun.unitPengelolaHint')}
            placeholder={units.isPending ? t('common.loading') : t('akun.unitPengelolaPlaceholder')}
            data={(units.data ?? []).map((u) => ({ value: u.id, label: u.nama }))}
            value={unitId}
            onChange={setUnitId}
            searchable
            clearable
            withAsterisk
            nothingFoundMessage={t('common.empty')}
            error={unitError ?? (units.error ? units.error.message : undefined)}
            data-testid="akun-create-unit"
          />
        ) : null}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="akun-create-submit">
            {t('akun.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Buat akun": pick a pegawai and roles, then show the temporary password once. */
export function CreateAkunModal({ opened, callerRoles, onClose }: CreateAkunModalProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<AkunBaru | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={created ? t('akun.createdTitle') : t('akun.createTitle')} size="md">
      {!opened ? null : created ? (
        <Stack data-testid="akun-created">
          <Text size="sm">
            {t('akun.createdFor', { nama: created.akun.nama, nip: formatNip(created.akun.nip) })}
          </Text>
          <TempPassword password={created.passwordSementara} hint={t('akun.createdHint')} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <CreateAkunForm callerRoles={callerRoles} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}
