CREATE TABLE "audit_event" (
	"instansi_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_nip" text,
	"actor_nama" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"summary" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	CONSTRAINT "audit_event_pk" PRIMARY KEY("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "instansi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"zona_waktu" text DEFAULT 'WIB' NOT NULL,
	"kepala_daerah_nama" text,
	"kepala_daerah_jabatan" text DEFAULT 'Kepala Daerah' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instansi_kode_uq" UNIQUE("kode"),
	CONSTRAINT "instansi_jenis_ck" CHECK ("instansi"."jenis" in ('PROVINSI','KABUPATEN','KOTA')),
	CONSTRAINT "instansi_zona_ck" CHECK ("instansi"."zona_waktu" in ('WIB','WITA','WIT'))
);
--> statement-breakpoint
CREATE TABLE "jabatan" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"jenjang" text,
	"kepala_unit" boolean DEFAULT false NOT NULL,
	"kelas" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jabatan_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "jabatan_kode_uq" UNIQUE("instansi_id","kode")
);
--> statement-breakpoint
CREATE TABLE "pegawai" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"nip" text NOT NULL,
	"nama" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"jenis_asn" text NOT NULL,
	"golongan" text NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"tmt_jabatan" date,
	"status" text DEFAULT 'AKTIF' NOT NULL,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pegawai_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "pegawai_nip_uq" UNIQUE("instansi_id","nip"),
	CONSTRAINT "pegawai_jenis_asn_ck" CHECK ("pegawai"."jenis_asn" in ('PNS','PPPK')),
	CONSTRAINT "pegawai_status_ck" CHECK ("pegawai"."status" in ('AKTIF','CUTI','TUGAS_BELAJAR','NONAKTIF','PENSIUN'))
);
--> statement-breakpoint
CREATE TABLE "penugasan_plt" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"tanggal_mulai" date NOT NULL,
	"tanggal_selesai" date NOT NULL,
	"nomor_sk" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "penugasan_plt_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "penugasan_plt_jenis_ck" CHECK ("penugasan_plt"."jenis" in ('PLT','PLH')),
	CONSTRAINT "penugasan_plt_range_ck" CHECK ("penugasan_plt"."tanggal_selesai" >= "penugasan_plt"."tanggal_mulai")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"instansi_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "unit_kerja" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"perangkat_daerah" boolean DEFAULT false NOT NULL,
	"alamat" text,
	"aktif" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_kerja_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "unit_kerja_kode_uq" UNIQUE("instansi_id","kode")
);
--> statement-breakpoint
CREATE TABLE "user_account" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"nip" text NOT NULL,
	"password_hash" text NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"last_failed_at" timestamp with time zone,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_account_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "user_account_nip_uq" UNIQUE("nip"),
	CONSTRAINT "user_account_pegawai_uq" UNIQUE("instansi_id","pegawai_id")
);
--> statement-breakpoint
CREATE TABLE "user_role" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"unit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_role_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "user_role_role_ck" CHECK ("user_role"."role" in ('PEGAWAI','PENGELOLA_KINERJA','ADMIN_BKPSDM','PIMPINAN','ADMIN_SISTEM'))
);
--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_jabatan_fk" FOREIGN KEY ("instansi_id","jabatan_id") REFERENCES "public"."jabatan"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penugasan_plt" ADD CONSTRAINT "penugasan_plt_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penugasan_plt" ADD CONSTRAINT "penugasan_plt_jabatan_fk" FOREIGN KEY ("instansi_id","jabatan_id") REFERENCES "public"."jabatan"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_fk" FOREIGN KEY ("instansi_id","user_id") REFERENCES "public"."user_account"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_parent_fk" FOREIGN KEY ("instansi_id","parent_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_user_fk" FOREIGN KEY ("instansi_id","user_id") REFERENCES "public"."user_account"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_time_ix" ON "audit_event" USING btree ("instansi_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_event_entity_ix" ON "audit_event" USING btree ("instansi_id","entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "jabatan_unit_ix" ON "jabatan" USING btree ("instansi_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jabatan_satu_kepala_uq" ON "jabatan" USING btree ("instansi_id","unit_id") WHERE "jabatan"."kepala_unit";--> statement-breakpoint
CREATE INDEX "pegawai_jabatan_ix" ON "pegawai" USING btree ("instansi_id","jabatan_id");--> statement-breakpoint
CREATE INDEX "pegawai_nama_ix" ON "pegawai" USING btree ("instansi_id","nama");--> statement-breakpoint
CREATE INDEX "penugasan_plt_jabatan_ix" ON "penugasan_plt" USING btree ("instansi_id","jabatan_id","tanggal_mulai");--> statement-breakpoint
CREATE INDEX "session_user_ix" ON "session" USING btree ("instansi_id","user_id");--> statement-breakpoint
CREATE INDEX "unit_kerja_parent_ix" ON "unit_kerja" USING btree ("instansi_id","parent_id");--> statement-breakpoint
CREATE INDEX "user_role_user_ix" ON "user_role" USING btree ("instansi_id","user_id");