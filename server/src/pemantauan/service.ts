import {
  ATURAN_TERTINGGAL_DEFAULT,
  angkaTarget,
  capaianIndikator,
  rentangBulan,
  rentangMinggu,
  tanggalAcuan,
  type AturanTertinggal,
} from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { LiveEvent } from '../core/events.js';
import type { Db } from '../db/client.js';
import { namaLengkap, type OrganisasiService } from '../organisasi/service.js';
import { jumlahBelumDibaca } from '../notifikasi/service.js';
import { pemantauanPolicy as policy } from './policy.js';
import { pemantauanRepository as repo, type Jendela, type TimRow, type UnitKandidatRow } from './repository.js';
import type { AnggotaTim, BarisUnit, TimQuery, TimResult, UnitQuery, UnitResult } from '@capaian/contract/pemantauan';

/** What one live stream sends for a bus event: a ready event, the caller's bell count, or nothing. */
export type LiveKeluaran =
  | { event: 'realisasi'; data: { pegawaiId: string; realisasiId: string } }
  | { event: 'umpan-balik'; data: { pegawaiId: string; umpanBalikId: string } }
  | { event: 'penilaian'; data: { periodeId: string; unitId: string } }
  | { event: 'notifikasi' }
  | null;

/** The filter of one caller's live stream; the bawahan set is read at connect and on `segarkan()`. */
export interface LiveFilter {
  saring(event: LiveEvent): LiveKeluaran;
  segarkan(): Promise<void>;
  jumlahBelumDibaca(): Promise<number>;
}

export function createPemantauanService(db: Db, organisasi: OrganisasiService, aturan: AturanTertinggal = ATURAN_TERTINGGAL_DEFAULT) {
  /** The year, month and date windows a board looks at. */
  async function jendela(actor: Actor, q: TimQuery) {
    const hariIni = await organisasi.today(actor.instansiId);
    const tahunIni = Number(hariIni.slice(0, 4));
    const tahun = q.tahun ?? tahunIni;
    const bulan = q.bulan ?? (tahun === tahunIni ? Number(hariIni.slice(5, 7)) : tahun < tahunIni ? 12 : 1);
    const acuan = tanggalAcuan(hariIni, tahun, bulan);
    const minggu = rentangMinggu(acuan);
    const bln = rentangBulan(tahun, bulan);
    const w: Jendela = {
      tahun,
      mingguMulai: minggu.mulai,
      bulanMulai: bln.mulai,
      acuan,
    };
    return { hariIni, tahun, bulan, acuan, minggu, w };
  }

  /** One indicator's progress by the domain rule. */
  const capaian = (r: { aspek: string | null; target_nilai: string | null; target_satuan: string | null; realisasi: number; periode_mulai: string | null; periode_selesai: string | null }, acuan: string) => {
    const target = angkaTarget(r.target_nilai);
    const periode = { mulai: r.periode_mulai ?? `${acuan.slice(0, 4)}-01-01`, selesai: r.periode_selesai ?? `${acuan.slice(0, 4)}-12-31` };
    return { target, ...capaianIndikator({ aspek: r.aspek ?? '', target, satuan: r.target_satuan, realisasi: Number(r.realisasi), periode, tanggal: acuan }, aturan) };
  };

  function presentAnggota(rows: TimRow[], acuan: string): AnggotaTim {
    const p = rows[0]!;
    const indikator = rows
      .filter((r) => r.indikator_id !== null && r.rhk_id !== null)
      .map((r) => {
        const c = capaian(r, acuan);
        return {
          rhkId: r.rhk_id!,
          rhkUraian: r.rhk_uraian ?? '',
          indikatorId: r.indikator_id!,
          uraian: r.indikator_uraian ?? '',
          aspek: r.aspek ?? '',
          target: c.target,
          satuan: r.target_satuan,
          realisasi: Number(r.realisasi),
          persen: c.persen,
          harapan: c.harapan,
          tertinggal: c.tertinggal,
        };
      });
    return {
      pegawai: {
        id: p.pegawai_id,
        nip: p.nip,
        nama: p.nama,
        namaLengkap: namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang }),
        jabatan: p.jabatan_nama,
      },
      skpId: p.skp_id,
      terakhirLapor: p.terakhir,
      entriMingguIni: p.entri_minggu,
      entriBulanIni: p.entri_bulan,
      belumLaporMingguIni: p.entri_minggu === 0,
      belumLaporBulanIni: p.entri_bulan === 0,
      indikator,
      jumlahTertinggal: indikator.filter((i) => i.tertinggal).length,
      can: policy.canAnggota(),
    };
  }

  return {
    /**
     * The team board: the caller's direct bawahan today (Plt/Plh seats included), each with their
     * indicators' progress. Three queries whatever the team size: the bawahan (two) and the board.
     */
    async tim(actor: Actor, q: TimQuery): Promise<TimResult> {
      const { hariIni, tahun, bulan, acuan, minggu, w } = await jendela(actor, q);
      const ids = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId, hariIni);
      const base = { tahun, bulan, hariIni, acuan, minggu };
      if (ids.length === 0) return { ...base, anggota: [] };
      const rows = await repo.tim(db, actor.instansiId, ids, w);
      const byPegawai = new Map<string, TimRow[]>();
      for (const r of rows) {
        const list = byPegawai.get(r.pegawai_id);
        if (list) list.push(r);
        else byPegawai.set(r.pegawai_id, [r]);
      }
      return { ...base, anggota: [...byPegawai.values()].map((rs) => presentAnggota(rs, acuan)) };
    },

    /**
     * The roll-up per child unit of a unit (default: the caller's perangkat daerah) for the kepala
     * and pengelola kinerja of the perangkat daerah and BKPSDM.
     */
    async unit(actor: Actor, q: UnitQuery): Promise<UnitResult> {
      const { hariIni, tahun, bulan, acuan, w } = await jendela(actor, q);
      const kandidat = await repo.unitKandidat(
        db,
        actor.instansiId,
        actor.pegawaiId,
        hariIni,
        q.unitId ? [q.unitId] : [],
        actor.pengelolaUnitIds,
      );
      const scope = policy.unitScope(
        actor,
        kandidat.filter((k) => k.peran === 'kepala').map((k) => k.unit_id),
      );
      if (!policy.canUseUnit(scope)) throw errors.forbidden('melihat rekap pemantauan unit kerja');
      const pick = (peran: UnitKandidatRow['peran']) =>
        kandidat.find((k) => k.peran === peran && (peran !== 'pengelola' || scope.pdIds.has(k.unit_id)));
      // Default: the perangkat daerah the caller manages or heads, else (BKPSDM) their own.
      const target = q.unitId ? pick('target') : (pick('pengelola') ?? pick('kepala') ?? pick('sendiri'));
      if (!target) throw errors.notFound('Unit kerja');
      if (!policy.canViewUnit(scope, target.pd_id)) throw errors.forbidden('melihat rekap unit kerja ini');

      const rows = await repo.rollup(db, actor.instansiId, target.unit_id, scope.admin, w, aturan.aspekKumulatif);
      const baris = new Map<string, BarisUnit & { _pegawai: Set<string>; _sudah: Set<string>; _tertinggal: Set<string> }>();
      let unitRow = { kode: target.kode, nama: target.nama };
      for (const r of rows) {
        if (r.langsung) unitRow = { kode: r.kode, nama: r.nama };
        let b = baris.get(r.root_id);
        if (!b) {
          b = {
            unitId: r.root_id,
            unitKode: r.kode,
            unitNama: r.nama,
            langsung: r.langsung,
            jumlahSubUnit: r.langsung ? 0 : r.jumlah_sub_unit,
            jumlahPegawai: 0,
            sudahLaporBulanIni: 0,
            belumLaporBulanIni: 0,
            entriBulanIni: 0,
            jumlahTertinggal: 0,
            can: { rinci: !r.langsung && r.jumlah_sub_unit > 0 },
            _pegawai: new Set(),
            _sudah: new Set(),
            _tertinggal: new Set(),
          };
          baris.set(r.root_id, b);
        }
        if (!r.pegawai_id) continue;
        if (!b._pegawai.has(r.pegawai_id)) {
          b._pegawai.add(r.pegawai_id);
          b.entriBulanIni += r.entri_bulan;
          if (r.entri_bulan > 0) b._sudah.add(r.pegawai_id);
        }
        if (r.indikator_id && capaian(r, acuan).tertinggal) b._tertinggal.add(r.pegawai_id);
      }
      const out: BarisUnit[] = [];
      for (const { _pegawai, _sudah, _tertinggal, ...b } of baris.values()) {
        // The unit's own row only when pegawai are placed in the unit itself.
        if (b.langsung && _pegawai.size === 0) continue;
        out.push({
          ...b,
          jumlahPegawai: _pegawai.size,
          sudahLaporBulanIni: _sudah.size,
          belumLaporBulanIni: _pegawai.size - _sudah.size,
          jumlahTertinggal: _tertinggal.size,
        });
      }
      const parentVisible = target.parent_id !== null && (scope.admin || target.pd_id !== target.unit_id);
      return {
        tahun,
        bulan,
        hariIni,
        acuan,
        unit: { id: target.unit_id, kode: unitRow.kode, nama: unitRow.nama, parentId: parentVisible ? target.parent_id : null },
        baris: out,
      };
    },

    /** The filter of a caller's live stream (reads their bawahan once; `segarkan` re-reads them). */
    async live(actor: Actor): Promise<LiveFilter> {
      let bawahan: ReadonlySet<string> = new Set(await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId));
      return {
        saring(event) {
          if (!policy.seesLive(actor, bawahan, event)) return null;
          switch (event.jenis) {
            case 'notifikasi':
              return { event: 'notifikasi' };
            case 'realisasi':
              return { event: 'realisasi', data: { pegawaiId: event.pegawaiId, realisasiId: event.realisasiId } };
            case 'umpan-balik':
              return { event: 'umpan-balik', data: { pegawaiId: event.pegawaiId, umpanBalikId: event.umpanBalikId } };
            case 'penilaian':
              return { event: 'penilaian', data: { periodeId: event.periodeId, unitId: event.unitId } };
            default:
              return null;
          }
        },
        async segarkan() {
          bawahan = new Set(await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId));
        },
        jumlahBelumDibaca: () => jumlahBelumDibaca(db, actor.instansiId, actor.pegawaiId),
      };
    },
  };
}

export type PemantauanService = ReturnType<typeof createPemantauanService>;
