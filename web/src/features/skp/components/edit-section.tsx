import { Button, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface EditSectionHeaderProps {
  title: string;
  /** Show the edit button (the user may edit and is not editing yet). */
  canEdit?: boolean;
  editLabel: string;
  onEdit: () => void;
  editTestId: string;
}

/** Title of an SKP section edited in place, with its "edit" button. */
export function EditSectionHeader({ title, canEdit, editLabel, onEdit, editTestId }: EditSectionHeaderProps) {
  return (
    <Group justify="space-between">
      <Title order={2} fz="h4">
        {title}
      </Title>
      {canEdit ? (
        <Button size="xs" variant="light" onClick={onEdit} data-testid={editTestId}>
          {editLabel}
        </Button>
      ) : null}
    </Group>
  );
}

interface EditSectionFooterProps {
  onCancel: () => void;
  onSave: () => void;
  saving: boolean;
  saveLabel: string;
  saveTestId: string;
}

/** Cancel / save buttons under an SKP section being edited. */
export function EditSectionFooter({ onCancel, onSave, saving, saveLabel, saveTestId }: EditSectionFooterProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button loading={saving} onClick={onSave} data-testid={saveTestId}>
        {saveLabel}
      </Button>
    </Group>
  );
}
