/**
 * SIASN export (there is no network to BKN: exports are JSON files in SIASN's shapes, see
 * pemetaan.ts). Annual periods give `skp22`-shaped records, periodic ones `kinerjaperiodik`.
 * Validation lists every problem per pegawai (not final, keberatan undecided, missing penilai
 * data, invalid NIPs, no evaluation at all) and the units not finalised; nothing is skipped
 * silently. The export refuses (409 with details.masalah) while anything is wrong, unless
 * `sebagian=true` asks for the valid results only — the excluded ones are then listed in the
 * file's `dikecualikan`, so the partial upload is explicit and traceable.
 */
import {
  EVALUASI_WORKFLOW,
  type EvaluasiState,
  type Predikat,
  type Rating,
  labelPeriode,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { AppError, errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { recordSiasn, type FormatSiasn, type PihakSiasn, type SumberSiasn } from './pemetaan.js';
import { siasnPolicy } from './policy.js';
import { siasnRepository as repo, type SiasnRow } from './repository.js';
import type { MasalahSiasn, ValidasiSiasn } from '@capaian/contract/siasn';

const namaLengkap = (p: { nama: string; gelar_depan?: string | null; gelar_belakang?: string | null }) =>
  [p.gelar_depan, p.nama].filter(Boolean).join(' ') + (p.gelar_belakang ? `, ${p.gelar_belakang}` : '');
const statusLabel = (s: string) => EVALUASI_WORKFLOW.stateLabel[s as EvaluasiState] ?? s;
const NIP_RE = /^\d{18}$/;

export function createSiasnService(db: Db, clock: () => Date) {
  async function periodeOf(actor: Actor, periodeId: string) {
    if (!siasnPolicy.canEkspor(actor)) throw errors.forbidden('memvalidasi dan mengekspor data SIASN (hanya admin BKPSDM)');
    const p = await repo.periode(db, actor.instansiId, periodeId);
    if (!p) throw errors.notFound('Periode penilaian');
    return p;
  }

  /** Checks every evaluation of the period: the records ready, and every problem per pegawai. */
  async function periksa(actor: Actor, periodeId: string) {
    const p = await periodeOf(actor, periodeId);
    const format: FormatSiasn = p.jenis === 'TAHUNAN' ? 'skp22' : 'kinerjaperiodik';
    const [ins, rows, tanpa] = await Promise.all([repo.instansi(db, actor.instansiId), repo.evaluasi(db, actor.instansiId, p.id), repo.tanpaEvaluasi(db, actor.instansiId, p.id)]);
    const kepalaDaerah: PihakSiasn | null = ins?.kepala_daerah_nama
      ? { status: 'NON ASN', nip: null, nama: ins.kepala_daerah_nama, golongan: null, jabatan: ins.kepala_daerah_jabatan, unor: ins.nama }
      : null;

    const siap: Array<{ row: SiasnRow; record: Record<string, unknown> }> = [];
    const masalah: MasalahSiasn[] = [];
    const belumFinal = new Map<string, { unitId: string; unitNama: string; jumlahPegawai: number }>();

    /** A party on record, or the kepala daerah when none is (top of the chain). */
    const pihak = (r: SiasnRow, peran: 'penilai' | 'atasan', keluhan: string[]): PihakSiasn | null => {
      const id = peran === 'penilai' ? r.pejabat_penilai_id : r.atasan_penilai_id;
      const sebut = peran === 'penilai' ? 'pejabat penilai' : 'atasan pejabat penilai';
      if (!id) {
        if (!kepalaDaerah && peran === 'penilai') keluhan.push('Data pejabat penilai tidak ada: tidak tercatat pejabat penilai dan nama kepala daerah belum diisi di pengaturan instansi');
        return kepalaDaerah;
      }
      const nip = r[`${peran}_nip`];
      const nama = r[`${peran}_nama`];
      if (!nama) {
        keluhan.push(`Data ${sebut} tidak ditemukan`);
        return null;
      }
      if (!nip) keluhan.push(`NIP ${sebut} (${nama}) kosong`);
      else if (!NIP_RE.test(nip)) keluhan.push(`NIP ${sebut} (${nama}) tidak valid: "${nip}" bukan 18 digit angka`);
      if (peran === 'penilai') {
        if (!r.penilai_golongan?.trim()) keluhan.push(`Golongan pejabat penilai (${nama}) kosong`);
        if (!r.penilai_jabatan?.trim()) keluhan.push(`Jabatan pejabat penilai (${nama}) kosong`);
        if (!r.penilai_unor?.trim()) keluhan.push(`Unit organisasi pejabat penilai (${nama}) kosong`);
      }
      return {
        status: 'ASN',
        nip,
        nama: namaLengkap({ nama, gelar_depan: r[`${peran}_gelar_depan`], gelar_belakang: r[`${peran}_gelar_belakang`] }),
        golongan: r[`${peran}_golongan`],
        jabatan: r[`${peran}_jabatan`],
        unor: r[`${peran}_unor`],
      };
    };

    for (const r of rows) {
      const keluhan: string[] = [];
      // Only the shape SIASN's lookup by NIP needs (the domain's stricter PPPK reading of the TMT
      // digits would flag real PPPK NIPs like 2022-21…; that check belongs to data entry).
      if (!NIP_RE.test(r.nip)) keluhan.push(`NIP pegawai tidak valid: "${r.nip}" bukan 18 digit angka`);
      if (r.status === 'DRAFT' || r.status === 'DINILAI') keluhan.push(`Penilaian belum final (status "${statusLabel(r.status)}")`);
      if (r.status === 'KEBERATAN') keluhan.push('Keberatan atas hasil penilaian belum diputus');
      if (!r.unit_final) {
        keluhan.push(`Unit ${r.unit_nama} belum difinalisasi`);
        const u = belumFinal.get(r.unit_id) ?? { unitId: r.unit_id, unitNama: r.unit_nama, jumlahPegawai: 0 };
        u.jumlahPegawai += 1;
        belumFinal.set(r.unit_id, u);
      }
      if (r.status !== 'DRAFT' && (!r.rating_hasil_kerja || !r.rating_perilaku || !r.predikat)) keluhan.push('Rating hasil kerja, rating perilaku atau predikat kosong');
      const penilai = pihak(r, 'penilai', keluhan);
      const atasan = format === 'skp22' ? pihak(r, 'atasan', keluhan) : null;
      if (keluhan.length || !penilai || !r.rating_hasil_kerja || !r.rating_perilaku || !r.predikat) {
        masalah.push({ pegawai: { id: r.pegawai_id, nip: r.nip, nama: namaLengkap(r) }, unit: { id: r.unit_id, nama: r.unit_nama }, masalah: keluhan });
        continue;
      }
      const sumber: SumberSiasn = {
        nip: r.nip,
        tahun: p.tahun,
        bulanMulai: Number(p.mulai.slice(5, 7)),
        bulanSelesai: Number(p.selesai.slice(5, 7)),
        tahunMulai: Number(p.mulai.slice(0, 4)),
        tahunSelesai: Number(p.selesai.slice(0, 4)),
        ratingHasilKerja: r.rating_hasil_kerja as Rating,
        ratingPerilaku: r.rating_perilaku as Rating,
        predikat: r.predikat as Predikat,
        penilai,
        atasan,
      };
      siap.push({ row: r, record: recordSiasn(format, sumber) });
    }
    for (const x of tanpa)
      masalah.push({
        pegawai: { id: x.id, nip: x.nip, nama: namaLengkap(x) },
        unit: { id: x.unit_id, nama: x.unit_nama },
        masalah: [`Tidak ada evaluasi pada periode ini (SKP ${p.tahun} belum disetujui saat periode dibuka)`],
      });

    const validasi: ValidasiSiasn = {
      periode: { id: p.id, label: labelPeriode(p), jenis: p.jenis, tahun: p.tahun },
      format,
      jumlah: rows.length,
      siap: siap.length,
      masalah,
      unitBelumFinal: [...belumFinal.values()],
    };
    return { validasi, siap, ins, p };
  }

  return {
    async validasi(actor: Actor, periodeId: string): Promise<ValidasiSiasn> {
      return (await periksa(actor, periodeId)).validasi;
    },

    /** The JSON file for SIASN; see the module comment for `sebagian`. Audited. */
    async ekspor(actor: Actor, q: { periodeId: string; sebagian: boolean }) {
      const { validasi, siap, ins, p } = await periksa(actor, q.periodeId);
      if (validasi.masalah.length && !q.sebagian)
        throw new AppError(
          'siasn_belum_valid',
          `${validasi.masalah.length} pegawai belum dapat diekspor ke SIASN (${validasi.unitBelumFinal.length} unit belum difinalisasi). Perbaiki masalahnya, atau ekspor sebagian (sebagian=true) untuk hasil yang sudah valid saja.`,
          undefined,
          { masalah: validasi.masalah, unitBelumFinal: validasi.unitBelumFinal },
        );
      if (siap.length === 0) throw errors.conflict('siasn_kosong', `Belum ada hasil penilaian ${validasi.periode.label} yang siap diekspor ke SIASN.`);
      const at = clock();
      const file = {
        format: validasi.format,
        versiPemetaan: 1,
        instansi: { kode: ins?.kode ?? '', nama: ins?.nama ?? '' },
        periode: { ...validasi.periode, mulai: p.mulai, selesai: p.selesai },
        dibuatAt: at.toISOString(),
        jumlah: siap.length,
        data: siap.map((s) => s.record),
        dikecualikan: validasi.masalah,
      };
      await db.transaction(async (tx) => {
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'siasn_ekspor',
          entityId: p.id,
          summary: `Ekspor SIASN (${validasi.format}) ${validasi.periode.label}: ${siap.length} data${validasi.masalah.length ? `, ${validasi.masalah.length} pegawai dikecualikan` : ''}`,
          after: { format: validasi.format, periodeId: p.id, jumlah: siap.length, dikecualikan: validasi.masalah.length, sebagian: q.sebagian },
        });
      });
      const kode = (ins?.kode ?? 'instansi').replace(/[^A-Za-z0-9-]+/g, '-');
      return { json: JSON.stringify(file, null, 2), filename: `siasn-${validasi.format}-${kode}-${p.tahun}-${p.jenis.toLowerCase()}-${p.nomor}${q.sebagian ? '-sebagian' : ''}.json` };
    },
  };
}

export type SiasnService = ReturnType<typeof createSiasnService>;
