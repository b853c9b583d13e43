CREATE TABLE "kasus_pembinaan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"kode_aturan" text NOT NULL,
	"kunci" text NOT NULL,
	"dasar_hukum" text NOT NULL,
	"alasan" text NOT NULL,
	"evaluasi_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"rentang" text,
	"nilai" integer,
	"status" text DEFAULT 'DIUSULKAN' NOT NULL,
	"rencana" jsonb,
	"catatan_check_in" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hasil" text,
	"catatan_akhir" text,
	"ditangani_oleh" uuid,
	"diakui_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kasus_pembinaan_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "kasus_pembinaan_kunci_uq" UNIQUE("instansi_id","pegawai_id","kunci"),
	CONSTRAINT "kasus_pembinaan_jenis_ck" CHECK ("kasus_pembinaan"."jenis" in ('RENCANA_PERBAIKAN','KINERJA_BERULANG','DISIPLIN')),
	CONSTRAINT "kasus_pembinaan_status_ck" CHECK ("kasus_pembinaan"."status" in ('DIUSULKAN','DITINDAKLANJUTI','SELESAI','DIABAIKAN','GUGUR')),
	CONSTRAINT "kasus_pembinaan_hasil_ck" CHECK ("kasus_pembinaan"."hasil" is null or "kasus_pembinaan"."hasil" in ('BERHASIL','TIDAK_BERHASIL'))
);
--> statement-breakpoint
ALTER TABLE "kasus_pembinaan" ADD CONSTRAINT "kasus_pembinaan_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kasus_pembinaan_status_ix" ON "kasus_pembinaan" USING btree ("instansi_id","status");