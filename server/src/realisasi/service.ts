/**
 * Realisasi (execution of the SKP): composes the parts into the one service object the routes
 * and the composition root use — rencana aksi (`rencana-aksi.ts`), progress entries and the home
 * screen (`progres.ts`), evidence files and links (`bukti.ts`) and the XLSX bulk entry
 * (`impor-progres.ts`, reading with `impor.ts`), over what they share (`context.ts`).
 */
import type { Config } from '../core/config.js';
import { createLocalStorage, type Storage } from '../core/storage.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { OrganisasiService } from '../organisasi/service.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { createBuktiService } from './bukti.js';
import { createRealisasiContext, periodeSudahDinilai } from './context.js';
import { createImporProgresService } from './impor-progres.js';
import { createProgresService } from './progres.js';
import { realisasiRepository as repo } from './repository.js';
import { createRencanaAksiService } from './rencana-aksi.js';

// The content-type allow-list and display names live in core/berkas.ts (shared with keberatan).
export { namaBerkas } from '../core/berkas.js';

export type { Unggahan } from './bukti.js';

/** Writes many rencana aksi at once (an SKP template applied to a whole unit), in the caller's transaction. */
export const simpanRencanaAksiBanyak = (tx: DbOrTx, values: Parameters<typeof repo.insertRencanaAksiMany>[1]) => repo.insertRencanaAksiMany(tx, values);

/**
 * The monthly roll-up of realisasi (decision 0017), for `capaian rekap periksa|bangun`: triggers
 * keep it in step with every write; these are for an operator who suspects it is not (a restore of
 * a partial dump, a manual edit) and for tests. `instansiId` null: every pemda.
 */
export const periksaRekap = (db: DbOrTx, instansiId: string | null) => repo.periksaRekap(db, instansiId);
export const bangunRekap = (db: Db, instansiId: string | null) => repo.bangunRekap(db, instansiId);
export type { HasilPeriksaRekap } from './repository.js';

export function createRealisasiService(
  db: Db,
  organisasi: OrganisasiService,
  pengaturan: PengaturanInstansi,
  clock: () => Date,
  config: Config,
  storage: Storage = createLocalStorage(config.storageDir),
) {
  const context = createRealisasiContext(db, organisasi, pengaturan);
  const rencanaAksi = createRencanaAksiService(db, context);
  const bukti = createBuktiService(db, clock, storage, context);
  const progres = createProgresService(db, organisasi, clock, context, bukti.hapusBerkas);
  const impor = createImporProgresService(db, organisasi, pengaturan);

  return {
    periodeSudahDinilai,
    /** The largest evidence file accepted (config.uploadMaxBytes). */
    uploadMaxBytes: config.uploadMaxBytes,

    // --- Home screen
    beranda: progres.beranda,

    // --- Rencana aksi
    rencanaAksiList: rencanaAksi.rencanaAksiList,
    tambahRencanaAksi: rencanaAksi.tambahRencanaAksi,
    ubahRencanaAksi: rencanaAksi.ubahRencanaAksi,
    hapusRencanaAksi: rencanaAksi.hapusRencanaAksi,

    // --- Progress entries
    catat: progres.catat,
    list: progres.list,
    detail: progres.detail,
    ubah: progres.ubah,
    hapus: progres.hapus,

    // --- Evidence
    unggahBukti: bukti.unggahBukti,
    tambahTautan: bukti.tambahTautan,
    unduhBukti: bukti.unduhBukti,
    hapusBukti: bukti.hapusBukti,

    // --- Bulk entry
    templat: impor.templat,
    impor: impor.impor,
  };
}

export type RealisasiService = ReturnType<typeof createRealisasiService>;
