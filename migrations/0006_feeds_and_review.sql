ALTER TYPE "public"."proposal_state" ADD VALUE 'superseded';--> statement-breakpoint
CREATE TABLE "feed_items" (
	"feed_id" integer NOT NULL,
	"item_key" text NOT NULL,
	"url" text,
	"title" text,
	"proposals" integer DEFAULT 0 NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_items_feed_id_item_key_pk" PRIMARY KEY("feed_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"url" text NOT NULL,
	"title" text,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"etag" text,
	"last_modified" text,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"leased_by" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_status" integer,
	"last_error" text,
	"last_polled_at" timestamp with time zone,
	"last_ok_at" timestamp with time zone,
	CONSTRAINT "feeds_url_unique" UNIQUE("url")
);
--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "status_change_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "proposal_id" integer;--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_review_once" ON "outbox" USING btree ("proposal_id","platform","workspace","channel_id") WHERE kind = 'post' and proposal_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_review_edit_waiting" ON "outbox" USING btree ("proposal_id","platform","workspace","channel_id") WHERE kind = 'edit' and state = 'pending' and proposal_id is not null;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_one_subject" CHECK (num_nonnulls("outbox"."status_change_id", "outbox"."proposal_id") = 1);