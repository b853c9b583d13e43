/**
 * Keberatan (PP 30/2019; PermenPANRB 6/2022): within the pemda's days (14 by default) of the final
 * result being delivered, the pegawai objects, with reasons and attachments, to the atasan pejabat
 * penilai; the atasan sees both sides, may ask either side for an explanation, and decides — the
 * result is upheld or changed, and that decision is final. The evaluation itself changes only
 * through the penilaian service's `ajukanKeberatan` / `putuskanKeberatan` (history in
 * evaluasi_riwayat).
 */
import { namaLengkapBaris, ringkasPegawai } from '../organisasi/service.js';
import { createHash, randomUUID } from 'node:crypto';
import {
  EVALUASI_WORKFLOW,
  isEvaluasiFinal,
  isKeberatanOpen,
  KEBERATAN_HASIL_LABEL,
  KEBERATAN_WORKFLOW,
  keberatanDeadline,
  PREDIKAT_LABEL,
  todayIn,
  transition,
  type EvaluasiState,
  type KeberatanConfig,
  type KeberatanHasil,
  type KeberatanState,
  type Predikat,
  type Rating,
  labelPeriode,
} from '@capaian/domain';
import { hasRole, type Actor } from '../core/actor.js';
import { periksaJenisBerkas } from '../core/berkas.js';
import type { Config } from '../core/config.js';
import { AppError, errors, type FieldErrors } from '../core/errors.js';
import { createLocalStorage, newStorageKey, StorageNotFoundError, type Storage } from '../core/storage.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { formatTanggal } from '../dokumen/pdf.js';
import { notify } from '../notifikasi/service.js';
import type { PenilaianService } from '../penilaian/service.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { dimintaKlarifikasi, keberatanPolicy, relationOf, sisiOf, type KeberatanRelation } from './policy.js';
import { keberatanRepository as repo, type KeberatanRow, type KlarifikasiTersimpan, type LampiranTersimpan } from './repository.js';
import type { Keberatan, KeberatanInput, KeberatanListItem, KeberatanQuery, KlarifikasiInput, Orang, PutuskanInput } from '@capaian/contract/keberatan';

/** Attachments per keberatan. */
export const MAKS_LAMPIRAN = 10;

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
const namaLengkap = namaLengkapBaris;

/** What the upload route hands over once the caller's rights are checked. */
export interface UnggahanLampiran {
  filename: string;
  data: Buffer;
}

export function createKeberatanService(
  db: Db,
  clock: () => Date,
  config: Config,
  pengaturan: PengaturanInstansi,
  penilaian: Pick<PenilaianService, 'ajukanKeberatan' | 'putuskanKeberatan'>,
  storage: Storage = createLocalStorage(config.storageDir),
) {
  const diputus = () => errors.conflict('keberatan_diputus', 'Keberatan ini sudah diputus; keputusan atasan pejabat penilai bersifat final dan tidak dapat diubah.');

  /** The window of the evaluation's period: the days of its aturan penilaian, in the instansi's zone. */
  async function keberatanConfig(instansiId: string, p: { p_aturan_versi: number | null }): Promise<KeberatanConfig> {
    const [{ zona }, aturan] = await Promise.all([pengaturan.info(instansiId), pengaturan.aturanVersi(instansiId, p.p_aturan_versi)]);
    return { zonaWaktu: zona, keberatanHari: aturan.keberatanHari };
  }

  /** Delivered when it became final (rows from before the column: their final time). */
  const disampaikan = (e: { disampaikan_at: Date | string | null; final_at?: Date | string | null }) => {
    const at = e.disampaikan_at ?? e.final_at ?? null;
    return at ? new Date(at) : null;
  };

  /** A keberatan the caller may read, or 404 (not revealing that it exists). */
  async function load(actor: Actor, id: string) {
    const k = await repo.get(db, actor.instansiId, id);
    if (!k) throw errors.notFound('Keberatan');
    const rel = relationOf(actor, k);
    if (!keberatanPolicy.canRead(rel)) throw errors.notFound('Keberatan');
    return { k, rel };
  }

  /** Who decides: the atasan on record, else BKPSDM (recording the kepala daerah's decision). */
  async function pemutusIds(q: DbOrTx, instansiId: string, atasanId: string | null): Promise<string[]> {
    return atasanId ? [atasanId] : repo.adminBkpsdmIds(q, instansiId);
  }

  async function present(actor: Actor, k: KeberatanRow, rel: KeberatanRelation): Promise<Keberatan> {
    const cfg = await keberatanConfig(actor.instansiId, k);
    const dikirim = disampaikan(k);
    const ids = [k.pejabat_penilai_id, k.atasan_penilai_id].filter((x): x is string => !!x);
    const [people, riwayat] = await Promise.all([ringkasPegawai(db, actor.instansiId, ids), repo.riwayat(db, actor.instansiId, k.evaluasi_id)]);
    const orang = (pid: string | null): Orang | null => {
      const p = pid ? people.find((x) => x.id === pid) : undefined;
      return p ? { id: p.id, nip: p.nip, nama: namaLengkap({ nama: p.nama, gelar_depan: p.gelarDepan, gelar_belakang: p.gelarBelakang }), jabatan: p.jabatanNama } : null;
    };
    return {
      ...presentItem(k, rel),
      evaluasi: {
        id: k.evaluasi_id,
        periode: { id: k.periode_id, label: labelPeriode({ jenis: k.p_jenis, tahun: k.p_tahun, nomor: k.p_nomor }), jenis: k.p_jenis, tahun: k.p_tahun },
        unit: { id: k.unit_id, nama: k.unit_nama },
        status: k.e_status,
        ratingHasilKerja: k.rating_hasil_kerja as Rating | null,
        ratingPerilaku: k.rating_perilaku as Rating | null,
        predikat: k.predikat as Predikat | null,
        umpanBalikHasilKerja: k.umpan_balik_hasil_kerja,
        umpanBalikPerilaku: k.umpan_balik_perilaku,
        disampaikanAt: iso(k.disampaikan_at),
        diterimaAt: iso(k.diterima_at),
        keberatanSampai: dikirim ? keberatanDeadline(dikirim, cfg).toISOString() : null,
        riwayat: riwayat.map((r) => ({
          ratingHasilKerja: r.sebelum.ratingHasilKerja ?? null,
          ratingPerilaku: r.sebelum.ratingPerilaku ?? null,
          predikat: r.sebelum.predikat ?? null,
          alasan: r.alasan,
          at: new Date(r.created_at).toISOString(),
        })),
      },
      pejabatPenilai: orang(k.pejabat_penilai_id),
      atasanPenilai: orang(k.atasan_penilai_id),
      alasan: k.alasan,
      lampiran: k.lampiran.map((l) => ({
        id: l.id,
        nama: l.nama,
        mime: l.mime,
        ukuran: l.ukuran,
        url: `/api/v1/keberatan/${k.id}/lampiran/${l.id}`,
        diunggahAt: l.diunggahAt ?? new Date(k.created_at).toISOString(),
      })),
      klarifikasi: k.klarifikasi.map((c, n) => ({
        id: c.id ?? String(n + 1),
        dari: c.dari,
        kepada: c.kepada ?? null,
        oleh: { id: c.olehId, nama: c.olehNama ?? '' },
        pesan: c.pesan,
        at: c.at,
      })),
      alasanKeputusan: k.alasan_keputusan,
      diputuskanOleh: k.diputuskan_oleh ? { id: k.diputuskan_oleh, nama: k.diputuskan_oleh_nama ?? '' } : null,
      diputuskanAt: iso(k.diputuskan_at),
    };
  }

  function presentItem(k: KeberatanRow, rel: KeberatanRelation): KeberatanListItem {
    const status = k.status as KeberatanState;
    return {
      id: k.id,
      evaluasi: {
        id: k.evaluasi_id,
        periode: { id: k.periode_id, label: labelPeriode({ jenis: k.p_jenis, tahun: k.p_tahun, nomor: k.p_nomor }), jenis: k.p_jenis, tahun: k.p_tahun },
        status: k.e_status,
        predikat: k.predikat as Predikat | null,
      },
      pegawai: { id: k.pegawai_id, nip: k.nip, nama: namaLengkap(k), jabatan: k.jabatan_nama },
      status,
      statusLabel: KEBERATAN_WORKFLOW.stateLabel[status] ?? k.status,
      hasil: k.hasil as KeberatanHasil | null,
      hasilLabel: k.hasil ? (KEBERATAN_HASIL_LABEL[k.hasil as KeberatanHasil] ?? k.hasil) : null,
      diajukanAt: new Date(k.created_at).toISOString(),
      can: keberatanPolicy.can(rel, k),
    };
  }

  const detail = async (actor: Actor, id: string) => {
    const { k, rel } = await load(actor, id);
    return present(actor, k, rel);
  };

  const periodeOf = (k: { p_jenis: string; p_tahun: number; p_nomor: number }) => labelPeriode({ jenis: k.p_jenis, tahun: k.p_tahun, nomor: k.p_nomor });

  return {
    detail,

    async list(actor: Actor, q: KeberatanQuery): Promise<{ items: KeberatanListItem[] }> {
      const rows = await repo.list(db, actor.instansiId, { peran: q.peran, pegawaiId: actor.pegawaiId, bkpsdm: hasRole(actor, 'ADMIN_BKPSDM') });
      return { items: rows.map((k) => presentItem(k, relationOf(actor, k))) };
    },

    /**
     * The pegawai objects to a final result within the window (domain isKeberatanOpen, counted in
     * the instansi's zone from the result's delivery, with the days of the period's rules). Whether
     * they pressed "terima" does not matter. Late → 409 'keberatan_lewat_waktu' naming the deadline.
     */
    async ajukan(actor: Actor, input: KeberatanInput): Promise<Keberatan> {
      const e = await repo.evaluasi(db, actor.instansiId, input.evaluasiId);
      if (!e) throw errors.notFound('Evaluasi kinerja');
      if (e.pegawai_id !== actor.pegawaiId) throw errors.forbidden('mengajukan keberatan atas hasil penilaian pegawai lain (hanya pegawai yang dinilai)');
      if (!isEvaluasiFinal(e.status))
        throw errors.conflict('belum_final', `Hasil penilaian belum final (status "${EVALUASI_WORKFLOW.stateLabel[e.status as EvaluasiState] ?? e.status}"); keberatan diajukan atas hasil yang final.`);
      // The workflow: only a FINAL result goes under keberatan, once.
      if (e.ada_keberatan || !transition(EVALUASI_WORKFLOW, e.status as EvaluasiState, 'ajukan_keberatan', 'pegawai').ok)
        throw errors.conflict('keberatan_sudah_ada', 'Keberatan atas hasil penilaian ini sudah diajukan; keberatan hanya dapat diajukan sekali.');
      const now = clock();
      const cfg = await keberatanConfig(actor.instansiId, e);
      const dikirim = disampaikan(e) ?? now;
      if (!isKeberatanOpen(dikirim, now, cfg)) {
        const batas = keberatanDeadline(dikirim, cfg);
        const tanggal = formatTanggal(todayIn(cfg.zonaWaktu, batas));
        throw new AppError(
          'keberatan_lewat_waktu',
          `Batas waktu keberatan ${tanggal} sudah lewat. Keberatan hanya dapat diajukan paling lambat ${cfg.keberatanHari} hari sejak hasil penilaian disampaikan (${formatTanggal(todayIn(cfg.zonaWaktu, dikirim))}).`,
          undefined,
          { batasWaktu: batas.toISOString(), disampaikanAt: dikirim.toISOString() },
        );
      }
      const id = await db.transaction(async (tx) => {
        const row = await repo.insert(tx, { instansiId: actor.instansiId, evaluasiId: e.id, pegawaiId: actor.pegawaiId, alasan: input.alasan, at: now });
        if (!row) throw errors.conflict('keberatan_sudah_ada', 'Keberatan atas hasil penilaian ini sudah diajukan; keberatan hanya dapat diajukan sekali.');
        await penilaian.ajukanKeberatan(tx, actor, e.id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'keberatan',
          entityId: row.id,
          summary: `Keberatan atas hasil penilaian kinerja ${periodeOf(e)} diajukan (predikat ${e.predikat ? PREDIKAT_LABEL[e.predikat as Predikat] : '-'})`,
          after: { evaluasiId: e.id, alasan: input.alasan, status: 'DIAJUKAN' },
        });
        const penerima = [...(await pemutusIds(tx, actor.instansiId, e.atasan_penilai_id)), ...(e.pejabat_penilai_id ? [e.pejabat_penilai_id] : [])].filter((x) => x !== actor.pegawaiId);
        await notify(tx, actor.instansiId, penerima, {
          jenis: 'KEBERATAN',
          judul: `Keberatan atas hasil penilaian dari ${actor.nama}`,
          pesan: `${actor.nama} mengajukan keberatan atas hasil penilaian kinerja ${periodeOf(e)}. Atasan pejabat penilai memeriksa kedua pihak dan memutuskan.`,
          tautan: `/keberatan/${row.id}`,
        });
        return row.id;
      });
      return detail(actor, id);
    },

    /**
     * An explanation: the atasan asks (one side or both; the first request moves DIAJUKAN →
     * KLARIFIKASI), the pegawai or the pejabat penilai answers once asked. The other side(s) are notified.
     */
    async klarifikasi(actor: Actor, id: string, input: KlarifikasiInput): Promise<Keberatan> {
      const { k, rel } = await load(actor, id);
      if (k.status === 'DIPUTUS') throw diputus();
      const now = clock();
      let item: KlarifikasiTersimpan;
      let status = k.status;
      let penerima: string[];
      if (keberatanPolicy.canPutuskan(rel)) {
        if (k.status === 'DIAJUKAN') {
          const t = transition(KEBERATAN_WORKFLOW, 'DIAJUKAN', 'minta_klarifikasi', 'atasan_pejabat_penilai');
          if (!t.ok) throw errors.conflict('illegal_transition', t.error.message);
          status = t.to;
        }
        const kepada = input.kepada ?? null;
        item = { id: randomUUID(), dari: 'ATASAN', kepada, olehId: actor.pegawaiId, olehNama: actor.nama, pesan: input.pesan, at: now.toISOString() };
        penerima = [...(kepada !== 'PENILAI' ? [k.pegawai_id] : []), ...(kepada !== 'PEGAWAI' && k.pejabat_penilai_id ? [k.pejabat_penilai_id] : [])];
      } else {
        const sisi = sisiOf(rel);
        if (!sisi) throw errors.forbidden('memberi klarifikasi pada keberatan ini (hanya pegawai, pejabat penilai, atau atasan pejabat penilai)');
        if (input.kepada) throw errors.validation({ kepada: 'hanya diisi atasan pejabat penilai saat meminta klarifikasi' });
        if (k.status !== 'KLARIFIKASI' || !dimintaKlarifikasi(k.klarifikasi, sisi))
          throw errors.conflict('klarifikasi_belum_diminta', 'Atasan pejabat penilai belum meminta klarifikasi dari Anda.');
        item = { id: randomUUID(), dari: sisi, kepada: null, olehId: actor.pegawaiId, olehNama: actor.nama, pesan: input.pesan, at: now.toISOString() };
        penerima = await pemutusIds(db, actor.instansiId, k.atasan_penilai_id);
      }
      await db.transaction(async (tx) => {
        const locked = await repo.lock(tx, actor.instansiId, id);
        if (!locked || locked.status === 'DIPUTUS') throw diputus();
        if (!(await repo.tambahKlarifikasi(tx, actor.instansiId, id, item, locked.status === 'KLARIFIKASI' ? 'KLARIFIKASI' : status)).length) throw diputus();
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'keberatan',
          entityId: id,
          summary: item.dari === 'ATASAN' ? `Klarifikasi keberatan diminta${item.kepada ? ` kepada ${item.kepada === 'PEGAWAI' ? 'pegawai' : 'pejabat penilai'}` : ' kepada kedua pihak'}` : `Klarifikasi keberatan diberikan oleh ${item.dari === 'PEGAWAI' ? 'pegawai' : 'pejabat penilai'}`,
          before: { status: locked.status },
          after: { status: locked.status === 'KLARIFIKASI' ? 'KLARIFIKASI' : status, klarifikasi: item },
        });
        const ringkas = input.pesan.length > 200 ? `${input.pesan.slice(0, 197)}...` : input.pesan;
        await notify(tx, actor.instansiId, penerima.filter((x) => x !== actor.pegawaiId), {
          jenis: 'KEBERATAN',
          judul: item.dari === 'ATASAN' ? `Klarifikasi keberatan diminta oleh ${actor.nama}` : `Klarifikasi keberatan dari ${actor.nama}`,
          pesan: ringkas,
          tautan: `/keberatan/${id}`,
        });
      });
      return detail(actor, id);
    },

    /**
     * The atasan pejabat penilai decides: DIPERTAHANKAN keeps the result, DIUBAH sets new
     * rating(s) and the predikat follows from the matrix (the old values go to evaluasi_riwayat).
     * The evaluation becomes DIPUTUS; the decision is final. Both sides are notified.
     */
    async putuskan(actor: Actor, id: string, input: PutuskanInput): Promise<Keberatan> {
      const { k, rel } = await load(actor, id);
      if (!keberatanPolicy.canPutuskan(rel)) throw errors.forbidden('memutus keberatan ini (hanya atasan pejabat penilai kinerja)');
      if (k.status === 'DIPUTUS') throw diputus();
      const t = transition(KEBERATAN_WORKFLOW, k.status as KeberatanState, 'putuskan', 'atasan_pejabat_penilai');
      if (!t.ok) throw errors.conflict('illegal_transition', t.error.message);
      const fields: FieldErrors = {};
      if (input.hasil === 'DIPERTAHANKAN') {
        if (input.ratingHasilKerja) fields.ratingHasilKerja = 'hanya diisi bila hasil penilaian DIUBAH';
        if (input.ratingPerilaku) fields.ratingPerilaku = 'hanya diisi bila hasil penilaian DIUBAH';
      } else if (!input.ratingHasilKerja && !input.ratingPerilaku) {
        fields.ratingHasilKerja = 'isi rating hasil kerja dan/atau rating perilaku yang baru';
      } else if ((input.ratingHasilKerja ?? k.rating_hasil_kerja) === k.rating_hasil_kerja && (input.ratingPerilaku ?? k.rating_perilaku) === k.rating_perilaku) {
        fields.ratingHasilKerja = 'sama dengan hasil sebelumnya; pilih DIPERTAHANKAN bila hasil tidak berubah';
      }
      if (Object.keys(fields).length) throw errors.validation(fields);
      const now = clock();
      await db.transaction(async (tx) => {
        const locked = await repo.lock(tx, actor.instansiId, id);
        if (!locked || locked.status === 'DIPUTUS') throw diputus();
        const hasil = await penilaian.putuskanKeberatan(tx, actor, {
          evaluasiId: k.evaluasi_id,
          hasil: input.hasil,
          alasan: input.alasanKeputusan,
          ratingHasilKerja: input.ratingHasilKerja,
          ratingPerilaku: input.ratingPerilaku,
        });
        if (!(await repo.putuskan(tx, actor.instansiId, id, { hasil: input.hasil, alasan: input.alasanKeputusan, olehId: actor.pegawaiId, at: now })).length) throw diputus();
        const label = (p: string | null) => (p ? (PREDIKAT_LABEL[p as Predikat] ?? p) : '-');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'keberatan',
          entityId: id,
          summary: `Keberatan diputus: ${KEBERATAN_HASIL_LABEL[input.hasil].toLowerCase()}${input.hasil === 'DIUBAH' ? ` (predikat ${label(hasil.sebelum.predikat)} → ${label(hasil.predikat)})` : ''}${rel.pencatat ? ' — dicatat BKPSDM atas keputusan kepala daerah' : ''}`,
          before: { status: locked.status, ratingHasilKerja: hasil.sebelum.ratingHasilKerja, ratingPerilaku: hasil.sebelum.ratingPerilaku, predikat: hasil.sebelum.predikat },
          after: { status: 'DIPUTUS', hasil: input.hasil, alasanKeputusan: input.alasanKeputusan, ratingHasilKerja: hasil.ratingHasilKerja, ratingPerilaku: hasil.ratingPerilaku, predikat: hasil.predikat },
        });
        const penerima = [k.pegawai_id, ...(k.pejabat_penilai_id ? [k.pejabat_penilai_id] : [])].filter((x) => x !== actor.pegawaiId);
        await notify(tx, actor.instansiId, penerima, {
          jenis: 'KEBERATAN',
          judul: `Keberatan diputus: ${KEBERATAN_HASIL_LABEL[input.hasil].toLowerCase()}`,
          pesan:
            input.hasil === 'DIUBAH'
              ? `Keberatan atas hasil penilaian kinerja ${periodeOf(k)} diputus: predikat ${label(hasil.sebelum.predikat)} diubah menjadi ${label(hasil.predikat)}. Keputusan ini final.`
              : `Keberatan atas hasil penilaian kinerja ${periodeOf(k)} diputus: hasil penilaian (predikat ${label(hasil.predikat)}) dipertahankan. Keputusan ini final.`,
          tautan: `/keberatan/${id}`,
        });
      });
      return detail(actor, id);
    },

    /**
     * Adds an attachment (only the pegawai, until decided). The caller's rights are checked
     * before the body is read; the type comes from the content (core/berkas.ts), the key from the server.
     */
    async unggahLampiran(actor: Actor, id: string, baca: () => Promise<UnggahanLampiran>): Promise<Keberatan> {
      const { k, rel } = await load(actor, id);
      if (!rel.self) throw errors.forbidden('menambah lampiran keberatan ini (hanya pegawai yang mengajukan)');
      if (k.status === 'DIPUTUS') throw diputus();
      if (k.lampiran.length >= MAKS_LAMPIRAN) throw errors.conflict('lampiran_penuh', `Lampiran keberatan paling banyak ${MAKS_LAMPIRAN} berkas.`);
      const up = await baca();
      const { mime, nama } = await periksaJenisBerkas(up.data, up.filename);
      const now = clock();
      const kunci = newStorageKey(actor.instansiId, now);
      await storage.put(kunci, up.data, mime);
      const item: LampiranTersimpan = {
        id: randomUUID(),
        nama,
        kunciPenyimpanan: kunci,
        mime,
        ukuran: up.data.length,
        sha256: createHash('sha256').update(up.data).digest('hex'),
        diunggahAt: now.toISOString(),
      };
      try {
        await db.transaction(async (tx) => {
          const locked = await repo.lock(tx, actor.instansiId, id);
          if (!locked || locked.status === 'DIPUTUS') throw diputus();
          if (locked.lampiran.length >= MAKS_LAMPIRAN) throw errors.conflict('lampiran_penuh', `Lampiran keberatan paling banyak ${MAKS_LAMPIRAN} berkas.`);
          await repo.tambahLampiran(tx, actor.instansiId, id, item);
          await recordAudit(tx, actor, actor.instansiId, {
            action: 'update',
            entityType: 'keberatan',
            entityId: id,
            summary: `Lampiran keberatan ditambahkan: ${nama.slice(0, 80)}`,
            after: { lampiran: { id: item.id, nama, mime, ukuran: item.ukuran, sha256: item.sha256 } },
          });
          await notify(tx, actor.instansiId, (await pemutusIds(tx, actor.instansiId, k.atasan_penilai_id)).filter((x) => x !== actor.pegawaiId), {
            jenis: 'KEBERATAN',
            judul: `Lampiran keberatan dari ${actor.nama}`,
            pesan: `${actor.nama} menambahkan lampiran "${nama.slice(0, 80)}" pada keberatannya.`,
            tautan: `/keberatan/${id}`,
          });
        });
      } catch (e) {
        await storage.delete(kunci).catch(() => undefined);
        throw e;
      }
      return detail(actor, id);
    },

    /** An attachment for download, after the same read check as its keberatan. */
    async unduhLampiran(actor: Actor, id: string, lampiranId: string) {
      const { k } = await load(actor, id);
      const l = k.lampiran.find((x) => x.id === lampiranId);
      if (!l) throw errors.notFound('Lampiran keberatan');
      try {
        return { body: await storage.get(l.kunciPenyimpanan), mime: l.mime, nama: l.nama, ukuran: l.ukuran };
      } catch (e) {
        if (e instanceof StorageNotFoundError) throw errors.notFound('Berkas lampiran keberatan');
        throw e;
      }
    },

    /** The largest attachment accepted (config.uploadMaxBytes, as for bukti dukung). */
    uploadMaxBytes: config.uploadMaxBytes,
  };
}

export type KeberatanService = ReturnType<typeof createKeberatanService>;
