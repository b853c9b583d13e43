import { todayIn, type ZonaWaktu } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import { publish } from '../core/events.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { notify } from '../notifikasi/service.js';
import { namaLengkap, type OrganisasiService } from '../organisasi/service.js';
import { umpanBalikPolicy, type UmpanBalikRelation } from './policy.js';
import { umpanBalikRepository as repo, type UmpanBalikListRow } from './repository.js';
import type { UmpanBalikBalasan, UmpanBalikInput, UmpanBalikItem, UmpanBalikQuery } from '@capaian/contract/umpan-balik';

/** How far up the chain of command a superior may be and still read (a guard against bad data). */

export function createUmpanBalikService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date) {
  const zonaOf = async (instansiId: string): Promise<ZonaWaktu> => (await pengaturan.info(instansiId)).zona;

  /**
   * The caller's relation to a pegawai. `atasanOf` answers 404 for a pegawai of another pemda.
   * The chain above the atasan pejabat penilai is walked only when it matters (`berantai`).
   */
  async function relationTo(actor: Actor, pegawaiId: string, berantai: boolean) {
    const atasan = await organisasi.atasanOf(actor.instansiId, pegawaiId);
    const penilaiId = atasan.pejabatPenilai?.pegawaiId ?? null;
    const rel: UmpanBalikRelation = { self: pegawaiId === actor.pegawaiId, penilai: penilaiId === actor.pegawaiId, atasanBerantai: false };
    if (berantai && !rel.self && !rel.penilai) rel.atasanBerantai = (await organisasi.rantaiAtasan(actor.instansiId, pegawaiId, actor.pegawaiId)).berantai;
    return { rel, penilaiId };
  }

  const present = (actor: Actor, rel: UmpanBalikRelation, r: UmpanBalikListRow): UmpanBalikBalasan => ({
    id: r.id,
    pegawaiId: r.pegawai_id,
    penulis: { id: r.penulis_id, nama: namaLengkap({ nama: r.penulis_nama, gelarDepan: r.penulis_gelar_depan, gelarBelakang: r.penulis_gelar_belakang }) },
    realisasiId: r.realisasi_id,
    perilakuKode: r.perilaku_kode,
    indukId: r.induk_id,
    tanggal: r.tanggal,
    pesan: r.pesan,
    dibuatAt: new Date(r.created_at).toISOString(),
    can: umpanBalikPolicy.can(actor, rel, { penulisId: r.penulis_id, indukId: r.induk_id }),
  });

  return {
    /** Feedback about a pegawai (threads with their replies), for the pegawai and their superiors. */
    async list(actor: Actor, q: UmpanBalikQuery): Promise<{ items: UmpanBalikItem[] }> {
      let pegawaiId = q.pegawaiId ?? actor.pegawaiId;
      if (q.realisasiId) {
        const r = await repo.realisasiOf(db, actor.instansiId, q.realisasiId);
        if (!r) throw errors.notFound('Realisasi');
        if (q.pegawaiId && r.pegawaiId !== q.pegawaiId) throw errors.validation({ realisasiId: 'bukan realisasi milik pegawai ini' });
        pegawaiId = r.pegawaiId;
      }
      if (q.dari && q.sampai && q.sampai < q.dari) throw errors.validation({ sampai: 'tidak boleh sebelum tanggal dari' });
      const { rel } = await relationTo(actor, pegawaiId, true);
      if (!umpanBalikPolicy.canRead(rel)) throw errors.forbidden('melihat umpan balik pegawai ini');
      const { induk, balasan } = await repo.threads(db, actor.instansiId, { pegawaiId, realisasiId: q.realisasiId, dari: q.dari, sampai: q.sampai });
      return {
        items: induk.map((r) => ({
          ...present(actor, rel, r),
          balasan: balasan.filter((b) => b.induk_id === r.id).map((b) => present(actor, rel, b)),
        })),
      };
    },

    /**
     * Writes feedback: a new thread by the pejabat penilai in office (on a progress entry of the
     * pegawai, on a BerAKHLAK value, or general), or a reply (`indukId`) by either side. Dated
     * today in the instansi's zone, so it is kept with its period; the other side is notified.
     */
    async tulis(actor: Actor, input: UmpanBalikInput): Promise<UmpanBalikItem> {
      const { rel, penilaiId } = await relationTo(actor, input.pegawaiId, false);
      let realisasiId = input.realisasiId ?? null;
      let perilakuKode: string | null = input.perilakuKode ?? null;
      let penerima: string[];
      if (input.indukId) {
        const induk = await repo.get(db, actor.instansiId, input.indukId);
        if (!induk || induk.pegawaiId !== input.pegawaiId) throw errors.validation({ indukId: 'bukan umpan balik tentang pegawai ini' });
        if (induk.indukId) throw errors.validation({ indukId: 'balasan tidak dapat dibalas lagi; balas umpan balik utamanya' });
        if (!umpanBalikPolicy.canBalas(actor, rel, induk)) throw errors.forbidden('membalas umpan balik ini');
        const fields: FieldErrors = {};
        if (realisasiId && realisasiId !== induk.realisasiId) fields.realisasiId = 'balasan mengikuti realisasi umpan balik utamanya';
        if (perilakuKode && perilakuKode !== induk.perilakuKode) fields.perilakuKode = 'balasan mengikuti perilaku umpan balik utamanya';
        if (Object.keys(fields).length) throw errors.validation(fields);
        realisasiId = induk.realisasiId;
        perilakuKode = induk.perilakuKode;
        // The other side: the pegawai's superiors (who wrote the thread, and who assesses now), or the pegawai.
        penerima = rel.self ? [induk.penulisId, ...(penilaiId ? [penilaiId] : [])] : [input.pegawaiId];
      } else {
        if (!umpanBalikPolicy.canTulis(rel)) throw errors.forbidden('memberi umpan balik kepada pegawai ini (hanya pejabat penilai)');
        if (realisasiId) {
          const r = await repo.realisasiOf(db, actor.instansiId, realisasiId);
          if (!r || r.pegawaiId !== input.pegawaiId) throw errors.validation({ realisasiId: 'bukan realisasi milik pegawai ini' });
        }
        penerima = [input.pegawaiId];
      }
      penerima = penerima.filter((id) => id !== actor.pegawaiId);
      const tanggal = todayIn(await zonaOf(actor.instansiId), clock());
      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insert(tx, {
          instansiId: actor.instansiId,
          pegawaiId: input.pegawaiId,
          penulisId: actor.pegawaiId,
          realisasiId,
          perilakuKode,
          indukId: input.indukId ?? null,
          tanggal,
          pesan: input.pesan,
          createdAt: clock(),
        });
        if (!row) throw new Error('insert umpan_balik returned nothing');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'umpan_balik',
          entityId: row.id,
          summary: input.indukId ? 'Balasan umpan balik ditulis' : `Umpan balik ditulis${realisasiId ? ' pada realisasi' : perilakuKode ? ` tentang perilaku ${perilakuKode}` : ''}`,
          after: { pegawaiId: input.pegawaiId, realisasiId, perilakuKode, indukId: input.indukId ?? null, tanggal, pesan: input.pesan },
        });
        const ringkas = input.pesan.length > 200 ? `${input.pesan.slice(0, 197)}...` : input.pesan;
        await notify(tx, actor.instansiId, penerima, {
          jenis: 'UMPAN_BALIK',
          judul: input.indukId ? `Balasan umpan balik dari ${actor.nama}` : `Umpan balik dari ${actor.nama}`,
          pesan: ringkas,
          tautan: realisasiId ? `/realisasi/${realisasiId}` : `/umpan-balik?pegawaiId=${input.pegawaiId}`,
        });
        await publish(tx, { jenis: 'umpan-balik', instansiId: actor.instansiId, pegawaiId: input.pegawaiId, umpanBalikId: row.id });
        return row.id;
      });
      const row = await repo.getListed(db, actor.instansiId, id);
      if (!row) throw errors.notFound('Umpan balik');
      return { ...present(actor, rel, row), balasan: [] };
    },
  };
}

export type UmpanBalikService = ReturnType<typeof createUmpanBalikService>;
