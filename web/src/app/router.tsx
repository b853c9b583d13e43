import type { QueryClient } from '@tanstack/react-query';
import {
  Outlet,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { validatePegawaiSearch } from '@/features/pegawai/routes/search';
import { validateCapaianMassalSearch, validateDaftarSearch } from '@/features/beranda/routes/search';
import { validateProgresSearch } from '@/features/realisasi/routes/search';
import { validateKehadiranSearch } from '@/features/kehadiran/routes/search';
import { validatePembinaanSearch } from '@/features/pembinaan/routes/search';
import { validatePengembanganSearch, validateTindakLanjutSayaSearch } from '@/features/pengembangan/routes/search';
import { validateKelayakanSearch } from '@/features/angka-kredit/routes/search';
import { validateTppSayaSearch } from '@/features/tpp/routes/search';
import { validateBantuanSearch, validateGlosariumSearch } from '@/features/bantuan/routes/search';
import { meQueryOptions, type Me } from '@/lib/session';
import { NotFound, RouteError } from './route-fallbacks';
import { Loading } from '@/components/loading';
import { queryClient, setSessionEndedHandler } from './query-client';
import { requireCan, requireRole } from './route-guards';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

function safeRedirect(target: unknown): string {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/masuk') ? target : '/';
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: (raw: Record<string, unknown>): { redirect?: string } =>
    typeof raw['redirect'] === 'string' ? { redirect: raw['redirect'] } : {},
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('@/features/auth/routes/login'), 'LoginPage'),
});

/** Where a user signed in with a temporary password is kept until they change it. */
const GANTI_SANDI = '/ganti-kata-sandi';

/** Every page behind the login: resolves the user once and hands it to the children. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }): Promise<{ me: Me }> => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) {
      const target = location.href === '/' ? undefined : location.href;
      throw redirect({ to: '/masuk', search: target ? { redirect: target } : {} });
    }
    // A temporary password opens nothing but the page to change it (the server refuses the rest).
    if (me.mustChangePassword && location.pathname !== GANTI_SANDI) throw redirect({ to: GANTI_SANDI });
    return { me };
  },
  component: lazyRouteComponent(() => import('./shell'), 'Shell'),
});

/** Help: the guide per role and task, opened by the "?" of every page header (issue 14). */
const bantuanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bantuan',
  validateSearch: validateBantuanSearch,
  component: lazyRouteComponent(() => import('@/features/bantuan/routes/bantuan'), 'BantuanPage'),
});

const glosariumRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bantuan/glosarium',
  validateSearch: validateGlosariumSearch,
  component: lazyRouteComponent(() => import('@/features/bantuan/routes/glosarium'), 'GlosariumPage'),
});

/** Beranda: the home of each role ("what needs me now?"), the pegawai's with "Catat progres" first. */
const berandaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./beranda'), 'BerandaPage'),
});

const profilRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profil',
  component: lazyRouteComponent(() => import('@/features/profil/routes/profil'), 'ProfilPage'),
});

/** The people behind a figure of a home (the server answers with the figure's own query). */
const berandaDaftarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/beranda/daftar',
  validateSearch: validateDaftarSearch,
  component: lazyRouteComponent(() => import('@/features/beranda/routes/daftar'), 'DaftarPage'),
});

/** BKPSDM's command centre (also a view of the home). */
const pusatKendaliRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pusat-kendali',
  beforeLoad: requireRole('ADMIN_BKPSDM'),
  component: lazyRouteComponent(() => import('./pusat-kendali'), 'PusatKendaliPage'),
});

const capaianMassalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pusat-kendali/capaian',
  validateSearch: validateCapaianMassalSearch,
  component: lazyRouteComponent(() => import('@/features/beranda/routes/capaian-massal'), 'CapaianMassalPage'),
});

const analitikPenilaiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/analitik-penilai',
  component: lazyRouteComponent(() => import('@/features/beranda/routes/analitik'), 'AnalitikPenilaiPage'),
});

const gantiSandiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ganti-kata-sandi',
  component: lazyRouteComponent(() => import('@/features/auth/routes/change-password'), 'ChangePasswordPage'),
});

const organisasiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organisasi',
  component: lazyRouteComponent(() => import('@/features/organisasi/routes/organisasi'), 'OrganisasiPage'),
});

const pegawaiListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pegawai',
  validateSearch: validatePegawaiSearch,
  beforeLoad: requireCan('lihatDaftarPegawai'),
  component: lazyRouteComponent(() => import('@/features/pegawai/routes/pegawai-list'), 'PegawaiListPage'),
});

const pegawaiCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pegawai/baru',
  beforeLoad: requireCan('kelolaPegawai'),
  component: lazyRouteComponent(() => import('@/features/pegawai/routes/pegawai-form-page'), 'PegawaiCreatePage'),
});

const pegawaiDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pegawai/$pegawaiId',
  component: lazyRouteComponent(() => import('@/features/pegawai/routes/pegawai-detail'), 'PegawaiDetailPage'),
});

const pegawaiEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pegawai/$pegawaiId/ubah',
  beforeLoad: requireCan('kelolaPegawai'),
  component: lazyRouteComponent(() => import('@/features/pegawai/routes/pegawai-form-page'), 'PegawaiEditPage'),
});

const akunRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/akun',
  beforeLoad: requireCan('kelolaAkun'),
  component: lazyRouteComponent(() => import('@/features/akun/routes/akun'), 'AkunPage'),
});

const imporRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/impor',
  beforeLoad: requireCan('impor'),
  component: lazyRouteComponent(() => import('@/features/impor/routes/impor'), 'ImporPage'),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  beforeLoad: requireCan('lihatAudit'),
  component: lazyRouteComponent(() => import('@/features/audit/routes/audit'), 'AuditPage'),
});

const skpSayaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp',
  component: lazyRouteComponent(() => import('@/features/skp/routes/skp-saya'), 'SkpSayaPage'),
});

const skpTimRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/tim',
  component: lazyRouteComponent(() => import('@/features/skp/routes/skp-tim'), 'SkpTimPage'),
});

const skpTemplatRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/templat',
  component: lazyRouteComponent(() => import('@/features/skp-template/routes/skp-template'), 'SkpTemplatePage'),
});

const skpMonitoringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/monitoring',
  component: lazyRouteComponent(() => import('@/features/skp-monitoring/routes/skp-monitoring'), 'SkpMonitoringPage'),
});

const skpDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/$id',
  component: lazyRouteComponent(() => import('@/features/skp/routes/skp-detail'), 'SkpDetailPage'),
});

const skpMatriksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/$id/matriks',
  component: lazyRouteComponent(() => import('@/features/skp/routes/skp-matriks'), 'SkpMatriksPage'),
});

const progresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/progres',
  validateSearch: validateProgresSearch,
  component: lazyRouteComponent(() => import('@/features/realisasi/routes/progres-saya'), 'ProgresSayaPage'),
});

const imporProgresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/progres/impor',
  component: lazyRouteComponent(() => import('@/features/realisasi/routes/impor-progres'), 'ImporProgresPage'),
});

const perjanjianKinerjaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/perjanjian-kinerja',
  component: lazyRouteComponent(() => import('@/features/perjanjian-kinerja/routes/perjanjian-kinerja'), 'PerjanjianKinerjaPage'),
});

/** Public: people scan the QR code of any printed document (SKP, evaluation, unit result); no login, outside the app shell. */
const verifikasiRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verifikasi/$jenis/$id',
  validateSearch: (raw: Record<string, unknown>): { h?: string } => (typeof raw['h'] === 'string' && raw['h'] ? { h: raw['h'] } : {}),
  component: lazyRouteComponent(() => import('@/features/verifikasi/routes/verifikasi'), 'VerifikasiPage'),
});

/** Public: the feedback form a member of the public opens from a service point's QR poster; no login, outside the shell. */
const layananPublikFormRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/l/$kode',
  component: lazyRouteComponent(() => import('@/features/layanan-publik/routes/form-publik'), 'FormPublikPage'),
});

const layananPublikTitikRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/layanan-publik',
  component: lazyRouteComponent(() => import('@/features/layanan-publik/routes/titik-layanan'), 'TitikLayananPage'),
});

const layananPublikTrenRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/layanan-publik/tren',
  component: lazyRouteComponent(() => import('@/features/layanan-publik/routes/tren'), 'TrenLayananPage'),
});

/** 360° feedback; notifications link to /360?peran=setujui and /360?peran=saya. */
const survei360Route = createRoute({
  getParentRoute: () => appRoute,
  path: '/360',
  validateSearch: (raw: Record<string, unknown>): { peran?: 'saya' | 'setujui' | 'jawab' } =>
    raw['peran'] === 'saya' || raw['peran'] === 'setujui' || raw['peran'] === 'jawab' ? { peran: raw['peran'] } : {},
  component: lazyRouteComponent(() => import('@/features/survei-360/routes/survei-360'), 'Survei360Page'),
});

const kuesioner360Route = createRoute({
  getParentRoute: () => appRoute,
  path: '/360/kuesioner/$id',
  component: lazyRouteComponent(() => import('@/features/survei-360/routes/kuesioner'), 'Kuesioner360Page'),
});

const timPenilaiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tim-penilai',
  component: lazyRouteComponent(() => import('@/features/tim-penilai/routes/tim-list'), 'TimPenilaiPage'),
});

const timPenilaiHasilRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tim-penilai/$id',
  component: lazyRouteComponent(() => import('@/features/tim-penilai/routes/tim-hasil'), 'TimHasilPage'),
});

/** Tindak lanjut: rankings (the server decides the groups a caller may see; a 403 is explained on the page). */
const peringkatKinerjaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tindak-lanjut/peringkat',
  component: lazyRouteComponent(() => import('@/features/tindak-lanjut/routes/peringkat'), 'PeringkatPage'),
});

const laporanTahunanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tindak-lanjut/laporan',
  component: lazyRouteComponent(() => import('@/features/tindak-lanjut/routes/laporan'), 'LaporanTahunanPage'),
});

/** Pembinaan cases: my own, my team's (as pejabat penilai) or the pemda's (BKPSDM, pimpinan; the server decides). */
const pembinaanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pembinaan',
  validateSearch: validatePembinaanSearch,
  component: lazyRouteComponent(() => import('@/features/pembinaan/routes/pembinaan-list'), 'PembinaanListPage'),
});

/** One case with its rencana perbaikan (where a pembinaan notification leads). */
const pembinaanDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pembinaan/$id',
  component: lazyRouteComponent(() => import('@/features/pembinaan/routes/pembinaan-detail'), 'PembinaanDetailPage'),
});

/** Award rounds (BKPSDM, pimpinan, a kepala perangkat daerah; the server decides) and everyone's given awards with their piagam. */
const penghargaanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penghargaan',
  component: lazyRouteComponent(() => import('@/features/penghargaan/routes/penghargaan'), 'PenghargaanPage'),
});

/** One award round: candidates, the ranked suggestions, the decision. */
const rondePenghargaanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penghargaan/ronde/$id',
  component: lazyRouteComponent(() => import('@/features/penghargaan/routes/ronde-detail'), 'RondeDetailPage'),
});

/** My follow-up on one page (awards, open pembinaan, development plan, hours) and my team's. */
const tindakLanjutSayaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tindak-lanjut-saya',
  validateSearch: validateTindakLanjutSayaSearch,
  component: lazyRouteComponent(() => import('@/features/pengembangan/routes/tindak-lanjut-saya'), 'TindakLanjutSayaPage'),
});

/** My development year: needs, suggestions, the plan agreed with my superior, training with certificates. */
const pengembanganRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengembangan',
  validateSearch: validatePengembanganSearch,
  component: lazyRouteComponent(() => import('@/features/pengembangan/routes/pengembangan-pegawai'), 'PengembanganSayaPage'),
});

/** A pegawai's development year as their superior, BKPSDM or pimpinan sees it (the server decides). */
const pengembanganPegawaiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengembangan/pegawai/$id',
  validateSearch: validatePengembanganSearch,
  component: lazyRouteComponent(() => import('@/features/pengembangan/routes/pengembangan-pegawai'), 'PengembanganPegawaiPage'),
});

/** The pemda's training catalogue (everyone reads; BKPSDM keeps it). */
const katalogPelatihanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengembangan/katalog',
  component: lazyRouteComponent(() => import('@/features/pengembangan/routes/katalog'), 'KatalogPage'),
});

/** The year's hours per perangkat daerah and the most common needs (BKPSDM, pimpinan). */
const rekapPengembanganRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengembangan/rekap',
  beforeLoad: requireRole('ADMIN_BKPSDM', 'PIMPINAN'),
  validateSearch: validatePengembanganSearch,
  component: lazyRouteComponent(() => import('@/features/pengembangan/routes/rekap'), 'RekapPengembanganPage'),
});

/** My angka kredit ledger (pejabat fungsional): entries, balance against the next pangkat and jenjang, PAK. */
const angkaKreditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/angka-kredit',
  component: lazyRouteComponent(() => import('@/features/angka-kredit/routes/buku'), 'AngkaKreditSayaPage'),
});

/** A pegawai's ledger as their superior, BKPSDM or pimpinan sees it (the server decides); BKPSDM records entries and PAK here. */
const angkaKreditPegawaiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/angka-kredit/pegawai/$id',
  component: lazyRouteComponent(() => import('@/features/angka-kredit/routes/buku'), 'AngkaKreditPegawaiPage'),
});

/** Every pejabat fungsional against the next pangkat and jenjang; opening balances import (BKPSDM, pimpinan). */
const kelayakanAkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/angka-kredit/kelayakan',
  beforeLoad: requireRole('ADMIN_BKPSDM', 'PIMPINAN'),
  validateSearch: validateKelayakanSearch,
  component: lazyRouteComponent(() => import('@/features/angka-kredit/routes/kelayakan'), 'KelayakanPage'),
});

/** My TPP of a month: what is paid, each component, every deduction with its day. */
const tppSayaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tpp/saya',
  validateSearch: validateTppSayaSearch,
  component: lazyRouteComponent(() => import('@/features/tpp/routes/tpp-saya'), 'TppSayaPage'),
});

/** The pemda's TPP scheme and monthly runs (BKPSDM; pimpinan read). */
const tppRunRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tpp',
  beforeLoad: requireRole('ADMIN_BKPSDM', 'PIMPINAN'),
  component: lazyRouteComponent(() => import('@/features/tpp/routes/tpp-run'), 'TppRunPage'),
});

/** One TPP run: per perangkat daerah with the payroll XLSX, who could not be calculated, the approval. */
const tppRunDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tpp/run/$id',
  beforeLoad: requireRole('ADMIN_BKPSDM', 'PIMPINAN'),
  component: lazyRouteComponent(() => import('@/features/tpp/routes/tpp-run-detail'), 'TppRunDetailPage'),
});

/** The talent map: nine-box, the people behind each box, vacant posts and their candidates (BKPSDM, pimpinan; the tim penilai too — the server decides). */
const talentaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/talenta',
  component: lazyRouteComponent(() => import('@/features/talenta/routes/peta'), 'PetaTalentaPage'),
});

const siasnRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/siasn',
  beforeLoad: requireRole('ADMIN_BKPSDM'),
  component: lazyRouteComponent(() => import('@/features/siasn/routes/siasn'), 'SiasnPage'),
});

const papanTimRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pemantauan',
  component: lazyRouteComponent(() => import('@/features/pemantauan/routes/papan-tim'), 'PapanTimPage'),
});

const pemantauanUnitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pemantauan/unit',
  component: lazyRouteComponent(() => import('@/features/pemantauan/routes/pemantauan-unit'), 'PemantauanUnitPage'),
});

/** A subordinate's progress with each entry's feedback thread (composed in ./progres-pegawai). */
const progresPegawaiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pemantauan/pegawai/$pegawaiId',
  component: lazyRouteComponent(() => import('./progres-pegawai'), 'ProgresPegawaiRoute'),
});

/** Links in reminder e-mails and notifications ("/realisasi") lead to the pegawai's progress page. */
const realisasiAliasRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/realisasi',
  beforeLoad: () => {
    throw redirect({ to: '/progres' });
  },
});

/** One progress entry with its feedback thread (where a feedback notification leads). */
const realisasiDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/realisasi/$id',
  component: lazyRouteComponent(() => import('./progres-pegawai'), 'RealisasiDetailRoute'),
});

const umpanBalikSayaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/umpan-balik',
  // A notification about someone else's feedback (a reply to the superior) opens that pegawai's page.
  validateSearch: (raw: Record<string, unknown>): { pegawaiId?: string } =>
    typeof raw['pegawaiId'] === 'string' ? { pegawaiId: raw['pegawaiId'] } : {},
  beforeLoad: ({ context, search }) => {
    if (search.pegawaiId && search.pegawaiId !== context.me.pegawaiId) {
      throw redirect({ to: '/umpan-balik/pegawai/$pegawaiId', params: { pegawaiId: search.pegawaiId } });
    }
  },
  component: lazyRouteComponent(() => import('@/features/umpan-balik/routes/umpan-balik-saya'), 'UmpanBalikSayaPage'),
});

const umpanBalikPegawaiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/umpan-balik/pegawai/$pegawaiId',
  component: lazyRouteComponent(() => import('@/features/umpan-balik/routes/umpan-balik-pegawai'), 'UmpanBalikPegawaiPage'),
});

const bimbinganRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bimbingan',
  component: lazyRouteComponent(() => import('@/features/bimbingan/routes/bimbingan-list'), 'BimbinganListPage'),
});

const bimbinganDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bimbingan/$id',
  component: lazyRouteComponent(() => import('@/features/bimbingan/routes/bimbingan-detail'), 'BimbinganDetailPage'),
});

const kehadiranRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kehadiran',
  validateSearch: validateKehadiranSearch,
  component: lazyRouteComponent(() => import('@/features/kehadiran/routes/kehadiran-rekap'), 'KehadiranRekapPage'),
});

const kehadiranTimRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kehadiran/tim',
  component: lazyRouteComponent(() => import('@/features/kehadiran/routes/kehadiran-tim'), 'KehadiranTimPage'),
});

const kehadiranImporRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kehadiran/impor',
  beforeLoad: requireRole('ADMIN_BKPSDM'),
  component: lazyRouteComponent(() => import('@/features/kehadiran/routes/kehadiran-impor'), 'KehadiranImporPage'),
});

const pengaturanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan',
  beforeLoad: requireRole('ADMIN_BKPSDM', 'ADMIN_SISTEM'),
  component: lazyRouteComponent(() => import('@/features/pengaturan/routes/pengaturan'), 'PengaturanPage'),
});

const emailOutboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/kotak-keluar',
  beforeLoad: requireRole('ADMIN_BKPSDM', 'ADMIN_SISTEM'),
  component: lazyRouteComponent(() => import('@/features/pengaturan/routes/email-outbox'), 'EmailOutboxPage'),
});

const penilaianSayaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian',
  component: lazyRouteComponent(() => import('@/features/penilaian/routes/penilaian-list'), 'PenilaianSayaPage'),
});

const penilaianTimRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/tim',
  component: lazyRouteComponent(() => import('@/features/penilaian/routes/penilaian-list'), 'PenilaianTimPage'),
});

const penilaianPeriodeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/periode',
  component: lazyRouteComponent(() => import('@/features/penilaian/routes/periode'), 'PeriodePage'),
});

const penilaianUnitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/periode/$id',
  component: lazyRouteComponent(() => import('@/features/penilaian/routes/unit'), 'UnitPage'),
});

const penilaianCapaianRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/capaian/$periodeId/$unitId',
  component: lazyRouteComponent(() => import('@/features/penilaian/routes/capaian'), 'CapaianPage'),
});

const evaluasiHasilRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/evaluasi/$id',
  component: lazyRouteComponent(() => import('@/features/penilaian/routes/evaluasi-hasil'), 'EvaluasiHasilPage'),
});

/** The rating screen: one subordinate, the team list and the unit's live curve. */
const evaluasiNilaiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/evaluasi/$id/nilai',
  component: lazyRouteComponent(() => import('@/features/penilaian/routes/evaluasi-nilai'), 'EvaluasiNilaiPage'),
});

const keberatanListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/keberatan',
  component: lazyRouteComponent(() => import('@/features/keberatan/routes/keberatan-list'), 'KeberatanListPage'),
});

const keberatanBaruRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/keberatan/baru',
  validateSearch: (raw: Record<string, unknown>): { evaluasiId?: string } =>
    typeof raw['evaluasiId'] === 'string' ? { evaluasiId: raw['evaluasiId'] } : {},
  component: lazyRouteComponent(() => import('@/features/keberatan/routes/keberatan-baru'), 'KeberatanBaruPage'),
});

const keberatanDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/keberatan/$id',
  component: lazyRouteComponent(() => import('@/features/keberatan/routes/keberatan-detail'), 'KeberatanDetailPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  verifikasiRoute,
  layananPublikFormRoute,
  appRoute.addChildren([
    berandaRoute,
    profilRoute,
    berandaDaftarRoute,
    pusatKendaliRoute,
    capaianMassalRoute,
    analitikPenilaiRoute,
    gantiSandiRoute,
    organisasiRoute,
    pegawaiListRoute,
    pegawaiCreateRoute,
    pegawaiDetailRoute,
    pegawaiEditRoute,
    akunRoute,
    imporRoute,
    auditRoute,
    skpSayaRoute,
    skpTimRoute,
    skpTemplatRoute,
    skpMonitoringRoute,
    skpDetailRoute,
    skpMatriksRoute,
    perjanjianKinerjaRoute,
    progresRoute,
    imporProgresRoute,
    papanTimRoute,
    layananPublikTitikRoute,
    layananPublikTrenRoute,
    survei360Route,
    kuesioner360Route,
    timPenilaiRoute,
    timPenilaiHasilRoute,
    peringkatKinerjaRoute,
    laporanTahunanRoute,
    pembinaanRoute,
    pembinaanDetailRoute,
    penghargaanRoute,
    tindakLanjutSayaRoute,
    pengembanganRoute,
    pengembanganPegawaiRoute,
    katalogPelatihanRoute,
    rekapPengembanganRoute,
    angkaKreditRoute,
    angkaKreditPegawaiRoute,
    kelayakanAkRoute,
    tppSayaRoute,
    tppRunRoute,
    tppRunDetailRoute,
    talentaRoute,
    rondePenghargaanRoute,
    
    siasnRoute,
    pemantauanUnitRoute,
    progresPegawaiRoute,
    realisasiAliasRoute,
    realisasiDetailRoute,
    umpanBalikSayaRoute,
    umpanBalikPegawaiRoute,
    bimbinganRoute,
    bimbinganDetailRoute,
    kehadiranRoute,
    kehadiranTimRoute,
    kehadiranImporRoute,
    pengaturanRoute,
    emailOutboxRoute,
    penilaianSayaRoute,
    penilaianTimRoute,
    penilaianPeriodeRoute,
    penilaianUnitRoute,
    penilaianCapaianRoute,
    evaluasiHasilRoute,
    evaluasiNilaiRoute,
    keberatanListRoute,
    keberatanBaruRoute,
    keberatanDetailRoute,
    bantuanRoute,
    glosariumRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: Loading,
  defaultErrorComponent: RouteError,
  scrollRestoration: true,
});

setSessionEndedHandler(() => {
  if (router.state.location.pathname !== '/masuk') void router.navigate({ to: '/masuk' });
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
