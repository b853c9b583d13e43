/**
 * Month-end dataset for the execution benchmarks: a year of daily progress for every pegawai with
 * an approved SKP (one entry per working day, a second one on about 65% of days: ~4 million rows
 * for 16,000 pegawai), plus monthly rencana aksi, filled in SQL on the server (fast, deterministic
 * via setseed). Runs once: it does nothing when the table already holds that much.
 */
import pg from 'pg';

export async function fillRealisasi(url: string, until: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM realisasi');
    if (Number(rows[0]!.n) >= 3_500_000) return;
    const t0 = Date.now();
    await client.query('BEGIN');
    await client.query('SELECT setseed(0.42)');
    await client.query(`
      INSERT INTO rencana_aksi (instansi_id, skp_id, rhk_id, indikator_id, periode, periode_mulai, periode_selesai, uraian, target, satuan)
      SELECT r.instansi_id, r.skp_id, r.id, k.id, m, make_date(s.tahun, m, 1), (make_date(s.tahun, m, 1) + interval '1 month - 1 day')::date,
             'Rencana aksi bulan ' || m, 20, k.target_satuan
        FROM rhk r
        JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id AND s.status = 'DISETUJUI'
        JOIN LATERAL (SELECT id, target_satuan FROM indikator_kinerja k WHERE k.instansi_id = r.instansi_id AND k.rhk_id = r.id ORDER BY urutan LIMIT 1) k ON true
        CROSS JOIN generate_series(1, 12) m
       WHERE NOT EXISTS (SELECT 1 FROM rencana_aksi a WHERE a.instansi_id = r.instansi_id AND a.rhk_id = r.id)`);
    await client.query(`
      INSERT INTO realisasi (instansi_id, id, pegawai_id, skp_id, rhk_id, rencana_aksi_id, indikator_id, tanggal, uraian, jumlah, dicatat_oleh, created_at, updated_at)
      SELECT a.instansi_id, gen_random_uuid(), s.pegawai_id, s.id, a.rhk_id, a.id, a.indikator_id, d::date,
             'Melaksanakan kegiatan sesuai rencana aksi', 1 + (random() * 3)::int, s.pegawai_id, d + interval '9 hours', d + interval '9 hours'
        FROM skp s
        CROSS JOIN generate_series(make_date(s.tahun, 1, 2), $1::date, interval '1 day') d
        JOIN LATERAL (SELECT a.* FROM rencana_aksi a WHERE a.instansi_id = s.instansi_id AND a.skp_id = s.id AND a.periode = extract(month FROM d)::int
                       ORDER BY a.id LIMIT 1) a ON true
        CROSS JOIN generate_series(1, 2) k
       WHERE s.status = 'DISETUJUI' AND extract(isodow FROM d) < 6 AND (k = 1 OR random() < 0.65)`, [until]);
    await client.query('COMMIT');
    await client.query('ANALYZE realisasi; ANALYZE rencana_aksi');
    const n = await client.query<{ n: string }>('SELECT count(*) AS n FROM realisasi');
    console.log(`fill: ${n.rows[0]!.n} realisasi in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}
