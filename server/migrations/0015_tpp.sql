CREATE TABLE "skema_tpp" (
	"instansi_id" uuid NOT NULL,
	"skema" jsonb NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"diubah_oleh" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skema_tpp_pk" PRIMARY KEY("instansi_id")
);
--> statement-breakpoint
CREATE TABLE "tpp_item" (
	"instansi_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"perangkat_daerah_id" uuid,
	"kelas" integer,
	"predikat" text,
	"dibayar" bigint,
	"rincian" jsonb,
	"gagal" text,
	CONSTRAINT "tpp_item_pk" PRIMARY KEY("instansi_id","run_id","pegawai_id")
);
--> statement-breakpoint
CREATE TABLE "tpp_run" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"bulan" text NOT NULL,
	"unit_id" uuid,
	"versi" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'DRAF' NOT NULL,
	"skema" jsonb NOT NULL,
	"jumlah_pegawai" integer NOT NULL,
	"jumlah_gagal" integer NOT NULL,
	"total_dibayar" bigint NOT NULL,
	"perlu_ditinjau" text,
	"menggantikan" uuid,
	"dibuat_oleh" uuid,
	"disetujui_oleh" uuid,
	"disetujui_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tpp_run_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "tpp_run_status_ck" CHECK ("tpp_run"."status" in ('DRAF','DISETUJUI','DIGANTI'))
);
--> statement-breakpoint
ALTER TABLE "tpp_item" ADD CONSTRAINT "tpp_item_run_fk" FOREIGN KEY ("instansi_id","run_id") REFERENCES "public"."tpp_run"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tpp_item_pegawai_ix" ON "tpp_item" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "tpp_run_bulan_ix" ON "tpp_run" USING btree ("instansi_id","bulan");