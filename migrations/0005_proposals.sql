CREATE TYPE "public"."proposal_state" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "proposal_sources" (
	"proposal_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_sources_proposal_id_source_id_pk" PRIMARY KEY("proposal_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pledge_id" integer NOT NULL,
	"status" "pledge_status" NOT NULL,
	"finding" text NOT NULL,
	"quote" text NOT NULL,
	"sentence" text NOT NULL,
	"confidence" numeric(3, 2) NOT NULL,
	"state" "proposal_state" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"status_change_id" integer
);
--> statement-breakpoint
ALTER TABLE "proposal_sources" ADD CONSTRAINT "proposal_sources_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_sources" ADD CONSTRAINT "proposal_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_status_change_id_status_changes_id_fk" FOREIGN KEY ("status_change_id") REFERENCES "public"."status_changes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_pending_once" ON "proposals" USING btree ("pledge_id","status") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "proposals_state" ON "proposals" USING btree ("state","created_at");