import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TempPasswordProps {
  password: string;
  /** Note under the password; defaults to the "hand it over, change at sign-in" hint. */
  hint?: string;
}

/** A freshly issued temporary password, shown once, with a copy button. */
export function TempPassword({ password, hint }: TempPasswordProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={600} id={labelId}>
          {t('akun.tempPassword')}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Code fz="lg" p="xs" data-testid="temp-password" aria-labelledby={labelId} style={{ userSelect: 'all', wordBreak: 'break-all' }}>
            {password}
          </Code>
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button size="compact-sm" variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                {copied ? t('akun.copied') : t('akun.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <Alert color="yellow" role="status">
        {hint ?? t('akun.tempPasswordHint')}
      </Alert>
    </>
  );
}
