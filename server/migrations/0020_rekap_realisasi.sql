CREATE TABLE "realisasi_bulanan" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"bulan" date NOT NULL,
	"indikator_id" uuid,
	"rencana_aksi_id" uuid,
	"jumlah" bigint NOT NULL,
	"entri" integer NOT NULL,
	CONSTRAINT "realisasi_bulanan_uq" UNIQUE NULLS NOT DISTINCT("instansi_id","pegawai_id","bulan","indikator_id","rencana_aksi_id"),
	CONSTRAINT "realisasi_bulanan_entri_ck" CHECK ("realisasi_bulanan"."entri" >= 0)
);
