ALTER TABLE "jawaban_360" ADD COLUMN "kelompok" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Answers already given: batches of 3 in an arbitrary but fixed order (issue #11).
UPDATE "jawaban_360" j SET "kelompok" = b.k
  FROM (SELECT "instansi_id", "id", ((row_number() OVER (PARTITION BY "instansi_id", "periode_id", "pegawai_id" ORDER BY "tanggal", "id") - 1) / 3)::int AS k
          FROM "jawaban_360") b
 WHERE b."instansi_id" = j."instansi_id" AND b."id" = j."id";
