import type { Config } from './config.js';
import { buatPenyimpanPembatas } from './pembatas.js';
import type { Database } from '../db/client.js';
import { createAuditService } from '../audit/service.js';
import { buatPembatasMasuk, createAuthService, type BatasMasuk } from '../auth/service.js';
import { createOrganisasiService } from '../organisasi/service.js';
import { createPegawaiService } from '../pegawai/service.js';
import { createAkunService } from '../akun/service.js';
import { createImporService } from '../impor/service.js';
import { createSkpService } from '../skp/service.js';
import { createPkService } from '../perjanjian-kinerja/service.js';
import { createSkpMonitoringService } from '../skp-monitoring/service.js';
import { createNotifikasiService } from '../notifikasi/service.js';
import { createSkpTemplateService } from '../skp-template/service.js';
import { createRealisasiService } from '../realisasi/service.js';
import { createPemantauanService } from '../pemantauan/service.js';
import { createUmpanBalikService } from '../umpan-balik/service.js';
import { createBimbinganService } from '../bimbingan/service.js';
import { createKehadiranService } from '../kehadiran/service.js';
import { createInstansiService, createPengaturanInstansi } from '../instansi/service.js';
import { createPenilaianService } from '../penilaian/service.js';
import { createSurvei360Service } from '../umpan-balik-360/service.js';
import { createLayananPublikService } from '../layanan-publik/service.js';
import { createKeberatanService } from '../keberatan/service.js';
import { createTimPenilaiService } from '../tim-penilai/service.js';
import { createPenilaianDokumenService } from '../penilaian-dokumen/service.js';
import { createSiasnService } from '../siasn/service.js';
import { createVerifikasiService } from '../verifikasi/service.js';
import { createTindakLanjutService } from '../tindak-lanjut/service.js';
import { createLocalStorage } from './storage.js';
import { createAngkaKreditService } from '../angka-kredit/service.js';
import { createTppService } from '../tpp/service.js';
import { createTalentaService } from '../talenta/service.js';
import { createBantuanService } from '../bantuan/service.js';
import { createBerandaService } from '../beranda/service.js';

export interface AppDeps {
  /** Where warnings of the composition (e.g. Redis unreachable) go. */
  log?: { warn(o: object, msg: string): void };
  database: Database;
  config: Config;
  clock?: () => Date;
  /** The login throttle's limits (tests make them small); defaults to BATAS_MASUK. */
  batasMasuk?: BatasMasuk;
}

/** The composition root: every service, wired once per app. */
export function createServices(deps: AppDeps) {
  const db = deps.database.db;
  const clock = deps.clock ?? (() => new Date());
  // The instansi's settings and time zone: one owner, cached per process (instansi/pengaturan.ts).
  const pengaturan = createPengaturanInstansi(db, clock);
  // Rate limits in memory, or in Redis shared by every process when REDIS_URL is set.
  const penyimpanPembatas = buatPenyimpanPembatas(deps.config.redisUrl, deps.log, deps.config.redisPrefix);
  const pembatasMasuk = buatPembatasMasuk(penyimpanPembatas, deps.batasMasuk);
  const organisasi = createOrganisasiService(db, pengaturan);
  const tindakLanjut = createTindakLanjutService(db, organisasi, pengaturan, clock, deps.config.publicUrl, {
    storage: createLocalStorage(deps.config.storageDir),
    uploadMaxBytes: deps.config.uploadMaxBytes,
  });
  const kehadiran = createKehadiranService(db, organisasi, pengaturan, clock, tindakLanjut.kasus);
  const angkaKredit = createAngkaKreditService(db, organisasi, pengaturan, clock, deps.config.publicUrl);
  const tpp = createTppService(db, pengaturan, clock);
  // What follows a final result, in the transaction that makes it final or changes it: the
  // pembinaan cases the rules propose, the angka kredit conversion of a pejabat fungsional, and a
  // flag on the TPP runs that paid on a result a keberatan changed.
  const tindakLanjutHasil = {
    async sinkron(...a: Parameters<typeof tindakLanjut.kasus.sinkron>) {
      await tindakLanjut.kasus.sinkron(...a);
      await angkaKredit.catat(a[0], a[1], a[2]);
      await tpp.tandaiKeberatan(a[0], a[1], a[2]);
    },
  };
  const penilaian = createPenilaianService(
    db,
    organisasi,
    pengaturan,
    { ringkasanKehadiran: (i, p, t) => kehadiran.ringkasanTahun(i, p, t) },
    clock,
    deps.config.publicUrl,
    tindakLanjutHasil,
  );
  const skp = createSkpService(db, organisasi, pengaturan, clock, deps.config.publicUrl);
  const penilaianDokumen = createPenilaianDokumenService(db, organisasi, pengaturan, clock, deps.config.publicUrl);
  const skpMonitoring = createSkpMonitoringService(db, organisasi, pengaturan, clock);
  const skpTemplate = createSkpTemplateService(db, organisasi);
  return {
    clock,
    pengaturan,
    penyimpanPembatas,
    pembatasMasuk,
    auth: createAuthService({ db, clock, sessionDays: deps.config.sessionDays, pembatas: pembatasMasuk, pengaturan }),
    audit: createAuditService(db),
    organisasi,
    pegawai: createPegawaiService(db, organisasi),
    akun: createAkunService(db, clock, pembatasMasuk),
    impor: createImporService(db),
    skp,
    perjanjianKinerja: createPkService(db, organisasi),
    skpMonitoring,
    notifikasi: createNotifikasiService(db, clock, deps.config.publicUrl),
    skpTemplate,
    realisasi: createRealisasiService(db, organisasi, pengaturan, clock, deps.config),
    pemantauan: createPemantauanService(db, organisasi),
    umpanBalik: createUmpanBalikService(db, organisasi, pengaturan, clock),
    bimbingan: createBimbinganService(db, organisasi, pengaturan, clock),
    instansi: createInstansiService(db, clock, pengaturan),
    kehadiran,
    penilaian,
    survei360: createSurvei360Service(db, organisasi, pengaturan, clock),
    layananPublik: createLayananPublikService(db, organisasi, pengaturan, clock, deps.config, penyimpanPembatas),
    keberatan: createKeberatanService(db, clock, deps.config, pengaturan, penilaian),
    timPenilai: createTimPenilaiService(db, organisasi, clock),
    penilaianDokumen,
    tindakLanjut,
    angkaKredit,
    tpp,
    talenta: createTalentaService(db, pengaturan, clock),
    siasn: createSiasnService(db, clock),
    bantuan: createBantuanService(db, organisasi, clock),
    beranda: createBerandaService(db, organisasi, pengaturan, skpTemplate, skpMonitoring, clock),
    verifikasi: createVerifikasiService({
      skp: skp.periksaDokumen,
      evaluasi: penilaianDokumen.periksaDokumen,
      'capaian-organisasi': penilaian.periksaDokumenCapaian,
      piagam: tindakLanjut.penghargaan.periksaDokumen,
      pak: angkaKredit.periksaDokumen,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
