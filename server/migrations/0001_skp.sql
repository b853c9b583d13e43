CREATE TABLE "indikator_kinerja" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rhk_id" uuid NOT NULL,
	"aspek" text NOT NULL,
	"uraian" text NOT NULL,
	"target_nilai" text,
	"target_satuan" text,
	"target_teks" text,
	"urutan" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indikator_kinerja_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "indikator_aspek_ck" CHECK ("indikator_kinerja"."aspek" in ('KUANTITAS','KUALITAS','WAKTU','BIAYA'))
);
--> statement-breakpoint
CREATE TABLE "notifikasi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"judul" text NOT NULL,
	"pesan" text NOT NULL,
	"tautan" text,
	"dibaca_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifikasi_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "rhk" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"uraian" text NOT NULL,
	"rhk_atasan_id" uuid,
	"sasaran_organisasi_id" uuid,
	"perspektif" text,
	"penugasan_dari" text,
	"urutan" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rhk_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "rhk_jenis_ck" CHECK ("rhk"."jenis" in ('UTAMA','TAMBAHAN'))
);
--> statement-breakpoint
CREATE TABLE "sasaran_organisasi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"sasaran" text NOT NULL,
	"indikator" text NOT NULL,
	"target" text NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sasaran_organisasi_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "skp" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"versi" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"pendekatan" text DEFAULT 'KUANTITATIF' NOT NULL,
	"periode_mulai" date NOT NULL,
	"periode_selesai" date NOT NULL,
	"pejabat_penilai_id" uuid,
	"dukungan_sumber_daya" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skema_pertanggungjawaban" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"konsekuensi" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"diajukan_at" timestamp with time zone,
	"disetujui_at" timestamp with time zone,
	"disetujui_oleh" uuid,
	"dokumen_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "skp_versi_uq" UNIQUE("instansi_id","pegawai_id","tahun","versi"),
	CONSTRAINT "skp_status_ck" CHECK ("skp"."status" in ('DRAFT','DIAJUKAN','DIKEMBALIKAN','DISETUJUI','DALAM_REVISI','DIGANTIKAN')),
	CONSTRAINT "skp_pendekatan_ck" CHECK ("skp"."pendekatan" in ('KUANTITATIF','KUALITATIF'))
);
--> statement-breakpoint
CREATE TABLE "skp_dialog" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"pegawai_id" uuid,
	"jenis" text NOT NULL,
	"target_jenis" text DEFAULT 'SKP' NOT NULL,
	"target_id" uuid,
	"pesan" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "skp_dialog_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_dialog_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "skp_dialog_target_ck" CHECK ("skp_dialog"."target_jenis" in ('SKP','RHK','INDIKATOR'))
);
--> statement-breakpoint
CREATE TABLE "skp_perilaku" (
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"ekspektasi" text NOT NULL,
	CONSTRAINT "skp_perilaku_pk" PRIMARY KEY("instansi_id","skp_id","kode")
);
--> statement-breakpoint
CREATE TABLE "skp_template" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"nama" text NOT NULL,
	"jabatan_nama" text NOT NULL,
	"unit_id" uuid,
	"isi" jsonb NOT NULL,
	"dibuat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_template_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
ALTER TABLE "indikator_kinerja" ADD CONSTRAINT "indikator_kinerja_rhk_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sasaran_organisasi" ADD CONSTRAINT "sasaran_organisasi_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_dialog" ADD CONSTRAINT "skp_dialog_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_perilaku" ADD CONSTRAINT "skp_perilaku_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_template" ADD CONSTRAINT "skp_template_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indikator_kinerja_rhk_ix" ON "indikator_kinerja" USING btree ("instansi_id","rhk_id");--> statement-breakpoint
CREATE INDEX "notifikasi_pegawai_ix" ON "notifikasi" USING btree ("instansi_id","pegawai_id","created_at");--> statement-breakpoint
CREATE INDEX "rhk_skp_ix" ON "rhk" USING btree ("instansi_id","skp_id");--> statement-breakpoint
CREATE INDEX "rhk_atasan_ix" ON "rhk" USING btree ("instansi_id","rhk_atasan_id");--> statement-breakpoint
CREATE INDEX "sasaran_organisasi_unit_ix" ON "sasaran_organisasi" USING btree ("instansi_id","unit_id","tahun");--> statement-breakpoint
CREATE INDEX "skp_tahun_ix" ON "skp" USING btree ("instansi_id","tahun","status");--> statement-breakpoint
CREATE INDEX "skp_id_ix" ON "skp" USING btree ("id");--> statement-breakpoint
CREATE INDEX "skp_dialog_skp_ix" ON "skp_dialog" USING btree ("instansi_id","skp_id","seq");--> statement-breakpoint
CREATE INDEX "skp_template_jabatan_ix" ON "skp_template" USING btree ("instansi_id","jabatan_nama");