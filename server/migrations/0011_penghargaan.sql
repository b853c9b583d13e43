CREATE TABLE "penghargaan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"ronde_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"alasan" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "penghargaan_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "penghargaan_uq" UNIQUE("instansi_id","ronde_id","pegawai_id","jenis"),
	CONSTRAINT "penghargaan_jenis_ck" CHECK ("penghargaan"."jenis" in ('PIAGAM','PENGAKUAN_ACARA_RESMI','INSENTIF','PRIORITAS_PENGEMBANGAN','PRIORITAS_PROMOSI'))
);
--> statement-breakpoint
CREATE TABLE "ronde_penghargaan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"nama" text NOT NULL,
	"periode_id" uuid NOT NULL,
	"unit_id" uuid,
	"predikat_minimum" text NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"nomor_keputusan" text,
	"tanggal_keputusan" date,
	"dibuat_oleh" uuid,
	"diputuskan_oleh" uuid,
	"diputuskan_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ronde_penghargaan_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "ronde_penghargaan_status_ck" CHECK ("ronde_penghargaan"."status" in ('DRAFT','DIPUTUSKAN')),
	CONSTRAINT "ronde_penghargaan_predikat_ck" CHECK ("ronde_penghargaan"."predikat_minimum" in ('SANGAT_BAIK','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG'))
);
--> statement-breakpoint
ALTER TABLE "penghargaan" ADD CONSTRAINT "penghargaan_ronde_fk" FOREIGN KEY ("instansi_id","ronde_id") REFERENCES "public"."ronde_penghargaan"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penghargaan" ADD CONSTRAINT "penghargaan_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penghargaan" ADD CONSTRAINT "penghargaan_evaluasi_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ronde_penghargaan" ADD CONSTRAINT "ronde_penghargaan_periode_fk" FOREIGN KEY ("instansi_id","periode_id") REFERENCES "public"."periode_penilaian"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ronde_penghargaan" ADD CONSTRAINT "ronde_penghargaan_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "penghargaan_pegawai_ix" ON "penghargaan" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "penghargaan_id_ix" ON "penghargaan" USING btree ("id");