import {
  Alert,
  AppShell,
  Box,
  Burger,
  Button,
  Container,
  Group,
  NavLink,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api-client';
import { formatNip } from '@/lib/format';
import { currentLanguage, setLanguage, type Language } from '@/lib/i18n';
import { logout, ME_QUERY_KEY, meQueryOptions, type Me } from '@/lib/session';
import { AnchorLink } from '@/components/links';
import { OfflineBanner } from '@/components/offline-banner';
import { NotifBell } from '@/features/notifikasi/components/notif-bell';
import { AntrianRealisasi } from '@/features/realisasi/components/antrian-shell';

type NavTo = '/' | '/progres' | '/progres/impor' | '/skp' | '/skp/tim' | '/perjanjian-kinerja' | '/skp/templat' | '/skp/monitoring' | '/organisasi' | '/pegawai' | '/akun' | '/impor' | '/audit' | '/ganti-kata-sandi' | '/pemantauan' | '/pemantauan/unit' | '/umpan-balik' | '/bimbingan' | '/kehadiran' | '/kehadiran/tim' | '/kehadiran/impor' | '/pengaturan' | '/pengaturan/kotak-keluar' | '/penilaian' | '/penilaian/tim' | '/penilaian/periode' | '/keberatan' | '/360' | '/layanan-publik' | '/layanan-publik/tren' | '/tim-penilai' | '/tindak-lanjut/peringkat' | '/tindak-lanjut/laporan' | '/pembinaan' | '/penghargaan' | '/siasn' | '/tindak-lanjut-saya' | '/pengembangan' | '/pengembangan/katalog' | '/pengembangan/rekap' | '/angka-kredit' | '/angka-kredit/kelayakan' | '/tpp/saya' | '/tpp' | '/talenta';

/** The part of GET /skp-template the nav needs (shares the page's cache key). */
interface TemplatNav {
  items: unknown[];
  can: { buat: boolean };
}

/** The part of GET /tim-penilai the nav needs (shares the tim penilai page's cache key): a non-BKPSDM caller gets only the teams they sit on. */
interface TimPenilaiNav {
  items: unknown[];
}

interface NavItem {
  to: NavTo;
  label: string;
  testId: string;
}

/** The change-password page: the only one a session with a temporary password may open. */
const GANTI_SANDI = '/ganti-kata-sandi';

/** Roles that see the per-unit roll-up of progress reporting (the server decides per unit). */
const PEMANTAUAN_UNIT_ROLES = ['PIMPINAN', 'PENGELOLA_KINERJA', 'ADMIN_BKPSDM'];
const hasRole = (me: Me, ...roles: string[]) => me.roles.some((r) => roles.includes(r));
/** Roles that see every unit's results (rankings of the whole pemda, the annual report); tim penilai members do too. */
const SELURUH_PEMDA_ROLES = ['ADMIN_BKPSDM', 'PIMPINAN'];

/**
 * `tim`: the user has direct subordinates (so heads a unit, or stands in for its head);
 * `anggotaTimPenilai`: the user sits on a tim penilai kinerja.
 */
function navItems(me: Me, t: TFunction, templat: boolean, tim = false, anggotaTimPenilai = false): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: t('nav.beranda'), testId: 'nav-beranda' }];
  items.push({ to: '/progres', label: t('nav.progresSaya'), testId: 'nav-progres' });
  if (tim) items.push({ to: '/pemantauan', label: t('nav.papanTim'), testId: 'nav-papan-tim' });
  items.push({ to: '/progres/impor', label: t('nav.imporProgres'), testId: 'nav-impor-progres' });
  items.push({ to: '/umpan-balik', label: t('nav.umpanBalik'), testId: 'nav-umpan-balik' });
  items.push({ to: '/bimbingan', label: t('nav.bimbingan'), testId: 'nav-bimbingan' });
  items.push({ to: '/kehadiran', label: t('nav.kehadiran'), testId: 'nav-kehadiran' });
  if (tim) items.push({ to: '/kehadiran/tim', label: t('nav.kehadiranTim'), testId: 'nav-kehadiran-tim' });
  items.push({ to: '/penilaian', label: t('nav.penilaian'), testId: 'nav-penilaian' });
  if (tim) items.push({ to: '/penilaian/tim', label: t('nav.penilaianTim'), testId: 'nav-penilaian-tim' });
  if (hasRole(me, 'ADMIN_BKPSDM', 'PIMPINAN', 'PENGELOLA_KINERJA')) items.push({ to: '/penilaian/periode', label: t('nav.penilaianPeriode'), testId: 'nav-penilaian-periode' });
  items.push({ to: '/keberatan', label: t('nav.keberatan'), testId: 'nav-keberatan' });
  // Pembinaan: everyone has their own cases; the team's and the pemda's are tabs of the same page.
  items.push({ to: '/pembinaan', label: t('nav.pembinaan'), testId: 'nav-pembinaan' });
  // Penghargaan: everyone has their own awards; the rounds appear there for those who run or oversee them.
  items.push({ to: '/penghargaan', label: t('nav.penghargaan'), testId: 'nav-penghargaan' });
  // Follow-up on one page, and competence development: everyone's own; the catalogue for all; the recap for BKPSDM and pimpinan.
  items.push({ to: '/tindak-lanjut-saya', label: t('nav.tindakLanjutSaya'), testId: 'nav-tindak-lanjut-saya' });
  items.push({ to: '/pengembangan', label: t('nav.pengembangan'), testId: 'nav-pengembangan' });
  items.push({ to: '/pengembangan/katalog', label: t('nav.katalogPelatihan'), testId: 'nav-katalog-pelatihan' });
  if (hasRole(me, ...SELURUH_PEMDA_ROLES)) items.push({ to: '/pengembangan/rekap', label: t('nav.rekapPengembangan'), testId: 'nav-rekap-pengembangan' });
  // Angka kredit: a pejabat fungsional's own ledger (others are told it does not apply); the list for BKPSDM and pimpinan.
  items.push({ to: '/tpp/saya', label: t('nav.tppSaya'), testId: 'nav-tpp-saya' });
  if (hasRole(me, ...SELURUH_PEMDA_ROLES)) items.push({ to: '/tpp', label: t('nav.tpp'), testId: 'nav-tpp' });
  items.push({ to: '/angka-kredit', label: t('nav.angkaKredit'), testId: 'nav-angka-kredit' });
  if (hasRole(me, ...SELURUH_PEMDA_ROLES)) items.push({ to: '/angka-kredit/kelayakan', label: t('nav.kelayakanAk'), testId: 'nav-kelayakan-ak' });
  if (anggotaTimPenilai || hasRole(me, ...SELURUH_PEMDA_ROLES)) items.push({ to: '/talenta', label: t('nav.talenta'), testId: 'nav-talenta' });
  items.push({ to: '/360', label: t('nav.survei360'), testId: 'nav-360' });
  if (hasRole(me, 'ADMIN_BKPSDM', 'PIMPINAN', 'PENGELOLA_KINERJA')) {
    items.push({ to: '/layanan-publik', label: t('nav.layananPublik'), testId: 'nav-layanan-publik' });
    items.push({ to: '/layanan-publik/tren', label: t('layananPublik.tren.judul'), testId: 'nav-layanan-publik-tren' });
    // Team members are usually senior officials; the page lists only the caller's teams.
    items.push({ to: '/tim-penilai', label: t('nav.timPenilai'), testId: 'nav-tim-penilai' });
  }
  // Tindak lanjut (the server decides the groups; a refused one is explained on the page): rankings for
  // BKPSDM, pimpinan and the tim penilai (any group), pengelola kinerja (their perangkat daerah) and
  // unit heads (their unit); the annual report for BKPSDM, pimpinan and the tim penilai.
  if (anggotaTimPenilai || tim || hasRole(me, ...SELURUH_PEMDA_ROLES, 'PENGELOLA_KINERJA'))
    items.push({ to: '/tindak-lanjut/peringkat', label: t('nav.peringkatKinerja'), testId: 'nav-peringkat-kinerja' });
  if (anggotaTimPenilai || hasRole(me, ...SELURUH_PEMDA_ROLES)) items.push({ to: '/tindak-lanjut/laporan', label: t('nav.laporanTahunan'), testId: 'nav-laporan-tahunan' });
  if (hasRole(me, 'ADMIN_BKPSDM')) items.push({ to: '/siasn', label: t('nav.siasn'), testId: 'nav-siasn' });
  items.push({ to: '/skp', label: t('nav.skpSaya'), testId: 'nav-skp' });
  items.push({ to: '/skp/tim', label: t('nav.skpTim'), testId: 'nav-skp-tim' });
  items.push({ to: '/perjanjian-kinerja', label: t('nav.perjanjianKinerja'), testId: 'nav-perjanjian-kinerja' });
  if (me.can.lihatDaftarPegawai) items.push({ to: '/skp/monitoring', label: t('nav.skpMonitoring'), testId: 'nav-skp-monitoring' });
  if (hasRole(me, ...PEMANTAUAN_UNIT_ROLES)) items.push({ to: '/pemantauan/unit', label: t('nav.pemantauanUnit'), testId: 'nav-pemantauan-unit' });
  if (templat) items.push({ to: '/skp/templat', label: t('nav.skpTemplat'), testId: 'nav-skp-templat' });
  items.push({ to: '/organisasi', label: t('nav.organisasi'), testId: 'nav-organisasi' });
  if (me.can.lihatDaftarPegawai) items.push({ to: '/pegawai', label: t('nav.pegawai'), testId: 'nav-pegawai' });
  if (me.can.kelolaAkun) items.push({ to: '/akun', label: t('nav.akun'), testId: 'nav-akun' });
  if (me.can.impor) items.push({ to: '/impor', label: t('nav.impor'), testId: 'nav-impor' });
  if (hasRole(me, 'ADMIN_BKPSDM')) items.push({ to: '/kehadiran/impor', label: t('nav.kehadiranImpor'), testId: 'nav-kehadiran-impor' });
  if (hasRole(me, 'ADMIN_BKPSDM', 'ADMIN_SISTEM')) {
    items.push({ to: '/pengaturan', label: t('nav.pengaturan'), testId: 'nav-pengaturan' });
    items.push({ to: '/pengaturan/kotak-keluar', label: t('nav.kotakKeluar'), testId: 'nav-kotak-keluar' });
  }
  if (me.can.lihatAudit) items.push({ to: '/audit', label: t('nav.audit'), testId: 'nav-audit' });
  items.push({ to: '/ganti-kata-sandi', label: t('nav.gantiSandi'), testId: 'nav-ganti-sandi' });
  return items;
}

function matches(pathname: string, to: NavTo): boolean {
  if (to === '/') return pathname === '/';
  return pathname === to || pathname.startsWith(`${to}/`);
}

/** The most specific matching nav item wins ("/skp/tim" over "/skp"). */
function isActive(pathname: string, to: NavTo, all: readonly NavItem[] = []): boolean {
  if (!matches(pathname, to)) return false;
  return !all.some((i) => i.to !== to && i.to.length > to.length && matches(pathname, i.to));
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value: Language = i18n.language === 'en' ? 'en' : currentLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={value}
      onChange={(v) => setLanguage(v === 'en' ? 'en' : 'id')}
      data={[
        { value: 'id', label: 'ID' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

/** Logging out: the session ends on the server, every cached answer is dropped, back to the login page. */
function useLogout() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      queryClient.clear();
      await navigate({ to: '/masuk' });
    },
  });
}

/**
 * The shell of every page behind the login. A session opened with a temporary password gets the
 * minimal shell (the change-password page only); everyone else the full one.
 */
export function Shell() {
  const { data: me } = useSuspenseQuery(meQueryOptions);
  // The parent route only renders this shell once the user is known.
  if (!me) return null;
  return me.mustChangePassword ? <ShellGantiSandi me={me} /> : <ShellLengkap me={me} />;
}

/**
 * While the password is temporary the server answers only GET /auth/me, POST /auth/password and
 * POST /auth/logout: this shell calls nothing else (no menu whose pages read the API, no bell,
 * no offline queue, no live stream), shows the change-password page and sends any other address
 * there (e.g. when a call answered 'wajib_ganti_password' and `me` was re-read on another page).
 */
function ShellGantiSandi({ me }: { me: Me }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logoutMutation = useLogout();
  const diHalaman = pathname === GANTI_SANDI;
  useEffect(() => {
    // Asks the cache, not this render's `me`: right after the password was changed the cache
    // already says so while this shell may still be on screen for a moment.
    if (!diHalaman && queryClient.getQueryData<Me | null>(ME_QUERY_KEY)?.mustChangePassword) void navigate({ to: GANTI_SANDI, replace: true });
  }, [diHalaman, navigate, queryClient]);
  return (
    <AppShell header={{ height: 56 }} padding={{ base: 'sm', sm: 'md' }}>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text fw={800} fz="lg" style={{ whiteSpace: 'nowrap' }}>
              {t('common.appName')}
            </Text>
            <Text size="sm" fw={500} truncate visibleFrom="sm" maw={220} data-testid="header-user">
              {me.nama}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <Button size="compact-sm" variant="subtle" onClick={() => logoutMutation.mutate()} loading={logoutMutation.isPending} data-testid="logout">
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="sm" px={0} data-testid="shell-ganti-sandi">
          <OfflineBanner />
          <Alert color="yellow" role="status" title={t('auth.mustChangeTitle')} mb="md" data-testid="must-change-password">
            <Text size="sm">{t('auth.mustChangeOnly')}</Text>
          </Alert>
          {diHalaman ? <Outlet /> : null}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function ShellLengkap({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const templatQuery = useQuery({
    queryKey: ['skp-template', 'list'],
    queryFn: ({ signal }) => api.get<TemplatNav>('/skp-template', undefined, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const templat = !!templatQuery.data && (templatQuery.data.can.buat || templatQuery.data.items.length > 0);
  // Superiors (anyone with direct subordinates) also get the team pages; shares the SKP team page's cache.
  const timQuery = useQuery({
    queryKey: ['skp', 'tim', new Date().getFullYear()],
    queryFn: ({ signal }) => api.get<unknown[]>('/skp/tim', { tahun: new Date().getFullYear() }, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const tim = (timQuery.data?.length ?? 0) > 0;
  // Tim penilai members see every unit's results; only asked of those whose roles do not already.
  const timPenilaiQuery = useQuery({
    queryKey: ['tim-penilai', 'list', 0],
    queryFn: ({ signal }) => api.get<TimPenilaiNav>('/tim-penilai', undefined, signal),
    staleTime: 5 * 60_000,
    retry: false,
    enabled: !hasRole(me, ...SELURUH_PEMDA_ROLES),
  });
  const anggotaTimPenilai = (timPenilaiQuery.data?.items.length ?? 0) > 0;
  const logoutMutation = useLogout();
  const items = navItems(me, t, templat, tim, anggotaTimPenilai);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="navigasi-utama"
            />
            <AnchorLink to="/" underline="never" c="inherit" fw={800} fz="lg" style={{ whiteSpace: 'nowrap' }}>
              {t('common.appName')}
            </AnchorLink>
            <Text size="sm" c="dimmed" truncate visibleFrom="md" data-testid="header-instansi" style={{ minWidth: 0 }}>
              {me.instansi.nama}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={500} truncate visibleFrom="sm" maw={220} data-testid="header-user">
              {me.nama}
            </Text>
            <NotifBell zonaWaktu={me.instansi.zonaWaktu} />
            <LanguageSwitch />
            <Button size="compact-sm" variant="subtle" onClick={() => logoutMutation.mutate()} loading={logoutMutation.isPending} data-testid="logout">
              {t('nav.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" id="navigasi-utama" aria-label={t('nav.main')} component="nav">
        <Box hiddenFrom="md" px="sm" pb="sm" mb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {me.nama}
          </Text>
          <Text size="xs" c="dimmed">
            NIP {formatNip(me.nip)}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {me.instansi.nama}
          </Text>
        </Box>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {items.map((item) => (
              <NavLink
                key={item.to}
                label={item.label}
                active={isActive(pathname, item.to, items)}
                aria-current={isActive(pathname, item.to, items) ? 'page' : undefined}
                data-testid={item.testId}
                onClick={close}
                renderRoot={(props) => <Link to={item.to} {...props} />}
              />
            ))}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Container size="lg" px={0}>
          <OfflineBanner />
          <AntrianRealisasi pegawaiId={me.pegawaiId} />
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
