CREATE TABLE "potensi_pegawai" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"skor" integer NOT NULL,
	"sumber" text NOT NULL,
	"tanggal" date NOT NULL,
	"dicatat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "potensi_pegawai_pk" PRIMARY KEY("instansi_id","pegawai_id","id"),
	CONSTRAINT "potensi_pegawai_skor_ck" CHECK ("potensi_pegawai"."skor" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "potensi_pegawai" ADD CONSTRAINT "potensi_pegawai_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;