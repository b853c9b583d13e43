CREATE TABLE "pelatihan_katalog" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kode" text NOT NULL,
	"judul" text NOT NULL,
	"jenis_kompetensi" text NOT NULL,
	"metode" text NOT NULL,
	"jp" integer NOT NULL,
	"penyelenggara" text NOT NULL,
	"kata_kunci" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"nilai_berakhlak" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pelatihan_katalog_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "pelatihan_katalog_kode_uq" UNIQUE("instansi_id","kode"),
	CONSTRAINT "pelatihan_katalog_jenis_ck" CHECK ("pelatihan_katalog"."jenis_kompetensi" in ('TEKNIS','MANAJERIAL','SOSIAL_KULTURAL')),
	CONSTRAINT "pelatihan_katalog_metode_ck" CHECK ("pelatihan_katalog"."metode" in ('KLASIKAL','E_LEARNING','BLENDED','WORKSHOP','SEMINAR','MAGANG','COACHING_MENTORING')),
	CONSTRAINT "pelatihan_katalog_jp_ck" CHECK ("pelatihan_katalog"."jp" between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "rencana_pengembangan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"status" text DEFAULT 'DRAF' NOT NULL,
	"items" jsonb NOT NULL,
	"catatan" text,
	"catatan_atasan" text,
	"ditulis_oleh" uuid,
	"diajukan_at" timestamp with time zone,
	"disepakati_oleh" uuid,
	"disepakati_at" timestamp with time zone,
	"versi_sebelumnya" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rencana_pengembangan_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "rencana_pengembangan_tahun_uq" UNIQUE("instansi_id","pegawai_id","tahun"),
	CONSTRAINT "rencana_pengembangan_status_ck" CHECK ("rencana_pengembangan"."status" in ('DRAF','DIAJUKAN','DISEPAKATI'))
);
--> statement-breakpoint
CREATE TABLE "riwayat_pelatihan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tahun" integer NOT NULL,
	"pelatihan_id" uuid,
	"judul" text NOT NULL,
	"jenis_kompetensi" text NOT NULL,
	"metode" text NOT NULL,
	"jp" integer NOT NULL,
	"penyelenggara" text NOT NULL,
	"tanggal_mulai" date NOT NULL,
	"tanggal_selesai" date NOT NULL,
	"nomor_sertifikat" text,
	"sertifikat_kunci" text,
	"sertifikat_nama" text,
	"sertifikat_mime" text,
	"sertifikat_ukuran" integer,
	"sertifikat_sha256" text,
	"dicatat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "riwayat_pelatihan_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "riwayat_pelatihan_jenis_ck" CHECK ("riwayat_pelatihan"."jenis_kompetensi" in ('TEKNIS','MANAJERIAL','SOSIAL_KULTURAL')),
	CONSTRAINT "riwayat_pelatihan_metode_ck" CHECK ("riwayat_pelatihan"."metode" in ('KLASIKAL','E_LEARNING','BLENDED','WORKSHOP','SEMINAR','MAGANG','COACHING_MENTORING')),
	CONSTRAINT "riwayat_pelatihan_jp_ck" CHECK ("riwayat_pelatihan"."jp" between 1 and 500)
);
--> statement-breakpoint
ALTER TABLE "rencana_pengembangan" ADD CONSTRAINT "rencana_pengembangan_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "riwayat_pelatihan" ADD CONSTRAINT "riwayat_pelatihan_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "riwayat_pelatihan" ADD CONSTRAINT "riwayat_pelatihan_katalog_fk" FOREIGN KEY ("instansi_id","pelatihan_id") REFERENCES "public"."pelatihan_katalog"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "riwayat_pelatihan_tahun_ix" ON "riwayat_pelatihan" USING btree ("instansi_id","tahun","pegawai_id");