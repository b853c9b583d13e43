import { Badge } from '@mantine/core';
import { statusColor } from '../api/skp';
import { useSkpLabels } from './labels';

interface StatusBadgeProps {
  status: string;
  label?: string;
  testId?: string;
}

export function SkpStatusBadge({ status, label, testId }: StatusBadgeProps) {
  const labels = useSkpLabels();
  const text = status === 'BELUM_DIBUAT' ? labels.status(status) : label || labels.status(status);
  return (
    <Badge color={statusColor(status)} variant="light" data-testid={testId} data-status={status} style={{ textTransform: 'none' }}>
      {text}
    </Badge>
  );
}
