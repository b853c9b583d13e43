CREATE TABLE "bimbingan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"pembimbing_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"jadwal" timestamp with time zone NOT NULL,
	"tempat" text,
	"topik" text NOT NULL,
	"status" text DEFAULT 'DIJADWALKAN' NOT NULL,
	"diusulkan_oleh" uuid NOT NULL,
	"catatan" text,
	"lembar_umpan_balik" jsonb,
	"evaluasi_kompetensi" jsonb,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bimbingan_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "bimbingan_jenis_ck" CHECK ("bimbingan"."jenis" in ('COACHING','MENTORING','KONSELING')),
	CONSTRAINT "bimbingan_status_ck" CHECK ("bimbingan"."status" in ('DIJADWALKAN','SELESAI','DIBATALKAN'))
);
--> statement-breakpoint
CREATE TABLE "bukti_dukung" (
	"instansi_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"realisasi_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"nama" text NOT NULL,
	"kunci_penyimpanan" text,
	"mime" text,
	"ukuran" integer,
	"sha256" text,
	"tautan" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bukti_dukung_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "bukti_dukung_jenis_ck" CHECK ("bukti_dukung"."jenis" in ('FILE','TAUTAN'))
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid,
	"kepada" text NOT NULL,
	"subjek" text NOT NULL,
	"isi" text NOT NULL,
	"status" text DEFAULT 'MENUNGGU' NOT NULL,
	"percobaan" integer DEFAULT 0 NOT NULL,
	"galat" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"terkirim_at" timestamp with time zone,
	CONSTRAINT "email_outbox_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "email_outbox_status_ck" CHECK ("email_outbox"."status" in ('MENUNGGU','TERKIRIM','GAGAL','OUTBOX'))
);
--> statement-breakpoint
CREATE TABLE "kehadiran" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"jam_masuk" text,
	"jam_pulang" text,
	"status" text NOT NULL,
	"diimpor_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kehadiran_pk" PRIMARY KEY("instansi_id","pegawai_id","tanggal"),
	CONSTRAINT "kehadiran_status_ck" CHECK ("kehadiran"."status" in ('HADIR','IZIN','SAKIT','CUTI','DINAS_LUAR','TANPA_KETERANGAN'))
);
--> statement-breakpoint
CREATE TABLE "realisasi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"rencana_aksi_id" uuid,
	"indikator_id" uuid,
	"tanggal" date NOT NULL,
	"uraian" text NOT NULL,
	"jumlah" integer,
	"dicatat_oleh" uuid,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisasi_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "realisasi_jumlah_ck" CHECK ("realisasi"."jumlah" is null or "realisasi"."jumlah" >= 0)
);
--> statement-breakpoint
CREATE TABLE "rencana_aksi" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"skp_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"indikator_id" uuid,
	"periode" integer NOT NULL,
	"periode_mulai" date NOT NULL,
	"periode_selesai" date NOT NULL,
	"uraian" text NOT NULL,
	"target" integer,
	"satuan" text,
	"dibuat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rencana_aksi_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "rencana_aksi_target_ck" CHECK ("rencana_aksi"."target" is null or "rencana_aksi"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tindak_lanjut" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"bimbingan_id" uuid NOT NULL,
	"uraian" text NOT NULL,
	"jatuh_tempo" date NOT NULL,
	"selesai_at" timestamp with time zone,
	"urutan" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "tindak_lanjut_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "umpan_balik" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"penulis_id" uuid NOT NULL,
	"realisasi_id" uuid,
	"perilaku_kode" text,
	"induk_id" uuid,
	"tanggal" date NOT NULL,
	"pesan" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "umpan_balik_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "umpan_balik_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
ALTER TABLE "instansi" ADD COLUMN "periode_kinerja" text DEFAULT 'BULANAN' NOT NULL;--> statement-breakpoint
ALTER TABLE "instansi" ADD COLUMN "pengingat_realisasi_hari" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "kunci" text;--> statement-breakpoint
ALTER TABLE "bimbingan" ADD CONSTRAINT "bimbingan_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bimbingan" ADD CONSTRAINT "bimbingan_pembimbing_fk" FOREIGN KEY ("instansi_id","pembimbing_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_realisasi_fk" FOREIGN KEY ("instansi_id","realisasi_id") REFERENCES "public"."realisasi"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kehadiran" ADD CONSTRAINT "kehadiran_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_rhk_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_rencana_aksi_fk" FOREIGN KEY ("instansi_id","rencana_aksi_id") REFERENCES "public"."rencana_aksi"("instansi_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_indikator_fk" FOREIGN KEY ("instansi_id","indikator_id") REFERENCES "public"."indikator_kinerja"("instansi_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_rhk_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_indikator_fk" FOREIGN KEY ("instansi_id","indikator_id") REFERENCES "public"."indikator_kinerja"("instansi_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tindak_lanjut" ADD CONSTRAINT "tindak_lanjut_bimbingan_fk" FOREIGN KEY ("instansi_id","bimbingan_id") REFERENCES "public"."bimbingan"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_penulis_fk" FOREIGN KEY ("instansi_id","penulis_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_realisasi_fk" FOREIGN KEY ("instansi_id","realisasi_id") REFERENCES "public"."realisasi"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_induk_fk" FOREIGN KEY ("instansi_id","induk_id") REFERENCES "public"."umpan_balik"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bimbingan_pegawai_ix" ON "bimbingan" USING btree ("instansi_id","pegawai_id","jadwal");--> statement-breakpoint
CREATE INDEX "bimbingan_pembimbing_ix" ON "bimbingan" USING btree ("instansi_id","pembimbing_id","jadwal");--> statement-breakpoint
CREATE INDEX "bukti_dukung_realisasi_ix" ON "bukti_dukung" USING btree ("instansi_id","realisasi_id");--> statement-breakpoint
CREATE INDEX "email_outbox_status_ix" ON "email_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_instansi_ix" ON "email_outbox" USING btree ("instansi_id","created_at");--> statement-breakpoint
CREATE INDEX "realisasi_pegawai_ix" ON "realisasi" USING btree ("instansi_id","pegawai_id","tanggal");--> statement-breakpoint
CREATE INDEX "realisasi_rencana_aksi_ix" ON "realisasi" USING btree ("instansi_id","rencana_aksi_id");--> statement-breakpoint
CREATE INDEX "realisasi_skp_ix" ON "realisasi" USING btree ("instansi_id","skp_id");--> statement-breakpoint
CREATE INDEX "rencana_aksi_skp_ix" ON "rencana_aksi" USING btree ("instansi_id","skp_id","periode");--> statement-breakpoint
CREATE INDEX "rencana_aksi_rhk_ix" ON "rencana_aksi" USING btree ("instansi_id","rhk_id");--> statement-breakpoint
CREATE INDEX "tindak_lanjut_bimbingan_ix" ON "tindak_lanjut" USING btree ("instansi_id","bimbingan_id");--> statement-breakpoint
CREATE INDEX "umpan_balik_pegawai_ix" ON "umpan_balik" USING btree ("instansi_id","pegawai_id","tanggal");--> statement-breakpoint
CREATE INDEX "umpan_balik_realisasi_ix" ON "umpan_balik" USING btree ("instansi_id","realisasi_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifikasi_kunci_uq" ON "notifikasi" USING btree ("instansi_id","pegawai_id","kunci");--> statement-breakpoint
ALTER TABLE "instansi" ADD CONSTRAINT "instansi_periode_ck" CHECK ("instansi"."periode_kinerja" in ('BULANAN','TRIWULANAN','SEMESTERAN'));--> statement-breakpoint
ALTER TABLE "instansi" ADD CONSTRAINT "instansi_pengingat_ck" CHECK ("instansi"."pengingat_realisasi_hari" between 1 and 60);