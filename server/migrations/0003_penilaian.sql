CREATE TABLE "capaian_organisasi" (
	"instansi_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"capaian" text NOT NULL,
	"justifikasi" text NOT NULL,
	"ditetapkan_oleh" uuid NOT NULL,
	"ditetapkan_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "capaian_organisasi_pk" PRIMARY KEY("instansi_id","periode_id","unit_id"),
	CONSTRAINT "capaian_organisasi_ck" CHECK ("capaian_organisasi"."capaian" in ('ISTIMEWA','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG'))
);
--> statement-breakpoint
CREATE TABLE "evaluasi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"periode_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"pejabat_penilai_id" uuid,
	"atasan_penilai_id" uuid,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"rating_hasil_kerja" text,
	"rating_perilaku" text,
	"predikat" text,
	"umpan_balik_hasil_kerja" text,
	"umpan_balik_perilaku" text,
	"diskusi" jsonb,
	"diterima_at" timestamp with time zone,
	"final_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluasi_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "evaluasi_pegawai_uq" UNIQUE("instansi_id","periode_id","pegawai_id"),
	CONSTRAINT "evaluasi_status_ck" CHECK ("evaluasi"."status" in ('DRAFT','DINILAI','FINAL','KEBERATAN','DIPUTUS')),
	CONSTRAINT "evaluasi_rating_hk_ck" CHECK ("evaluasi"."rating_hasil_kerja" is null or "evaluasi"."rating_hasil_kerja" in ('DI_ATAS_EKSPEKTASI','SESUAI_EKSPEKTASI','DI_BAWAH_EKSPEKTASI')),
	CONSTRAINT "evaluasi_rating_pk_ck" CHECK ("evaluasi"."rating_perilaku" is null or "evaluasi"."rating_perilaku" in ('DI_ATAS_EKSPEKTASI','SESUAI_EKSPEKTASI','DI_BAWAH_EKSPEKTASI')),
	CONSTRAINT "evaluasi_predikat_ck" CHECK ("evaluasi"."predikat" is null or "evaluasi"."predikat" in ('SANGAT_BAIK','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG'))
);
--> statement-breakpoint
CREATE TABLE "evaluasi_perilaku" (
	"instansi_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"umpan_balik" text NOT NULL,
	CONSTRAINT "evaluasi_perilaku_pk" PRIMARY KEY("instansi_id","evaluasi_id","kode")
);
--> statement-breakpoint
CREATE TABLE "evaluasi_rhk" (
	"instansi_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"umpan_balik" text,
	CONSTRAINT "evaluasi_rhk_pk" PRIMARY KEY("instansi_id","evaluasi_id","rhk_id"),
	CONSTRAINT "evaluasi_rhk_rating_ck" CHECK ("evaluasi_rhk"."rating" in ('DI_ATAS_EKSPEKTASI','SESUAI_EKSPEKTASI','DI_BAWAH_EKSPEKTASI'))
);
--> statement-breakpoint
CREATE TABLE "evaluasi_riwayat" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"sebelum" jsonb NOT NULL,
	"alasan" text NOT NULL,
	"oleh_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluasi_riwayat_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "finalisasi_unit" (
	"instansi_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kurva" jsonb NOT NULL,
	"override_alasan" text,
	"override_oleh" uuid,
	"oleh_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finalisasi_unit_pk" PRIMARY KEY("instansi_id","periode_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "jawaban_360" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"periode_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"hubungan" text NOT NULL,
	"skor" jsonb NOT NULL,
	"saran" text,
	"tanggal" date NOT NULL,
	CONSTRAINT "jawaban_360_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "keberatan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"alasan" text NOT NULL,
	"lampiran" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'DIAJUKAN' NOT NULL,
	"klarifikasi" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hasil" text,
	"alasan_keputusan" text,
	"diputuskan_oleh" uuid,
	"diputuskan_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "keberatan_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "keberatan_evaluasi_uq" UNIQUE("instansi_id","evaluasi_id"),
	CONSTRAINT "keberatan_status_ck" CHECK ("keberatan"."status" in ('DIAJUKAN','KLARIFIKASI','DIPUTUS')),
	CONSTRAINT "keberatan_hasil_ck" CHECK ("keberatan"."hasil" is null or "keberatan"."hasil" in ('DIPERTAHANKAN','DIUBAH'))
);
--> statement-breakpoint
CREATE TABLE "nominasi_360" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"periode_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"penilai_id" uuid NOT NULL,
	"hubungan" text NOT NULL,
	"status" text DEFAULT 'DIUSULKAN' NOT NULL,
	"sudah_menjawab" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominasi_360_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "nominasi_360_uq" UNIQUE("instansi_id","periode_id","pegawai_id","penilai_id"),
	CONSTRAINT "nominasi_360_hubungan_ck" CHECK ("nominasi_360"."hubungan" in ('REKAN','BAWAHAN')),
	CONSTRAINT "nominasi_360_status_ck" CHECK ("nominasi_360"."status" in ('DIUSULKAN','DISETUJUI','DITOLAK'))
);
--> statement-breakpoint
CREATE TABLE "periode_penilaian" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"jenis" text NOT NULL,
	"tahun" integer NOT NULL,
	"nomor" integer NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"batas_penilaian" date NOT NULL,
	"status" text DEFAULT 'DIBUKA' NOT NULL,
	"dibuka_oleh" uuid,
	"ditutup_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periode_penilaian_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "periode_penilaian_uq" UNIQUE("instansi_id","tahun","jenis","nomor"),
	CONSTRAINT "periode_penilaian_jenis_ck" CHECK ("periode_penilaian"."jenis" in ('BULANAN','TRIWULANAN','SEMESTERAN','TAHUNAN')),
	CONSTRAINT "periode_penilaian_status_ck" CHECK ("periode_penilaian"."status" in ('DIBUKA','DITUTUP'))
);
--> statement-breakpoint
CREATE TABLE "rekomendasi_tim" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tim_id" uuid NOT NULL,
	"periode_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"catatan" text NOT NULL,
	"oleh_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rekomendasi_tim_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "rekomendasi_tim_jenis_ck" CHECK ("rekomendasi_tim"."jenis" in ('PROMOSI','MUTASI','PENGEMBANGAN','PENGHARGAAN','PEMBINAAN'))
);
--> statement-breakpoint
CREATE TABLE "tim_penilai" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tahun" integer NOT NULL,
	"nama" text NOT NULL,
	"nomor_sk" text,
	"anggota" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tim_penilai_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "titik_layanan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"nama" text NOT NULL,
	"kode" text NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "titik_layanan_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "umpan_balik_publik" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"titik_layanan_id" uuid NOT NULL,
	"pegawai_id" uuid,
	"kecepatan" integer NOT NULL,
	"keramahan" integer NOT NULL,
	"kejelasan" integer NOT NULL,
	"keadilan" integer NOT NULL,
	"komentar" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "umpan_balik_publik_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "umpan_balik_publik_skor_ck" CHECK ("umpan_balik_publik"."kecepatan" between 1 and 5 and "umpan_balik_publik"."keramahan" between 1 and 5 and "umpan_balik_publik"."kejelasan" between 1 and 5 and "umpan_balik_publik"."keadilan" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "instansi" ADD COLUMN "kurva_rules" jsonb;--> statement-breakpoint
ALTER TABLE "capaian_organisasi" ADD CONSTRAINT "capaian_organisasi_periode_fk" FOREIGN KEY ("instansi_id","periode_id") REFERENCES "public"."periode_penilaian"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capaian_organisasi" ADD CONSTRAINT "capaian_organisasi_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_periode_fk" FOREIGN KEY ("instansi_id","periode_id") REFERENCES "public"."periode_penilaian"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_perilaku" ADD CONSTRAINT "evaluasi_perilaku_evaluasi_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_rhk" ADD CONSTRAINT "evaluasi_rhk_evaluasi_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_rhk" ADD CONSTRAINT "evaluasi_rhk_rhk_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi_riwayat" ADD CONSTRAINT "evaluasi_riwayat_evaluasi_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finalisasi_unit" ADD CONSTRAINT "finalisasi_unit_periode_fk" FOREIGN KEY ("instansi_id","periode_id") REFERENCES "public"."periode_penilaian"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finalisasi_unit" ADD CONSTRAINT "finalisasi_unit_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jawaban_360" ADD CONSTRAINT "jawaban_360_periode_fk" FOREIGN KEY ("instansi_id","periode_id") REFERENCES "public"."periode_penilaian"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jawaban_360" ADD CONSTRAINT "jawaban_360_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_evaluasi_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominasi_360" ADD CONSTRAINT "nominasi_360_periode_fk" FOREIGN KEY ("instansi_id","periode_id") REFERENCES "public"."periode_penilaian"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominasi_360" ADD CONSTRAINT "nominasi_360_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominasi_360" ADD CONSTRAINT "nominasi_360_penilai_fk" FOREIGN KEY ("instansi_id","penilai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekomendasi_tim" ADD CONSTRAINT "rekomendasi_tim_tim_fk" FOREIGN KEY ("instansi_id","tim_id") REFERENCES "public"."tim_penilai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekomendasi_tim" ADD CONSTRAINT "rekomendasi_tim_periode_fk" FOREIGN KEY ("instansi_id","periode_id") REFERENCES "public"."periode_penilaian"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekomendasi_tim" ADD CONSTRAINT "rekomendasi_tim_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titik_layanan" ADD CONSTRAINT "titik_layanan_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik_publik" ADD CONSTRAINT "umpan_balik_publik_titik_fk" FOREIGN KEY ("instansi_id","titik_layanan_id") REFERENCES "public"."titik_layanan"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluasi_unit_ix" ON "evaluasi" USING btree ("instansi_id","periode_id","unit_id");--> statement-breakpoint
CREATE INDEX "evaluasi_penilai_ix" ON "evaluasi" USING btree ("instansi_id","pejabat_penilai_id","periode_id");--> statement-breakpoint
CREATE INDEX "evaluasi_riwayat_ix" ON "evaluasi_riwayat" USING btree ("instansi_id","evaluasi_id");--> statement-breakpoint
CREATE INDEX "jawaban_360_pegawai_ix" ON "jawaban_360" USING btree ("instansi_id","periode_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "nominasi_360_penilai_ix" ON "nominasi_360" USING btree ("instansi_id","penilai_id","periode_id");--> statement-breakpoint
CREATE INDEX "rekomendasi_tim_pegawai_ix" ON "rekomendasi_tim" USING btree ("instansi_id","periode_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "tim_penilai_tahun_ix" ON "tim_penilai" USING btree ("instansi_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "titik_layanan_kode_uq" ON "titik_layanan" USING btree ("kode");--> statement-breakpoint
CREATE INDEX "titik_layanan_unit_ix" ON "titik_layanan" USING btree ("instansi_id","unit_id");--> statement-breakpoint
CREATE INDEX "umpan_balik_publik_titik_ix" ON "umpan_balik_publik" USING btree ("instansi_id","titik_layanan_id","created_at");--> statement-breakpoint
CREATE INDEX "umpan_balik_publik_pegawai_ix" ON "umpan_balik_publik" USING btree ("instansi_id","pegawai_id","created_at");