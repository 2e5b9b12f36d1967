CREATE TABLE "seen_signatures" (
	"digest" text PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "seen_signatures_seen_at" ON "seen_signatures" USING btree ("seen_at");