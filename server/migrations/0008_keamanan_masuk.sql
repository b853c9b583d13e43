CREATE TABLE "nip_terdaftar" (
	"nip" text PRIMARY KEY NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "perangkat_masuk" (
	"instansi_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"perangkat_hash" text NOT NULL,
	"dikenal_at" timestamp with time zone DEFAULT now() NOT NULL,
	"terakhir_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perangkat_masuk_pk" PRIMARY KEY("instansi_id","user_id","perangkat_hash")
);
--> statement-breakpoint
ALTER TABLE "perangkat_masuk" ADD CONSTRAINT "perangkat_masuk_user_fk" FOREIGN KEY ("instansi_id","user_id") REFERENCES "public"."user_account"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_account" DROP COLUMN "failed_attempts";--> statement-breakpoint
ALTER TABLE "user_account" DROP COLUMN "last_failed_at";--> statement-breakpoint
ALTER TABLE "user_account" DROP COLUMN "locked_until";--> statement-breakpoint
-- The NIP registry follows every write to pegawai (see schema.ts nipTerdaftar). Existing data:
-- the oldest pegawai of each NIP is registered (a NIP already in two pemda keeps working; a
-- new one cannot be added).
INSERT INTO "nip_terdaftar" ("nip", "instansi_id", "pegawai_id")
SELECT DISTINCT ON ("nip") "nip", "instansi_id", "id" FROM "pegawai" ORDER BY "nip", "created_at", "id";--> statement-breakpoint
CREATE FUNCTION "nip_terdaftar_ikuti"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.nip IS DISTINCT FROM OLD.nip) THEN
    DELETE FROM nip_terdaftar WHERE nip = OLD.nip AND instansi_id = OLD.instansi_id AND pegawai_id = OLD.id;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.nip IS DISTINCT FROM OLD.nip) THEN
    INSERT INTO nip_terdaftar (nip, instansi_id, pegawai_id) VALUES (NEW.nip, NEW.instansi_id, NEW.id);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "pegawai_nip_terdaftar" AFTER INSERT OR DELETE OR UPDATE OF "nip" ON "pegawai"
  FOR EACH ROW EXECUTE FUNCTION "nip_terdaftar_ikuti"();
