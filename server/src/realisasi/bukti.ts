/**
 * Evidence (bukti dukung) of a progress entry: uploaded files (type decided by content, stored
 * under a server-made key) and links, both idempotent by the client's id; download after the
 * entry's read check; delete. Owns the storage: `hapusBerkas` also serves the entry's delete.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import { publish } from '../core/events.js';
import { periksaJenisBerkas } from '../core/berkas.js';
import { newStorageKey, StorageNotFoundError, type Storage } from '../core/storage.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { idDipakai, periodeSudahDinilai, presentBukti, sudahDinilai, type RealisasiContext } from './context.js';
import { realisasiPolicy } from './policy.js';
import { realisasiRepository as repo, type ItemRow } from './repository.js';
import type { Bukti, TautanInput } from '@capaian/contract/realisasi';

/** What the upload route hands over once the caller's rights are checked. */
export interface Unggahan {
  id: string;
  filename: string;
  data: Buffer;
}

export function createBuktiService(db: Db, clock: () => Date, storage: Storage, context: RealisasiContext) {
  const { readable, loadForWrite } = context;

  async function hapusBerkas(keys: string[]) {
    // After the commit: a file left behind by a failed removal is harmless (nothing points at it).
    await Promise.all(keys.map((k) => storage.delete(k).catch(() => undefined)));
  }

  async function simpanBukti(
    actor: Actor,
    row: ItemRow,
    bukti: { id: string; jenis: 'FILE' | 'TAUTAN'; nama: string; kunci: string | null; mime: string | null; ukuran: number | null; sha256: string | null; tautan: string | null },
  ): Promise<boolean> {
    return db.transaction(async (tx) => {
      const created = await repo.insertBuktiIfNew(tx, {
        instansiId: actor.instansiId,
        id: bukti.id,
        realisasiId: row.id,
        jenis: bukti.jenis,
        nama: bukti.nama,
        kunciPenyimpanan: bukti.kunci,
        mime: bukti.mime,
        ukuran: bukti.ukuran,
        sha256: bukti.sha256,
        tautan: bukti.tautan,
      });
      if (!created) return false;
      await recordAudit(tx, actor, actor.instansiId, {
        action: 'create',
        entityType: 'bukti_dukung',
        entityId: bukti.id,
        summary: `Bukti dukung ditambahkan (${bukti.jenis === 'FILE' ? 'berkas' : 'tautan'}): ${bukti.nama.slice(0, 80)}`,
        after: { realisasiId: row.id, jenis: bukti.jenis, nama: bukti.nama, mime: bukti.mime, ukuran: bukti.ukuran, sha256: bukti.sha256, tautan: bukti.tautan },
      });
      await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId: row.pegawai_id, realisasiId: row.id });
      return true;
    });
  }

  /**
   * An existing bukti id: the same bukti again (idempotent), or 409 when it belongs to another
   * entry or holds other content (another file's hash, another link) — a re-send, not a new bukti.
   */
  async function buktiAda(actor: Actor, realisasiId: string, id: string, isi: { sha256: string } | { tautan: string }): Promise<Bukti | null> {
    const existing = await repo.bukti(db, actor.instansiId, id);
    if (!existing) return null;
    if (existing.realisasi_id !== realisasiId) throw idDipakai('bukti');
    if ('sha256' in isi ? existing.sha256 !== isi.sha256 : existing.tautan !== isi.tautan) throw idDipakai('bukti');
    return presentBukti(existing);
  }

  return {
    hapusBerkas,

    /**
     * Uploads a file for an entry. The caller's rights are checked before the body is read
     * (`baca` reads the multipart stream); the type comes from the content; the storage key
     * from the server. The same bukti id again answers the stored bukti (`dibuat` false).
     */
    async unggahBukti(actor: Actor, realisasiId: string, baca: () => Promise<Unggahan>): Promise<{ bukti: Bukti; dibuat: boolean }> {
      const { row } = await loadForWrite(actor, realisasiId, 'menambah bukti pada progres ini');
      const up = await baca();
      const sha256 = createHash('sha256').update(up.data).digest('hex');
      const ada = await buktiAda(actor, realisasiId, up.id, { sha256 });
      if (ada) return { bukti: ada, dibuat: false };
      const { mime, nama } = await periksaJenisBerkas(up.data, up.filename);
      const kunci = newStorageKey(actor.instansiId, clock());
      await storage.put(kunci, up.data, mime);
      let created: boolean;
      try {
        created = await simpanBukti(actor, row, {
          id: up.id,
          jenis: 'FILE',
          nama,
          kunci,
          mime,
          ukuran: up.data.length,
          sha256,
          tautan: null,
        });
      } catch (e) {
        await hapusBerkas([kunci]);
        throw e;
      }
      if (!created) {
        // A concurrent upload with the same id won: drop our copy, answer theirs.
        await hapusBerkas([kunci]);
        const theirs = await buktiAda(actor, realisasiId, up.id, { sha256 });
        if (!theirs) throw idDipakai('bukti');
        return { bukti: theirs, dibuat: false };
      }
      return { bukti: presentBukti({ id: up.id, jenis: 'FILE', nama, mime, ukuran: up.data.length, tautan: null }), dibuat: true };
    },

    /** Adds a link (http/https only) as evidence; idempotent by the client's id like files. */
    async tambahTautan(actor: Actor, realisasiId: string, input: TautanInput): Promise<{ bukti: Bukti; dibuat: boolean }> {
      const { row } = await loadForWrite(actor, realisasiId, 'menambah bukti pada progres ini');
      const url = new URL(input.tautan);
      const ada = await buktiAda(actor, realisasiId, input.id, { tautan: url.href });
      if (ada) return { bukti: ada, dibuat: false };
      const nama = (input.nama?.trim() || `${url.hostname}${url.pathname === '/' ? '' : url.pathname}`).slice(0, 200);
      const created = await simpanBukti(actor, row, { id: input.id, jenis: 'TAUTAN', nama, kunci: null, mime: null, ukuran: null, sha256: null, tautan: url.href });
      if (!created) {
        const theirs = await buktiAda(actor, realisasiId, input.id, { tautan: url.href });
        if (!theirs) throw idDipakai('bukti');
        return { bukti: theirs, dibuat: false };
      }
      return { bukti: presentBukti({ id: input.id, jenis: 'TAUTAN', nama, mime: null, ukuran: null, tautan: url.href }), dibuat: true };
    },

    /** A stored evidence file for download, after the same read check as its entry. */
    async unduhBukti(actor: Actor, id: string) {
      const b = await repo.bukti(db, actor.instansiId, id);
      if (!b) throw errors.notFound('Bukti dukung');
      await readable(actor, b.pegawai_id, 'Bukti dukung');
      if (b.jenis !== 'FILE' || !b.kunci_penyimpanan || !b.mime) throw errors.notFound('Berkas bukti dukung');
      try {
        const body = await storage.get(b.kunci_penyimpanan);
        return { body, mime: b.mime, nama: b.nama, ukuran: b.ukuran };
      } catch (e) {
        if (e instanceof StorageNotFoundError) throw errors.notFound('Berkas bukti dukung');
        throw e;
      }
    },

    async hapusBukti(actor: Actor, id: string) {
      const b = await repo.bukti(db, actor.instansiId, id);
      if (!b) throw errors.notFound('Bukti dukung');
      const rel = await readable(actor, b.pegawai_id, 'Bukti dukung');
      if (!realisasiPolicy.canCatat(rel)) throw errors.forbidden('menghapus bukti ini');
      if (await periodeSudahDinilai(db, actor.instansiId, b.pegawai_id, b.tanggal)) throw sudahDinilai();
      await db.transaction(async (tx) => {
        await repo.deleteBukti(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'bukti_dukung',
          entityId: id,
          summary: `Bukti dukung dihapus: ${b.nama.slice(0, 80)}`,
          before: { realisasiId: b.realisasi_id, jenis: b.jenis, nama: b.nama, mime: b.mime, ukuran: b.ukuran, tautan: b.tautan },
        });
        await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId: b.pegawai_id, realisasiId: b.realisasi_id });
      });
      if (b.kunci_penyimpanan) await hapusBerkas([b.kunci_penyimpanan]);
    },
  };
}
