/**
 * The demo pemda's angka kredit ledgers: last year's annual results converted as a finalisation
 * converts them (the product's own `catatKonversi`), an opening balance from a PAK on paper for
 * every pejabat fungsional, and one PAK issued this year — for the demo perawat when she is a
 * pejabat fungsional with a jenjang, otherwise the first one by NIP.
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../core/actor.js';
import { queryRows, type DbOrTx } from '../db/client.js';
import { catatKonversi, isiPak } from '../angka-kredit/service.js';
import { angkaKreditRepository } from '../angka-kredit/repository.js';

export async function angkaKreditDemo(tx: DbOrTx, instansiId: string, periode: ReadonlyArray<{ id?: string; jenis: string }>, tahun: number, adminId: string | null, nipPak: string, seedDate: string) {
  const tahunan = periode.find((p) => p.jenis === 'TAHUNAN');
  const sistem: Actor = { userId: '', instansiId, pegawaiId: adminId ?? '', nip: '', nama: 'Data demo', roles: [], pengelolaUnitIds: [] };
  // Opening balances: the PAK on paper of the December before last year.
  await tx.execute(sql`
    INSERT INTO angka_kredit_entri (instansi_id, pegawai_id, jenis, tahun, jenjang, nilai_milli, nomor_dokumen, tanggal_dokumen, keterangan, dicatat_oleh, created_at)
    SELECT p.instansi_id, p.id, 'AWAL', ${tahun - 1}, j.jenjang, 5000 + (abs(hashtext(p.nip)) % 40000), ${`800/`} || right(p.nip, 4) || ${`/BKPSDM/${tahun - 1}`},
           ${`${tahun - 1}-12-20`}::date, 'Saldo awal dari PAK terakhir', ${adminId}, ${`${tahun}-01-10T03:00:00Z`}::timestamptz
      FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
     WHERE p.instansi_id = ${instansiId} AND p.status = 'AKTIF' AND j.jenis = 'FUNGSIONAL' AND j.jenjang IS NOT NULL`);
  if (tahunan?.id) {
    const units = await queryRows<{ id: string }>(tx, sql`SELECT DISTINCT unit_id AS id FROM evaluasi WHERE instansi_id = ${instansiId} AND periode_id = ${tahunan.id}`);
    await catatKonversi(tx, sistem, { periodeId: tahunan.id, unitIds: units.map((u) => u.id) });
  }
  const [p] = await queryRows<{ id: string; golongan: string; jenjang: string }>(
    tx,
    sql`SELECT p.id, p.golongan, j.jenjang FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id
         WHERE p.instansi_id = ${instansiId} AND p.status = 'AKTIF' AND j.jenis = 'FUNGSIONAL' AND j.jenjang IS NOT NULL
         ORDER BY (p.nip = ${nipPak}) DESC, p.nip LIMIT 1`,
  );
  if (!p) return;
  const { rincian, totalMilli } = isiPak(await angkaKreditRepository.entri(tx, instansiId, [p.id]));
  // Issued at the end of February, or on the seed day when that is earlier.
  const tanggal = seedDate < `${tahun + 1}-02-27` ? seedDate : `${tahun + 1}-02-27`;
  await angkaKreditRepository.insertPak(tx, instansiId, {
    pegawaiId: p.id,
    nomor: `800/PAK/${tahun + 1}/001`,
    tanggal,
    jenjang: p.jenjang,
    golongan: p.golongan,
    totalMilli,
    rincian,
    oleh: adminId ?? p.id,
    at: new Date(`${tanggal}T03:00:00Z`),
  });
}
