import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  // People who ask their phone for less motion get none (transitions of modals, menus, collapses).
  respectReducedMotion: true,
  components: {
    // Sentence case reads better for names and counts ("Plt", "1 pegawai").
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
  },
});
