import { Badge } from '@mantine/core';
import { statusColor } from '../api/skp';
import { useSkpLabels } from './labels';

interface StatusBadgeProps {
  status: string;
  testId?: string;
}

/** The SKP's status in the chosen language (the code's label, never the server's Indonesian `statusLabel`). */
export function SkpStatusBadge({ status, testId }: StatusBadgeProps) {
  const labels = useSkpLabels();
  const text = labels.status(status);
  return (
    <Badge color={statusColor(status)} variant="light" data-testid={testId} data-status={status} style={{ textTransform: 'none' }}>
      {text}
    </Badge>
  );
}
