import { ActionIcon, Badge, Box, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatWaktu } from '@/lib/format';
import { useLiveEvents } from '@/lib/live';
import { bacaNotifikasi, bacaSemua, notifikasiKeys, notifikasiQuery, type NotifikasiItem, type NotifikasiList } from '../api/notifikasi';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The bell in the header: unread count, the newest notifications, mark as read. */
export function NotifBell({ zonaWaktu }: { zonaWaktu: string }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data } = useQuery(notifikasiQuery);
  const unread = data?.jumlahBelumDibaca ?? 0;

  const invalidate = () => queryClient.invalidateQueries({ queryKey: notifikasiKeys.all });

  // Live: the count comes with the event (shown at once); the list is re-read behind it.
  useLiveEvents({
    notifikasi: ({ jumlahBelumDibaca }) => {
      queryClient.setQueryData<NotifikasiList>(notifikasiKeys.all, (old) => ({ items: old?.items ?? [], jumlahBelumDibaca }));
      void invalidate();
    },
    onReconnect: () => void invalidate(),
  });
  const baca = useMutation({ mutationFn: bacaNotifikasi, onSettled: invalidate });
  const semua = useMutation({ mutationFn: bacaSemua, onSettled: invalidate });

  const open = (n: NotifikasiItem) => {
    if (!n.dibacaAt) baca.mutate(n.id);
    close();
    if (n.tautan && n.tautan.startsWith('/') && !n.tautan.startsWith('//')) void navigate({ to: n.tautan });
  };

  const items = (data?.items ?? []).slice(0, 20);

  return (
    <Popover opened={opened} onChange={(o) => (o ? undefined : close())} position="bottom-end" width={320} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator
          disabled={unread === 0}
          label={
            <span data-testid="notif-count">{unread > 99 ? '99+' : unread}</span>
          }
          size={16}
          color="red"
          offset={4}
        >
          <ActionIcon variant="subtle" size="lg" onClick={toggle} aria-label={t('notifikasi.buka', { n: unread })} aria-expanded={opened} data-testid="notif-bell">
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
        <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('notifikasi.title')}
          </Text>
          <Button size="compact-xs" variant="subtle" disabled={unread === 0} loading={semua.isPending} onClick={() => semua.mutate()} data-testid="notif-baca-semua">
            {t('notifikasi.tandaiSemua')}
          </Button>
        </Group>
        <Divider />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('notifikasi.kosong')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={400}>
            <Stack gap={0}>
              {items.map((n) => (
                <UnstyledButton
                  key={n.id}
                  onClick={() => open(n)}
                  px="sm"
                  py="xs"
                  data-testid="notif-item"
                  data-unread={n.dibacaAt ? undefined : 'true'}
                  style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', background: n.dibacaAt ? undefined : 'var(--mantine-color-blue-0)' }}
                >
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    {n.dibacaAt ? null : <Badge size="xs" circle color="blue" mt={4} aria-hidden="true"> </Badge>}
                    <Box style={{ minWidth: 0 }}>
                      <Text size="sm" fw={n.dibacaAt ? 400 : 700} style={{ overflowWrap: 'anywhere' }}>
                        {n.judul}
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                        {n.pesan}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatWaktu(n.dibuatAt, zonaWaktu)}
                      </Text>
                    </Box>
                  </Group>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
