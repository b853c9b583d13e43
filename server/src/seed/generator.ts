/**
 * Deterministic generator of a demo pemda: the same seed gives the same organisation, names and
 * NIPs. It scales from a small demo (a few hundred ASN) to a Bandung-sized city (16,000+).
 * Everything is built in memory and written in bulk in one transaction.
 */
import { Faker, id_ID, en, base } from '@faker-js/faker';
import { addDays, berakhirPerbaikan, DEFAULT_ATURAN_TINDAK_LANJUT, nipError, todayIn } from '@capaian/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type DbOrTx } from '../db/client.js';
import { insertMany } from '../db/insert-many.js';
import { sinkronKasus } from '../tindak-lanjut/kasus.js';
import { pengembanganDemo } from './pengembangan-demo.js';
import { angkaKreditDemo } from './angka-kredit-demo.js';
import { potensiDemo, tppDemo } from './tpp-demo.js';
import {
  bimbingan,
  buktiDukung,
  capaianOrganisasi,
  evaluasi,
  evaluasiPerilaku,
  evaluasiRhk,
  evaluasiRiwayat,
  finalisasiUnit,
  keberatan,
  periodePenilaian,
  indikatorKinerja,
  instansi,
  jabatan,
  kehadiran,
  pegawai,
  penugasanPlt,
  realisasi,
  rencanaAksi,
  rhk,
  skp,
  skpPerilaku,
  skpTemplate,
  tindakLanjut,
  umpanBalik,
  unitKerja,
  userAccount,
  userRole,
} from '../db/schema.js';
import { demoPelaksanaan } from './pelaksanaan-demo.js';
import { demoPenilaian } from './penilaian-demo.js';
import { demoSkp } from './skp-demo.js';
import { demoTemplates } from './template-demo.js';
import { hashPassword } from '../core/password.js';
import type { Actor, Role } from '../core/actor.js';

export const DEMO_PASSWORD = 'capaian2026';

type UnitSpec = typeof unitKerja.$inferInsert & { id: string };
type JabatanSpec = typeof jabatan.$inferInsert & { id: string };
type PegawaiSpec = typeof pegawai.$inferInsert & { id: string };

export interface DemoUser {
  key: string;
  peran: string;
  nip: string;
  nama: string;
  roles: Role[];
}

export interface SeedOptions {
  kode: string;
  nama: string;
  jenis?: 'KOTA' | 'KABUPATEN' | 'PROVINSI';
  kepalaDaerahNama?: string;
  kepalaDaerahJabatan?: string;
  pegawai: number;
  seed: number;
  /** Digit placed in every generated NIP's sequence so two instansi never share a NIP. */
  nipPrefix?: number;
  /** Use the documented demo NIPs for the named demo users (only one instansi may). */
  fixedDemoNips?: boolean;
  /** Also give every pegawai an SKP for this year (most approved), with its execution data up to `today`. */
  skpTahun?: number;
  /** The seed date for execution data ('YYYY-MM-DD'; default: today in WIB). */
  today?: string;
  /** Generate execution data (progress, feedback, coaching, attendance) for the SKPs; default true. */
  pelaksanaan?: boolean;
}

export async function seedInstansi(db: Db, opts: SeedOptions) {
  const f = new Faker({ locale: [id_ID, en, base], seed: opts.seed });
  const instansiId = f.string.uuid();
  const units: UnitSpec[] = [];
  const jabs: JabatanSpec[] = [];
  const people: PegawaiSpec[] = [];
  const usedNip = new Set<string>();
  let seq = 0;

  const unit = (parent: UnitSpec | null, kode: string, nama: string, jenis: string, pd = false): UnitSpec => {
    const u: UnitSpec = { instansiId, id: f.string.uuid(), parentId: parent?.id ?? null, kode, nama, jenis, perangkatDaerah: pd };
    units.push(u);
    return u;
  };
  const jab = (u: UnitSpec, suffix: string, nama: string, jenis: string, opts2: { jenjang?: string; kepala?: boolean; kelas?: number } = {}) => {
    const j: JabatanSpec = {
      instansiId,
      id: f.string.uuid(),
      unitId: u.id,
      kode: `${u.kode}.${suffix}`,
      nama,
      jenis,
      jenjang: opts2.jenjang ?? null,
      kepalaUnit: opts2.kepala ?? false,
      kelas: opts2.kelas ?? null,
    };
    jabs.push(j);
    return j;
  };

  const golonganFor = (j: JabatanSpec, pppk: boolean): string => {
    const pick = <T>(xs: readonly T[]) => f.helpers.arrayElement(xs);
    if (pppk) {
      if (j.jenjang === 'AHLI_PERTAMA') return 'IX';
      if (j.jenjang === 'AHLI_MUDA') return 'X';
      if (j.jenjang === 'TERAMPIL' || j.jenjang === 'MAHIR') return pick(['VII', 'VIII']);
      return pick(['V', 'VI', 'VII']);
    }
    switch (j.jenis) {
      case 'JPT_MADYA':
      case 'JPT_PRATAMA':
        return pick(['IV/c', 'IV/d']);
      case 'ADMINISTRATOR':
        return pick(['IV/a', 'IV/b']);
      case 'PENGAWAS':
        return pick(['III/c', 'III/d', 'IV/a']);
      case 'FUNGSIONAL':
        if (j.jenjang === 'AHLI_PERTAMA') return pick(['III/a', 'III/b']);
        if (j.jenjang === 'AHLI_MUDA') return pick(['III/c', 'III/d']);
        if (j.jenjang === 'AHLI_MADYA') return pick(['IV/a', 'IV/b', 'IV/c']);
        if (j.jenjang === 'TERAMPIL') return pick(['II/b', 'II/c', 'II/d']);
        if (j.jenjang === 'MAHIR') return pick(['III/a', 'III/b']);
        return pick(['III/b', 'III/c']);
      default:
        return pick(['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b']);
    }
  };

  const makeNip = (pppk: boolean, female: boolean, senior: boolean): string => {
    for (;;) {
      const birthYear = senior ? f.number.int({ min: 1966, max: 1978 }) : f.number.int({ min: 1968, max: 1998 });
      const m = f.number.int({ min: 1, max: 12 });
      const d = f.number.int({ min: 1, max: 28 });
      const tmtYear = pppk
        ? f.number.int({ min: 2019, max: 2024 })
        : f.number.int({ min: Math.max(birthYear + 22, 1990), max: Math.min(birthYear + 35, 2024) });
      const tmtMonth = f.helpers.arrayElement([1, 2, 3, 4, 12]);
      seq += 1;
      const urut = ((opts.nipPrefix ?? 0) * 100 + (seq % 100)) % 1000 || 1;
      const nip = `${birthYear}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${tmtYear}${String(tmtMonth).padStart(2, '0')}${female ? 2 : 1}${String(urut).padStart(3, '0')}`;
      if (!usedNip.has(nip) && !nipError(nip, pppk ? 'PPPK' : 'PNS')) {
        usedNip.add(nip);
        return nip;
      }
    }
  };

  const gelarFor = (j: JabatanSpec): { depan: string | null; belakang: string | null } => {
    const n = j.nama.toLowerCase();
    if (n.includes('dokter')) return { depan: 'dr.', belakang: null };
    if (n.includes('perawat')) return { depan: null, belakang: j.jenjang?.startsWith('AHLI') ? 'S.Kep., Ners' : 'A.Md.Kep.' };
    if (n.includes('bidan')) return { depan: null, belakang: 'A.Md.Keb.' };
    if (n.includes('guru') || n.includes('kepala sekolah')) return { depan: null, belakang: 'S.Pd.' };
    if (j.jenis === 'JPT_PRATAMA' || j.jenis === 'JPT_MADYA') return { depan: f.datatype.boolean() ? 'Dr.' : null, belakang: 'M.Si.' };
    if (j.jenis === 'ADMINISTRATOR') return { depan: null, belakang: f.helpers.arrayElement(['S.E., M.M.', 'S.Sos., M.Si.', 'S.T., M.T.']) };
    if (j.jenis === 'PENGAWAS' || j.jenjang?.startsWith('AHLI')) return { depan: null, belakang: f.helpers.arrayElement(['S.E.', 'S.Sos.', 'S.Kom.', 'S.H.', 'S.AP.']) };
    return { depan: null, belakang: null };
  };

  const hire = (j: JabatanSpec, o: { nama?: string; nip?: string; pppk?: boolean; female?: boolean } = {}): PegawaiSpec => {
    const pppk = o.pppk ?? (!j.kepalaUnit && (j.jenis === 'FUNGSIONAL' || j.jenis === 'PELAKSANA') && f.number.int({ min: 1, max: 100 }) <= 25);
    const female = o.female ?? f.datatype.boolean();
    const senior = j.kepalaUnit || j.jenis.startsWith('JPT') || j.jenis === 'ADMINISTRATOR';
    const nama = o.nama ?? `${f.person.firstName(female ? 'female' : 'male')} ${f.person.lastName(female ? 'female' : 'male')}`;
    const g = gelarFor(j);
    const nip = (opts.fixedDemoNips === false ? undefined : o.nip) ?? makeNip(pppk, female, senior);
    usedNip.add(nip);
    const p: PegawaiSpec = {
      instansiId,
      id: f.string.uuid(),
      nip,
      nama,
      gelarDepan: g.depan,
      gelarBelakang: g.belakang,
      jenisAsn: pppk ? 'PPPK' : 'PNS',
      golongan: golonganFor(j, pppk),
      jabatanId: j.id,
      tmtJabatan: `${f.number.int({ min: 2019, max: 2025 })}-0${f.number.int({ min: 1, max: 9 })}-01`,
      status: 'AKTIF',
      email: `${nama.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}.${nip.slice(-4)}@${opts.kode.toLowerCase()}.go.id`,
    };
    people.push(p);
    return p;
  };

  // ---------- Organisation ----------
  const demo: Record<string, PegawaiSpec> = {};
  const setda = unit(null, 'SETDA', 'Sekretariat Daerah', 'SEKRETARIAT_DAERAH', true);
  demo.sekda = hire(jab(setda, 'SEKDA', 'Sekretaris Daerah', 'JPT_PRATAMA', { kepala: true, kelas: 15 }), { nama: 'Hendra Gunawan', nip: '196805121994031003', pppk: false, female: false });
  const asisten = unit(setda, 'SETDA.ASPEM', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'ASISTEN');
  hire(jab(asisten, 'ASISTEN', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'JPT_PRATAMA', { kepala: true, kelas: 14 }));
  const bagOrg = unit(asisten, 'SETDA.ORG', 'Bagian Organisasi', 'BAGIAN');
  hire(jab(bagOrg, 'KABAG', 'Kepala Bagian Organisasi', 'ADMINISTRATOR', { kepala: true, kelas: 12 }));
  const fillers: Array<{ j: JabatanSpec; w: number }> = [];
  /** Kelas jabatan of staff posts (the pemda's evaluasi jabatan; illustrative): by jenjang, pelaksana 6. */
  const KELAS_JENJANG: Record<string, number> = { PEMULA: 5, TERAMPIL: 6, MAHIR: 7, PENYELIA: 8, AHLI_PERTAMA: 8, AHLI_MUDA: 9, AHLI_MADYA: 11, AHLI_UTAMA: 13 };
  const staff = (u: UnitSpec, suffix: string, nama: string, jenis: string, w: number, jenjang?: string) => {
    const j = jab(u, suffix, nama, jenis, { ...(jenjang ? { jenjang } : {}), kelas: jenjang ? (KELAS_JENJANG[jenjang] ?? 7) : 6 });
    fillers.push({ j, w });
    return j;
  };
  staff(bagOrg, 'ANORG', 'Analis Organisasi', 'FUNGSIONAL', 2, 'AHLI_PERTAMA');
  staff(bagOrg, 'PENGADM', 'Pengadministrasi Perkantoran', 'PELAKSANA', 2);

  interface PdOpts { kode: string; nama: string; jenis: string; kepalaNama: string; bidang: Array<[string, string]> }
  const perangkat = (o: PdOpts) => {
    const pd = unit(setda, o.kode, o.nama, o.jenis, true);
    const kepala = jab(pd, 'KADIS', o.kepalaNama, 'JPT_PRATAMA', { kepala: true, kelas: 14 });
    const sekr = unit(pd, `${o.kode}.SEKR`, 'Sekretariat', 'SEKRETARIAT');
    const sekJ = jab(sekr, 'SEKR', `Sekretaris ${o.nama}`, 'ADMINISTRATOR', { kepala: true, kelas: 12 });
    const umum = unit(sekr, `${o.kode}.UMPEG`, 'Subbagian Umum dan Kepegawaian', 'SUBBAGIAN');
    const umumJ = jab(umum, 'KASUBAG', 'Kepala Subbagian Umum dan Kepegawaian', 'PENGAWAS', { kepala: true, kelas: 9 });
    const pelaksanaUmum = staff(umum, 'PENGADM', 'Pengadministrasi Perkantoran', 'PELAKSANA', 3);
    const analisSdm = staff(umum, 'ANSDM', 'Analis Sumber Daya Manusia Aparatur', 'FUNGSIONAL', 1, 'AHLI_PERTAMA');
    staff(umum, 'PENGOLAH', 'Pengolah Data dan Informasi', 'PELAKSANA', 2);
    const bidang = o.bidang.map(([k, nama]) => {
      const b = unit(pd, `${o.kode}.${k}`, nama, 'BIDANG');
      const kb = jab(b, 'KABID', `Kepala ${nama}`, 'ADMINISTRATOR', { kepala: true, kelas: 12 });
      staff(b, 'ANKEB', 'Analis Kebijakan', 'FUNGSIONAL', 2, f.helpers.arrayElement(['AHLI_PERTAMA', 'AHLI_MUDA']));
      staff(b, 'PENGOLAH', 'Pengolah Data dan Informasi', 'PELAKSANA', 3);
      return { unit: b, kepala: kb };
    });
    return { pd, kepala, sekJ, umumJ, pelaksanaUmum, analisSdm, bidang };
  };

  const n = opts.pegawai;
  const count = (per: number, min: number) => Math.max(min, Math.round(n / per));

  // Dinas Kesehatan with puskesmas
  const dinkes = perangkat({
    kode: 'DINKES', nama: 'Dinas Kesehatan', jenis: 'DINAS', kepalaNama: 'Kepala Dinas Kesehatan',
    bidang: [['YANKES', 'Bidang Pelayanan Kesehatan'], ['P2P', 'Bidang Pencegahan dan Pengendalian Penyakit']],
  });
  const puskesmas = Array.from({ length: count(450, 3) }, (_, i) => {
    const nama = i === 0 ? 'UPT Puskesmas Asemrowo' : `UPT Puskesmas ${f.location.street().replace(/^(Jl\.|Jalan|Gg\.|Gang)\s*/i, '')}`;
    const u = unit(dinkes.pd, `DINKES.PKM-${String(i + 1).padStart(2, '0')}`, nama, 'PUSKESMAS');
    const k = jab(u, 'KAPUS', `Kepala ${nama}`, 'PENGAWAS', { kepala: true, kelas: 9 });
    return {
      u,
      k,
      perawat: staff(u, 'PERAWAT-AP', 'Perawat Ahli Pertama', 'FUNGSIONAL', 5, 'AHLI_PERTAMA'),
      perawatT: staff(u, 'PERAWAT-T', 'Perawat Terampil', 'FUNGSIONAL', 4, 'TERAMPIL'),
      bidan: staff(u, 'BIDAN-T', 'Bidan Terampil', 'FUNGSIONAL', 4, 'TERAMPIL'),
      dokter: staff(u, 'DOKTER-AM', 'Dokter Ahli Muda', 'FUNGSIONAL', 2, 'AHLI_MUDA'),
      admin: staff(u, 'PENGADM', 'Pengadministrasi Perkantoran', 'PELAKSANA', 2),
    };
  });

  // Dinas Pendidikan with schools
  const disdik = perangkat({
    kode: 'DISDIK', nama: 'Dinas Pendidikan', jenis: 'DINAS', kepalaNama: 'Kepala Dinas Pendidikan',
    bidang: [['PSD', 'Bidang Pembinaan Sekolah Dasar'], ['PSMP', 'Bidang Pembinaan Sekolah Menengah Pertama']],
  });
  const sekolah = Array.from({ length: count(120, 4) }, (_, i) => {
    const smp = i % 3 === 2;
    const nama = smp ? `SMP Negeri ${Math.floor(i / 3) + 1}` : `SD Negeri ${i - Math.floor(i / 3) + 1}`;
    const u = unit(disdik.bidang[smp ? 1 : 0]!.unit, `DISDIK.${smp ? 'SMPN' : 'SDN'}-${String(i + 1).padStart(3, '0')}`, nama, 'SEKOLAH');
    const k = jab(u, 'KASEK', `Kepala ${nama}`, 'PENGAWAS', { kepala: true, kelas: 9 });
    return {
      u,
      k,
      guruAp: staff(u, 'GURU-AP', 'Guru Ahli Pertama', 'FUNGSIONAL', 6, 'AHLI_PERTAMA'),
      guruAm: staff(u, 'GURU-AM', 'Guru Ahli Muda', 'FUNGSIONAL', 4, 'AHLI_MUDA'),
      tu: staff(u, 'TU', 'Pengadministrasi Sekolah', 'PELAKSANA', 1),
    };
  });

  const dinsos = perangkat({
    kode: 'DINSOS', nama: 'Dinas Sosial', jenis: 'DINAS', kepalaNama: 'Kepala Dinas Sosial',
    bidang: [['REHSOS', 'Bidang Rehabilitasi Sosial'], ['LINJAMSOS', 'Bidang Perlindungan dan Jaminan Sosial']],
  });
  staff(dinsos.bidang[1]!.unit, 'PENGADUAN', 'Pengelola Pengaduan Masyarakat', 'PELAKSANA', 3);
  staff(dinsos.bidang[0]!.unit, 'PEKSOS', 'Pekerja Sosial Ahli Pertama', 'FUNGSIONAL', 3, 'AHLI_PERTAMA');
  const dpmptsp = perangkat({
    kode: 'DPMPTSP', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', jenis: 'DINAS',
    kepalaNama: 'Kepala Dinas Penanaman Modal dan PTSP',
    bidang: [['YANIZIN', 'Bidang Pelayanan Perizinan'], ['PENGADUAN', 'Bidang Pengaduan dan Informasi Pelayanan']],
  });
  staff(dpmptsp.bidang[0]!.unit, 'VERIFIKATOR', 'Verifikator Perizinan', 'PELAKSANA', 4);
  staff(dpmptsp.bidang[0]!.unit, 'PENATA-PERIZINAN', 'Penata Perizinan Ahli Pertama', 'FUNGSIONAL', 2, 'AHLI_PERTAMA');
  const dlh = perangkat({
    kode: 'DLH', nama: 'Dinas Lingkungan Hidup', jenis: 'DINAS', kepalaNama: 'Kepala Dinas Lingkungan Hidup',
    bidang: [['KEBERSIHAN', 'Bidang Kebersihan'], ['PERTAMANAN', 'Bidang Pertamanan']],
  });
  staff(dlh.bidang[0]!.unit, 'PETUGAS', 'Petugas Kebersihan', 'PELAKSANA', 6);
  staff(dlh.bidang[1]!.unit, 'PETUGAS', 'Petugas Pertamanan', 'PELAKSANA', 4);
  const bkpsdm = perangkat({
    kode: 'BKPSDM', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', jenis: 'BADAN',
    kepalaNama: 'Kepala BKPSDM',
    bidang: [['PKP', 'Bidang Penilaian Kinerja dan Penghargaan'], ['MUTASI', 'Bidang Mutasi dan Promosi']],
  });
  const analisMuda = staff(bkpsdm.bidang[0]!.unit, 'ANSDM-AM', 'Analis SDM Aparatur Ahli Muda', 'FUNGSIONAL', 2, 'AHLI_MUDA');
  const prakom = staff(bkpsdm.pd === setda ? setda : bkpsdm.bidang[0]!.unit, 'PRAKOM', 'Pranata Komputer Ahli Pertama', 'FUNGSIONAL', 1, 'AHLI_PERTAMA');

  // Kecamatan with kelurahan (Asemrowo first, more for a larger city)
  const kecNames = ['Asemrowo', ...Array.from({ length: count(700, 1) - 1 }, () => f.location.city().replace(/^(Kota|Kab\.|Kabupaten)\s*/i, ''))];
  const kelurahanHeads: JabatanSpec[] = [];
  kecNames.forEach((nama, i) => {
    const kode = i === 0 ? 'KEC-ASEMROWO' : `KEC-${String(i + 1).padStart(2, '0')}`;
    const kec = unit(setda, kode, `Kecamatan ${nama}`, 'KECAMATAN', true);
    jab(kec, 'CAMAT', `Camat ${nama}`, 'ADMINISTRATOR', { kepala: true, kelas: 12 });
    const sekcam = unit(kec, `${kode}.SEKCAM`, 'Sekretariat Kecamatan', 'SEKRETARIAT');
    jab(sekcam, 'SEKCAM', `Sekretaris Kecamatan ${nama}`, 'PENGAWAS', { kepala: true, kelas: 9 });
    staff(sekcam, 'PENGADM', 'Pengadministrasi Perkantoran', 'PELAKSANA', 2);
    const seksi = unit(kec, `${kode}.PEM`, 'Seksi Pemerintahan', 'SEKSI');
    jab(seksi, 'KASI', 'Kepala Seksi Pemerintahan', 'PENGAWAS', { kepala: true, kelas: 9 });
    staff(seksi, 'PENGOLAH', 'Pengolah Data Kependudukan', 'PELAKSANA', 2);
    const kels = i === 0 ? ['Asemrowo', 'Genting Kalianak', 'Tambak Sarioso'] : Array.from({ length: 4 }, () => f.location.street().replace(/^(Jl\.|Jalan|Gg\.|Gang)\s*/i, ''));
    kels.forEach((kn, k) => {
      const kel = unit(kec, `${kode}.KEL-${k + 1}`, `Kelurahan ${kn}`, 'KELURAHAN');
      kelurahanHeads.push(jab(kel, 'LURAH', `Lurah ${kn}`, 'PENGAWAS', { kepala: true, kelas: 9 }));
      staff(kel, 'PELAYANAN', 'Petugas Pelayanan Kelurahan', 'PELAKSANA', 3);
    });
  });

  // ---------- Named demo users ----------
  demo.kadis = hire(dinkes.kepala, { nama: 'Ratna Dewi Lestari', nip: '197003152000032001', pppk: false, female: true });
  demo.administrator = hire(dinkes.sekJ, { nama: 'Agus Setiawan', nip: '197508202003121002', pppk: false, female: false });
  demo.pengawas = hire(dinkes.umumJ, { nama: 'Yuliana Sari', nip: '198002112006042003', pppk: false, female: true });
  demo.pelaksana = hire(dinkes.pelaksanaUmum, { nama: 'Budi Santoso', nip: '199003172015031001', pppk: false, female: false });
  demo.pengelola = hire(dinkes.analisSdm, { nama: 'Fitri Handayani', nip: '199105222019022002', pppk: false, female: true });
  const pkm0 = puskesmas[0]!;
  demo.kapus = hire(pkm0.k, { nama: 'Wahyu Hidayat', nip: '197911102005011004', pppk: false, female: false });
  demo.perawat = hire(pkm0.perawat, { nama: 'Siti Nurhaliza', nip: '199201152017032001', pppk: false, female: true });
  const sd0 = sekolah[0]!;
  demo.kasek = hire(sd0.k, { nama: 'Suparman', nip: '197406081999031003', pppk: false, female: false });
  demo.guru = hire(sd0.guruAp, { nama: 'Dewi Kartika', nip: '199308242022212001', pppk: true, female: true });
  demo.adminBkpsdm = hire(analisMuda, { nama: 'Rudi Hartono', nip: '198407152009011002', pppk: false, female: false });
  demo.adminSistem = hire(prakom, { nama: 'Nanda Pratama', nip: '199412052020121001', pppk: false, female: false });

  // Fill every other head seat except one left vacant with a Plt (Kepala Bidang Pelayanan Kesehatan),
  // and one kelurahan with a Plh.
  const vacant = new Set([dinkes.bidang[0]!.kepala.id]);
  const heldIds = new Set(people.map((p) => p.jabatanId));
  for (const j of jabs) if (j.kepalaUnit && !heldIds.has(j.id) && !vacant.has(j.id)) hire(j);
  // Fill the rest by weight until the target size.
  const totalW = fillers.reduce((s, x) => s + x.w, 0);
  let i = 0;
  while (people.length < n) {
    let r = f.number.int({ min: 0, max: totalW - 1 });
    const pick = fillers.find((x) => (r -= x.w) < 0) ?? fillers[i % fillers.length]!;
    hire(pick.j);
    i++;
  }

  const plt: Array<typeof penugasanPlt.$inferInsert> = [
    { instansiId, id: f.string.uuid(), pegawaiId: demo.administrator.id, jabatanId: dinkes.bidang[0]!.kepala.id, jenis: 'PLT', tanggalMulai: '2026-01-01', tanggalSelesai: '2027-06-30', nomorSk: '800/123/BKPSDM/2026' },
  ];
  const kelHead = kelurahanHeads[2];
  const kelHolder = people.find((p) => p.jabatanId === kelHead?.id);
  const sekcamHolder = people.find((p) => p.jabatanId === jabs.find((j) => j.kode === 'KEC-ASEMROWO.SEKCAM.SEKCAM')?.id);
  if (kelHead && kelHolder && sekcamHolder)
    plt.push({ instansiId, id: f.string.uuid(), pegawaiId: sekcamHolder.id, jabatanId: kelHead.id, jenis: 'PLH', tanggalMulai: '2026-11-01', tanggalSelesai: '2026-12-31', nomorSk: '800/77/KEC-ASM/2026' });

  const roleOf: Array<[keyof typeof demo, Role[], string, string?]> = [
    ['pelaksana', ['PEGAWAI'], 'Pegawai (pelaksana)'],
    ['perawat', ['PEGAWAI'], 'Pejabat fungsional — perawat di puskesmas'],
    ['guru', ['PEGAWAI'], 'Pejabat fungsional — guru (PPPK)'],
    ['pengawas', ['PEGAWAI'], 'Pengawas (Kasubbag Umum Dinas Kesehatan)'],
    ['kapus', ['PEGAWAI'], 'Pengawas (Kepala Puskesmas)'],
    ['kasek', ['PEGAWAI'], 'Kepala sekolah'],
    ['administrator', ['PEGAWAI'], 'Administrator (Sekretaris Dinas Kesehatan, Plt Kabid Yankes)'],
    ['kadis', ['PEGAWAI', 'PIMPINAN'], 'Kepala dinas (JPT Pratama)'],
    ['sekda', ['PEGAWAI', 'PIMPINAN'], 'Sekretaris daerah'],
    ['pengelola', ['PEGAWAI', 'PENGELOLA_KINERJA'], 'Pengelola kinerja Dinas Kesehatan', 'DINKES'],
    ['adminBkpsdm', ['PEGAWAI', 'ADMIN_BKPSDM'], 'Admin BKPSDM'],
    ['adminSistem', ['PEGAWAI', 'ADMIN_SISTEM'], 'Admin sistem'],
  ];

  // ---------- Write ----------
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = people.map((p) => ({ instansiId, id: f.string.uuid(), pegawaiId: p.id, nip: p.nip, passwordHash }));
  const accountOf = new Map(accounts.map((a) => [a.pegawaiId, a.id]));
  const special = new Map(roleOf.map(([k, roles, , scope]) => [demo[k]!.id, { roles, scope }]));
  const roles: Array<typeof userRole.$inferInsert> = [];
  for (const p of people) {
    const s = special.get(p.id);
    const userId = accountOf.get(p.id)!;
    for (const role of s?.roles ?? ['PEGAWAI']) {
      const scopeUnit = role === 'PENGELOLA_KINERJA' && s?.scope ? units.find((u) => u.kode === s.scope)?.id : null;
      roles.push({ instansiId, userId, role, unitId: scopeUnit ?? null });
    }
  }

  await db.transaction(async (tx) => {
    await tx.insert(instansi).values({
      id: instansiId,
      kode: opts.kode,
      nama: opts.nama,
      jenis: opts.jenis ?? 'KOTA',
      zonaWaktu: 'WIB',
      kepalaDaerahNama: opts.kepalaDaerahNama ?? null,
      kepalaDaerahJabatan: opts.kepalaDaerahJabatan ?? 'Wali Kota',
    });
    // Parents before children: units were created top-down.
    await insertMany(tx, unitKerja, units);
    await insertMany(tx, jabatan, jabs);
    await insertMany(tx, pegawai, people);
    await tx.insert(penugasanPlt).values(plt);
    await insertMany(tx, userAccount, accounts);
    await insertMany(tx, userRole, roles);
    await tx.insert(skpTemplate).values(demoTemplates(instansiId, units));
    if (opts.skpTahun) {
      // Named demo users show every state: the pelaksana is still drafting, the guru was returned.
      const fixed = new Map<string, string>([[demo.pelaksana!.id, 'DRAFT'], [demo.guru!.id, 'DIKEMBALIKAN'], [demo.pengawas!.id, 'DISETUJUI'], [demo.perawat!.id, 'DISETUJUI']]);
      const d = demoSkp(f, instansiId, opts.skpTahun, units, jabs, people, plt, (p) => fixed.get(p.id));
      await insertMany(tx, skp, d.skp);
      await insertMany(tx, rhk, d.rhk);
      await insertMany(tx, skpPerilaku, d.perilaku);
      // Without execution data the seed date is 1 January: nothing has happened yet.
      const seedDate = opts.pelaksanaan === false ? `${opts.skpTahun}-01-01` : (opts.today ?? todayIn('WIB', new Date()));
      const e = demoPelaksanaan(f, instansiId, opts.skpTahun, seedDate, d);
      await insertMany(tx, indikatorKinerja, d.indikator);
      await insertMany(tx, rencanaAksi, e.rencanaAksi, { foreignKeysOnce: true });
      await insertMany(tx, realisasi, e.realisasi, { foreignKeysOnce: true });
      await insertMany(tx, buktiDukung, e.bukti, { foreignKeysOnce: true });
      // Feedback before its replies (induk_id references the same table).
      const ub = [...e.umpanBalik.filter((u) => !u.indukId), ...e.umpanBalik.filter((u) => u.indukId)];
      await insertMany(tx, umpanBalik, ub, { foreignKeysOnce: true });
      await insertMany(tx, bimbingan, e.bimbingan);
      await insertMany(tx, tindakLanjut, e.tindakLanjut);
      await insertMany(tx, kehadiran, e.kehadiran, { foreignKeysOnce: true });
      if (opts.pelaksanaan !== false) {
        // Last year, finished: everyone's SKP approved and assessed.
        const lalu = demoSkp(f, instansiId, opts.skpTahun - 1, units, jabs, people, plt, () => 'DISETUJUI');
        await insertMany(tx, skp, lalu.skp);
        await insertMany(tx, rhk, lalu.rhk);
        await insertMany(tx, indikatorKinerja, lalu.indikator);
        await insertMany(tx, skpPerilaku, lalu.perilaku);
        const n = demoPenilaian(f, instansiId, opts.skpTahun - 1, lalu, d, seedDate, people, jabs);
        await tx.insert(periodePenilaian).values(n.periode);
        await insertMany(tx, capaianOrganisasi, n.capaian);
        await insertMany(tx, evaluasi, n.evaluasi);
        await insertMany(tx, evaluasiRhk, n.evaluasiRhk);
        await insertMany(tx, evaluasiPerilaku, n.evaluasiPerilaku);
        await insertMany(tx, finalisasiUnit, n.finalisasi);
        if (n.keberatan.length) await tx.insert(keberatan).values(n.keberatan);
        if (n.riwayat.length) await tx.insert(evaluasiRiwayat).values(n.riwayat);
        await kasusDemo(tx, instansiId, n.periode, seedDate);
        await penghargaanDemo(tx, instansiId, n.periode, opts.skpTahun - 1, demo.adminBkpsdm?.id ?? null);
        await pengembanganDemo(tx, instansiId, opts.skpTahun, seedDate, [demo.pelaksana!.id]);
        await tppDemo(tx, instansiId, seedDate, demo.adminBkpsdm?.id ?? null);
        await potensiDemo(tx, instansiId, opts.skpTahun - 1, demo.adminBkpsdm?.id ?? null);
        await angkaKreditDemo(tx, instansiId, n.periode, opts.skpTahun - 1, demo.adminBkpsdm?.id ?? null, demo.perawat?.nip ?? '', seedDate);
      }
    }
    await tx.execute(sql`ANALYZE`);
  });

  const demoUsers: DemoUser[] = roleOf.map(([k, r, peran]) => ({ key: k, peran, nip: demo[k]!.nip, nama: demo[k]!.nama, roles: r }));
  return { instansiId, units: units.length, jabatan: jabs.length, pegawai: people.length, demoUsers };
}

/**
 * The pembinaan cases last year's finalisation proposes (the product's own rules, as a finalisation
 * runs them), and for about half of the rencana perbaikan a plan agreed by the pejabat penilai a
 * month ago that is running now.
 */
async function kasusDemo(tx: DbOrTx, instansiId: string, periode: ReadonlyArray<{ id?: string; jenis: string }>, seedDate: string) {
  const tahunan = periode.find((p) => p.jenis === 'TAHUNAN');
  if (!tahunan?.id) return;
  const units = await queryRows<{ id: string }>(tx, sql`SELECT DISTINCT unit_id AS id FROM evaluasi WHERE instansi_id = ${instansiId} AND periode_id = ${tahunan.id}`);
  const sistem: Actor = { userId: '', instansiId, pegawaiId: '', nip: '', nama: 'Data demo', roles: [], pengelolaUnitIds: [] };
  await sinkronKasus(tx, sistem, { periodeId: tahunan.id, unitIds: units.map((u) => u.id) }, DEFAULT_ATURAN_TINDAK_LANJUT, new Date(`${seedDate}T01:00:00Z`));
  const mulai = addDays(seedDate, -30);
  const rencana = {
    tujuan: 'Capaian seluruh indikator kinerja kembali sesuai target dan laporan diserahkan tepat waktu',
    tindakan: [
      { uraian: 'Menyusun jadwal kerja mingguan bersama atasan', tenggat: addDays(mulai, 14) },
      { uraian: 'Mengikuti pendampingan oleh rekan senior pada pekerjaan utama', tenggat: addDays(mulai, 60) },
    ],
    checkIn: [addDays(mulai, 30), addDays(mulai, 90), addDays(mulai, 150)],
    mulai,
    berakhir: berakhirPerbaikan(mulai, DEFAULT_ATURAN_TINDAK_LANJUT.lamaPerbaikanBulan),
  };
  await tx.execute(sql`
    UPDATE kasus_pembinaan k
       SET status = 'DITINDAKLANJUTI', rencana = ${JSON.stringify(rencana)}::jsonb, ditangani_oleh = e.pejabat_penilai_id,
           diakui_at = CASE WHEN right(p.nip, 1) IN ('0', '4', '8') THEN ${`${addDays(mulai, 2)}T02:00:00Z`}::timestamptz END
      FROM evaluasi e, pegawai p
     WHERE k.instansi_id = ${instansiId} AND k.jenis = 'RENCANA_PERBAIKAN'
       AND e.instansi_id = k.instansi_id AND e.id = k.evaluasi_ids[1] AND e.pejabat_penilai_id IS NOT NULL
       AND p.instansi_id = k.instansi_id AND p.id = k.pegawai_id AND right(p.nip, 1) IN ('0', '2', '4', '6', '8')`);
}

/**
 * Last year's award round of the pemda, decided in February: a piagam for the ten best Sangat Baik
 * results (by rank: rating hasil kerja, then NIP for a stable demo) and priority for development
 * for the next five.
 */
async function penghargaanDemo(tx: DbOrTx, instansiId: string, periode: ReadonlyArray<{ id?: string; jenis: string }>, tahun: number, adminId: string | null) {
  const tahunan = periode.find((p) => p.jenis === 'TAHUNAN');
  if (!tahunan?.id) return;
  const [r] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO ronde_penghargaan (instansi_id, nama, periode_id, predikat_minimum, status, nomor_keputusan, tanggal_keputusan, dibuat_oleh, diputuskan_oleh, diputuskan_at, created_at)
        VALUES (${instansiId}, ${`Penghargaan Kinerja ASN Tahun ${tahun}`}, ${tahunan.id}, 'SANGAT_BAIK', 'DIPUTUSKAN', ${`800/${tahun - 2000}/BKPSDM/${tahun + 1}`},
                ${`${tahun + 1}-02-15`}::date, ${adminId}, ${adminId}, ${`${tahun + 1}-02-15T03:00:00Z`}::timestamptz, ${`${tahun + 1}-02-05T03:00:00Z`}::timestamptz)
        RETURNING id`,
  );
  await tx.execute(sql`
    INSERT INTO penghargaan (instansi_id, ronde_id, pegawai_id, evaluasi_id, jenis, alasan, created_at)
    SELECT ${instansiId}, ${r!.id}, x.pegawai_id, x.id, CASE WHEN x.n <= 10 THEN 'PIAGAM' ELSE 'PRIORITAS_PENGEMBANGAN' END,
           'Predikat Sangat Baik', ${`${tahun + 1}-02-10T03:00:00Z`}::timestamptz
      FROM (SELECT e.id, e.pegawai_id, row_number() OVER (ORDER BY e.rating_hasil_kerja, p.nip) AS n
              FROM evaluasi e JOIN pegawai p ON p.instansi_id = e.instansi_id AND p.id = e.pegawai_id
             WHERE e.instansi_id = ${instansiId} AND e.periode_id = ${tahunan.id} AND e.predikat = 'SANGAT_BAIK' AND e.status IN ('FINAL', 'DIPUTUS')) x
     WHERE x.n <= 15`);
}

/** The demo pemda used by `npm start`, the README and the tests. */
export const DEMO_INSTANSI = {
  kode: 'KOTA-CONTOH',
  nama: 'Pemerintah Kota Contoh',
  jenis: 'KOTA' as const,
  kepalaDaerahNama: 'Ir. Bambang Wijaya, M.T.',
  kepalaDaerahJabatan: 'Wali Kota Contoh',
};
