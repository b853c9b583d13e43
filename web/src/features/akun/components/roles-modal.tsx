import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError, isApiError } from '@/lib/api-client';
import { ROLES, ROLE_LABEL, labelOf } from '@/lib/labels';
import { akunKeys, bolehMemberi, perangkatDaerahQuery, setRoles, type Akun, type RoleGrant } from '../api/akun';

interface RolesModalProps {
  akun: Akun | null;
  /** The caller's roles: roles beyond them cannot be granted or taken away. */
  callerRoles: readonly string[];
  onClose: () => void;
}

function RolesForm({ akun, callerRoles, onClose }: { akun: Akun; callerRoles: readonly string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useQuery(perangkatDaerahQuery);
  const [roles, setRolesState] = useState<string[]>(() => [...new Set(akun.roles.map((r) => r.role))]);
  const [unitIds, setUnitIds] = useState<string[]>(() =>
    akun.roles.filter((r) => r.role === 'PENGELOLA_KINERJA' && r.unitId).map((r) => r.unitId ?? ''),
  );

  const mutation = useMutation({
    mutationFn: (grants: RoleGrant[]) => setRoles(akun.id, grants),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: akunKeys.all });
      onClose();
    },
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const grants: RoleGrant[] = [];
    // Only the roles the API knows (ROLES order); the account's list comes from the server anyway.
    for (const role of ROLES.filter((r) => roles.includes(r))) {
      if (role === 'PENGELOLA_KINERJA') {
        if (unitIds.length === 0) grants.push({ role, unitId: null });
        for (const unitId of unitIds) grants.push({ role, unitId });
      } else {
        grants.push({ role, unitId: null });
      }
    }
    mutation.mutate(grants);
  };

  const unitError = isApiError(mutation.error)
    ? Object.entries(mutation.error.fields).find(([k]) => k.endsWith('unitId'))?.[1]
    : undefined;
  // "roles.N.role" names the N-th grant sent (e.g. "peran ini di atas wewenang Anda…"): say which role.
  const sent = mutation.variables ?? [];
  const fields = isApiError(mutation.error) ? mutation.error.fields : {};
  const roleMessages = [
    fieldError(mutation.error, 'roles'),
    ...sent.map((g, i) => {
      const msg = fields[`roles.${i}.role`];
      return msg ? `${labelOf(ROLE_LABEL, g.role)}: ${msg}` : undefined;
    }),
  ].filter((m): m is string => !!m);
  const bolehUbah = akun.can.update;

  // Units already granted stay selectable even if no longer a perangkat daerah.
  const unitData = [
    ...(units.data ?? []).map((u) => ({ value: u.id, label: u.nama })),
    ...akun.roles
      .filter((r) => r.unitId && !(units.data ?? []).some((u) => u.id === r.unitId))
      .map((r) => ({ value: r.unitId ?? '', label: r.unitNama ?? r.unitId ?? '' })),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!bolehUbah ? (
          <Alert color="yellow" variant="light" role="status" data-testid="akun-peran-terkunci">
            {t('akun.tidakDapatDiubah')}
          </Alert>
        ) : null}
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <Checkbox.Group
          label={t('akun.role')}
          value={roles}
          onChange={setRolesState}
          error={roleMessages.length > 0 ? roleMessages.join(' ') : undefined}
          data-testid="akun-peran-form"
        >
          <Stack gap="xs" mt="xs">
            {ROLES.map((r) => {
              const boleh = bolehMemberi(callerRoles, r);
              return (
                <Checkbox
                  key={r}
                  value={r}
                  label={labelOf(ROLE_LABEL, r)}
                  description={boleh ? undefined : t('akun.diAtasWewenang')}
                  disabled={!bolehUbah || !boleh}
                />
              );
            })}
          </Stack>
        </Checkbox.Group>
        {roles.includes('PENGELOLA_KINERJA') ? (
          <MultiSelect
            label={t('akun.units')}
            data={unitData}
            value={unitIds}
            onChange={setUnitIds}
            searchable
            disabled={!bolehUbah}
            error={unitError}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!bolehUbah}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RolesModal({ akun, callerRoles, onClose }: RolesModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={akun !== null} onClose={onClose} title={akun ? t('akun.rolesOf', { nama: akun.nama }) : ''} size="md">
      {akun ? <RolesForm key={akun.id} akun={akun} callerRoles={callerRoles} onClose={onClose} /> : null}
    </Modal>
  );
}
