import {
  JENIS_BIMBINGAN_LABEL,
  ZONA_WAKTU_IANA,
  addDays,
  todayIn,
  validateEvaluasiKompetensi,
  validateLembarUmpanBalik,
  type JenisBimbingan,
  type ZonaWaktu,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { notify } from '../notifikasi/service.js';
import { namaLengkap, type OrganisasiService } from '../organisasi/service.js';
import { bimbinganPolicy, type BimbinganRelation } from './policy.js';
import { bimbinganRepository as repo, type BimbinganListRow, type BimbinganRow, type TindakLanjutListRow } from './repository.js';
import {
  EvaluasiKompetensi,
  LembarUmpanBalik,
  type BatalInput,
  type Bimbingan,
  type BimbinganInput,
  type BimbinganQuery,
  type CatatanInput,
  type EvaluasiKompetensiInput,
  type LembarUmpanBalikInput,
  type TindakLanjutItem,
} from '@capaian/contract/bimbingan';

const iso = (d: Date | string) => new Date(d).toISOString();
const label = (jenis: string) => JENIS_BIMBINGAN_LABEL[jenis as JenisBimbingan] ?? jenis;

/** Sheets stored as JSON (older rows or seeded ones may lack `diisiAt`): read defensively. */
const LembarTersimpan = LembarUmpanBalik.extend({ komentar: LembarUmpanBalik.shape.komentar.optional(), diisiAt: LembarUmpanBalik.shape.diisiAt.optional() });
const EvaluasiTersimpan = EvaluasiKompetensi.extend({ diisiAt: EvaluasiKompetensi.shape.diisiAt.optional() });

export function createBimbinganService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date) {
  const versiBerubah = () =>
    errors.conflict('version_conflict', 'Bimbingan ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', {
      rowVersion: 'versi data sudah berubah',
    });

  const zonaOf = async (instansiId: string): Promise<ZonaWaktu> => (await pengaturan.info(instansiId)).zona;

  const relation = (actor: Actor, b: { pegawaiId: string; pembimbingId: string }, bawahan: ReadonlySet<string>): BimbinganRelation => ({
    pegawai: b.pegawaiId === actor.pegawaiId,
    pembimbing: b.pembimbingId === actor.pegawaiId,
    penilai: bawahan.has(b.pegawaiId),
  });
  const bawahanOf = async (actor: Actor) => new Set(await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId));

  function present(r: BimbinganListRow, rel: BimbinganRelation, tl: Array<{ id: string; bimbinganId: string; uraian: string; jatuhTempo: string; selesaiAt: Date | null }>): Bimbingan {
    const lembar = r.lembar_umpan_balik ? LembarTersimpan.safeParse(r.lembar_umpan_balik) : null;
    const evaluasi = r.evaluasi_kompetensi ? EvaluasiTersimpan.safeParse(r.evaluasi_kompetensi) : null;
    return {
      id: r.id,
      pegawai: { id: r.pegawai_id, nip: r.pegawai_nip, nama: namaLengkap({ nama: r.pegawai_nama, gelarDepan: r.pegawai_gelar_depan, gelarBelakang: r.pegawai_gelar_belakang }) },
      pembimbing: {
        id: r.pembimbing_id,
        nip: r.pembimbing_nip,
        nama: namaLengkap({ nama: r.pembimbing_nama, gelarDepan: r.pembimbing_gelar_depan, gelarBelakang: r.pembimbing_gelar_belakang }),
      },
      jenis: r.jenis,
      jadwal: iso(r.jadwal),
      tempat: r.tempat,
      topik: r.topik,
      status: r.status,
      catatan: r.catatan,
      lembarUmpanBalik: lembar?.success ? { jawaban: lembar.data.jawaban, komentar: lembar.data.komentar ?? null, diisiAt: lembar.data.diisiAt ?? null } : null,
      evaluasiKompetensi: evaluasi?.success ? { items: evaluasi.data.items, diisiAt: evaluasi.data.diisiAt ?? null } : null,
      tindakLanjut: tl
        .filter((t) => t.bimbinganId === r.id)
        .map((t) => ({ id: t.id, uraian: t.uraian, jatuhTempo: t.jatuhTempo, selesaiAt: t.selesaiAt ? iso(t.selesaiAt) : null })),
      rowVersion: r.row_version,
      can: bimbinganPolicy.can(rel, r.status),
    };
  }

  /** Loads a session the caller may read, or answers 404 (not revealing that it exists). */
  async function load(actor: Actor, id: string) {
    const b = await repo.get(db, actor.instansiId, id);
    if (!b) throw errors.notFound('Bimbingan');
    const quick = relation(actor, b, new Set());
    const rel = quick.pegawai || quick.pembimbing ? quick : relation(actor, b, await bawahanOf(actor));
    if (!bimbinganPolicy.canRead(rel)) throw errors.notFound('Bimbingan');
    return { b, rel };
  }

  async function detail(actor: Actor, id: string): Promise<Bimbingan> {
    const { rel } = await load(actor, id);
    const [row, tl] = await Promise.all([repo.getListed(db, actor.instansiId, id), repo.tindakLanjutOf(db, actor.instansiId, [id])]);
    if (!row) throw errors.notFound('Bimbingan');
    return present(row, rel, tl);
  }

  /**
   * One change of a session: policy check, status check, version claim, the change, audit (and
   * notifications) in one transaction. `rowVersion` is the version the client saw, when it sent one.
   */
  async function change(
    actor: Actor,
    id: string,
    rowVersion: number | undefined,
    allowed: (rel: BimbinganRelation) => boolean,
    what: string,
    status: string,
    fn: (tx: DbOrTx, b: BimbinganRow) => Promise<{ summary: string; values: Partial<BimbinganRow>; after?: unknown }>,
  ) {
    const { b, rel } = await load(actor, id);
    if (!allowed(rel)) throw errors.forbidden(what);
    if (b.status !== status)
      throw errors.conflict(
        'status_bimbingan',
        b.status === 'DIBATALKAN'
          ? 'Bimbingan ini sudah dibatalkan.'
          : b.status === 'SELESAI'
            ? 'Bimbingan ini sudah selesai.'
            : 'Bimbingan ini belum selesai: catatan bimbingan belum direkam.',
        { status: status === 'DIJADWALKAN' ? 'harus masih dijadwalkan' : 'harus sudah selesai' },
      );
    if (rowVersion !== undefined && rowVersion !== b.rowVersion) throw versiBerubah();
    await db.transaction(async (tx) => {
      const out = await fn(tx, b);
      const bumped = await repo.bump(tx, actor.instansiId, id, b.rowVersion, clock(), out.values);
      if (!bumped) throw versiBerubah();
      await recordAudit(tx, actor, actor.instansiId, {
        action: 'update',
        entityType: 'bimbingan',
        entityId: id,
        summary: out.summary,
        before: { status: b.status, rowVersion: b.rowVersion },
        after: out.after ?? { status: bumped.status, rowVersion: bumped.rowVersion },
      });
    });
    return detail(actor, id);
  }

  async function formatJadwal(instansiId: string, jadwal: Date) {
    const zona = await zonaOf(instansiId);
    const teks = new Intl.DateTimeFormat('id-ID', { timeZone: ZONA_WAKTU_IANA[zona], dateStyle: 'long', timeStyle: 'short' }).format(jadwal);
    return `${teks} ${zona}`;
  }

  const presentTl = (actor: Actor, r: TindakLanjutListRow, bawahan: ReadonlySet<string>, today: string): TindakLanjutItem => {
    const rel = relation(actor, { pegawaiId: r.pegawai_id, pembimbingId: r.pembimbing_id }, bawahan);
    return {
      id: r.id,
      bimbinganId: r.bimbingan_id,
      uraian: r.uraian,
      jatuhTempo: r.jatuh_tempo,
      selesaiAt: r.selesai_at ? iso(r.selesai_at) : null,
      pegawai: { id: r.pegawai_id, nama: namaLengkap({ nama: r.pegawai_nama, gelarDepan: r.pegawai_gelar_depan, gelarBelakang: r.pegawai_gelar_belakang }) },
      terlambat: !r.selesai_at && r.jatuh_tempo < today,
      can: { selesaikan: bimbinganPolicy.canSelesaikan(rel, r.selesai_at) },
    };
  };

  return {
    detail,

    /** Sessions about the caller (`saya`), the ones they lead or about their bawahan (`tim`), or both. */
    async list(actor: Actor, q: BimbinganQuery): Promise<{ items: Bimbingan[] }> {
      const tim = q.peran !== 'saya';
      const bawahan = tim ? await bawahanOf(actor) : new Set<string>();
      const rows = await repo.list(db, actor.instansiId, {
        ...(q.peran !== 'tim' ? { saya: actor.pegawaiId } : {}),
        ...(tim ? { pembimbingId: actor.pegawaiId, bawahan: [...bawahan] } : {}),
        status: q.status,
      });
      const tl = await repo.tindakLanjutOf(db, actor.instansiId, rows.map((r) => r.id));
      const items = rows
        .map((r) => ({ r, rel: relation(actor, { pegawaiId: r.pegawai_id, pembimbingId: r.pembimbing_id }, bawahan) }))
        // `tim` leaves out the caller's own sessions (e.g. a Plt who is also their own unit's staff).
        .filter(({ r }) => q.peran !== 'tim' || r.pegawai_id !== actor.pegawaiId)
        .map(({ r, rel }) => present(r, rel, tl));
      return { items };
    },

    /**
     * Schedules a session: the pegawai with their own pejabat penilai as pembimbing, or the
     * pejabat penilai (a Plt included) for a bawahan. The other side is notified.
     */
    async jadwalkan(actor: Actor, input: BimbinganInput): Promise<Bimbingan> {
      const self = input.pegawaiId === actor.pegawaiId;
      const atasan = await organisasi.atasanOf(actor.instansiId, input.pegawaiId);
      const penilaiId = atasan.pejabatPenilai?.pegawaiId ?? null;
      if (!self && penilaiId !== actor.pegawaiId) throw errors.forbidden('menjadwalkan bimbingan untuk pegawai ini (hanya pejabat penilainya)');
      const fields: FieldErrors = {};
      if (!penilaiId) fields.pegawaiId = 'belum ada pejabat penilai yang dapat menjadi pembimbing';
      const zona = await zonaOf(actor.instansiId);
      const jadwal = new Date(input.jadwal);
      const hariIni = todayIn(zona, clock());
      const hari = todayIn(zona, jadwal);
      if (hari < hariIni) fields.jadwal = 'tidak boleh sebelum hari ini';
      else if (hari > addDays(hariIni, 366)) fields.jadwal = 'paling lambat satu tahun ke depan';
      if (Object.keys(fields).length || !penilaiId) throw errors.validation(fields);
      const pembimbingId = penilaiId;
      const lainnya = self ? pembimbingId : input.pegawaiId;
      const waktu = await formatJadwal(actor.instansiId, jadwal);
      const id = await db.transaction(async (tx) => {
        const [row] = await repo.insert(tx, {
          instansiId: actor.instansiId,
          pegawaiId: input.pegawaiId,
          pembimbingId,
          jenis: input.jenis,
          jadwal,
          tempat: input.tempat || null,
          topik: input.topik,
          status: 'DIJADWALKAN',
          diusulkanOleh: actor.pegawaiId,
          createdAt: clock(),
          updatedAt: clock(),
        });
        if (!row) throw new Error('insert bimbingan returned nothing');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'bimbingan',
          entityId: row.id,
          summary: `${label(input.jenis)} dijadwalkan ${waktu}: ${input.topik.slice(0, 80)}`,
          after: { pegawaiId: input.pegawaiId, pembimbingId, jenis: input.jenis, jadwal: jadwal.toISOString(), tempat: input.tempat ?? null, topik: input.topik },
        });
        await notify(tx, actor.instansiId, [lainnya], {
          jenis: 'BIMBINGAN',
          judul: `${label(input.jenis)} dijadwalkan`,
          pesan: `${actor.nama} menjadwalkan ${label(input.jenis).toLowerCase()} pada ${waktu}${input.tempat ? ` di ${input.tempat}` : ''}: ${input.topik}`,
          tautan: `/bimbingan/${row.id}`,
        });
        return row.id;
      });
      return detail(actor, id);
    },

    /** The pembimbing records the notes and the agreed follow-up actions: the session is done. */
    async catat(actor: Actor, id: string, input: CatatanInput): Promise<Bimbingan> {
      return change(actor, id, input.rowVersion, (rel) => rel.pembimbing, 'merekam catatan bimbingan ini (hanya pembimbing)', 'DIJADWALKAN', async (tx, b) => {
        const tanggal = todayIn(await zonaOf(actor.instansiId), b.jadwal);
        const fields: FieldErrors = {};
        input.tindakLanjut.forEach((t, i) => {
          if (t.jatuhTempo < tanggal) fields[`tindakLanjut.${i}.jatuhTempo`] = `tidak boleh sebelum tanggal bimbingan (${tanggal})`;
        });
        if (Object.keys(fields).length) throw errors.validation(fields);
        await repo.insertTindakLanjut(
          tx,
          input.tindakLanjut.map((t, i) => ({ instansiId: actor.instansiId, bimbinganId: id, uraian: t.uraian, jatuhTempo: t.jatuhTempo, urutan: i })),
        );
        await notify(tx, actor.instansiId, [b.pegawaiId], {
          jenis: 'BIMBINGAN',
          judul: `Catatan ${label(b.jenis).toLowerCase()} telah direkam`,
          pesan: `${actor.nama} merekam catatan bimbingan "${b.topik}"${input.tindakLanjut.length ? ` dengan ${input.tindakLanjut.length} tindak lanjut` : ''}. Silakan isi lembar umpan balik.`,
          tautan: `/bimbingan/${id}`,
        });
        return {
          summary: `Catatan bimbingan direkam (${input.tindakLanjut.length} tindak lanjut); bimbingan selesai`,
          values: { status: 'SELESAI', catatan: input.catatan },
          after: { status: 'SELESAI', catatan: input.catatan, tindakLanjut: input.tindakLanjut },
        };
      });
    },

    /** The pegawai's feedback sheet after the session (nine statements, scores 1–4). */
    async isiLembarUmpanBalik(actor: Actor, id: string, input: LembarUmpanBalikInput): Promise<Bimbingan> {
      const r = validateLembarUmpanBalik(input);
      return change(actor, id, input.rowVersion, (rel) => rel.pegawai, 'mengisi lembar umpan balik bimbingan ini (hanya pegawai yang dibimbing)', 'SELESAI', async () => {
        if (!r.ok) throw errors.validation(r.error);
        const lembar = { ...r.value, diisiAt: clock().toISOString() };
        return { summary: 'Lembar umpan balik bimbingan diisi', values: { lembarUmpanBalik: lembar }, after: lembar };
      });
    },

    /** The pembimbing's competence evaluation after the session (scores 1–5 with reasons). */
    async isiEvaluasiKompetensi(actor: Actor, id: string, input: EvaluasiKompetensiInput): Promise<Bimbingan> {
      const r = validateEvaluasiKompetensi(input);
      return change(actor, id, input.rowVersion, (rel) => rel.pembimbing, 'mengisi evaluasi kompetensi bimbingan ini (hanya pembimbing)', 'SELESAI', async () => {
        if (!r.ok) throw errors.validation(r.error);
        const evaluasi = { ...r.value, diisiAt: clock().toISOString() };
        return { summary: `Evaluasi kompetensi diisi (${r.value.items.length} kompetensi)`, values: { evaluasiKompetensi: evaluasi }, after: evaluasi };
      });
    },

    /** Either side cancels a scheduled session; the other side is told. */
    async batal(actor: Actor, id: string, input: BatalInput): Promise<Bimbingan> {
      return change(actor, id, input?.rowVersion, (rel) => rel.pegawai || rel.pembimbing, 'membatalkan bimbingan ini', 'DIJADWALKAN', async (tx, b) => {
        const alasan = input?.alasan?.trim() || null;
        await notify(tx, actor.instansiId, [b.pegawaiId === actor.pegawaiId ? b.pembimbingId : b.pegawaiId], {
          jenis: 'BIMBINGAN',
          judul: `${label(b.jenis)} dibatalkan`,
          pesan: `${actor.nama} membatalkan bimbingan "${b.topik}"${alasan ? `: ${alasan}` : '.'}`,
          tautan: `/bimbingan/${id}`,
        });
        return { summary: `Bimbingan dibatalkan${alasan ? `: ${alasan.slice(0, 80)}` : ''}`, values: { status: 'DIBATALKAN' }, after: { status: 'DIBATALKAN', alasan } };
      });
    },

    /** Follow-up actions of the caller's sessions and of their team's; `terlambat` against today. */
    async tindakLanjut(actor: Actor, status: 'terbuka' | 'semua'): Promise<{ items: TindakLanjutItem[] }> {
      const [bawahan, today] = await Promise.all([bawahanOf(actor), organisasi.today(actor.instansiId)]);
      const rows = await repo.listTindakLanjut(db, actor.instansiId, { pegawaiId: actor.pegawaiId, bawahan: [...bawahan], terbuka: status === 'terbuka' });
      return { items: rows.map((r) => presentTl(actor, r, bawahan, today)) };
    },

    /** The pegawai or the pembimbing marks a follow-up action done (again: no change). */
    async selesaikanTindakLanjut(actor: Actor, id: string): Promise<TindakLanjutItem> {
      const row = await repo.getTindakLanjut(db, actor.instansiId, id);
      if (!row) throw errors.notFound('Tindak lanjut');
      const quick = relation(actor, { pegawaiId: row.pegawai_id, pembimbingId: row.pembimbing_id }, new Set());
      const bawahan = quick.pegawai || quick.pembimbing ? new Set<string>() : await bawahanOf(actor);
      const rel = relation(actor, { pegawaiId: row.pegawai_id, pembimbingId: row.pembimbing_id }, bawahan);
      if (!bimbinganPolicy.canRead(rel)) throw errors.notFound('Tindak lanjut');
      if (!rel.pegawai && !rel.pembimbing) throw errors.forbidden('menyelesaikan tindak lanjut ini (hanya pegawai atau pembimbingnya)');
      if (!row.selesai_at) {
        await db.transaction(async (tx) => {
          const done = await repo.selesaikanTindakLanjut(tx, actor.instansiId, id, clock());
          if (!done) return; // marked done meanwhile by the other side
          await recordAudit(tx, actor, actor.instansiId, {
            action: 'update',
            entityType: 'tindak_lanjut',
            entityId: id,
            summary: `Tindak lanjut bimbingan selesai: ${row.uraian.slice(0, 80)}`,
            before: { selesaiAt: null },
            after: { selesaiAt: done.selesaiAt },
          });
        });
      }
      const after = (await repo.getTindakLanjut(db, actor.instansiId, id))!;
      return presentTl(actor, after, bawahan, await organisasi.today(actor.instansiId));
    },
  };
}

export type BimbinganService = ReturnType<typeof createBimbinganService>;
