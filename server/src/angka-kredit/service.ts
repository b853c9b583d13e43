/**
 * The angka kredit ledger (PermenPANRB 1/2023, PerBKN 3/2023): every final result of a pejabat
 * fungsional adds a conversion entry (domain `angkaKredit`) in the same transaction as the
 * finalisation, and a keberatan decision that changes the result corrects it (the old entry stays,
 * marked); BKPSDM records the opening balance from the last PAK on paper (one at a time or imported
 * from XLSX), integrations and other conversions; the balance against the next pangkat and jenjang
 * (domain `saldoAngkaKredit`, `kelayakanAngkaKredit`) for the pegawai, their superiors and BKPSDM;
 * BKPSDM's list of who reaches it; the PAK fixing the balance under a number and date, printed with
 * QR verification. Who sees what: the pegawai their own; their chain of superiors, BKPSDM and
 * pimpinan theirs; anyone else 404. Every change is audited with the real actor.
 */
import { randomUUID } from 'node:crypto';
import {
  ALASAN_TIDAK_DIHITUNG_LABEL,
  angkaKredit,
  BULAN_PERIODE_AK,
  EntriAkManualSchema,
  JENIS_ENTRI_AK_LABEL,
  JENJANG_LABEL,
  JENJANGS,
  PREDIKATS,
  kelayakanAngkaKredit,
  labelPeriode,
  PREDIKAT_LABEL,
  saldoAngkaKredit,
  type EntriAk as EntriSaldo,
  type JenisEntriAk,
  type Jenjang,
  type Predikat,
} from '@capaian/domain';
import type { BukuAngkaKredit, EntriAk, EntriAkInput, ImporSaldoResult, Kelayakan, KelayakanQuery, Pak, PakInput } from '@capaian/contract/angka-kredit';
import type { PemeriksaanDokumen } from '@capaian/contract/verifikasi';
import { hasRole, type Actor } from '../core/actor.js';
import { bagianNamaBerkas } from '../core/berkas.js';
import { errors } from '../core/errors.js';
import { bacaBarisImpor, imporDitolak, type BarisBermasalah } from '../core/impor-tabel.js';
import { buildTemplate } from '../core/spreadsheet.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { formatTanggal, kodeCocok, tautanVerifikasi } from '../dokumen/pdf.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { notify } from '../notifikasi/service.js';
import { namaLengkapBaris, type OrganisasiService } from '../organisasi/service.js';
import { pakContentHash, renderPakPdf } from './pak-pdf.js';
import { angkaKreditRepository as repo, type EntriBaru, type EntriRow, type PakRow, type PegawaiAkRow, type SumberKonversiRow } from './repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();
const milli = (n: number) => Math.round(n * 1000);

export const KOLOM_SALDO_AWAL = [
  { key: 'nip', wajib: true, keterangan: 'NIP 18 digit pejabat fungsional (ketik sebagai teks)', contoh: '198807122015032001', text: true },
  { key: 'angka_kredit', wajib: true, keterangan: 'Angka kredit kumulatif pada PAK terakhir (paling banyak 3 desimal, titik atau koma)', contoh: '42,125', text: true },
  { key: 'nomor_pak', wajib: true, keterangan: 'Nomor PAK terakhir', contoh: '800/123/BKPSDM/2024', text: true },
  { key: 'tanggal_pak', wajib: true, keterangan: 'Tanggal PAK TTTT-BB-HH', contoh: '2024-12-20', text: true },
];

/** Which results a sync looks at: those of a finalisation, or one a keberatan decision changed or kept. */
export type SasaranAk = { periodeId: string; unitIds: readonly string[] } | { pegawaiId: string; evaluasiId: string };

/** The conversion a final result gives now (domain `angkaKredit` over the period's months). */
function konversi(r: SumberKonversiRow): { nilaiMilli: number; bulan: number; tahunan: boolean } {
  const jenis = r.periode_jenis as keyof typeof BULAN_PERIODE_AK;
  const bulan = BULAN_PERIODE_AK[jenis];
  return { nilaiMilli: milli(angkaKredit({ jenjang: r.jenjang as Jenjang, predikat: r.predikat as Predikat, bulan })), bulan, tahunan: jenis === 'TAHUNAN' };
}

/** The domain's conversion of every jenjang, predikat and period kind (what a finalisation looks up). */
const TABEL_KONVERSI = JENJANGS.flatMap((jenjang) =>
  PREDIKATS.flatMap((predikat) =>
    (Object.keys(BULAN_PERIODE_AK) as Array<keyof typeof BULAN_PERIODE_AK>).map((jenis) => ({
      jenjang,
      predikat,
      jenis,
      bulan: BULAN_PERIODE_AK[jenis],
      nilaiMilli: milli(angkaKredit({ jenjang, predikat, bulan: BULAN_PERIODE_AK[jenis] })),
    })),
  ),
);

/**
 * Records the conversions of final results in the caller's transaction. A finalisation: every
 * result without an entry gets one, in one statement. A keberatan decision: the result's entry is
 * corrected when its predikat or jenjang now differs (the old entry kept, marked). Audited once when
 * anything was written.
 */
export async function catatKonversi(tx: DbOrTx, actor: Actor, sasaran: SasaranAk) {
  let baru = 0;
  let dikoreksi = 0;
  if ('periodeId' in sasaran) {
    baru = await repo.insertKonversiFinalisasi(tx, actor.instansiId, sasaran.periodeId, sasaran.unitIds, TABEL_KONVERSI, actor.pegawaiId || null);
  } else {
    const rows: EntriBaru[] = [];
    const koreksi: Array<{ pegawai: string; lama: string; baru: string }> = [];
    for (const r of await repo.sumberEvaluasi(tx, actor.instansiId, sasaran.evaluasiId)) {
      if (r.entri_id && r.entri_predikat === r.predikat && r.entri_jenjang === r.jenjang) continue;
      const k = konversi(r);
      const id = randomUUID();
      if (r.entri_id) koreksi.push({ pegawai: r.pegawai_id, lama: r.entri_id, baru: id });
      rows.push({
        id,
        pegawaiId: r.pegawai_id,
        jenis: 'KONVERSI',
        evaluasiId: r.evaluasi_id,
        periodeId: r.periode_id,
        tahun: r.tahun,
        tahunan: k.tahunan,
        jenjang: r.jenjang,
        predikat: r.predikat,
        bulan: k.bulan,
        nilaiMilli: k.nilaiMilli,
        nomorDokumen: null,
        tanggalDokumen: null,
        keterangan: r.entri_id ? 'Koreksi: hasil penilaian berubah karena keputusan keberatan' : null,
        koreksiDari: r.entri_id,
        dicatatOleh: actor.pegawaiId || null,
      });
    }
    // The replaced entries first: one counting conversion per result at any moment.
    await repo.tandaiDikoreksi(tx, actor.instansiId, koreksi);
    await repo.insert(tx, actor.instansiId, rows);
    baru = rows.length - koreksi.length;
    dikoreksi = koreksi.length;
  }
  if (baru + dikoreksi === 0) return 0;
  await recordAudit(tx, actor, actor.instansiId, {
    action: 'create',
    entityType: 'angka_kredit_entri',
    entityId: null,
    summary: `Konversi predikat ke angka kredit: ${baru} baru${dikoreksi ? `, ${dikoreksi} dikoreksi` : ''}`,
    after: { baru, dikoreksi, ...('periodeId' in sasaran ? { periodeId: sasaran.periodeId } : { evaluasiId: sasaran.evaluasiId }) },
  });
  return baru + dikoreksi;
}

const asSaldo = (e: EntriRow): EntriSaldo => ({ id: e.id, jenis: e.jenis as JenisEntriAk, tahun: e.tahun, tahunan: e.tahunan, nilai: e.nilai_milli / 1000, dikoreksi: !!e.dikoreksi_oleh });
const periodeOf = (e: EntriRow) => (e.p_jenis && e.p_tahun !== null && e.p_nomor !== null ? labelPeriode({ jenis: e.p_jenis, tahun: e.p_tahun, nomor: e.p_nomor }) : null);
const uraian = (e: EntriRow) =>
  e.jenis === 'KONVERSI' ? `${JENIS_ENTRI_AK_LABEL.KONVERSI} ${periodeOf(e) ?? ''} (${e.predikat ? PREDIKAT_LABEL[e.predikat as Predikat] : '-'}, ${e.bulan ?? '-'} bulan)`.trim() : JENIS_ENTRI_AK_LABEL[e.jenis as JenisEntriAk];

/** What a PAK fixes of a ledger: the entries that count (each with its basis) and their total. */
export function isiPak(entri: readonly EntriRow[]) {
  const saldo = saldoAngkaKredit(entri.map(asSaldo));
  const rincian = entri
    .filter((e) => !saldo.tidakDihitung.has(e.id))
    .map((e) => ({ id: e.id, uraian: uraian(e), dokumen: e.nomor_dokumen ? `${e.nomor_dokumen}${e.tanggal_dokumen ? `, ${formatTanggal(e.tanggal_dokumen)}` : ''}` : 'Hasil penilaian kinerja final', nilaiMilli: e.nilai_milli }));
  return { rincian, totalMilli: milli(saldo.total), saldo };
}

export function createAngkaKreditService(db: Db, organisasi: OrganisasiService, pengaturan: PengaturanInstansi, clock: () => Date, publicUrl: string) {
  const bkpsdm = (a: Actor) => hasRole(a, 'ADMIN_BKPSDM');

  async function muat(actor: Actor, pegawaiId: string) {
    const p = await repo.pegawai(db, actor.instansiId, pegawaiId);
    if (!p) throw errors.notFound('Pegawai');
    if (!(await organisasi.relasiPegawai(actor, pegawaiId)).membaca) throw errors.notFound('Pegawai');
    return p;
  }
  const jenjangOf = (p: PegawaiAkRow): Jenjang | null => (p.jabatan_jenis === 'FUNGSIONAL' && p.jenjang ? (p.jenjang as Jenjang) : null);
  const presentPak = (k: PakRow): Pak => ({ id: k.id, nomor: k.nomor, tanggal: k.tanggal, total: k.total_milli / 1000, jenjang: k.jenjang as Jenjang, golongan: k.golongan });

  function hitung(p: PegawaiAkRow, entri: readonly EntriRow[]) {
    const saldo = saldoAngkaKredit(entri.map(asSaldo));
    const jenjang = jenjangOf(p);
    const k = jenjang ? kelayakanAngkaKredit(saldo.total, jenjang, p.golongan) : { pangkat: null, jenjang: null };
    return { saldo, jenjang, k };
  }

  async function buku(actor: Actor, p: PegawaiAkRow): Promise<BukuAngkaKredit> {
    const [entri, pak] = await Promise.all([repo.entri(db, actor.instansiId, [p.id]), repo.pakPegawai(db, actor.instansiId, p.id)]);
    const { saldo, jenjang, k } = hitung(p, entri);
    return {
      pegawai: { id: p.id, nama: namaLengkapBaris(p), nip: p.nip, jabatan: p.jabatan, golongan: p.golongan },
      jenjang,
      entri: entri.map(
        (e): EntriAk => ({
          id: e.id,
          jenis: e.jenis as JenisEntriAk,
          periode: periodeOf(e),
          tahun: e.tahun,
          jenjang: (e.jenjang as Jenjang | null) ?? null,
          predikat: (e.predikat as Predikat | null) ?? null,
          bulan: e.bulan,
          nilai: e.nilai_milli / 1000,
          nomorDokumen: e.nomor_dokumen,
          tanggalDokumen: e.tanggal_dokumen,
          keterangan: e.keterangan,
          tidakDihitung: ((a) => (a ? ALASAN_TIDAK_DIHITUNG_LABEL[a] : null))(saldo.tidakDihitung.get(e.id)),
          koreksiDari: e.koreksi_dari,
          dicatatOleh: e.dicatat_nama,
          createdAt: iso(e.created_at),
        }),
      ),
      total: saldo.total,
      pangkat: k.pangkat,
      jenjangBerikut: k.jenjang,
      pak: pak.map(presentPak),
      can: { catat: bkpsdm(actor) && !!jenjang, tetapkanPak: bkpsdm(actor) && !!jenjang },
    };
  }

  const hashPak = (k: PakRow) =>
    pakContentHash({ id: k.id, pegawaiId: k.pegawai_id, nip: k.nip, nomor: k.nomor, tanggal: k.tanggal, jenjang: k.jenjang, golongan: k.golongan, totalMilli: k.total_milli, rincian: k.rincian });

  return {
    /** Records the conversions of final results (see `catatKonversi`), in the caller's transaction. */
    catat: (tx: DbOrTx, actor: Actor, sasaran: SasaranAk) => catatKonversi(tx, actor, sasaran),

    async buku(actor: Actor, pegawaiId: string): Promise<BukuAngkaKredit> {
      return buku(actor, await muat(actor, pegawaiId));
    },

    /** BKPSDM records an opening balance, an integration or another conversion, with its document. */
    async catatManual(actor: Actor, pegawaiId: string, input: EntriAkInput): Promise<BukuAngkaKredit> {
      const p = await muat(actor, pegawaiId);
      if (!bkpsdm(actor)) throw errors.forbidden('mencatat angka kredit (hanya BKPSDM)');
      if (!jenjangOf(p)) throw errors.validation({ pegawaiId: 'bukan pejabat fungsional dengan jenjang: buku angka kredit tidak berlaku' });
      const id = randomUUID();
      await db.transaction(async (tx) => {
        await repo.insert(tx, actor.instansiId, [
          {
            id,
            pegawaiId,
            jenis: input.jenis,
            evaluasiId: null,
            periodeId: null,
            tahun: Number(input.tanggalDokumen.slice(0, 4)),
            tahunan: false,
            jenjang: p.jenjang,
            predikat: null,
            bulan: null,
            nilaiMilli: milli(input.nilai),
            nomorDokumen: input.nomorDokumen,
            tanggalDokumen: input.tanggalDokumen,
            keterangan: input.keterangan || null,
            koreksiDari: null,
            dicatatOleh: actor.pegawaiId,
          },
        ]);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'angka_kredit_entri',
          entityId: id,
          summary: `${JENIS_ENTRI_AK_LABEL[input.jenis]} ${input.nilai} dicatat (${input.nomorDokumen})`,
          after: { pegawaiId, ...input },
        });
      });
      return buku(actor, p);
    },

    templatSaldoAwal(actor: Actor) {
      if (!bkpsdm(actor)) throw errors.forbidden('mengimpor saldo awal angka kredit (hanya BKPSDM)');
      return buildTemplate(KOLOM_SALDO_AWAL, 'saldo-awal');
    },

    /** Opening balances from the last PAK on paper: every row checked, all rows or none, one audit event. */
    async imporSaldoAwal(actor: Actor, file: Buffer, filename: string): Promise<ImporSaldoResult> {
      if (!bkpsdm(actor)) throw errors.forbidden('mengimpor saldo awal angka kredit (hanya BKPSDM)');
      const rows = await bacaBarisImpor(file, filename, KOLOM_SALDO_AWAL, 'saldo awal angka kredit');
      if (rows.length > 20_000) throw imporDitolak([], `Berkas berisi ${rows.length} baris; paling banyak 20.000 per impor.`);
      const pegawai = new Map((await repo.pegawaiByNip(db, actor.instansiId, rows.map((r) => (r.values.nip ?? '').trim()))).map((p) => [p.nip, p]));
      const masalah: BarisBermasalah[] = [];
      const baru: EntriBaru[] = [];
      const seen = new Map<string, number>();
      const KOLOM: Record<string, string> = { nilai: 'angka_kredit', nomorDokumen: 'nomor_pak', tanggalDokumen: 'tanggal_pak' };
      for (const r of rows) {
        const v = (k: string) => (r.values[k] ?? '').trim();
        const nip = v('nip');
        const p = pegawai.get(nip);
        if (!nip) masalah.push({ baris: r.baris, kolom: 'nip', alasan: 'wajib diisi' });
        else if (nip.startsWith('~')) masalah.push({ baris: r.baris, kolom: 'nip', alasan: 'NIP terbaca sebagai angka dan digitnya hilang; ketik NIP sebagai teks' });
        else if (!p) masalah.push({ baris: r.baris, kolom: 'nip', alasan: `NIP ${nip} tidak terdaftar di instansi ini` });
        else if (!jenjangOf(p)) masalah.push({ baris: r.baris, kolom: 'nip', alasan: `NIP ${nip} bukan pejabat fungsional dengan jenjang` });
        else if (seen.has(nip)) masalah.push({ baris: r.baris, kolom: 'nip', alasan: `NIP ${nip} sudah ada di baris ${seen.get(nip)}` });
        else seen.set(nip, r.baris);
        const angka = v('angka_kredit').replace(/^~/, '').replace(',', '.');
        const parsed = EntriAkManualSchema.safeParse({ jenis: 'AWAL', nilai: angka === '' ? undefined : Number(angka), nomorDokumen: v('nomor_pak'), tanggalDokumen: v('tanggal_pak') });
        if (!parsed.success) {
          for (const i of parsed.error.issues) {
            const k = String(i.path[0] ?? 'baris');
            masalah.push({ baris: r.baris, kolom: KOLOM[k] ?? k, alasan: k === 'nilai' && angka !== '' && Number.isNaN(Number(angka)) ? 'harus berupa angka' : i.message });
          }
          continue;
        }
        if (p && jenjangOf(p))
          baru.push({
            id: randomUUID(),
            pegawaiId: p.id,
            jenis: 'AWAL',
            evaluasiId: null,
            periodeId: null,
            tahun: Number(parsed.data.tanggalDokumen.slice(0, 4)),
            tahunan: false,
            jenjang: p.jenjang,
            predikat: null,
            bulan: null,
            nilaiMilli: milli(parsed.data.nilai),
            nomorDokumen: parsed.data.nomorDokumen,
            tanggalDokumen: parsed.data.tanggalDokumen,
            keterangan: `Impor dari ${filename}`,
            koreksiDari: null,
            dicatatOleh: actor.pegawaiId,
          });
      }
      if (masalah.length) throw imporDitolak(masalah);
      await db.transaction(async (tx) => {
        await repo.insert(tx, actor.instansiId, baru);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'import',
          entityType: 'angka_kredit_entri',
          entityId: null,
          summary: `Impor saldo awal angka kredit dari ${filename}: ${baru.length} pegawai`,
          after: { berkas: filename, baris: baru.length },
        });
      });
      return { diimpor: baru.length };
    },

    /** BKPSDM's list: every active pejabat fungsional's balance against the next pangkat and jenjang. */
    async kelayakan(actor: Actor, q: KelayakanQuery): Promise<Kelayakan> {
      if (!bkpsdm(actor) && !hasRole(actor, 'PIMPINAN')) throw errors.forbidden('melihat kelayakan angka kredit pemda (hanya BKPSDM dan pimpinan)');
      const pegawai = await repo.fungsional(db, actor.instansiId);
      const entri = await repo.entri(db, actor.instansiId, null);
      const per = new Map<string, EntriRow[]>();
      for (const e of entri) per.set(e.pegawai_id, [...(per.get(e.pegawai_id) ?? []), e]);
      const cari = q.q?.toLowerCase();
      const semua = pegawai.map((p) => {
        const { saldo, jenjang, k } = hitung(p, per.get(p.id) ?? []);
        return {
          pegawai: { id: p.id, nama: namaLengkapBaris(p), nip: p.nip },
          jabatan: p.jabatan,
          unit: p.unit,
          jenjang: jenjang!,
          golongan: p.golongan,
          total: saldo.total,
          pangkat: k.pangkat,
          jenjangBerikut: k.jenjang,
        };
      });
      const layak = (b: (typeof semua)[number]) => !!(b.pangkat?.tercapai || b.jenjangBerikut?.tercapai);
      const items = semua.filter((b) => (q.layak !== 'true' || layak(b)) && (!cari || b.pegawai.nama.toLowerCase().includes(cari) || b.pegawai.nip.includes(cari)));
      return { items: items.slice(0, 1000), jumlahFungsional: semua.length, jumlahLayak: semua.filter(layak).length };
    },

    /** BKPSDM fixes the balance in a PAK under its number and date; the pegawai is notified. */
    async tetapkanPak(actor: Actor, pegawaiId: string, input: PakInput): Promise<Pak> {
      const p = await muat(actor, pegawaiId);
      if (!bkpsdm(actor)) throw errors.forbidden('menetapkan angka kredit (hanya BKPSDM)');
      const jenjang = jenjangOf(p);
      if (!jenjang) throw errors.validation({ pegawaiId: 'bukan pejabat fungsional dengan jenjang: PAK tidak berlaku' });
      const { rincian, totalMilli, saldo } = isiPak(await repo.entri(db, actor.instansiId, [p.id]));
      const at = clock();
      const id = await db.transaction(async (tx) => {
        const id = await repo.insertPak(tx, actor.instansiId, { pegawaiId, nomor: input.nomor, tanggal: input.tanggal, jenjang, golongan: p.golongan, totalMilli, rincian, oleh: actor.pegawaiId, at });
        if (!id) throw errors.validation({ nomor: `nomor ${input.nomor} sudah dipakai PAK lain` });
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'penetapan_angka_kredit',
          entityId: id,
          summary: `PAK ${input.nomor} ditetapkan: ${saldo.total} angka kredit`,
          after: { pegawaiId, ...input, total: saldo.total, entri: rincian.length },
        });
        await notify(tx, actor.instansiId, [pegawaiId], { jenis: 'angka-kredit', judul: 'Penetapan angka kredit', pesan: `PAK ${input.nomor}: ${saldo.total} angka kredit`, tautan: '/angka-kredit' }, at);
        return id;
      });
      return presentPak((await repo.pak(db, actor.instansiId, id))!);
    },

    async pakPdf(actor: Actor, id: string) {
      const k = await repo.pak(db, actor.instansiId, id);
      if (!k) throw errors.notFound('PAK');
      const p = await muat(actor, k.pegawai_id).catch(() => {
        throw errors.notFound('PAK');
      });
      const info = await pengaturan.info(actor.instansiId);
      const rincian = (k.rincian as Array<{ uraian: string; dokumen: string; nilaiMilli: number }>).map((r) => ({ uraian: r.uraian, dokumen: r.dokumen, nilai: r.nilaiMilli / 1000 }));
      const total = k.total_milli / 1000;
      const kl = kelayakanAngkaKredit(total, k.jenjang as Jenjang, k.golongan);
      const hash = hashPak(k);
      const pdf = await renderPakPdf({
        instansiNama: info.nama,
        nomor: k.nomor,
        tanggal: k.tanggal,
        pegawai: { nama: namaLengkapBaris(k), nip: k.nip, golongan: k.golongan, jabatan: p.jabatan, unit: p.unit },
        jenjangLabel: JENJANG_LABEL[k.jenjang as Jenjang],
        rincian,
        total,
        pangkat: kl.pangkat,
        jenjang: kl.jenjang,
        penandatangan: { jabatan: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', nama: null },
        verifikasi: { url: tautanVerifikasi(publicUrl, 'pak', k.id, hash), hash },
      });
      return { pdf, filename: `PAK-${k.nip}-${bagianNamaBerkas(k.nomor)}.pdf` };
    },

    /** Public: does a printed PAK (id and code from its QR code) match? Null for an unknown one. */
    async periksaDokumen(id: string, kode: string): Promise<PemeriksaanDokumen | null> {
      const k = await repo.pakPublik(db, id);
      if (!k) return null;
      return {
        cocok: kodeCocok(hashPak(k), kode),
        fakta: [
          { label: 'Pegawai', nilai: namaLengkapBaris(k) },
          { label: 'NIP', nilai: k.nip },
          { label: 'Nomor PAK', nilai: k.nomor },
          { label: 'Tanggal', nilai: formatTanggal(k.tanggal) },
          { label: 'Jenjang', nilai: JENJANG_LABEL[k.jenjang as Jenjang] },
          { label: 'Angka kredit', nilai: String(k.total_milli / 1000).replace('.', ',') },
        ],
        catatan: null,
      };
    },
  };
}

export type AngkaKreditService = ReturnType<typeof createAngkaKreditService>;
