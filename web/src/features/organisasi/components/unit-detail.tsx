import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DefinitionList } from '@/components/definition-list';
import { formatNip } from '@/lib/format';
import { JENIS_UNIT_LABEL, labelOf } from '@/lib/labels';
import type { Unit } from '../api/organisasi';
import { JabatanPanel } from './jabatan-panel';
import { PltPanel } from './plt-panel';

interface UnitDetailProps {
  unit: Unit;
  parentNama: string | null;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onAddChild: () => void;
}

export function UnitDetail({ unit, parentNama, canManage, onEdit, onDelete, onAddChild }: UnitDetailProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" data-testid="unit-detail" id="unit-detail" style={{ scrollMarginTop: 64 }}>
      <Stack gap="md">
        <div>
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
              {unit.nama}
            </Title>
            {unit.perangkatDaerah ? (
              <Badge variant="light" color="teal">
                {t('organisasi.perangkatDaerah')}
              </Badge>
            ) : null}
            {!unit.aktif ? (
              <Badge variant="light" color="gray">
                {t('organisasi.nonaktif')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {unit.kode} · {labelOf(JENIS_UNIT_LABEL, unit.jenis)}
          </Text>
        </div>
        {canManage ? (
          <Group gap="xs" wrap="wrap">
            {unit.can['update'] ? (
              <Button size="compact-sm" variant="light" onClick={onEdit}>
                {t('organisasi.editUnit')}
              </Button>
            ) : null}
            <Button size="compact-sm" variant="light" onClick={onAddChild}>
              {t('organisasi.addSubUnit')}
            </Button>
            {unit.can['delete'] ? (
              <Button size="compact-sm" variant="light" color="red" onClick={onDelete}>
                {t('common.delete')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        <DefinitionList
          items={[
            {
              label: t('organisasi.kepala'),
              value: unit.kepala ? (
                <>
                  {unit.kepala.plt ? `${unit.kepala.plt === 'PLT' ? 'Plt.' : 'Plh.'} ` : ''}
                  {unit.kepala.nama} (NIP {formatNip(unit.kepala.nip)})
                </>
              ) : (
                t('organisasi.noKepala')
              ),
            },
            { label: t('organisasi.jumlahPegawai'), value: unit.jumlahPegawaiTotal, testId: 'unit-detail-jumlah' },
            { label: t('organisasi.jumlahPegawaiLangsung'), value: unit.jumlahPegawai },
            { label: t('organisasi.parent'), value: parentNama ?? '—' },
            { label: t('organisasi.alamat'), value: unit.alamat ?? '—' },
          ]}
        />
        <Divider />
        <JabatanPanel unitId={unit.id} canManage={canManage} />
        <Divider />
        <PltPanel unitId={unit.id} canManage={canManage} />
      </Stack>
    </Card>
  );
}
