import { Button, Checkbox, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldError, isApiError } from '@/lib/api-client';
import { ROLES, ROLE_LABEL, labelOf } from '@/lib/labels';
import { akunKeys, perangkatDaerahQuery, setRoles, type Akun, type RoleGrant } from '../api/akun';

interface RolesModalProps {
  akun: Akun | null;
  onClose: () => void;
}

function RolesForm({ akun, onClose }: { akun: Akun; onClose: () => void }) {
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
        <ErrorAlert error={mutation.error} hideWhenFieldsOnly />
        <Checkbox.Group label={t('akun.role')} value={roles} onChange={setRolesState} error={fieldError(mutation.error, 'roles')}>
          <Stack gap="xs" mt="xs">
            {ROLES.map((r) => (
              <Checkbox key={r} value={r} label={labelOf(ROLE_LABEL, r)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {roles.includes('PENGELOLA_KINERJA') ? (
          <MultiSelect
            label={t('akun.units')}
            data={unitData}
            value={unitIds}
            onChange={setUnitIds}
            searchable
            error={unitError}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RolesModal({ akun, onClose }: RolesModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={akun !== null} onClose={onClose} title={akun ? t('akun.rolesOf', { nama: akun.nama }) : ''} size="md">
      {akun ? <RolesForm key={akun.id} akun={akun} onClose={onClose} /> : null}
    </Modal>
  );
}
