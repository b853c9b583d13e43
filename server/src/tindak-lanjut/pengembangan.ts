/**
 * Pengembangan kompetensi (PP 11/2017 Pasal 203 jo. PP 17/2020; PermenPANRB 6/2022 Pasal 5): the
 * pemda's training catalogue (BKPSDM edits it or imports it from XLSX, all rows or none); each
 * pegawai's page of the year — the needs their own results show and the catalogue's suggestions
 * for them (domain `kumpulkanKebutuhan`, `saranPelatihan`), the individual development plan
 * (domain RENCANA_PENGEMBANGAN_WORKFLOW: written by the pegawai or the pejabat penilai, agreed by
 * the pejabat penilai), completed training with its certificate (checked like evidence files) and
 * the hours against the pemda's target (domain `rekapJp`); the team's and the pegawai's one-page
 * summary of awards, open pembinaan, plan and hours; BKPSDM's recap per perangkat daerah.
 *
 * Who sees what: the pegawai their own; their chain of superiors, BKPSDM and pimpinan theirs;
 * anyone else 404. Every change is audited with the real actor in its transaction.
 */
import { createHash } from 'node:crypto';
import {
  DASAR_HUKUM,
  JENIS_KOMPETENSI_LABEL,
  jpRencana,
  jpTerencana,
  kebutuhanTerbanyak,
  kumpulkanKebutuhan,
  labelPeriode,
  METODE_PELATIHAN_LABEL,
  parseJenisKompetensi,
  parseMetodePelatihan,
  parseNilaiBerakhlak,
  PelatihanSchema,
  RENCANA_PENGEMBANGAN_WORKFLOW,
  RencanaPengembanganItemSchema,
  rekapJp,
  rekapJpKelompok,
  ringkasan360,
  saranPelatihan,
  tahunPelatihan,
  transition,
  type BerakhlakKode,
  type JenisKasus,
  type JenisKompetensi,
  type JenisPenghargaan,
  type KasusState,
  type Pelatihan as PelatihanIsi,
  type RencanaPengembanganAction,
  type RencanaPengembanganItem,
  type RencanaPengembanganState,
  type SumberBimbingan,
  type SumberPenilaian,
} from '@capaian/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type {
  AksiRencana,
  ImporKatalogResult,
  KatalogList,
  KatalogQuery,
  Pelatihan,
  PelatihanInput,
  PelatihanUbah,
  PengembanganPegawai,
  RekapPengembangan,
  RekapQuery,
  Rencana,
  Riwayat,
  RiwayatInput,
  Ringkasan,
  RingkasanQuery,
  SimpanRencana,
} from '@capaian/contract/pengembangan';
import { hasRole, type Actor } from '../core/actor.js';
import { periksaJenisBerkas } from '../core/berkas.js';
import { errors } from '../core/errors.js';
import { bacaBarisImpor, imporDitolak, type BarisBermasalah } from '../core/impor-tabel.js';
import { buildTemplate } from '../core/spreadsheet.js';
import { newStorageKey, StorageNotFoundError, type Storage } from '../core/storage.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { notify } from '../notifikasi/service.js';
import { buildUnitTree, namaLengkapBaris, perangkatDaerahOf, unitsPada, type OrganisasiService } from '../organisasi/service.js';
import { pengembanganRepository as repo, type KatalogRow, type RencanaRow, type RiwayatRow } from './pengembangan-repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();
const ItemsTersimpan = z.array(RencanaPengembanganItemSchema);
const VersiTersimpan = z.array(z.object({ items: ItemsTersimpan, disepakatiAt: z.string().nullable(), direvisiAt: z.string() }));
const RencanaDiskusi = z.array(z.string()).catch([]);
const EvaluasiKompetensiTersimpan = z.object({ items: z.array(z.object({ kompetensi: z.string(), skor: z.number() })) }).catch({ items: [] });

export const KOLOM_KATALOG = [
  { key: 'kode', wajib: true, keterangan: 'Kode pelatihan milik pemda (huruf, angka, . _ -); baris dengan kode yang sudah ada memperbarui pelatihan itu', contoh: 'TIK-01', text: true },
  { key: 'judul', wajib: true, keterangan: 'Judul pelatihan atau workshop', contoh: 'Pelatihan Aplikasi Perkantoran' },
  { key: 'jenis_kompetensi', wajib: true, keterangan: `Salah satu: ${Object.values(JENIS_KOMPETENSI_LABEL).join(', ').toLowerCase()}`, contoh: 'teknis' },
  { key: 'metode', wajib: true, keterangan: `Salah satu: ${Object.values(METODE_PELATIHAN_LABEL).join(', ')}`, contoh: 'klasikal' },
  { key: 'jp', wajib: true, keterangan: 'Jumlah jam pelajaran (1–500)', contoh: '24' },
  { key: 'penyelenggara', wajib: true, keterangan: 'Lembaga penyelenggara', contoh: 'BPSDM Provinsi' },
  { key: 'kata_kunci', wajib: false, keterangan: 'Kata yang menghubungkan pelatihan dengan kebutuhan, dipisah koma (mis. aplikasi, komputer)', contoh: 'aplikasi, komputer' },
  { key: 'nilai_berakhlak', wajib: false, keterangan: 'Nilai BerAKHLAK yang dikembangkan, dipisah koma (mis. Berorientasi Pelayanan, Kompeten)', contoh: 'Kompeten' },
  { key: 'aktif', wajib: false, keterangan: 'ya atau tidak (kosong: ya)', contoh: 'ya' },
];
const MAKS_BARIS_KATALOG = 2000;


export function createPengembanganService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date, berkas: { storage: Storage; uploadMaxBytes: number }) {
  const { storage } = berkas;
  const bkpsdm = (a: Actor) => hasRole(a, 'ADMIN_BKPSDM');

  const presentPelatihan = (k: KatalogRow): Pelatihan => ({
    id: k.id,
    kode: k.kode,
    judul: k.judul,
    jenisKompetensi: k.jenis_kompetensi as Pelatihan['jenisKompetensi'],
    metode: k.metode as Pelatihan['metode'],
    jp: k.jp,
    penyelenggara: k.penyelenggara,
    kataKunci: k.kata_kunci,
    nilaiBerakhlak: k.nilai_berakhlak as BerakhlakKode[],
    aktif: k.aktif,
    rowVersion: k.row_version,
  });

  async function tahunIni(instansiId: string) {
    return Number((await pengaturan.hariIni(instansiId)).slice(0, 4));
  }
  /** The JP target of a year: the rules in force on its last day (today while it runs). */
  async function targetJp(instansiId: string, tahun: number) {
    const hariIni = await pengaturan.hariIni(instansiId);
    const akhir = `${tahun}-12-31`;
    return (await pengaturan.aturanPada(instansiId, akhir < hariIni ? akhir : hariIni)).aturan.tindakLanjut.targetJp;
  }

  /** The pegawai and how the caller stands to them; 404 for anyone who may not see them (another pemda included). */
  async function muatPegawai(actor: Actor, pegawaiId: string) {
    const [p] = await repo.pegawai(db, actor.instansiId, [pegawaiId]);
    if (!p) throw errors.notFound('Pegawai');
    const rel = await organisasi.relasiPegawai(actor, pegawaiId);
    if (!rel.membaca) throw errors.notFound('Pegawai');
    return { p, rel };
  }

  const presentItems = (v: unknown) => ItemsTersimpan.parse(v).map((i) => ({ pelatihanId: i.pelatihanId ?? null, judul: i.judul, jenisKompetensi: i.jenisKompetensi, jp: i.jp, kebutuhan: i.kebutuhan ?? null, bulanTarget: i.bulanTarget ?? null }));
  const presentRencana = (r: RencanaRow): Rencana => {
    const items = presentItems(r.items);
    return {
      id: r.id,
      status: r.status as RencanaPengembanganState,
      items,
      jp: jpRencana(items),
      catatan: r.catatan,
      catatanAtasan: r.catatan_atasan,
      ditulisOleh: r.ditulis_nama,
      diajukanAt: r.diajukan_at ? iso(r.diajukan_at) : null,
      disepakatiOleh: r.disepakati_nama,
      disepakatiAt: r.disepakati_at ? iso(r.disepakati_at) : null,
      versiSebelumnya: VersiTersimpan.parse(r.versi_sebelumnya).map((v) => ({ ...v, items: presentItems(v.items) })),
      rowVersion: r.row_version,
    };
  };
  const bolehUbahRiwayat = (actor: Actor, r: { pegawai_id: string }) => r.pegawai_id === actor.pegawaiId || bkpsdm(actor);
  const presentRiwayat = (actor: Actor, r: RiwayatRow): Riwayat => ({
    id: r.id,
    pegawai: { id: r.pegawai_id, nama: namaLengkapBaris(r), nip: r.nip },
    tahun: r.tahun,
    pelatihanId: r.pelatihan_id,
    judul: r.judul,
    jenisKompetensi: r.jenis_kompetensi as Riwayat['jenisKompetensi'],
    metode: r.metode as Riwayat['metode'],
    jp: r.jp,
    penyelenggara: r.penyelenggara,
    tanggalMulai: r.tanggal_mulai,
    tanggalSelesai: r.tanggal_selesai,
    nomorSertifikat: r.nomor_sertifikat,
    sertifikat: r.sertifikat_kunci ? { nama: r.sertifikat_nama!, mime: r.sertifikat_mime!, ukuran: r.sertifikat_ukuran! } : null,
    dicatatOleh: r.dicatat_nama,
    createdAt: iso(r.created_at),
    can: { unggahSertifikat: bolehUbahRiwayat(actor, r) && !r.sertifikat_kunci, hapus: bolehUbahRiwayat(actor, r) },
  });

  /** The needs of a pegawai's results of the year and the year before. */
  async function kebutuhanPegawai(instansiId: string, pegawaiId: string, tahun: number) {
    const hasil = await repo.sumberPenilaian(db, instansiId, pegawaiId, [tahun - 1, tahun]);
    const [jawaban, sesi] = await Promise.all([
      repo.jawaban360(db, instansiId, pegawaiId, [...new Set(hasil.map((h) => h.periode_id))]),
      repo.bimbingan(db, instansiId, pegawaiId, `${tahun - 1}-01-01`, `${tahun}-12-31`),
    ]);
    const penilaian: SumberPenilaian[] = hasil.map((h) => ({
      asal: `Penilaian ${labelPeriode({ jenis: h.jenis, tahun: h.tahun, nomor: h.nomor })}`,
      rhkDiBawah: h.rhk_di_bawah,
      perilakuDiBawah: h.rating_perilaku === 'DI_BAWAH_EKSPEKTASI',
      perilakuDicatat: h.perilaku_dicatat as BerakhlakKode[],
      rata360: ringkasan360(jawaban.filter((j) => j.periode_id === h.periode_id)).rataRata,
      rencanaDiskusi: RencanaDiskusi.parse(h.rencana_diskusi),
    }));
    const bimbingan: SumberBimbingan[] = sesi.map((s) => ({
      asal: `${s.jenis === 'MENTORING' ? 'Mentoring' : s.jenis === 'KONSELING' ? 'Konseling' : 'Coaching'} ${iso(s.jadwal).slice(0, 10)}`,
      items: EvaluasiKompetensiTersimpan.parse(s.evaluasi_kompetensi).items,
    }));
    return kumpulkanKebutuhan(penilaian, bimbingan);
  }

  /** Catalogue ids a plan or a record names must be the pemda's. */
  async function periksaKatalog(instansiId: string, ids: ReadonlyArray<string | null | undefined>, kolom: (i: number) => string) {
    const dicari = [...new Set(ids.filter((x): x is string => !!x))];
    const ada = new Set((await repo.katalogByIds(db, instansiId, dicari)).map((k) => k.id));
    const galat: Record<string, string> = {};
    ids.forEach((id, i) => {
      if (id && !ada.has(id)) galat[kolom(i)] = 'pelatihan tidak ada di katalog pemda ini';
    });
    if (Object.keys(galat).length) throw errors.validation(galat);
  }

  async function halaman(actor: Actor, pegawaiId: string, tahun: number): Promise<PengembanganPegawai> {
    const { p, rel } = await muatPegawai(actor, pegawaiId);
    const [rencana, riwayat, kebutuhan, katalog, target] = await Promise.all([
      repo.rencana(db, actor.instansiId, pegawaiId, tahun),
      repo.riwayat(db, actor.instansiId, pegawaiId, tahun),
      kebutuhanPegawai(actor.instansiId, pegawaiId, tahun),
      repo.katalog(db, actor.instansiId, { semua: false }),
      targetJp(actor.instansiId, tahun),
    ]);
    const katalogById = new Map(katalog.map((k) => [k.id, k]));
    const saran = saranPelatihan(
      kebutuhan,
      katalog.map((k) => ({ id: k.id, judul: k.judul, jenisKompetensi: k.jenis_kompetensi as JenisKompetensi, kataKunci: k.kata_kunci, nilaiBerakhlak: k.nilai_berakhlak as BerakhlakKode[], aktif: k.aktif })),
    ).map((s) => ({ pelatihan: presentPelatihan(katalogById.get(s.pelatihanId)!), kebutuhan: s.kebutuhan }));
    const r = rencana ? presentRencana(rencana) : null;
    const status = (r?.status ?? 'DRAF') as RencanaPengembanganState;
    const boleh = (aksi: RencanaPengembanganAction) =>
      !!r && ((rel.self && transition(RENCANA_PENGEMBANGAN_WORKFLOW, status, aksi, 'pegawai').ok) || (rel.penilai && transition(RENCANA_PENGEMBANGAN_WORKFLOW, status, aksi, 'pejabat_penilai').ok));
    return {
      pegawai: { id: p.id, nama: namaLengkapBaris(p), nip: p.nip, jabatan: p.jabatan, unit: p.unit },
      tahun,
      rencana: r,
      kebutuhan,
      saran,
      riwayat: riwayat.map((x) => presentRiwayat(actor, x)),
      jp: rekapJp(
        riwayat.map((x) => ({ jp: x.jp, bersertifikat: !!x.sertifikat_kunci })),
        target,
        jpTerencana(r?.status ?? null, r?.jp ?? 0),
      ),
      dasarHukum: DASAR_HUKUM.pengembanganKompetensi,
      can: {
        ubahRencana: (rel.self || rel.penilai) && RENCANA_PENGEMBANGAN_WORKFLOW.editableStates.includes(status),
        ajukan: boleh('ajukan'),
        sepakati: boleh('sepakati'),
        kembalikan: boleh('kembalikan'),
        revisi: boleh('revisi'),
        catatPelatihan: rel.self || rel.bkpsdm,
      },
    };
  }

  const versiBerubah = () =>
    errors.conflict('version_conflict', 'Rencana pengembangan ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', { rowVersion: 'versi data sudah berubah' });

  return {
    /** The largest certificate accepted (config.uploadMaxBytes, as for bukti dukung). */
    uploadMaxBytes: berkas.uploadMaxBytes,

    // --- Catalogue
    async katalog(actor: Actor, q: KatalogQuery): Promise<KatalogList> {
      const semua = q.semua === 'true' && bkpsdm(actor);
      const rows = await repo.katalog(db, actor.instansiId, { q: q.q, jenisKompetensi: q.jenisKompetensi, semua });
      return { items: rows.map(presentPelatihan), can: { ubah: bkpsdm(actor) } };
    },

    async buatPelatihan(actor: Actor, input: PelatihanInput): Promise<Pelatihan> {
      if (!bkpsdm(actor)) throw errors.forbidden('mengubah katalog pelatihan (hanya BKPSDM)');
      if (await repo.kodeDipakai(db, actor.instansiId, input.kode, null)) throw errors.validation({ kode: `kode ${input.kode} sudah dipakai pelatihan lain` });
      const at = clock();
      const id = await db.transaction(async (tx) => {
        const id = await repo.insertKatalog(tx, actor.instansiId, input, at);
        await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'pelatihan_katalog', entityId: id, summary: `Pelatihan ditambahkan ke katalog: ${input.judul} (${input.kode})`, after: input });
        return id;
      });
      return presentPelatihan((await repo.katalogById(db, actor.instansiId, id))!);
    },

    async ubahPelatihan(actor: Actor, id: string, input: PelatihanUbah): Promise<Pelatihan> {
      if (!bkpsdm(actor)) throw errors.forbidden('mengubah katalog pelatihan (hanya BKPSDM)');
      const lama = await repo.katalogById(db, actor.instansiId, id);
      if (!lama) throw errors.notFound('Pelatihan');
      if (await repo.kodeDipakai(db, actor.instansiId, input.kode, id)) throw errors.validation({ kode: `kode ${input.kode} sudah dipakai pelatihan lain` });
      const { rowVersion, ...isi } = input;
      await db.transaction(async (tx) => {
        if (!(await repo.updateKatalog(tx, actor.instansiId, id, rowVersion, isi, clock())))
          throw errors.conflict('version_conflict', 'Pelatihan ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', { rowVersion: 'versi data sudah berubah' });
        await recordAudit(tx, actor, actor.instansiId, { action: 'update', entityType: 'pelatihan_katalog', entityId: id, summary: `Pelatihan katalog diubah: ${isi.judul} (${isi.kode})`, before: presentPelatihan(lama), after: isi });
      });
      return presentPelatihan((await repo.katalogById(db, actor.instansiId, id))!);
    },

    async templatKatalog(actor: Actor) {
      if (!bkpsdm(actor)) throw errors.forbidden('mengimpor katalog pelatihan (hanya BKPSDM)');
      return buildTemplate(KOLOM_KATALOG, 'katalog');
    },

    /** Every row is checked against the domain schema; any bad row refuses the whole file with every problem listed. One statement, one audit event. */
    async imporKatalog(actor: Actor, file: Buffer, filename: string): Promise<ImporKatalogResult> {
      if (!bkpsdm(actor)) throw errors.forbidden('mengimpor katalog pelatihan (hanya BKPSDM)');
      const rows = await bacaBarisImpor(file, filename, KOLOM_KATALOG, 'katalog pelatihan');
      if (rows.length > MAKS_BARIS_KATALOG) throw imporDitolak([], `Berkas berisi ${rows.length} baris; paling banyak ${MAKS_BARIS_KATALOG} pelatihan per impor.`);
      const masalah: BarisBermasalah[] = [];
      const nilai: PelatihanIsi[] = [];
      const kodeDi = new Map<string, number>();
      const KOLOM: Record<string, string> = { jenisKompetensi: 'jenis_kompetensi', kataKunci: 'kata_kunci', nilaiBerakhlak: 'nilai_berakhlak' };
      for (const r of rows) {
        const v = (k: string) => (r.values[k] ?? '').trim();
        const jenis = parseJenisKompetensi(v('jenis_kompetensi'));
        const metode = parseMetodePelatihan(v('metode'));
        const berakhlak = parseNilaiBerakhlak(v('nilai_berakhlak'));
        const aktifTeks = v('aktif').toLowerCase();
        if (v('jenis_kompetensi') && !jenis) masalah.push({ baris: r.baris, kolom: 'jenis_kompetensi', alasan: `"${v('jenis_kompetensi')}" tidak dikenal; gunakan teknis, manajerial atau sosial kultural` });
        if (v('metode') && !metode) masalah.push({ baris: r.baris, kolom: 'metode', alasan: `"${v('metode')}" tidak dikenal` });
        if (berakhlak.tidakDikenal.length) masalah.push({ baris: r.baris, kolom: 'nilai_berakhlak', alasan: `tidak dikenal: ${berakhlak.tidakDikenal.join(', ')}` });
        if (aktifTeks && !['ya', 'tidak', 'y', 't'].includes(aktifTeks)) masalah.push({ baris: r.baris, kolom: 'aktif', alasan: 'isi ya atau tidak' });
        const jpTeks = v('jp').replace(/^~/, '');
        const parsed = PelatihanSchema.safeParse({
          kode: v('kode'),
          judul: v('judul'),
          jenisKompetensi: jenis ?? (v('jenis_kompetensi') ? 'TEKNIS' : undefined),
          metode: metode ?? (v('metode') ? 'KLASIKAL' : undefined),
          jp: jpTeks === '' ? undefined : Number(jpTeks),
          penyelenggara: v('penyelenggara'),
          kataKunci: v('kata_kunci').split(',').map((s) => s.trim()).filter(Boolean),
          nilaiBerakhlak: berakhlak.nilai,
          aktif: !['tidak', 't'].includes(aktifTeks),
        });
        if (!parsed.success) {
          for (const i of parsed.error.issues) {
            const k = String(i.path[0] ?? 'baris');
            masalah.push({ baris: r.baris, kolom: KOLOM[k] ?? k, alasan: jpTeks !== '' && k === 'jp' && Number.isNaN(Number(jpTeks)) ? 'harus berupa angka' : i.message });
          }
          continue;
        }
        const pertama = kodeDi.get(parsed.data.kode);
        if (pertama !== undefined) masalah.push({ baris: r.baris, kolom: 'kode', alasan: `kode ${parsed.data.kode} sudah ada di baris ${pertama}` });
        else kodeDi.set(parsed.data.kode, r.baris);
        nilai.push(parsed.data);
      }
      if (masalah.length) throw imporDitolak(masalah);
      return db.transaction(async (tx) => {
        const hasil = await repo.upsertKatalog(tx, actor.instansiId, nilai, clock());
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'import',
          entityType: 'pelatihan_katalog',
          entityId: null,
          summary: `Impor katalog pelatihan dari ${filename}: ${hasil.dibuat} baru, ${hasil.diperbarui} diperbarui`,
          after: { berkas: filename, baris: nilai.length, ...hasil },
        });
        return hasil;
      });
    },

    // --- A pegawai's page and plan
    async pegawai(actor: Actor, pegawaiId: string, tahun: number | undefined): Promise<PengembanganPegawai> {
      return halaman(actor, pegawaiId, tahun ?? (await tahunIni(actor.instansiId)));
    },

    /** Writes the draft (the pegawai or their pejabat penilai), creating the year's plan on the first save. */
    async simpanRencana(actor: Actor, pegawaiId: string, input: SimpanRencana): Promise<PengembanganPegawai> {
      const { rel } = await muatPegawai(actor, pegawaiId);
      if (!rel.self && !rel.penilai) throw errors.forbidden('menyusun rencana pengembangan pegawai ini (hanya pegawai dan pejabat penilainya)');
      await periksaKatalog(actor.instansiId, input.items.map((i) => i.pelatihanId), (i) => `items.${i}.pelatihanId`);
      const items: RencanaPengembanganItem[] = input.items;
      const catatan = input.catatan || null;
      const at = clock();
      const ada = await repo.rencana(db, actor.instansiId, pegawaiId, input.tahun);
      await db.transaction(async (tx) => {
        if (!ada) {
          if (!(await repo.insertRencana(tx, actor.instansiId, { pegawaiId, tahun: input.tahun, items, catatan, oleh: actor.pegawaiId, at }))) throw versiBerubah();
        } else {
          if (!RENCANA_PENGEMBANGAN_WORKFLOW.editableStates.includes(ada.status as RencanaPengembanganState))
            throw errors.conflict('illegal_transition', `Rencana berstatus ${RENCANA_PENGEMBANGAN_WORKFLOW.stateLabel[ada.status as RencanaPengembanganState]} tidak dapat diubah${ada.status === 'DISEPAKATI' ? '; ajukan revisi lebih dulu' : ''}.`);
          if (input.rowVersion === undefined) throw errors.validation({ rowVersion: 'wajib diisi: rencana tahun ini sudah ada' });
          const set = sql`items = ${JSON.stringify(items)}::jsonb, catatan = ${catatan}, ditulis_oleh = ${actor.pegawaiId}`;
          if (!(await repo.ubahRencana(tx, actor.instansiId, ada.id, input.rowVersion, 'DRAF', set, at))) throw versiBerubah();
        }
        await recordAudit(tx, actor, actor.instansiId, {
          action: ada ? 'update' : 'create',
          entityType: 'rencana_pengembangan',
          entityId: ada?.id ?? null,
          summary: `Rencana pengembangan kompetensi ${input.tahun} ${ada ? 'diubah' : 'disusun'}: ${items.length} kegiatan, ${jpRencana(items)} JP`,
          before: ada ? { items: ada.items, catatan: ada.catatan } : null,
          after: { pegawaiId, tahun: input.tahun, items, catatan },
        });
      });
      return halaman(actor, pegawaiId, input.tahun);
    },

    /** Propose, agree, return or revise (domain RENCANA_PENGEMBANGAN_WORKFLOW). */
    async aksiRencana(actor: Actor, pegawaiId: string, input: AksiRencana): Promise<PengembanganPegawai> {
      const { p, rel } = await muatPegawai(actor, pegawaiId);
      const r = await repo.rencana(db, actor.instansiId, pegawaiId, input.tahun);
      if (!r) throw errors.notFound('Rencana pengembangan');
      const peran = rel.self ? 'pegawai' : rel.penilai ? 'pejabat_penilai' : null;
      if (!peran) throw errors.forbidden('memproses rencana pengembangan pegawai ini (hanya pegawai dan pejabat penilainya)');
      const t = transition(RENCANA_PENGEMBANGAN_WORKFLOW, r.status as RencanaPengembanganState, input.aksi, peran);
      if (!t.ok) throw errors.conflict('illegal_transition', t.error.message);
      const at = clock();
      const catatan = input.catatan || null;
      const set = {
        ajukan: sql`status = 'DIAJUKAN', diajukan_at = ${at.toISOString()}::timestamptz, catatan_atasan = NULL`,
        sepakati: sql`status = 'DISEPAKATI', disepakati_oleh = ${actor.pegawaiId}, disepakati_at = ${at.toISOString()}::timestamptz, catatan_atasan = ${catatan}`,
        kembalikan: sql`status = 'DRAF', catatan_atasan = ${catatan}`,
        revisi: sql`status = 'DRAF', disepakati_oleh = NULL, disepakati_at = NULL,
                    versi_sebelumnya = versi_sebelumnya || ${JSON.stringify([{ items: r.items, disepakatiAt: r.disepakati_at ? iso(r.disepakati_at) : null, direvisiAt: at.toISOString() }])}::jsonb`,
      }[input.aksi];
      const penilai = input.aksi === 'ajukan' ? (await organisasi.atasanOf(actor.instansiId, pegawaiId)).pejabatPenilai?.pegawaiId : undefined;
      const label = RENCANA_PENGEMBANGAN_WORKFLOW.actionLabel[input.aksi];
      await db.transaction(async (tx) => {
        if (!(await repo.ubahRencana(tx, actor.instansiId, r.id, input.rowVersion, r.status, set, at))) throw versiBerubah();
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'rencana_pengembangan',
          entityId: r.id,
          summary: `Rencana pengembangan kompetensi ${input.tahun}: ${label}${catatan ? ` — ${catatan.slice(0, 120)}` : ''}`,
          before: { status: r.status },
          after: { status: t.to, catatan },
        });
        const tautan = `/pengembangan/pegawai/${pegawaiId}?tahun=${input.tahun}`;
        if (input.aksi === 'ajukan' && penilai)
          await notify(tx, actor.instansiId, [penilai], { jenis: 'pengembangan', judul: 'Rencana pengembangan kompetensi diajukan', pesan: `${namaLengkapBaris(p)} mengajukan rencana ${input.tahun} untuk disepakati.`, tautan }, at);
        if (input.aksi === 'sepakati' || input.aksi === 'kembalikan')
          await notify(
            tx,
            actor.instansiId,
            [pegawaiId],
            { jenis: 'pengembangan', judul: input.aksi === 'sepakati' ? 'Rencana pengembangan kompetensi disepakati' : 'Rencana pengembangan kompetensi dikembalikan', pesan: catatan ?? `Rencana ${input.tahun}`, tautan: `/pengembangan?tahun=${input.tahun}` },
            at,
          );
      });
      return halaman(actor, pegawaiId, input.tahun);
    },

    // --- Completed training
    async catatPelatihan(actor: Actor, pegawaiId: string, input: RiwayatInput): Promise<Riwayat> {
      const { rel } = await muatPegawai(actor, pegawaiId);
      if (!rel.self && !rel.bkpsdm) throw errors.forbidden('mencatat pelatihan pegawai ini (hanya pegawai sendiri dan BKPSDM)');
      const hariIni = await pengaturan.hariIni(actor.instansiId);
      if (input.tanggalSelesai > hariIni) throw errors.validation({ tanggalSelesai: 'pelatihan yang dicatat harus sudah selesai (tidak boleh setelah hari ini)' });
      await periksaKatalog(actor.instansiId, [input.pelatihanId], () => 'pelatihanId');
      const at = clock();
      const tahun = tahunPelatihan(input.tanggalSelesai);
      const id = await db.transaction(async (tx) => {
        const id = await repo.insertRiwayat(tx, actor.instansiId, { ...input, pegawaiId, tahun, oleh: actor.pegawaiId, at });
        await recordAudit(tx, actor, actor.instansiId, { action: 'create', entityType: 'riwayat_pelatihan', entityId: id, summary: `Pelatihan dicatat: ${input.judul} (${input.jp} JP, ${tahun})`, after: { pegawaiId, ...input } });
        return id;
      });
      return presentRiwayat(actor, (await repo.riwayatById(db, actor.instansiId, id))!);
    },

    /** Attaches the certificate (type decided by content). The caller's rights are checked before the body is read. */
    async unggahSertifikat(actor: Actor, id: string, baca: () => Promise<{ filename: string; data: Buffer }>): Promise<Riwayat> {
      const r = await repo.riwayatById(db, actor.instansiId, id);
      if (!r) throw errors.notFound('Pelatihan');
      await muatPegawai(actor, r.pegawai_id).catch(() => {
        throw errors.notFound('Pelatihan');
      });
      if (!bolehUbahRiwayat(actor, r)) throw errors.forbidden('mengunggah sertifikat pelatihan ini (hanya pegawai sendiri dan BKPSDM)');
      if (r.sertifikat_kunci) throw errors.conflict('id_dipakai', 'Sertifikat pelatihan ini sudah diunggah; hapus catatan pelatihan dan catat ulang bila salah.');
      const up = await baca();
      const { mime, nama } = await periksaJenisBerkas(up.data, up.filename);
      const at = clock();
      const kunci = newStorageKey(actor.instansiId, at);
      await storage.put(kunci, up.data, mime);
      const sha256 = createHash('sha256').update(up.data).digest('hex');
      try {
        await db.transaction(async (tx) => {
          if (!(await repo.setSertifikat(tx, actor.instansiId, id, { kunci, nama, mime, ukuran: up.data.length, sha256 })))
            throw errors.conflict('id_dipakai', 'Sertifikat pelatihan ini baru saja diunggah.');
          await recordAudit(tx, actor, actor.instansiId, {
            action: 'update',
            entityType: 'riwayat_pelatihan',
            entityId: id,
            summary: `Sertifikat pelatihan diunggah: ${nama.slice(0, 80)} (${r.jp} JP dihitung)`,
            after: { sertifikat: { nama, mime, ukuran: up.data.length, sha256 } },
          });
        });
      } catch (e) {
        await storage.delete(kunci).catch(() => undefined);
        throw e;
      }
      return presentRiwayat(actor, (await repo.riwayatById(db, actor.instansiId, id))!);
    },

    async unduhSertifikat(actor: Actor, id: string) {
      const r = await repo.riwayatById(db, actor.instansiId, id);
      if (!r) throw errors.notFound('Pelatihan');
      await muatPegawai(actor, r.pegawai_id).catch(() => {
        throw errors.notFound('Pelatihan');
      });
      if (!r.sertifikat_kunci) throw errors.notFound('Sertifikat pelatihan');
      try {
        return { body: await storage.get(r.sertifikat_kunci), mime: r.sertifikat_mime!, nama: r.sertifikat_nama!, ukuran: r.sertifikat_ukuran! };
      } catch (e) {
        if (e instanceof StorageNotFoundError) throw errors.notFound('Berkas sertifikat');
        throw e;
      }
    },

    async hapusPelatihan(actor: Actor, id: string): Promise<void> {
      const r = await repo.riwayatById(db, actor.instansiId, id);
      if (!r) throw errors.notFound('Pelatihan');
      await muatPegawai(actor, r.pegawai_id).catch(() => {
        throw errors.notFound('Pelatihan');
      });
      if (!bolehUbahRiwayat(actor, r)) throw errors.forbidden('menghapus catatan pelatihan ini (hanya pegawai sendiri dan BKPSDM)');
      const kunci = await db.transaction(async (tx) => {
        const hapus = await repo.hapusRiwayat(tx, actor.instansiId, id);
        if (!hapus) throw errors.notFound('Pelatihan');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'riwayat_pelatihan',
          entityId: id,
          summary: `Catatan pelatihan dihapus: ${r.judul} (${r.jp} JP, ${r.tahun})`,
          before: presentRiwayat(actor, r),
        });
        return hapus.sertifikat_kunci;
      });
      // After the commit: a file left behind by a failed removal is harmless (nothing points at it).
      if (kunci && !(await repo.kunciDipakai(db, actor.instansiId, kunci))) await storage.delete(kunci).catch(() => undefined);
    },

    // --- Summaries
    /** The one-page summary: the caller's own, or their team's (those they are pejabat penilai of). */
    async ringkasan(actor: Actor, q: RingkasanQuery): Promise<Ringkasan> {
      const tahun = q.tahun ?? (await tahunIni(actor.instansiId));
      const ids = q.lingkup === 'SAYA' ? [actor.pegawaiId] : await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId);
      if (ids.length === 0) return { tahun, items: [] };
      const [pegawai, jp, awards, kasus, target] = await Promise.all([
        repo.pegawai(db, actor.instansiId, ids),
        repo.jpDanRencana(db, actor.instansiId, ids, tahun),
        repo.penghargaan(db, actor.instansiId, ids),
        repo.kasusTerbuka(db, actor.instansiId, ids),
        targetJp(actor.instansiId, tahun),
      ]);
      const jpOf = new Map(jp.map((j) => [j.pegawai_id, j]));
      return {
        tahun,
        items: pegawai.map((p) => {
          const j = jpOf.get(p.id);
          return {
            pegawai: { id: p.id, nama: namaLengkapBaris(p), nip: p.nip, jabatan: p.jabatan },
            penghargaan: awards.filter((a) => a.pegawai_id === p.id).map((a) => ({ id: a.id, jenis: a.jenis as JenisPenghargaan, nomor: a.nomor, tanggal: a.tanggal, ronde: a.ronde })),
            pembinaanTerbuka: kasus.filter((k) => k.pegawai_id === p.id).map((k) => ({ id: k.id, jenis: k.jenis as JenisKasus, status: k.status as KasusState, alasan: k.alasan })),
            rencana: j?.rencana_status ? { status: j.rencana_status as RencanaPengembanganState, jp: j.rencana_jp ?? 0, jumlahKegiatan: j.rencana_n ?? 0 } : null,
            jp: rekapJp(
              [
                { jp: j?.jp_selesai ?? 0, bersertifikat: true },
                { jp: j?.jp_tanpa ?? 0, bersertifikat: false },
              ],
              target,
              jpTerencana((j?.rencana_status as RencanaPengembanganState | null | undefined) ?? null, j?.rencana_jp ?? 0),
            ),
          };
        }),
      };
    },

    /** BKPSDM's (and pimpinan's) recap: per perangkat daerah who reached the target, the most common needs, and with one perangkat daerah who is below it. */
    async rekap(actor: Actor, q: RekapQuery): Promise<RekapPengembangan> {
      if (!bkpsdm(actor) && !hasRole(actor, 'PIMPINAN')) throw errors.forbidden('melihat rekap pengembangan kompetensi pemda (hanya BKPSDM dan pimpinan)');
      const tahun = q.tahun ?? (await tahunIni(actor.instansiId));
      const hariIni = await pengaturan.hariIni(actor.instansiId);
      const [pegawai, jp, items, target, units] = await Promise.all([
        repo.pegawaiAktif(db, actor.instansiId),
        repo.jpDanRencana(db, actor.instansiId, null, tahun),
        repo.itemRencanaTahun(db, actor.instansiId, tahun),
        targetJp(actor.instansiId, tahun),
        unitsPada(db, actor.instansiId, hariIni),
      ]);
      const tree = buildUnitTree(units);
      if (q.perangkatDaerahId && !tree.byId.get(q.perangkatDaerahId)?.perangkat_daerah) throw errors.validation({ perangkatDaerahId: 'bukan perangkat daerah instansi ini' });
      const jpOf = new Map(jp.map((j) => [j.pegawai_id, j]));
      const perPd = new Map<string, { unit: { id: string; nama: string }; jp: number[] }>();
      const diBawah: NonNullable<RekapPengembangan['diBawahTarget']> = [];
      for (const p of pegawai) {
        const pd = perangkatDaerahOf(tree, p.unit_id);
        if (!pd) continue;
        const g = perPd.get(pd.id) ?? { unit: { id: pd.id, nama: pd.nama }, jp: [] };
        const j = jpOf.get(p.id);
        const selesai = j?.jp_selesai ?? 0;
        g.jp.push(selesai);
        perPd.set(pd.id, g);
        if (q.perangkatDaerahId === pd.id && selesai < target)
          diBawah.push({
            pegawai: { id: p.id, nama: namaLengkapBaris(p), nip: p.nip },
            unit: tree.byId.get(p.unit_id)?.nama ?? pd.nama,
            jp: selesai,
            kekurangan: target - selesai,
            rencana: (j?.rencana_status as RencanaPengembanganState | null) ?? null,
          });
      }
      diBawah.sort((a, b) => a.jp - b.jp || a.pegawai.nama.localeCompare(b.pegawai.nama, 'id'));
      return {
        tahun,
        targetJp: target,
        dasarHukum: DASAR_HUKUM.pengembanganKompetensi,
        perangkatDaerah: [...perPd.values()].map((g) => ({ unit: g.unit, ...rekapJpKelompok(g.jp, target) })).sort((a, b) => a.unit.nama.localeCompare(b.unit.nama, 'id')),
        kebutuhanTerbanyak: kebutuhanTerbanyak(items.map((i) => ({ pelatihanId: i.pelatihan_id, judul: i.judul, jenisKompetensi: i.jenis_kompetensi as JenisKompetensi, pegawaiId: i.pegawai_id }))),
        diBawahTarget: q.perangkatDaerahId ? diBawah.slice(0, 500) : null,
      };
    },
  };
}

export type PengembanganService = ReturnType<typeof createPengembanganService>;
