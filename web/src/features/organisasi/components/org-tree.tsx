import { ActionIcon, Badge, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from './tree';

interface OrgTreeProps {
  nodes: UnitNode[];
  expanded: ReadonlySet<string>;
  /** When filtering, every shown node is open. */
  forceOpen: boolean;
  selectedId: string | null;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
}

function KepalaLine({ node }: { node: UnitNode }) {
  const { t } = useTranslation();
  const kepala = node.unit.kepala;
  return (
    <Group gap={6} wrap="wrap">
      {kepala ? (
        <>
          <Text size="xs" c="dimmed" data-testid="unit-kepala" style={{ overflowWrap: 'anywhere' }}>
            {kepala.nama}
          </Text>
          {kepala.plt ? (
            <Badge size="xs" color="orange" variant="light" data-testid="badge-plt">
              {kepala.plt === 'PLT' ? 'Plt' : 'Plh'}
            </Badge>
          ) : null}
        </>
      ) : (
        <Text size="xs" c="dimmed" fs="italic">
          {t('organisasi.noKepala')}
        </Text>
      )}
    </Group>
  );
}

function TreeItem({ node, ...props }: OrgTreeProps & { node: UnitNode }) {
  const { t } = useTranslation();
  const { expanded, forceOpen, selectedId, onToggle, onSelect } = props;
  const hasChildren = node.children.length > 0;
  const open = hasChildren && (forceOpen || expanded.has(node.unit.id));
  const selected = selectedId === node.unit.id;
  const groupId = `unit-children-${node.unit.id}`;

  return (
    <li data-testid="org-node" data-unit-id={node.unit.id}>
      <Group gap={4} wrap="nowrap" align="flex-start" py={4} px={4} className="capaian-tree-row" data-selected={selected}>
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            mt={2}
            onClick={() => onToggle(node.unit.id)}
            aria-expanded={open}
            aria-controls={groupId}
            aria-label={open ? t('organisasi.collapse', { nama: node.unit.nama }) : t('organisasi.expand', { nama: node.unit.nama })}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </ActionIcon>
        ) : (
          <Box w={22} style={{ flexShrink: 0 }} />
        )}
        <UnstyledButton
          onClick={() => onSelect(node.unit.id)}
          aria-pressed={selected}
          style={{ flex: 1, minWidth: 0 }}
          data-testid="org-node-select"
        >
          <Group gap={6} wrap="wrap" justify="space-between">
            <Text size="sm" fw={selected ? 700 : 500} style={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid="unit-nama">
              {node.unit.nama}
            </Text>
            <Badge size="sm" variant="outline" color="gray" style={{ flexShrink: 0 }} data-testid="unit-jumlah">
              {t('organisasi.pegawaiCount', { count: node.unit.jumlahPegawaiTotal })}
            </Badge>
          </Group>
          <KepalaLine node={node} />
        </UnstyledButton>
      </Group>
      {open ? (
        <ul id={groupId}>
          {node.children.map((child) => (
            <TreeItem key={child.unit.id} node={child} {...props} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The collapsible unit tree: head of each unit (with Plt/Plh badge) and number of pegawai. */
export function OrgTree(props: OrgTreeProps) {
  const { t } = useTranslation();
  if (props.nodes.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="org-tree">
        {t('common.empty')}
      </Text>
    );
  }
  return (
    <ul className="capaian-tree" data-testid="org-tree" aria-label={t('organisasi.title')}>
      {props.nodes.map((node) => (
        <TreeItem key={node.unit.id} node={node} {...props} />
      ))}
    </ul>
  );
}
