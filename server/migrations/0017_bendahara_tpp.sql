CREATE TABLE "bendahara_tpp" (
	"instansi_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"ditetapkan_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bendahara_tpp_pk" PRIMARY KEY("instansi_id","id"),
	CONSTRAINT "bendahara_tpp_uq" UNIQUE("instansi_id","unit_id","pegawai_id")
);
--> statement-breakpoint
ALTER TABLE "bendahara_tpp" ADD CONSTRAINT "bendahara_tpp_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bendahara_tpp" ADD CONSTRAINT "bendahara_tpp_unit_fk" FOREIGN KEY ("instansi_id","unit_id") REFERENCES "public"."unit_kerja"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bendahara_tpp_pegawai_ix" ON "bendahara_tpp" USING btree ("instansi_id","pegawai_id");