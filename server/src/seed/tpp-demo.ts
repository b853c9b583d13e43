/**
 * The demo pemda's TPP and talent data: the example scheme saved as its own, last month's run for
 * the whole pemda calculated by the product's own `susunItems` from the seeded attendance and
 * results, approved; and potential scores for the talent map.
 */
import { CONTOH_SKEMA_TPP } from '@capaian/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../db/client.js';
import { buildUnitTree, unitsPada } from '../organisasi/service.js';
import { tppRepository } from '../tpp/repository.js';
import { susunItems } from '../tpp/service.js';

export async function tppDemo(tx: DbOrTx, instansiId: string, seedDate: string, adminId: string | null) {
  await queryRows(tx, sql`INSERT INTO skema_tpp (instansi_id, skema, diubah_oleh) VALUES (${instansiId}, ${JSON.stringify(CONTOH_SKEMA_TPP)}::jsonb, ${adminId}) RETURNING instansi_id`);
  const d = new Date(`${seedDate.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  const bulan = d.toISOString().slice(0, 7);
  const tree = buildUnitTree(await unitsPada(tx, instansiId, seedDate));
  const items = susunItems(await tppRepository.masukan(tx, instansiId, null, bulan), tree, CONTOH_SKEMA_TPP, bulan);
  const at = new Date(`${seedDate}T01:00:00Z`);
  const id = await tppRepository.insertRun(
    tx,
    instansiId,
    {
      bulan,
      unitId: null,
      versi: 1,
      skema: CONTOH_SKEMA_TPP,
      jumlahPegawai: items.length,
      jumlahGagal: items.filter((i) => i.gagal).length,
      totalDibayar: items.reduce((a, i) => a + (i.dibayar ?? 0), 0),
      menggantikan: null,
      oleh: adminId,
      at,
    },
    items,
  );
  await tx.execute(sql`UPDATE tpp_run SET status = 'DISETUJUI', disetujui_oleh = ${adminId}, disetujui_at = ${at.toISOString()}::timestamptz WHERE instansi_id = ${instansiId} AND id = ${id}`);
}

/** Potential scores of an assessment last October for about two in three pegawai (the talent map's second axis). */
export async function potensiDemo(tx: DbOrTx, instansiId: string, tahun: number, adminId: string | null) {
  await tx.execute(sql`
    INSERT INTO potensi_pegawai (instansi_id, pegawai_id, skor, sumber, tanggal, dicatat_oleh)
    SELECT p.instansi_id, p.id, 40 + abs(hashtext(p.nip || 'potensi')) % 56, ${`Asesmen kompetensi BKPSDM ${tahun}`}, ${`${tahun}-10-15`}::date, ${adminId}
      FROM pegawai p WHERE p.instansi_id = ${instansiId} AND p.status = 'AKTIF' AND abs(hashtext(p.nip)) % 3 <> 0`);
}
