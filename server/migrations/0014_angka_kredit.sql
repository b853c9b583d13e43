CREATE TABLE "angka_kredit_entri" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"evaluasi_id" uuid,
	"periode_id" uuid,
	"tahun" integer,
	"tahunan" boolean DEFAULT false NOT NULL,
	"jenjang" text,
	"predikat" text,
	"bulan" integer,
	"nilai_milli" integer NOT NULL,
	"nomor_dokumen" text,
	"tanggal_dokumen" date,
	"keterangan" text,
	"koreksi_dari" uuid,
	"dikoreksi_oleh" uuid,
	"dicatat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "angka_kredit_entri_pk" PRIMARY KEY("instansi_id","pegawai_id","id"),
	CONSTRAINT "angka_kredit_entri_jenis_ck" CHECK ("angka_kredit_entri"."jenis" in ('AWAL','KONVERSI','INTEGRASI','PENYESUAIAN')),
	CONSTRAINT "angka_kredit_entri_jenjang_ck" CHECK ("angka_kredit_entri"."jenjang" is null or "angka_kredit_entri"."jenjang" in ('PEMULA','TERAMPIL','MAHIR','PENYELIA','AHLI_PERTAMA','AHLI_MUDA','AHLI_MADYA','AHLI_UTAMA')),
	CONSTRAINT "angka_kredit_entri_nilai_ck" CHECK ("angka_kredit_entri"."nilai_milli" >= 0)
);
--> statement-breakpoint
CREATE TABLE "penetapan_angka_kredit" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"nomor" text NOT NULL,
	"tanggal" date NOT NULL,
	"jenjang" text NOT NULL,
	"golongan" text NOT NULL,
	"total_milli" integer NOT NULL,
	"rincian" jsonb NOT NULL,
	"ditetapkan_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "penetapan_angka_kredit_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "penetapan_angka_kredit_nomor_uq" UNIQUE("instansi_id","nomor")
);
--> statement-breakpoint
ALTER TABLE "angka_kredit_entri" ADD CONSTRAINT "angka_kredit_entri_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penetapan_angka_kredit" ADD CONSTRAINT "penetapan_angka_kredit_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "angka_kredit_entri_evaluasi_uq" ON "angka_kredit_entri" USING btree ("instansi_id","evaluasi_id") WHERE "angka_kredit_entri"."evaluasi_id" IS NOT NULL AND "angka_kredit_entri"."dikoreksi_oleh" IS NULL;--> statement-breakpoint
CREATE INDEX "penetapan_angka_kredit_pegawai_ix" ON "penetapan_angka_kredit" USING btree ("instansi_id","pegawai_id");