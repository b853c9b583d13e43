import { Radio, Stack, Group } from '@mantine/core';
import { RATINGS, RATING_LABEL, type Rating } from '@capaian/domain';

interface RatingInputProps {
  label: string;
  value: Rating | null;
  onChange: (r: Rating) => void;
  disabled?: boolean;
  testId: string;
  error?: string;
  description?: string;
}

/** The three ratings as radio buttons (wraps on a phone). */
export function RatingInput({ label, value, onChange, disabled, testId, error, description }: RatingInputProps) {
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(v) => onChange(v as Rating)}
      error={error}
      data-testid={testId}
      data-value={value ?? ''}
    >
      <Stack gap={4} mt={4}>
        <Group gap="md" wrap="wrap">
          {RATINGS.map((r) => (
            <Radio key={r} value={r} label={RATING_LABEL[r]} disabled={disabled} data-testid={`${testId}-${r}`} />
          ))}
        </Group>
      </Stack>
    </Radio.Group>
  );
}
