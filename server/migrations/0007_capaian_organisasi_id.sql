ALTER TABLE "capaian_organisasi" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
CREATE INDEX "capaian_organisasi_id_ix" ON "capaian_organisasi" USING btree ("id");