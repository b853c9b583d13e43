CREATE TABLE "sanksi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"kasus_id" uuid,
	"jenis" text NOT NULL,
	"dasar_hukum" text NOT NULL,
	"nomor" text NOT NULL,
	"tanggal" date NOT NULL,
	"pejabat_nama" text NOT NULL,
	"pejabat_jabatan" text NOT NULL,
	"uraian" text NOT NULL,
	"dicatat_oleh" uuid,
	"diakui_at" timestamp with time zone,
	"koreksi_dari" uuid,
	"alasan_koreksi" text,
	"dikoreksi_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanksi_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "sanksi_jenis_ck" CHECK ("sanksi"."jenis" in ('TEGURAN_LISAN','TEGURAN_TERTULIS','PERNYATAAN_TIDAK_PUAS','USUL_PINDAH_JABATAN','USUL_TURUN_JABATAN'))
);
--> statement-breakpoint
ALTER TABLE "sanksi" ADD CONSTRAINT "sanksi_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanksi" ADD CONSTRAINT "sanksi_kasus_fk" FOREIGN KEY ("instansi_id","kasus_id") REFERENCES "public"."kasus_pembinaan"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sanksi_pegawai_ix" ON "sanksi" USING btree ("instansi_id","pegawai_id");