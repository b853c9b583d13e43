/**
 * The homes per role and the BKPSDM command centre: figures computed here from the repository's
 * predicates, each sent with the query of the list behind it (`daftar`), which runs the same
 * predicate over the same scope. The judging (stage, attention, rater flags) is in @capaian/domain.
 */
import {
  ALASAN_PERHATIAN,
  HARI_LAYANAN_PUBLIK,
  JENIS_UNIT_PUCUK,
  PREDIKATS,
  PREDIKAT_LABEL,
  SKP_WORKFLOW,
  TAHAP_SIKLUS_LABEL,
  alasanPerhatian,
  analisisPenilai,
  ringkasDistribusi,
  batasPutusanKeberatan,
  deadlineSkp,
  endOfDayIn,
  isKeberatanOpen,
  isSkpTerlambat,
  keberatanDeadline,
  keberatanLewatSampai,
  labelPeriode,
  rentangBulan,
  skpWorkflow,
  statesAllowing,
  tahapSiklus,
  todayIn,
  type Predikat,
  type SkpState,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { jsonTersimpan, type JsonTersimpan } from '../core/http.js';
import { errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { recordAudit } from '../audit/service.js';
import { notifyFrom } from '../notifikasi/service.js';
import { namaLengkapBaris, unitDalam, type OrganisasiService } from '../organisasi/service.js';
import { anggotaTimPada } from '../tim-penilai/service.js';
import { simpananSingkat } from '../core/simpanan-singkat.js';
import { berandaPolicy } from './policy.js';
import { berandaRepository as repo, type Hitungan, type Konteks, type Populasi } from './repository.js';
import { BerandaPimpinan, PusatKendali } from '@capaian/contract/beranda';
import type {
  AnalitikPenilai,
  AnalitikQuery,
  Angka,
  BarisAnalitik,
  BerandaPenilai,
  BerandaSaya,
  DaftarFilter,
  DaftarQuery,
  DaftarResult,
  Indikator,
  Navigasi,
  PenilaiPage,
  PenilaiQuery,
  RegisterKeberatan,
  RegisterKeberatanQuery,
} from '@capaian/contract/beranda';

const JUDUL: Readonly<Record<Indikator, string>> = {
  SKP_MENUNGGU: 'SKP menunggu persetujuan Anda',
  SKP_BELUM: 'SKP belum disetujui',
  SKP_DISETUJUI: 'SKP disetujui',
  BELUM_LAPOR: 'Belum melaporkan progres bulan ini',
  SUDAH_LAPOR: 'Sudah melaporkan progres bulan ini',
  MENUNGGU_UMPAN_BALIK: 'Progres menunggu umpan balik',
  PENILAIAN_BELUM: 'Penilaian belum diberikan',
  PENILAIAN_SELESAI: 'Penilaian sudah diberikan',
  PREDIKAT: 'Predikat kinerja',
  PERLU_PERHATIAN: 'Predikat di bawah Baik',
};

/** The SKP and rating figures of the pejabat penilai's home count what is assigned to them. */
const MILIK_PENILAI: ReadonlySet<Indikator> = new Set(['SKP_MENUNGGU', 'PENILAIAN_BELUM', 'PENILAIAN_SELESAI', 'PREDIKAT']);

type Periode = Awaited<ReturnType<typeof repo.periode>>[number];
const labelOf = (p: Pick<Periode, 'jenis' | 'tahun' | 'nomor'>) => labelPeriode(p);
const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d).toISOString();

/** What the homes ask of other features, wired in the composition root. */
export interface BerandaDeps {
  bolehDibuka(actor: Actor): Promise<boolean>;
}
export interface PengirimPengingatSkp {
  pengingat(actor: Actor, body: { tahun: number }): Promise<{ dikirim: number }>;
}

/**
 * How long the aggregate figures of a scope (the leaders' homes, the command centre) are served
 * before they are computed again: a pemda of 16,000 spends about a second of database time on
 * them, so each pemda and scope computes them at most once a minute and in one query at a time;
 * the lists behind the figures are always live. Decision 0016.
 */
export const FIGUR_SEGAR_MS = 60_000;
export const FIGUR_BASI_MS = 10 * 60_000;

export function createBerandaService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, templat: BerandaDeps, skpMonitoring: PengirimPengingatSkp, clock: () => Date) {
  const figur = simpananSingkat({ segarMs: FIGUR_SEGAR_MS, basiMs: FIGUR_BASI_MS, maks: 2000 });

  /** Today, the year and month looked at, the SKP deadline and what waits on a pejabat penilai. */
  async function waktu(instansiId: string, tahun?: number, bulan?: number) {
    const { zona } = await pengaturan.info(instansiId);
    const now = clock();
    const hariIni = todayIn(zona, now);
    const thIni = Number(hariIni.slice(0, 4));
    const th = tahun ?? thIni;
    const bl = bulan ?? (th === thIni ? Number(hariIni.slice(5, 7)) : 12);
    const [{ aturan }, kini] = await Promise.all([pengaturan.aturanPada(instansiId, `${th}-01-01`), pengaturan.aturanPada(instansiId, hariIni)]);
    const deadline = deadlineSkp(aturan, th, zona);
    const { mulai, selesai } = rentangBulan(th, bl);
    return {
      zona,
      now,
      hariIni,
      tahun: th,
      bulan: bl,
      mulai,
      selesai,
      batasSkp: deadline.skpDeadline,
      skpLewat: isSkpTerlambat(now, deadline),
      menungguPenilai: statesAllowing(skpWorkflow(kini.aturan.reviuPengelola), 'setujui') as readonly string[],
      keberatan: { zonaWaktu: zona, keberatanHari: kini.aturan.keberatanHari },
    };
  }
  type Waktu = Awaited<ReturnType<typeof waktu>>;

  const konteks = (actor: Actor, w: Waktu, periodeId: string | null, predikat: Predikat | null = null, milikSaya = false): Konteks => ({
    instansiId: actor.instansiId,
    tahun: w.tahun,
    bulanMulai: w.mulai,
    bulanSelesai: w.selesai,
    periodeId,
    predikat,
    pegawaiId: actor.pegawaiId,
    menungguPenilai: w.menungguPenilai,
    milikSaya,
  });

  /** The perangkat daerah (or the sekretariat daerah) whose head seat the caller holds today. */
  async function pdDipimpin(actor: Actor) {
    const seats = await organisasi.seatUnitsOf(actor.instansiId, actor.pegawaiId);
    if (seats.length === 0) return { pd: [] as Array<{ id: string; nama: string }>, pucuk: false };
    const units = await repo.unitPimpinan(db, actor.instansiId, seats);
    return { pd: units.filter((u) => u.perangkat_daerah && !JENIS_UNIT_PUCUK.has(u.jenis)).map((u) => ({ id: u.id, nama: u.nama })), pucuk: units.some((u) => JENIS_UNIT_PUCUK.has(u.jenis)) };
  }

  /** The pemda (sekda, BKPSDM, pimpinan, admin sistem) or null. */
  async function bolehPemda(actor: Actor, pucuk?: boolean) {
    if (berandaPolicy.pemda(actor)) return true;
    return pucuk ?? (await pdDipimpin(actor)).pucuk;
  }

  /** A unit the caller may open: anywhere for the pemda's viewers, else inside the perangkat daerah they head or manage. 404 for another pemda's. */
  async function bukaUnit(actor: Actor, unitId: string) {
    const unit = await repo.unit(db, actor.instansiId, unitId);
    if (!unit) throw errors.notFound('Unit kerja');
    const { pd, pucuk } = await pdDipimpin(actor);
    if (await bolehPemda(actor, pucuk)) return unit;
    const akar = berandaPolicy.akarUnit(actor, pd.map((p) => p.id));
    if (akar.length && (await unitDalam(db, actor.instansiId, unit.id, akar))) return unit;
    throw errors.forbidden('melihat data unit ini');
  }

  /** The population of a list's scope, after the scope check. */
  async function populasi(actor: Actor, f: Pick<DaftarFilter, 'lingkup' | 'unitId'>): Promise<Populasi> {
    if (f.lingkup === 'tim') return { kind: 'pegawai', ids: await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId) };
    if (f.lingkup === 'pemda') {
      if (!(await bolehPemda(actor))) throw errors.forbidden('melihat data seluruh pemda');
      return { kind: 'pemda' };
    }
    if (!f.unitId) throw errors.validation({ unitId: 'wajib diisi untuk lingkup unit' });
    return { kind: 'unit', rootIds: [(await bukaUnit(actor, f.unitId)).id] };
  }

  const angka = (nilai: number, daftar: DaftarFilter): Angka => ({ nilai, daftar });

  /** The latest period of the year with final results (the predikat shown), and the open ones. */
  async function periodeInfo(instansiId: string, tahun: number) {
    const all = await repo.periode(db, instansiId);
    const terbuka = all.filter((p) => p.status === 'DIBUKA');
    const hasil = all.find((p) => p.ada_final && p.tahun <= tahun) ?? null;
    const tahunan = all.filter((p) => p.jenis === 'TAHUNAN' && p.ditutup_at).sort((a, b) => iso(b.ditutup_at!).localeCompare(iso(a.ditutup_at!)))[0] ?? null;
    return { terbuka, hasil, tahunan };
  }

  const distribusiAngka = (counts: Partial<Record<Predikat, number>>, base: Omit<DaftarFilter, 'indikator' | 'predikat'>) =>
    Object.fromEntries(PREDIKATS.map((p) => [p, angka(counts[p] ?? 0, { ...base, indikator: 'PREDIKAT', predikat: p })])) as Record<Predikat, Angka>;

  return {
    /** What the menu shows: decided here so no page is opened only to be refused. */
    async navigasi(actor: Actor): Promise<Navigasi> {
      const tahun = Number((await pengaturan.hariIni(actor.instansiId)).slice(0, 4));
      const [bawahan, anggota, bolehTemplat, { pd, pucuk }] = await Promise.all([
        organisasi.bawahanOf(actor.instansiId, actor.pegawaiId),
        anggotaTimPada(db, actor.instansiId, tahun, actor.pegawaiId),
        templat.bolehDibuka(actor),
        pdDipimpin(actor),
      ]);
      const semua = berandaPolicy.analitikSemua(actor, anggota);
      return {
        tim: bawahan.length > 0,
        timPenilai: anggota,
        templat: bolehTemplat,
        pimpinan: pd.length > 0 || pucuk || berandaPolicy.pemda(actor),
        kepalaPerangkatDaerah: pd.length > 0 || pucuk,
        pusatKendali: berandaPolicy.pusatKendali(actor),
        analitik: semua ? 'semua' : bawahan.length > 0 ? 'sendiri' : null,
      };
    },

    /** The list behind a figure. */
    async daftar(actor: Actor, q: DaftarQuery): Promise<DaftarResult> {
      const pop = await populasi(actor, q);
      if ((q.indikator === 'PREDIKAT') !== (q.predikat !== undefined)) throw errors.validation({ predikat: q.indikator === 'PREDIKAT' ? 'wajib diisi untuk indikator PREDIKAT' : 'hanya untuk indikator PREDIKAT' });
      if (['PENILAIAN_BELUM', 'PENILAIAN_SELESAI', 'PREDIKAT', 'PERLU_PERHATIAN'].includes(q.indikator) && !q.periodeId) throw errors.validation({ periodeId: 'wajib diisi untuk indikator penilaian' });
      const w = await waktu(actor.instansiId, q.tahun, q.bulan);
      const k = konteks(actor, w, q.periodeId ?? null, q.predikat ?? null, q.lingkup === 'tim' && MILIK_PENILAI.has(q.indikator));
      // The pejabat penilai's own SKP and ratings: whoever they are assigned, not only today's subordinates.
      const popFinal: Populasi = k.milikSaya ? { kind: 'ditugaskan', penilaiId: actor.pegawaiId, tahun: w.tahun, periodeIds: q.periodeId ? [q.periodeId] : [] } : pop;
      const rows = await repo.daftar(db, popFinal, q.indikator, k, q.page, q.pageSize);
      // A page past the end carries no window totals: one row of the first page does.
      const ringkas = rows[0] ?? (q.page > 1 ? (await repo.daftar(db, popFinal, q.indikator, k, 1, 1))[0] : undefined);
      return {
        judul: q.indikator === 'PREDIKAT' && q.predikat ? `${JUDUL.PREDIKAT}: ${PREDIKAT_LABEL[q.predikat]}` : JUDUL[q.indikator],
        items: rows.map((r) => ({
          pegawaiId: r.pegawai_id,
          nip: r.nip,
          nama: namaLengkapBaris(r),
          jabatan: r.jabatan,
          unit: r.unit_nama,
          jumlah: r.jumlah,
          tautan: r.tautan,
        })),
        total: ringkas?.total ?? 0,
        jumlah: ringkas?.jumlah_total ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** The pegawai's home: this month against the rencana aksi, deadlines, new feedback, the last result and its keberatan window. */
    async saya(actor: Actor): Promise<BerandaSaya> {
      const w = await waktu(actor.instansiId);
      const [s, hasil] = await Promise.all([
        repo.saya(db, actor.instansiId, actor.pegawaiId, w.tahun, w.mulai, w.selesai),
        repo.hasilTerakhir(db, actor.instansiId, actor.pegawaiId),
      ]);
      const skpBerlaku = s.skp_status === 'DISETUJUI' || s.skp_status === 'DALAM_REVISI';
      const tenggat: BerandaSaya['tenggat'] = [];
      if (!skpBerlaku) tenggat.push({ label: 'Batas persetujuan SKP', tanggal: w.batasSkp, lewat: w.skpLewat, tautan: s.skp_id ? `/skp/${s.skp_id}` : '/skp' });
      if (s.rencana > s.tercapai) tenggat.push({ label: `Rencana aksi bulan ini: ${s.rencana - s.tercapai} belum tercapai`, tanggal: w.selesai, lewat: w.hariIni > w.selesai, tautan: '/progres' });
      let keberatan: { sampai: string; terbuka: boolean } | null = null;
      if (hasil?.disampaikan_at) {
        const sampai = keberatanDeadline(new Date(hasil.disampaikan_at), w.keberatan);
        keberatan = { sampai: sampai.toISOString(), terbuka: isKeberatanOpen(new Date(hasil.disampaikan_at), w.now, w.keberatan) };
        if (keberatan.terbuka) tenggat.push({ label: `Batas pengajuan keberatan (${labelOf(hasil)})`, tanggal: todayIn(w.zona, sampai), lewat: false, tautan: `/penilaian/evaluasi/${hasil.id}` });
      }
      return {
        tahun: w.tahun,
        bulan: w.bulan,
        hariIni: w.hariIni,
        skp: s.skp_id && s.skp_status ? { id: s.skp_id, status: s.skp_status, statusLabel: SKP_WORKFLOW.stateLabel[s.skp_status as SkpState] ?? s.skp_status } : null,
        progres: { rencanaAksi: s.rencana, tercapai: s.tercapai, entri: s.entri, terakhirLapor: s.terakhir },
        umpanBalikBaru: s.umpan_balik,
        tenggat: tenggat.sort((a, b) => a.tanggal.localeCompare(b.tanggal)),
        hasilTerakhir: hasil ? { evaluasiId: hasil.id, periode: labelOf(hasil), predikat: hasil.predikat, keberatan } : null,
      };
    },

    /** The pejabat penilai's home: SKP waiting, who has not reported, entries waiting for feedback, ratings due. */
    async penilai(actor: Actor): Promise<BerandaPenilai> {
      const w = await waktu(actor.instansiId);
      const [bawahan, per] = await Promise.all([organisasi.bawahanOf(actor.instansiId, actor.pegawaiId), periodeInfo(actor.instansiId, w.tahun)]);
      const tim: Populasi = { kind: 'pegawai', ids: bawahan };
      const base = { lingkup: 'tim' as const, tahun: w.tahun, bulan: w.bulan };
      const [h, mine] = await Promise.all([
        repo.hitung(db, tim, konteks(actor, w, null), { belumLapor: { ind: 'BELUM_LAPOR' }, umpanBalik: { ind: 'MENUNGGU_UMPAN_BALIK' } }),
        repo.hitung(db, { kind: 'ditugaskan', penilaiId: actor.pegawaiId, tahun: w.tahun, periodeIds: per.terbuka.map((p) => p.id) }, konteks(actor, w, null, null, true), {
          skpMenunggu: { ind: 'SKP_MENUNGGU' },
          ...Object.fromEntries(
            per.terbuka.flatMap((p) => [
              [`belum_${p.id}`, { ind: 'PENILAIAN_BELUM' as const, k: { periodeId: p.id } }],
              [`selesai_${p.id}`, { ind: 'PENILAIAN_SELESAI' as const, k: { periodeId: p.id } }],
              ...PREDIKATS.map((pr) => [`${pr}_${p.id}`, { ind: 'PREDIKAT' as const, k: { periodeId: p.id, predikat: pr } }]),
            ]),
          ),
        }),
      ]);
      const t = mine.total;
      return {
        tahun: w.tahun,
        bulan: w.bulan,
        jumlahBawahan: h.total.pegawai ?? 0,
        skpMenunggu: angka(t.skpMenunggu ?? 0, { ...base, indikator: 'SKP_MENUNGGU' }),
        belumLapor: angka(h.total.belumLapor ?? 0, { ...base, indikator: 'BELUM_LAPOR' }),
        menungguUmpanBalik: angka(h.total.umpanBalik ?? 0, { ...base, indikator: 'MENUNGGU_UMPAN_BALIK' }),
        penilaian: per.terbuka
          .filter((p) => (t[`belum_${p.id}`] ?? 0) + (t[`selesai_${p.id}`] ?? 0) > 0)
          .map((p) => ({
            periodeId: p.id,
            periode: labelOf(p),
            batasPenilaian: p.batas_penilaian,
            lewat: p.batas_penilaian < w.hariIni,
            belum: angka(t[`belum_${p.id}`] ?? 0, { ...base, indikator: 'PENILAIAN_BELUM', periodeId: p.id }),
            selesai: angka(t[`selesai_${p.id}`] ?? 0, { ...base, indikator: 'PENILAIAN_SELESAI', periodeId: p.id }),
            distribusi: distribusiAngka(Object.fromEntries(PREDIKATS.map((pr) => [pr, t[`${pr}_${p.id}`] ?? 0])), { ...base, periodeId: p.id }),
          })),
      };
    },

    /** The leaders' home: their perangkat daerah (or the pemda, or a unit inside) at a glance, per unit. */
    async pimpinan(actor: Actor, q: { unitId?: string | undefined }): Promise<JsonTersimpan> {
      const { pd, pucuk } = await pdDipimpin(actor);
      const pemda = await bolehPemda(actor, pucuk);
      const pilihan = [...(pemda ? [{ unitId: null, nama: 'Seluruh pemda' }] : []), ...pd.map((p) => ({ unitId: p.id, nama: p.nama }))];
      if (pilihan.length === 0) throw errors.forbidden('membuka beranda pimpinan (hanya kepala perangkat daerah, sekretaris daerah, pimpinan dan BKPSDM)');
      // The default: the perangkat daerah they head; the pemda for the sekda and those without one.
      const unitId = q.unitId ?? (pucuk || pd.length === 0 ? null : pd[0]!.id);
      const unit = unitId ? await bukaUnit(actor, unitId) : null;
      const w = await waktu(actor.instansiId);
      // The scope was checked above; the answer for a scope (and the choices shown) is the same for
      // everyone allowed to see it, validated and serialised once a minute.
      return figur.ambil(`pimpinan:${actor.instansiId}:${unit?.id ?? 'pemda'}:${w.hariIni}:${JSON.stringify(pilihan)}`, async () => {
        const per = await periodeInfo(actor.instansiId, w.tahun);
        const baris = await repo.unitBaris(db, actor.instansiId, unit?.id ?? null);
        const rowsPop: Populasi = { kind: 'unit', rootIds: baris.map((b) => b.id) };
        const pop: Populasi = unit ? { kind: 'unit', rootIds: [unit.id] } : { kind: 'pemda' };
        const periodeId = per.hasil?.id ?? null;
        const k = konteks(actor, w, periodeId);
        const figs = { skpDisetujui: { ind: 'SKP_DISETUJUI' as const }, sudahLapor: { ind: 'SUDAH_LAPOR' as const }, perhatian: { ind: 'PERLU_PERHATIAN' as const } };
        const [total, rows, tren, dist, layanan] = await Promise.all([
          repo.hitung(db, pop, k, figs),
          baris.length ? repo.hitung(db, rowsPop, k, figs) : Promise.resolve({ total: {} as Hitungan, perRoot: new Map<string, Hitungan>() }),
          baris.length ? repo.tren(db, rowsPop, actor.instansiId, w.tahun, w.bulan) : Promise.resolve([]),
          periodeId && baris.length ? repo.distribusi(db, rowsPop, actor.instansiId, periodeId) : Promise.resolve([]),
          repo.layananPublik(db, pop, actor.instansiId, new Date(w.now.getTime() - HARI_LAYANAN_PUBLIK * 86_400_000)),
        ]);
        const scope = (u: string | null) => (u ? { lingkup: 'unit' as const, unitId: u } : { lingkup: 'pemda' as const });
        const base = { ...scope(unit?.id ?? null), tahun: w.tahun, bulan: w.bulan };
        const t = total.total;
        const hariBulan = Number(w.hariIni.slice(8, 10));
        return jsonTersimpan(BerandaPimpinan, {
          cakupan: unit ? { unitId: unit.id, nama: unit.nama } : { unitId: null, nama: 'Seluruh pemda' },
          pilihan,
          tahun: w.tahun,
          bulan: w.bulan,
          periode: per.hasil ? { id: per.hasil.id, label: labelOf(per.hasil) } : null,
          ringkasan: {
            pegawai: t.pegawai ?? 0,
            skpDisetujui: angka(t.skpDisetujui ?? 0, { ...base, indikator: 'SKP_DISETUJUI' }),
            skpBelum: angka((t.pegawai ?? 0) - (t.skpDisetujui ?? 0), { ...base, indikator: 'SKP_BELUM' }),
            sudahLapor: angka(t.sudahLapor ?? 0, { ...base, indikator: 'SUDAH_LAPOR' }),
            belumLapor: angka((t.pegawai ?? 0) - (t.sudahLapor ?? 0), { ...base, indikator: 'BELUM_LAPOR' }),
            perluPerhatian: angka(t.perhatian ?? 0, { ...base, indikator: 'PERLU_PERHATIAN', ...(periodeId ? { periodeId } : {}) }),
          },
          unit: baris.map((b) => {
            const h = rows.perRoot.get(b.id) ?? ({} as Hitungan);
            const pegawai = h.pegawai ?? 0;
            const d = Object.fromEntries(dist.filter((x) => x.root_id === b.id).map((x) => [x.predikat, x.jumlah])) as Partial<Record<Predikat, number>>;
            const rb = { lingkup: 'unit' as const, unitId: b.id, tahun: w.tahun, bulan: w.bulan };
            const trenUnit = Array.from({ length: w.bulan }, (_, i) => {
              const lapor = tren.find((x) => x.root_id === b.id && x.bulan === i + 1)?.lapor ?? 0;
              return pegawai ? Math.round((lapor / pegawai) * 1000) / 10 : 0;
            });
            return {
              unitId: b.id,
              kode: b.kode,
              nama: b.nama,
              induk: b.induk,
              pegawai,
              skpDisetujui: angka(h.skpDisetujui ?? 0, { ...rb, indikator: 'SKP_DISETUJUI' }),
              sudahLapor: angka(h.sudahLapor ?? 0, { ...rb, indikator: 'SUDAH_LAPOR' }),
              belumLapor: angka(pegawai - (h.sudahLapor ?? 0), { ...rb, indikator: 'BELUM_LAPOR' }),
              tren: trenUnit,
              distribusi: periodeId ? distribusiAngka(d, { ...rb, periodeId }) : distribusiAngka({}, rb),
              perhatian: alasanPerhatian({ pegawai, skpDisetujui: h.skpDisetujui ?? 0, sudahLapor: h.sudahLapor ?? 0, predikatRendah: h.perhatian ?? 0, skpLewat: w.skpLewat, hariBulan }).filter((a) => ALASAN_PERHATIAN.includes(a)),
            };
          }),
          layananPublik: layanan.map((l) => ({ titikId: l.titik_id, nama: l.nama, unit: l.unit, jawaban: l.jawaban, rataRata: l.rata })),
        });
      });
    },

    /** BKPSDM's command centre: the stage and next deadline, per perangkat daerah SKP and ratings, keberatan. */
    async pusatKendali(actor: Actor): Promise<JsonTersimpan> {
      if (!berandaPolicy.pusatKendali(actor)) throw errors.forbidden('membuka pusat kendali BKPSDM');
      const w = await waktu(actor.instansiId);
      // The same for every BKPSDM administrator of the pemda: validated and serialised once a minute.
      return figur.ambil(`pusat:${actor.instansiId}:${w.hariIni}`, async () => {
        const per = await periodeInfo(actor.instansiId, w.tahun);
        const periode = [...per.terbuka].sort((a, b) => a.batas_penilaian.localeCompare(b.batas_penilaian))[0] ?? null;
        const baris = await repo.unitBaris(db, actor.instansiId, null);
        const k = konteks(actor, w, periode?.id ?? null);
        const figs = {
          skpDisetujui: { ind: 'SKP_DISETUJUI' as const },
          ...(periode ? { selesai: { ind: 'PENILAIAN_SELESAI' as const }, belum: { ind: 'PENILAIAN_BELUM' as const } } : {}),
        };
        const lewatSampai = endOfDayIn(keberatanLewatSampai(w.hariIni), w.zona);
        const [total, rows, kb] = await Promise.all([
          repo.hitung(db, { kind: 'pemda' }, k, figs),
          repo.hitung(db, { kind: 'unit', rootIds: baris.map((b) => b.id) }, k, figs),
          repo.keberatanTerbuka(db, actor.instansiId, lewatSampai),
        ]);
        const tahap = tahapSiklus({
          hariIni: w.hariIni,
          batasSkp: w.batasSkp,
          periodeTerbuka: per.terbuka.map((p) => ({ label: labelOf(p), batasPenilaian: p.batas_penilaian })),
          tahunanDitutup: per.tahunan?.ditutup_at ? todayIn(w.zona, new Date(per.tahunan.ditutup_at)) : null,
        });
        const tautanTahap = { PERENCANAAN: '/skp/monitoring', PENILAIAN: '/penilaian/periode', TINDAK_LANJUT: '/tindak-lanjut/peringkat', PELAKSANAAN: '/pemantauan/unit' } as const;
        const figures = (h: Hitungan, base: Omit<DaftarFilter, 'indikator'>) => ({
          skpDisetujui: angka(h.skpDisetujui ?? 0, { ...base, indikator: 'SKP_DISETUJUI' }),
          skpBelum: angka((h.pegawai ?? 0) - (h.skpDisetujui ?? 0), { ...base, indikator: 'SKP_BELUM' }),
          penilaianSelesai: periode ? angka(h.selesai ?? 0, { ...base, indikator: 'PENILAIAN_SELESAI', periodeId: periode.id }) : null,
          penilaianBelum: periode ? angka(h.belum ?? 0, { ...base, indikator: 'PENILAIAN_BELUM', periodeId: periode.id }) : null,
        });
        return jsonTersimpan(PusatKendali, {
          tahun: w.tahun,
          hariIni: w.hariIni,
          tahap: { tahap: tahap.tahap, label: TAHAP_SIKLUS_LABEL[tahap.tahap], tenggat: tahap.tenggat ? { ...tahap.tenggat, tautan: tautanTahap[tahap.tahap] } : null },
          periode: periode ? { id: periode.id, label: labelOf(periode), batasPenilaian: periode.batas_penilaian } : null,
          ringkasan: {
            pegawai: total.total.pegawai ?? 0,
            ...figures(total.total, { lingkup: 'pemda', tahun: w.tahun }),
            keberatanTerbuka: kb.terbuka,
            keberatanLewat: kb.lewat,
          },
          perangkatDaerah: baris.map((b) => {
            const h = rows.perRoot.get(b.id) ?? ({} as Hitungan);
            return { unitId: b.id, kode: b.kode, nama: b.nama, pegawai: h.pegawai ?? 0, ...figures(h, { lingkup: 'unit', unitId: b.id, tahun: w.tahun }) };
          }),
        });
      });
    },

    /** Per pejabat penilai: SKP waiting and approved, ratings of the open period (most unfinished first). */
    async penilaiRekap(actor: Actor, q: PenilaiQuery): Promise<PenilaiPage> {
      if (!berandaPolicy.pusatKendali(actor)) throw errors.forbidden('melihat rekap pejabat penilai');
      if (q.perangkatDaerahId) await bukaUnit(actor, q.perangkatDaerahId);
      const w = await waktu(actor.instansiId);
      const per = await periodeInfo(actor.instansiId, w.tahun);
      const periode = [...per.terbuka].sort((a, b) => a.batas_penilaian.localeCompare(b.batas_penilaian))[0] ?? null;
      const rows = await repo.penilai(db, actor.instansiId, w.tahun, periode?.id ?? null, w.menungguPenilai, q.perangkatDaerahId ?? null, q.page, q.pageSize);
      return {
        periode: periode ? { id: periode.id, label: labelOf(periode) } : null,
        items: rows.map((r) => ({
          penilai: { id: r.id, nip: r.nip, nama: namaLengkapBaris(r), jabatan: r.jabatan, unit: r.unit },
          skpMenunggu: r.skp_menunggu,
          skpDisetujui: r.skp_disetujui,
          penilaianTotal: r.total_nilai,
          penilaianSelesai: r.selesai_nilai,
        })),
        total: rows[0]?.total ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** Every keberatan of the pemda with when its decision is due. */
    async registerKeberatan(actor: Actor, q: RegisterKeberatanQuery): Promise<RegisterKeberatan> {
      if (!berandaPolicy.pusatKendali(actor)) throw errors.forbidden('melihat register keberatan');
      const w = await waktu(actor.instansiId);
      const rows = await repo.keberatan(db, actor.instansiId, q.status, q.page, q.pageSize);
      return {
        items: rows.map((r) => {
          const b = batasPutusanKeberatan(todayIn(w.zona, new Date(r.created_at)), w.hariIni);
          return {
            id: r.id,
            pegawai: { id: r.pegawai_id, nip: r.nip, nama: namaLengkapBaris(r), unit: r.unit },
            periode: labelOf(r),
            status: r.status,
            hasil: r.hasil,
            diajukanAt: iso(r.created_at),
            batasPutusan: b.batas,
            lewat: r.status !== 'DIPUTUS' && b.lewat,
            pemutus: r.pemutus,
          };
        }),
        total: rows[0]?.total ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /**
     * Reminders to everyone late, in one action: pegawai whose SKP is not approved after the
     * deadline (and the pejabat penilai of SKP waiting on them), and pejabat penilai with ratings
     * past the deadline of an open period. At most one of each per person per day; one audit event.
     */
    async pengingatTerlambat(actor: Actor) {
      if (!berandaPolicy.pusatKendali(actor)) throw errors.forbidden('mengirim pengingat');
      const w = await waktu(actor.instansiId);
      const skp = w.skpLewat ? (await skpMonitoring.pengingat(actor, { tahun: w.tahun })).dikirim : 0;
      const penilaian = await db.transaction(async (tx) => {
        const n = (await notifyFrom(tx, actor.instansiId, repo.penilaiTerlambatSql(actor.instansiId, w.hariIni, 'Penilaian kinerja terlambat', `pengingat-penilaian:${w.hariIni}`), w.now)).notifikasi;
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'notifikasi',
          entityId: null,
          summary: `Pengingat keterlambatan dikirim: ${skp} pengingat SKP, ${n} pengingat penilaian`,
          after: { skp, penilaian: n },
        });
        return n;
      });
      return { skp, penilaian };
    },

    /** Rater analytics of a period (the latest with ratings by default). */
    async analitik(actor: Actor, q: AnalitikQuery): Promise<AnalitikPenilai> {
      const w = await waktu(actor.instansiId);
      const anggota = await anggotaTimPada(db, actor.instansiId, w.tahun, actor.pegawaiId);
      const semua = berandaPolicy.analitikSemua(actor, anggota);
      if (q.perangkatDaerahId) {
        if (!semua) throw errors.forbidden('melihat analitik penilai perangkat daerah ini');
        if (!(await repo.unit(db, actor.instansiId, q.perangkatDaerahId))) throw errors.notFound('Perangkat daerah');
      }
      const all = await repo.periode(db, actor.instansiId);
      const periode = q.periodeId ? all.find((p) => p.id === q.periodeId) : all.find((p) => p.ada_final) ?? all[0];
      if (q.periodeId && !periode) throw errors.notFound('Periode penilaian');
      const kosong = () => Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
      if (!periode) return { periode: null, cakupan: semua ? 'semua' : 'sendiri', pemda: { distribusi: kosong(), jumlah: 0, rataRata: null }, perangkatDaerah: [], penilai: [] };
      const [pemdaRows, rows] = await Promise.all([
        repo.analitik(db, actor.instansiId, periode.id, null, null),
        repo.analitik(db, actor.instansiId, periode.id, q.perangkatDaerahId ?? null, semua ? null : actor.pegawaiId),
      ]);
      // GROUPING(penilai, pd): 1 = the (penilai, predikat) rows, 2 = (pd, predikat), 3 = (predikat).
      const pemda = kosong();
      const perPd = new Map<string, Record<Predikat, number>>();
      for (const r of pemdaRows) {
        if (!r.predikat) continue;
        if (r.g === 3) pemda[r.predikat] += r.jumlah;
        if (r.g === 2 && r.pd_id && semua) {
          const d = perPd.get(r.pd_id) ?? kosong();
          d[r.predikat] += r.jumlah;
          perPd.set(r.pd_id, d);
        }
      }
      const perPenilai = new Map<string, { d: Record<Predikat, number>; sama: number; kedua: number; koreksi: number; keberatan: number; diubah: number }>();
      for (const r of rows) {
        if (r.g !== 1 || !r.predikat || !r.penilai_id) continue;
        const x = perPenilai.get(r.penilai_id) ?? { d: kosong(), sama: 0, kedua: 0, koreksi: 0, keberatan: 0, diubah: 0 };
        x.d[r.predikat] += r.jumlah;
        x.sama += r.sama;
        x.kedua += r.kedua;
        x.koreksi += r.koreksi;
        x.keberatan += r.keberatan;
        x.diubah += r.diubah;
        perPenilai.set(r.penilai_id, x);
      }
      const ids = [...perPenilai.keys()];
      const [info, pdUnits] = await Promise.all([
        ids.length ? repo.penilaiInfo(db, actor.instansiId, periode.id, ids) : Promise.resolve([]),
        semua ? repo.unitBaris(db, actor.instansiId, null) : Promise.resolve([]),
      ]);
      const infoOf = new Map(info.map((i) => [i.id, i]));
      const penilai: BarisAnalitik[] = ids
        .map((id) => {
          const x = perPenilai.get(id)!;
          const i = infoOf.get(id);
          const skor = i?.skor ?? null;
          const a = analisisPenilai({ distribusi: x.d, keduaRating: x.kedua, ratingSama: x.sama, keberatan: x.keberatan, keberatanDiubah: x.diubah, skorCapaianUnit: skor }, pemda);
          return {
            penilai: { id, nip: i?.nip ?? '', nama: i ? namaLengkapBaris(i) : '', unit: i?.unit ?? '' },
            distribusi: x.d,
            jumlah: a.jumlah,
            rataRata: a.rataRata,
            selisih: a.selisih,
            skorCapaianUnit: skor === null ? null : Math.round(skor * 100) / 100,
            halo: a.halo,
            koreksi: x.koreksi,
            keberatan: x.keberatan,
            keberatanDiubah: x.diubah,
            bendera: a.bendera,
          };
        })
        .sort((a, b) => b.bendera.length - a.bendera.length || Math.abs(b.selisih ?? 0) - Math.abs(a.selisih ?? 0) || a.penilai.nama.localeCompare(b.penilai.nama));
      const rp = ringkasDistribusi(pemda);
      return {
        periode: { id: periode.id, label: labelOf(periode) },
        cakupan: semua ? 'semua' : 'sendiri',
        pemda: { distribusi: pemda, jumlah: rp.jumlah, rataRata: rp.rataRata },
        perangkatDaerah: pdUnits
          .filter((u) => perPd.has(u.id))
          .map((u) => {
            const d = perPd.get(u.id)!;
            const a = ringkasDistribusi(d);
            return { unitId: u.id, nama: u.nama, distribusi: d, jumlah: a.jumlah, rataRata: a.rataRata };
          }),
        penilai,
      };
    },
  };
}

export type BerandaService = ReturnType<typeof createBerandaService>;
