DROP INDEX "seen_signatures_seen_at";--> statement-breakpoint
ALTER TABLE "seen_signatures" ADD COLUMN "expires_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "seen_signatures_expires_at" ON "seen_signatures" USING btree ("expires_at");