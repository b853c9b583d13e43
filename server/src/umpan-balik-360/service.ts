/**
 * Umpan balik 360°: the pegawai nominates colleagues (peers: same unit or same pejabat penilai;
 * subordinates: their own bawahan), their pejabat penilai approves or rejects each, and approved
 * nominees answer a short BerAKHLAK questionnaire once.
 *
 * Anonymity (issue #6: "a test tries to recover a name and fails"):
 * - the answer row (jawaban_360) holds the subject, the kind of relationship, the scores, the
 *   suggestion and the date — never the respondent; the nomination only gets `sudah_menjawab`,
 *   set in the same transaction;
 * - answering writes no audit event: the audit log would pair the respondent with the moment of
 *   the answer (the nomination's flag is the only trace, and it carries no time);
 * - whether a nominee answered is shown to that nominee only; the summary is shown to the
 *   pegawai's penilai chain only, as averages of at least 3 answers (domain `ringkasan360`) with
 *   the suggestions sorted; the pegawai themself gets 403.
 */
import {
  MINIMUM_RESPONDEN_360,
  PERTANYAAN_360,
  kelompokJawaban360,
  ringkasan360,
  SKALA_360,
  type Skor360,
  labelPeriode,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { AppError, errors, type FieldErrors } from '../core/errors.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { notify } from '../notifikasi/service.js';
import { namaLengkap, type OrganisasiService } from '../organisasi/service.js';
import { survei360Policy as policy, type Relasi360 } from './policy.js';
import { survei360Repository as repo, type NominasiListRow, type PeriodeRow } from './repository.js';
import type { JawabanInput, Kandidat, KandidatQuery, Kuesioner, NominasiInput, NominasiItem, NominasiQuery, Ringkasan, RingkasanQuery } from '@capaian/contract/umpan-balik-360';

/** How far up the chain of command a superior may be and still read (a guard against bad data). */


const periodeDitutup = () => errors.conflict('periode_ditutup', 'Periode penilaian sudah ditutup; umpan balik 360° tidak dapat diubah lagi.');

export function createSurvei360Service(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date) {
  const hariIni = (instansiId: string) => pengaturan.hariIni(instansiId);

  async function periodeOf(actor: Actor, id: string, field?: string): Promise<PeriodeRow> {
    const p = await repo.periode(db, actor.instansiId, id);
    if (!p) throw field ? errors.validation({ [field]: 'periode penilaian tidak ditemukan' }) : errors.notFound('Periode penilaian');
    return p;
  }

  /**
   * The caller's relation to a pegawai on a date. `atasanOf` answers 404 for a pegawai of another
   * pemda. The chain above the pejabat penilai is walked only when `berantai`.
   */
  async function relasi(actor: Actor, pegawaiId: string, tanggal: string, berantai: boolean): Promise<Relasi360> {
    const atasan = await organisasi.atasanOf(actor.instansiId, pegawaiId, tanggal);
    const rel: Relasi360 = {
      self: pegawaiId === actor.pegawaiId,
      penilai: atasan.pejabatPenilai?.pegawaiId === actor.pegawaiId,
      atasanBerantai: false,
    };
    if (berantai && !rel.self && !rel.penilai) rel.atasanBerantai = (await organisasi.rantaiAtasan(actor.instansiId, pegawaiId, actor.pegawaiId, tanggal)).berantai;
    return rel;
  }

  const orang = (p: { nama: string; gelarDepan: string | null; gelarBelakang: string | null }) => namaLengkap(p);

  function present(actor: Actor, rel: Relasi360, r: NominasiListRow, periode: PeriodeRow): NominasiItem {
    const fakta = { penilaiId: r.penilai_id, status: r.status, sudahMenjawab: r.sudah_menjawab, periodeDibuka: periode.status === 'DIBUKA' };
    return {
      id: r.id,
      periodeId: r.periode_id,
      periode: { label: labelPeriode(periode), status: periode.status },
      pegawai: {
        id: r.pegawai_id,
        nip: r.pegawai_nip,
        nama: orang({ nama: r.pegawai_nama, gelarDepan: r.pegawai_gelar_depan, gelarBelakang: r.pegawai_gelar_belakang }),
        jabatan: r.pegawai_jabatan,
      },
      penilai: {
        id: r.penilai_id,
        nip: r.penilai_nip,
        nama: orang({ nama: r.penilai_nama, gelarDepan: r.penilai_gelar_depan, gelarBelakang: r.penilai_gelar_belakang }),
        jabatan: r.penilai_jabatan,
      },
      hubungan: r.hubungan,
      status: r.status,
      sudahMenjawab: policy.seesSudahMenjawab(actor, fakta) ? r.sudah_menjawab : null,
      can: policy.can(actor, rel, fakta),
    };
  }

  async function presentAll(actor: Actor, rows: NominasiListRow[], relOf: (r: NominasiListRow) => Relasi360) {
    const periodes = new Map((await repo.periodeMany(db, actor.instansiId, [...new Set(rows.map((r) => r.periode_id))])).map((p) => [p.id, p]));
    return rows.map((r) => present(actor, relOf(r), r, periodes.get(r.periode_id)!));
  }

  const NONE: Relasi360 = { self: false, penilai: false, atasanBerantai: false };

  /** One nomination as the caller sees it, after checking they are its subject, nominee or the subject's penilai. */
  async function getNominasi(actor: Actor, id: string) {
    const [row] = await repo.list(db, actor.instansiId, { id });
    if (!row) throw errors.notFound('Nominasi 360°');
    const periode = await periodeOf(actor, row.periode_id);
    return { row, periode };
  }

  return {
    /**
     * Nominations by role: `saya` (whom I nominated), `setujui` (my bawahan's nominations, to
     * approve) or `jawab` (approved nominations asking me to answer).
     */
    async list(actor: Actor, q: NominasiQuery): Promise<{ items: NominasiItem[] }> {
      if (q.periodeId) await periodeOf(actor, q.periodeId);
      if (q.peran === 'saya') {
        const rows = await repo.list(db, actor.instansiId, { periodeId: q.periodeId, pegawaiId: actor.pegawaiId });
        return { items: await presentAll(actor, rows, () => ({ ...NONE, self: true })) };
      }
      if (q.peran === 'jawab') {
        const rows = await repo.list(db, actor.instansiId, { periodeId: q.periodeId, penilaiId: actor.pegawaiId, status: 'DISETUJUI' });
        return { items: await presentAll(actor, rows, () => NONE) };
      }
      const bawahan = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId);
      const rows = await repo.list(db, actor.instansiId, { periodeId: q.periodeId, pegawaiIds: bawahan });
      return { items: await presentAll(actor, rows, () => ({ ...NONE, penilai: true })) };
    },

    /**
     * Whom the caller may nominate (names and jabatan only): for REKAN the active colleagues of
     * their unit and those with the same pejabat penilai; for BAWAHAN their bawahan. Never their
     * own superiors, themselves, or someone already nominated in the period.
     */
    async kandidat(actor: Actor, q: KandidatQuery): Promise<{ items: Kandidat[] }> {
      await periodeOf(actor, q.periodeId, 'periodeId');
      const [saya, bawahan, atasanSaya, sudah] = await Promise.all([
        repo.kolega(db, actor.instansiId, [actor.pegawaiId]),
        organisasi.bawahanOf(actor.instansiId, actor.pegawaiId),
        organisasi.atasanOf(actor.instansiId, actor.pegawaiId),
        repo.sudahDinominasikan(db, actor.instansiId, q.periodeId, actor.pegawaiId),
      ]);
      const penilai = atasanSaya.pejabatPenilai?.pegawaiId ?? null;
      const bawahanSet = new Set(bawahan);
      const keluar = new Set([actor.pegawaiId, penilai, atasanSaya.atasanPejabatPenilai?.pegawaiId ?? null, ...sudah]);
      const rows =
        q.hubungan === 'BAWAHAN'
          ? await repo.kandidat(db, actor.instansiId, { ids: bawahan, unitId: null })
          : await repo.kandidat(db, actor.instansiId, {
              ids: penilai ? await organisasi.bawahanOf(actor.instansiId, penilai) : [],
              unitId: saya[0]?.unit_id ?? null,
            });
      return {
        items: rows
          .filter((r) => !keluar.has(r.id) && (q.hubungan === 'BAWAHAN' || !bawahanSet.has(r.id)))
          .map((r) => ({ id: r.id, nip: r.nip, namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }), jabatanNama: r.jabatan_nama })),
      };
    },

    /**
     * The pegawai nominates colleagues for a period: peers (REKAN: the same unit or the same
     * pejabat penilai, neither their own superior nor their bawahan) or subordinates (BAWAHAN:
     * pegawai whose pejabat penilai they are). Their pejabat penilai is notified to approve.
     */
    async nominasi(actor: Actor, input: NominasiInput): Promise<{ items: NominasiItem[] }> {
      const periode = await periodeOf(actor, input.periodeId, 'periodeId');
      if (periode.status !== 'DIBUKA') throw periodeDitutup();
      if (!policy.canNominasi(actor, actor.pegawaiId)) throw errors.forbidden('menominasikan penilai 360°');
      const ids = [...new Set(input.penilaiIds)];
      const [saya, kolega, bawahan, atasanSaya, sudah] = await Promise.all([
        repo.kolega(db, actor.instansiId, [actor.pegawaiId]),
        repo.kolega(db, actor.instansiId, ids),
        organisasi.bawahanOf(actor.instansiId, actor.pegawaiId),
        organisasi.atasanOf(actor.instansiId, actor.pegawaiId),
        repo.sudahDinominasikan(db, actor.instansiId, input.periodeId, actor.pegawaiId),
      ]);
      const unitSaya = saya[0]?.unit_id;
      const penilaiSaya = atasanSaya.pejabatPenilai?.pegawaiId ?? null;
      const atasanPenilaiSaya = atasanSaya.atasanPejabatPenilai?.pegawaiId ?? null;
      const bawahanSet = new Set(bawahan);
      const byId = new Map(kolega.map((k) => [k.id, k]));
      const fields: FieldErrors = {};
      for (const [i, id] of input.penilaiIds.entries()) {
        const key = `penilaiIds.${i}`;
        const k = byId.get(id);
        if (!k) fields[key] = 'pegawai tidak ditemukan';
        else if (id === actor.pegawaiId) fields[key] = 'tidak dapat menominasikan diri sendiri';
        else if (k.status !== 'AKTIF') fields[key] = `${k.nama} sedang tidak aktif`;
        else if (id === penilaiSaya || id === atasanPenilaiSaya) fields[key] = `${k.nama} adalah atasan Anda; atasan menilai langsung, bukan melalui 360°`;
        else if (sudah.has(id)) fields[key] = `${k.nama} sudah dinominasikan pada periode ini`;
        else if (input.hubungan === 'BAWAHAN' && !bawahanSet.has(id)) fields[key] = `${k.nama} bukan bawahan Anda`;
        else if (input.hubungan === 'REKAN' && bawahanSet.has(id)) fields[key] = `${k.nama} adalah bawahan Anda; pilih hubungan BAWAHAN`;
        else if (input.hubungan === 'REKAN' && k.unit_id !== unitSaya) {
          const atasanDia = await organisasi.atasanOf(actor.instansiId, id);
          if (!penilaiSaya || atasanDia.pejabatPenilai?.pegawaiId !== penilaiSaya)
            fields[key] = `${k.nama} bukan rekan satu unit kerja atau satu pejabat penilai`;
        }
      }
      if (Object.keys(fields).length) throw errors.validation(fields, 'Sebagian pegawai tidak dapat dinominasikan.');

      await db.transaction(async (tx) => {
        const created = await repo.insertMany(
          tx,
          ids.map((penilaiId) => ({ instansiId: actor.instansiId, periodeId: input.periodeId, pegawaiId: actor.pegawaiId, penilaiId, hubungan: input.hubungan, createdAt: clock() })),
        );
        for (const c of created) {
          await recordAudit(tx, actor, actor.instansiId, {
            action: 'create',
            entityType: 'nominasi_360',
            entityId: c.id,
            summary: `Nominasi 360° (${input.hubungan === 'REKAN' ? 'rekan' : 'bawahan'}): ${byId.get(c.penilaiId)?.nama ?? ''}`,
            after: { periodeId: input.periodeId, pegawaiId: actor.pegawaiId, penilaiId: c.penilaiId, hubungan: input.hubungan },
          });
        }
        if (created.length && penilaiSaya)
          await notify(tx, actor.instansiId, [penilaiSaya], {
            jenis: 'UMPAN_BALIK_360',
            judul: `Nominasi 360° dari ${actor.nama}`,
            pesan: `${actor.nama} mengusulkan ${created.length} pegawai untuk memberi umpan balik 360° (${labelPeriode(periode)}). Mohon setujui atau tolak.`,
            tautan: '/360?peran=setujui',
          }, clock());
      });
      return this.list(actor, { periodeId: input.periodeId, peran: 'saya' });
    },

    /** The pejabat penilai approves (also after a rejection) or rejects (only before approval) a nomination. */
    async putuskan(actor: Actor, id: string, keputusan: 'setujui' | 'tolak'): Promise<NominasiItem> {
      const { row, periode } = await getNominasi(actor, id);
      const rel = await relasi(actor, row.pegawai_id, await hariIni(actor.instansiId), false);
      const fakta = { status: row.status, periodeDibuka: periode.status === 'DIBUKA' };
      if (!rel.penilai) throw errors.forbidden(`${keputusan === 'setujui' ? 'menyetujui' : 'menolak'} nominasi ini (hanya pejabat penilai pegawai)`);
      if (!fakta.periodeDibuka) throw periodeDitutup();
      const boleh = keputusan === 'setujui' ? policy.canSetujui(rel, fakta) : policy.canTolak(rel, fakta);
      if (!boleh)
        throw errors.conflict(
          'status_tidak_sesuai',
          keputusan === 'setujui' ? 'Nominasi ini sudah disetujui.' : 'Nominasi yang sudah disetujui atau ditolak tidak dapat ditolak lagi.',
        );
      const dari = keputusan === 'setujui' ? ['DIUSULKAN', 'DITOLAK'] : ['DIUSULKAN'];
      const ke = keputusan === 'setujui' ? 'DISETUJUI' : 'DITOLAK';
      const penilaiNama = orang({ nama: row.penilai_nama, gelarDepan: row.penilai_gelar_depan, gelarBelakang: row.penilai_gelar_belakang });
      const subjekNama = orang({ nama: row.pegawai_nama, gelarDepan: row.pegawai_gelar_depan, gelarBelakang: row.pegawai_gelar_belakang });
      await db.transaction(async (tx) => {
        const done = await repo.setStatus(tx, actor.instansiId, id, dari, ke);
        if (!done) throw errors.conflict('status_tidak_sesuai', 'Nominasi ini baru saja diubah; muat ulang halaman.');
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'nominasi_360',
          entityId: id,
          summary: `Nominasi 360° ${keputusan === 'setujui' ? 'disetujui' : 'ditolak'}: ${penilaiNama} untuk ${subjekNama}`,
          before: { status: row.status },
          after: { status: ke },
        });
        if (keputusan === 'setujui')
          await notify(tx, actor.instansiId, [row.penilai_id], {
            jenis: 'UMPAN_BALIK_360',
            judul: `Mohon isi umpan balik 360° untuk ${subjekNama}`,
            pesan: `Anda diminta memberi umpan balik 360° (${labelPeriode(periode)}). Jawaban Anda anonim: atasan hanya melihat rata-rata dari paling sedikit ${MINIMUM_RESPONDEN_360} orang.`,
            tautan: `/360/kuesioner/${id}`,
          }, clock());
        else
          await notify(tx, actor.instansiId, [row.pegawai_id], {
            jenis: 'UMPAN_BALIK_360',
            judul: 'Nominasi 360° ditolak',
            pesan: `Nominasi ${penilaiNama} sebagai pemberi umpan balik 360° ditolak oleh pejabat penilai. Anda dapat menominasikan pegawai lain.`,
            tautan: '/360?peran=saya',
          }, clock());
      });
      const { row: after } = await getNominasi(actor, id);
      return present(actor, rel, after, periode);
    },

    /** The questionnaire for an approved nominee: whom it is about, the statements and the scale. */
    async kuesioner(actor: Actor, id: string): Promise<Kuesioner> {
      const { row, periode } = await getNominasi(actor, id);
      const fakta = { penilaiId: row.penilai_id, status: row.status, sudahMenjawab: row.sudah_menjawab, periodeDibuka: periode.status === 'DIBUKA' };
      if (!policy.canBukaKuesioner(actor, fakta)) throw errors.forbidden('mengisi kuesioner 360° ini');
      return {
        nominasiId: row.id,
        periode: { id: periode.id, label: labelPeriode(periode) },
        subjek: {
          nama: orang({ nama: row.pegawai_nama, gelarDepan: row.pegawai_gelar_depan, gelarBelakang: row.pegawai_gelar_belakang }),
          jabatan: row.pegawai_jabatan,
        },
        hubungan: row.hubungan,
        pertanyaan: PERTANYAAN_360.map((p) => ({ ...p })),
        skala: SKALA_360.map((s) => ({ ...s })),
        sudahMenjawab: row.sudah_menjawab,
        can: { jawab: policy.canJawab(actor, fakta) },
      };
    },

    /**
     * Stores the nominee's answer, once: the nomination is marked answered and the answer is
     * written without the respondent, in one transaction, dated (not timed) in the instansi's zone.
     */
    async jawab(actor: Actor, id: string, input: JawabanInput): Promise<void> {
      const { row, periode } = await getNominasi(actor, id);
      const fakta = { penilaiId: row.penilai_id, status: row.status, sudahMenjawab: row.sudah_menjawab, periodeDibuka: periode.status === 'DIBUKA' };
      if (!policy.canBukaKuesioner(actor, fakta)) throw errors.forbidden('mengisi kuesioner 360° ini');
      if (!fakta.periodeDibuka) throw periodeDitutup();
      const tanggal = await hariIni(actor.instansiId);
      const saran = input.saran?.trim() || null;
      await db.transaction(async (tx) => {
        const n = await repo.tandaiMenjawab(tx, actor.instansiId, id, actor.pegawaiId);
        if (!n) throw new AppError('sudah_menjawab', 'Anda sudah mengisi kuesioner ini; jawaban tidak dapat diubah.');
        await repo.insertJawaban(tx, { instansiId: actor.instansiId, periodeId: n.periodeId, pegawaiId: n.pegawaiId, hubungan: n.hubungan, skor: input.skor, saran, tanggal }, (sudahAda) =>
          kelompokJawaban360(sudahAda),
        );
      });
    },

    /** The anonymous summary for the pegawai's penilai chain (on the period's last day, or today if earlier). */
    async ringkasan(actor: Actor, q: RingkasanQuery): Promise<Ringkasan> {
      const periode = await periodeOf(actor, q.periodeId);
      const today = await hariIni(actor.instansiId);
      const rel = await relasi(actor, q.pegawaiId, periode.selesai < today ? periode.selesai : today, true);
      if (!policy.canRingkasan(rel))
        throw errors.forbidden(rel.self ? 'melihat jawaban 360° tentang diri sendiri; hasilnya disampaikan melalui atasan' : 'melihat ringkasan 360° pegawai ini');
      return { ...(await this.ringkasanTanpaCek(actor.instansiId, q.periodeId, q.pegawaiId)), minimumResponden: MINIMUM_RESPONDEN_360 };
    },

    /**
     * For other features (the evaluation's `umpanBalik360`): the summary without a policy check —
     * the caller has checked the reader may see the evaluation. Below 3 answers only the count.
     */
    async ringkasanTanpaCek(instansiId: string, periodeId: string, pegawaiId: string): Promise<{ jumlahResponden: number; jumlahDihitung: number; rataRata: Skor360 | null; saran: string[] }> {
      return ringkasan360(await repo.jawaban(db, instansiId, periodeId, pegawaiId));
    },
  };
}

export type Survei360Service = ReturnType<typeof createSurvei360Service>;
