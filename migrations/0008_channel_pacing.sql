CREATE TABLE "channel_pacing" (
	"platform" text NOT NULL,
	"workspace" text NOT NULL,
	"channel_id" text NOT NULL,
	"next_allowed_at" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"held_by" text,
	CONSTRAINT "channel_pacing_platform_workspace_channel_id_pk" PRIMARY KEY("platform","workspace","channel_id")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "first_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attempt_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "recovery" text;--> statement-breakpoint
CREATE INDEX "outbox_channel_pending" ON "outbox" USING btree ("platform","workspace","channel_id","next_attempt_at") WHERE state = 'pending';