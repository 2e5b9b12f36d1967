CREATE TYPE "public"."delivery_kind" AS ENUM('post', 'edit', 'thread_reply');--> statement-breakpoint
CREATE TYPE "public"."delivery_state" AS ENUM('pending', 'delivered', 'dead');--> statement-breakpoint
CREATE TYPE "public"."subscription_scope" AS ENUM('all', 'entity', 'pledge');--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subscriptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"platform" text NOT NULL,
	"workspace" text NOT NULL,
	"channel_id" text NOT NULL,
	"scope" "subscription_scope" NOT NULL,
	"scope_ref" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"status_change_id" integer NOT NULL,
	"kind" "delivery_kind" NOT NULL,
	"platform" text NOT NULL,
	"workspace" text NOT NULL,
	"channel_id" text NOT NULL,
	"target_message_id" text,
	"state" "delivery_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"leased_by" text,
	"message_id" text,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_channels" (
	"platform" text NOT NULL,
	"workspace" text NOT NULL,
	"channel_id" text NOT NULL,
	"set_by" text NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_channels_platform_workspace_pk" PRIMARY KEY("platform","workspace")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_status_change_id_status_changes_id_fk" FOREIGN KEY ("status_change_id") REFERENCES "public"."status_changes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_unique" ON "subscriptions" USING btree ("platform","workspace","channel_id","scope","scope_ref");--> statement-breakpoint
CREATE INDEX "subscriptions_scope" ON "subscriptions" USING btree ("scope","scope_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_once" ON "outbox" USING btree ("status_change_id","kind","platform","workspace","channel_id");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("next_attempt_at") WHERE state = 'pending';