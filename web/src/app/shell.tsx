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
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNip } from '@/lib/format';
import { currentLanguage, setLanguage, type Language } from '@/lib/i18n';
import { logout, ME_QUERY_KEY, meQueryOptions, type Me } from '@/lib/session';
import { AnchorLink } from '@/components/links';
import { OfflineBanner } from '@/components/offline-banner';
import { NotifBell } from '@/features/notifikasi/components/notif-bell';
import { AntrianRealisasi } from '@/features/realisasi/components/antrian-shell';
import { navigasiQuery, type Navigasi } from '@/lib/navigasi';

type NavTo = '/' | '/profil' | '/bantuan' | '/pusat-kendali' | '/analitik-penilai' | '/progres' | '/progres/impor' | '/skp' | '/skp/tim' | '/perjanjian-kinerja' | '/skp/templat' | '/skp/monitoring' | '/organisasi' | '/pegawai' | '/akun' | '/impor' | '/audit' | '/ganti-kata-sandi' | '/pemantauan' | '/pemantauan/unit' | '/umpan-balik' | '/bimbingan' | '/kehadiran' | '/kehadiran/tim' | '/kehadiran/impor' | '/pengaturan' | '/pengaturan/kotak-keluar' | '/penilaian' | '/penilaian/tim' | '/penilaian/periode' | '/keberatan' | '/360' | '/layanan-publik' | '/layanan-publik/tren' | '/tim-penilai' | '/tindak-lanjut/peringkat' | '/tindak-lanjut/laporan' | '/pembinaan' | '/penghargaan' | '/siasn' | '/tindak-lanjut-saya' | '/pengembangan' | '/pengembangan/katalog' | '/pengembangan/rekap' | '/angka-kredit' | '/angka-kredit/kelayakan' | '/tpp/saya' | '/tpp' | '/talenta';

interface NavItem {
  to: NavTo;
  label: string;
  testId: string;
}

/** The menu's groups: the stages of the cycle (PermenPANRB 6/2022), then administration and the account. */
type NavGrup = 'perencanaan' | 'pelaksanaan' | 'penilaian' | 'tindakLanjut' | 'administrasi' | 'akunSaya';
interface NavGroup {
  grup: NavGrup;
  items: NavItem[];
}

/** The change-password page: the only one a session with a temporary password may open. */
const GANTI_SANDI = '/ganti-kata-sandi';

/** Roles that see the per-unit roll-up of progress reporting (the server decides per unit). */
const PEMANTAUAN_UNIT_ROLES = ['PIMPINAN', 'PENGELOLA_KINERJA', 'ADMIN_BKPSDM'];
const hasRole = (me: Me, ...roles: string[]) => me.roles.some((r) => roles.includes(r));
/** Roles that see every unit's results (rankings of the whole pemda, the annual report); tim penilai members do too. */
const SELURUH_PEMDA_ROLES = ['ADMIN_BKPSDM', 'PIMPINAN'];

/**
 * The menu, grouped by the stage of the cycle, with only what this person can use: `nav` is the
 * server's answer (GET /beranda/navigasi: has subordinates, sits on a tim penilai, may open the
 * templates, the leader's home, the command centre, the rater analytics), so no page is listed
 * only to be refused.
 */
function navGroups(me: Me, t: TFunction, nav: Navigasi | undefined): { beranda: NavItem; groups: NavGroup[] } {
  const tim = nav?.tim ?? false;
  const anggotaTimPenilai = nav?.timPenilai ?? false;
  const item = (to: NavTo, label: string, testId: string): NavItem => ({ to, label, testId });
  const when = (cond: boolean, i: NavItem) => (cond ? [i] : []);
  const pengelolaAtauLebih = hasRole(me, 'ADMIN_BKPSDM', 'PIMPINAN', 'PENGELOLA_KINERJA');
  const seluruhPemda = hasRole(me, ...SELURUH_PEMDA_ROLES);
  const groups: NavGroup[] = [
    {
      grup: 'perencanaan',
      items: [
        item('/skp', t('nav.skpSaya'), 'nav-skp'),
        ...when(tim, item('/skp/tim', t('nav.skpTim'), 'nav-skp-tim')),
        ...when(tim || pengelolaAtauLebih, item('/perjanjian-kinerja', t('nav.perjanjianKinerja'), 'nav-perjanjian-kinerja')),
        ...when(nav?.templat ?? false, item('/skp/templat', t('nav.skpTemplat'), 'nav-skp-templat')),
        ...when(me.can.lihatDaftarPegawai, item('/skp/monitoring', t('nav.skpMonitoring'), 'nav-skp-monitoring')),
      ],
    },
    {
      grup: 'pelaksanaan',
      items: [
        item('/progres', t('nav.progresSaya'), 'nav-progres'),
        ...when(tim, item('/pemantauan', t('nav.papanTim'), 'nav-papan-tim')),
        ...when(hasRole(me, ...PEMANTAUAN_UNIT_ROLES), item('/pemantauan/unit', t('nav.pemantauanUnit'), 'nav-pemantauan-unit')),
        item('/umpan-balik', t('nav.umpanBalik'), 'nav-umpan-balik'),
        item('/bimbingan', t('nav.bimbingan'), 'nav-bimbingan'),
        item('/kehadiran', t('nav.kehadiran'), 'nav-kehadiran'),
        ...when(tim, item('/kehadiran/tim', t('nav.kehadiranTim'), 'nav-kehadiran-tim')),
        item('/progres/impor', t('nav.imporProgres'), 'nav-impor-progres'),
      ],
    },
    {
      grup: 'penilaian',
      items: [
        item('/penilaian', t('nav.penilaian'), 'nav-penilaian'),
        ...when(tim, item('/penilaian/tim', t('nav.penilaianTim'), 'nav-penilaian-tim')),
        ...when(pengelolaAtauLebih, item('/penilaian/periode', t('nav.penilaianPeriode'), 'nav-penilaian-periode')),
        item('/keberatan', t('nav.keberatan'), 'nav-keberatan'),
        item('/360', t('nav.survei360'), 'nav-360'),
        ...when(pengelolaAtauLebih, item('/layanan-publik', t('nav.layananPublik'), 'nav-layanan-publik')),
        ...when(pengelolaAtauLebih, item('/layanan-publik/tren', t('layananPublik.tren.judul'), 'nav-layanan-publik-tren')),
        // Team members are usually senior officials; the page lists only the caller's teams.
        ...when(anggotaTimPenilai || pengelolaAtauLebih, item('/tim-penilai', t('nav.timPenilai'), 'nav-tim-penilai')),
        ...when(nav?.analitik != null, item('/analitik-penilai', t('nav.analitikPenilai'), 'nav-analitik-penilai')),
      ],
    },
    {
      grup: 'tindakLanjut',
      items: [
        // Follow-up on one page: the pegawai's awards, pembinaan, development plan and hours.
        item('/tindak-lanjut-saya', t('nav.tindakLanjutSaya'), 'nav-tindak-lanjut-saya'),
        item('/pengembangan', t('nav.pengembangan'), 'nav-pengembangan'),
        item('/pengembangan/katalog', t('nav.katalogPelatihan'), 'nav-katalog-pelatihan'),
        ...when(seluruhPemda, item('/pengembangan/rekap', t('nav.rekapPengembangan'), 'nav-rekap-pengembangan')),
        item('/pembinaan', t('nav.pembinaan'), 'nav-pembinaan'),
        item('/penghargaan', t('nav.penghargaan'), 'nav-penghargaan'),
        item('/tpp/saya', t('nav.tppSaya'), 'nav-tpp-saya'),
        ...when(seluruhPemda, item('/tpp', t('nav.tpp'), 'nav-tpp')),
        item('/angka-kredit', t('nav.angkaKredit'), 'nav-angka-kredit'),
        ...when(seluruhPemda, item('/angka-kredit/kelayakan', t('nav.kelayakanAk'), 'nav-kelayakan-ak')),
        ...when(anggotaTimPenilai || seluruhPemda, item('/talenta', t('nav.talenta'), 'nav-talenta')),
        // Rankings: BKPSDM, pimpinan, tim penilai, pengelola kinerja (their perangkat daerah), unit heads (their unit).
        ...when(anggotaTimPenilai || tim || hasRole(me, ...SELURUH_PEMDA_ROLES, 'PENGELOLA_KINERJA'), item('/tindak-lanjut/peringkat', t('nav.peringkatKinerja'), 'nav-peringkat-kinerja')),
        ...when(anggotaTimPenilai || seluruhPemda, item('/tindak-lanjut/laporan', t('nav.laporanTahunan'), 'nav-laporan-tahunan')),
        ...when(hasRole(me, 'ADMIN_BKPSDM'), item('/siasn', t('nav.siasn'), 'nav-siasn')),
      ],
    },
    {
      grup: 'administrasi',
      items: [
        ...when(nav?.pusatKendali ?? false, item('/pusat-kendali', t('nav.pusatKendali'), 'nav-pusat-kendali')),
        ...when(me.can.kelolaOrganisasi || me.can.lihatDaftarPegawai, item('/organisasi', t('nav.organisasi'), 'nav-organisasi')),
        ...when(me.can.lihatDaftarPegawai, item('/pegawai', t('nav.pegawai'), 'nav-pegawai')),
        ...when(me.can.kelolaAkun, item('/akun', t('nav.akun'), 'nav-akun')),
        ...when(me.can.impor, item('/impor', t('nav.impor'), 'nav-impor')),
        ...when(hasRole(me, 'ADMIN_BKPSDM'), item('/kehadiran/impor', t('nav.kehadiranImpor'), 'nav-kehadiran-impor')),
        ...when(hasRole(me, 'ADMIN_BKPSDM', 'ADMIN_SISTEM'), item('/pengaturan', t('nav.pengaturan'), 'nav-pengaturan')),
        ...when(hasRole(me, 'ADMIN_BKPSDM', 'ADMIN_SISTEM'), item('/pengaturan/kotak-keluar', t('nav.kotakKeluar'), 'nav-kotak-keluar')),
        ...when(me.can.lihatAudit, item('/audit', t('nav.audit'), 'nav-audit')),
      ],
    },
    {
      grup: 'akunSaya',
      items: [
        item('/profil', t('nav.profil'), 'nav-profil'),
        ...when(!me.can.kelolaOrganisasi && !me.can.lihatDaftarPegawai, item('/organisasi', t('nav.organisasi'), 'nav-organisasi')),
        item('/bantuan', t('nav.bantuan'), 'nav-bantuan'),
        item(GANTI_SANDI, t('nav.gantiSandi'), 'nav-ganti-sandi'),
      ],
    },
  ];
  return { beranda: item('/', t('nav.beranda'), 'nav-beranda'), groups: groups.filter((g) => g.items.length > 0) };
}

/** The four things a pegawai does most, one tap away at the bottom of a phone's screen. */
function navPonsel(t: TFunction): NavItem[] {
  return [
    { to: '/', label: t('nav.beranda'), testId: 'ponsel-beranda' },
    { to: '/progres', label: t('nav.ponselProgres'), testId: 'ponsel-progres' },
    { to: '/skp', label: t('nav.ponselSkp'), testId: 'ponsel-skp' },
    { to: '/penilaian', label: t('nav.ponselPenilaian'), testId: 'ponsel-penilaian' },
  ];
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
  // What this person can use, decided on the server: no page is asked for only to be refused.
  const nav = useQuery(navigasiQuery);
  const logoutMutation = useLogout();
  const { beranda, groups } = navGroups(me, t, nav.data);
  const items = [beranda, ...groups.flatMap((g) => g.items)];
  const ponsel = navPonsel(t);

  return (
    <AppShell
      header={{ height: 56 }}
      footer={{ height: { base: 52, sm: 0 } }}
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
            <NavLink
              label={beranda.label}
              active={isActive(pathname, beranda.to, items)}
              aria-current={isActive(pathname, beranda.to, items) ? 'page' : undefined}
              data-testid={beranda.testId}
              onClick={close}
              renderRoot={(props) => <Link to={beranda.to} activeOptions={{ exact: true }} {...props} />}
            />
            {groups.map((g) => (
              <Box key={g.grup} component="section" aria-labelledby={`nav-grup-${g.grup}`} mt={6}>
                <Text id={`nav-grup-${g.grup}`} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4} data-testid={`nav-grup-${g.grup}`}>
                  {t(`nav.grup.${g.grup}`)}
                </Text>
                {g.items.map((item) => (
                  <NavLink
                    key={item.to}
                    label={item.label}
                    active={isActive(pathname, item.to, items)}
                    aria-current={isActive(pathname, item.to, items) ? 'page' : undefined}
                    data-testid={item.testId}
                    onClick={close}
                    renderRoot={(props) => <Link to={item.to} activeOptions={{ exact: true }} {...props} />}
                  />
                ))}
              </Box>
            ))}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Footer hiddenFrom="sm" component="nav" aria-label={t('nav.ponsel')} data-testid="nav-ponsel">
        <Group grow gap={0} h="100%" wrap="nowrap">
          {ponsel.map((item) => {
            const aktif = isActive(pathname, item.to, ponsel);
            return (
              <UnstyledButton
                key={item.to}
                renderRoot={(props) => <Link to={item.to} activeOptions={{ exact: true }} {...props} />}
                data-testid={item.testId}
                aria-current={aktif ? 'page' : undefined}
                style={{ textAlign: 'center', height: '100%', borderTop: aktif ? '3px solid var(--mantine-color-blue-6)' : '3px solid transparent' }}
              >
                <Text size="sm" fw={aktif ? 700 : 500} c={aktif ? 'blue.7' : undefined}>
                  {item.label}
                </Text>
              </UnstyledButton>
            );
          })}
        </Group>
      </AppShell.Footer>

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
