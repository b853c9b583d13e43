CREATE TABLE "aturan_penilaian" (
	"instansi_id" uuid NOT NULL,
	"versi" integer NOT NULL,
	"berlaku_mulai" date NOT NULL,
	"isi" jsonb NOT NULL,
	"dibuat_oleh" uuid,
	"dibuat_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aturan_penilaian_pk" PRIMARY KEY("instansi_id","versi"),
	CONSTRAINT "aturan_penilaian_mulai_uq" UNIQUE("instansi_id","berlaku_mulai"),
	CONSTRAINT "aturan_penilaian_versi_ck" CHECK ("aturan_penilaian"."versi" >= 1)
);
--> statement-breakpoint
ALTER TABLE "skp" DROP CONSTRAINT "skp_status_ck";--> statement-breakpoint
ALTER TABLE "evaluasi" ADD COLUMN "disampaikan_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "periode_penilaian" ADD COLUMN "aturan_versi" integer;--> statement-breakpoint
ALTER TABLE "aturan_penilaian" ADD CONSTRAINT "aturan_penilaian_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A curve an instansi stored before (nothing could edit it, but keep it if present) becomes version 1.
INSERT INTO "aturan_penilaian" ("instansi_id", "versi", "berlaku_mulai", "isi")
  SELECT "id", 1, DATE '2000-01-01', jsonb_build_object('kurva', "kurva_rules") FROM "instansi" WHERE "kurva_rules" IS NOT NULL;--> statement-breakpoint
-- A result already final was delivered when it became final.
UPDATE "evaluasi" SET "disampaikan_at" = "final_at" WHERE "status" IN ('FINAL','KEBERATAN','DIPUTUS') AND "final_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "instansi" DROP COLUMN "kurva_rules";--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_status_ck" CHECK ("skp"."status" in ('DRAFT','DIAJUKAN','DITINJAU','DIKEMBALIKAN','DISETUJUI','DALAM_REVISI','DIGANTIKAN'));