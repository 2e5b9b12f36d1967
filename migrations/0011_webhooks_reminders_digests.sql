CREATE TYPE "public"."reminder_milestone" AS ENUM('coming', 'passed');--> statement-breakpoint
CREATE TABLE "webhooks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "webhooks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"url" text NOT NULL,
	"scope" "subscription_scope" NOT NULL,
	"scope_ref" text DEFAULT '' NOT NULL,
	"secret" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deadline_reminders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deadline_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pledge_id" integer NOT NULL,
	"milestone" "reminder_milestone" NOT NULL,
	"deadline" date NOT NULL,
	"made_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "digests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period_key" text NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digests_period_key_unique" UNIQUE("period_key")
);
--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_one_subject";--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "reminder_id" integer;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "digest_id" integer;--> statement-breakpoint
ALTER TABLE "deadline_reminders" ADD CONSTRAINT "deadline_reminders_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhooks_unique" ON "webhooks" USING btree ("url","scope","scope_ref");--> statement-breakpoint
CREATE INDEX "webhooks_scope" ON "webhooks" USING btree ("scope","scope_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_reminders_once" ON "deadline_reminders" USING btree ("pledge_id","milestone","deadline");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_reminder_id_deadline_reminders_id_fk" FOREIGN KEY ("reminder_id") REFERENCES "public"."deadline_reminders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_digest_id_digests_id_fk" FOREIGN KEY ("digest_id") REFERENCES "public"."digests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_reminder_once" ON "outbox" USING btree ("reminder_id","platform","workspace","channel_id") WHERE reminder_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_digest_once" ON "outbox" USING btree ("digest_id","platform","workspace","channel_id") WHERE digest_id is not null;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_one_subject" CHECK (num_nonnulls("outbox"."status_change_id", "outbox"."proposal_id", "outbox"."reminder_id", "outbox"."digest_id") = 1);