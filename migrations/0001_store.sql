CREATE TYPE "public"."audit_outcome" AS ENUM('ok', 'refused', 'failed');--> statement-breakpoint
CREATE TYPE "public"."entity_kind" AS ENUM('company', 'government', 'organisation');--> statement-breakpoint
CREATE TYPE "public"."fact_kind" AS ENUM('context', 'figure', 'analysis');--> statement-breakpoint
CREATE TYPE "public"."figure_certainty" AS ENUM('stated', 'approximate', 'not_confirmed');--> statement-breakpoint
CREATE TYPE "public"."legal_basis" AS ENUM('section_232', 'section_301', 'customs_tariff_commission');--> statement-breakpoint
CREATE TYPE "public"."pledge_status" AS ENUM('not_yet_rated', 'in_progress', 'stalled', 'compromise', 'kept', 'broken', 'retracted');--> statement-breakpoint
CREATE TYPE "public"."status_reason" AS ENUM('premise_changed', 'changed_opinion', 'no_priority', 'external_blocker', 'deadline_passed', 'other');--> statement-breakpoint
CREATE TYPE "public"."tariff_status" AS ENUM('threatened', 'scheduled', 'in_effect', 'postponed', 'suspended', 'reduced', 'removed');--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"seed_key" text,
	"url" text,
	"outlet" text NOT NULL,
	"title" text,
	"published_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "entities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "entity_kind" NOT NULL,
	"country" text,
	CONSTRAINT "entities_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "entity_aliases" (
	"entity_id" integer NOT NULL,
	"alias" text NOT NULL,
	CONSTRAINT "entity_aliases_entity_id_alias_pk" PRIMARY KEY("entity_id","alias")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"entity_id" integer,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "people_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "pledge_sources" (
	"pledge_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "pledge_sources_pledge_id_source_id_pk" PRIMARY KEY("pledge_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "pledge_tariff_links" (
	"pledge_id" integer NOT NULL,
	"tariff_action_id" integer NOT NULL,
	"note" text,
	CONSTRAINT "pledge_tariff_links_pledge_id_tariff_action_id_pk" PRIMARY KEY("pledge_id","tariff_action_id")
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pledges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"entity_id" integer NOT NULL,
	"by_person_id" integer,
	"made_to" text,
	"made_on" date NOT NULL,
	"place" text,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"deadline" date,
	"deadline_note" text,
	"target_quantity" numeric,
	"target_unit" text,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"status" "pledge_status" DEFAULT 'not_yet_rated' NOT NULL,
	"status_effective_on" date,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledges_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "status_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pledge_id" integer NOT NULL,
	"status" "pledge_status" NOT NULL,
	"previous_status" "pledge_status",
	"effective_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_id" integer NOT NULL,
	"quote" text,
	"quote_by_person_id" integer,
	"reason" "status_reason",
	"note" text,
	"editor" text NOT NULL,
	"approver" text,
	"corrects_id" integer
);
--> statement-breakpoint
CREATE TABLE "facts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "facts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"seed_key" text,
	"pledge_id" integer,
	"entity_id" integer,
	"kind" "fact_kind" NOT NULL,
	"statement" text NOT NULL,
	"value" numeric,
	"unit" text,
	"as_of" date,
	"attributed_to" text,
	"source_id" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tariff_action_sources" (
	"action_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "tariff_action_sources_action_id_source_id_pk" PRIMARY KEY("action_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "tariff_actions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tariff_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"list_name" text,
	"imposer" text NOT NULL,
	"target" text NOT NULL,
	"announced_on" date NOT NULL,
	"announced_note" text,
	"effective_on" date,
	"effective_note" text,
	"status" "tariff_status" NOT NULL,
	"status_note" text,
	"legal_basis" "legal_basis" NOT NULL,
	"instrument" text,
	"trade_covered_usd" bigint,
	"trade_covered_certainty" "figure_certainty" NOT NULL,
	"trade_covered_note" text,
	"product_count" integer,
	"description" text NOT NULL,
	"retaliates_for_id" integer,
	"answers" text NOT NULL,
	CONSTRAINT "tariff_actions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "tariff_rate_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tariff_rate_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"action_id" integer NOT NULL,
	"rate_pct" numeric(6, 2) NOT NULL,
	"effective_on" date,
	"applies_to" text,
	"applied" boolean,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target" text,
	"outcome" "audit_outcome" NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "editors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "editors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"platform" text NOT NULL,
	"workspace" text DEFAULT '' NOT NULL,
	"user_id" text NOT NULL,
	"granted_by" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_sources" ADD CONSTRAINT "pledge_sources_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_sources" ADD CONSTRAINT "pledge_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_tariff_links" ADD CONSTRAINT "pledge_tariff_links_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_tariff_links" ADD CONSTRAINT "pledge_tariff_links_tariff_action_id_tariff_actions_id_fk" FOREIGN KEY ("tariff_action_id") REFERENCES "public"."tariff_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_by_person_id_people_id_fk" FOREIGN KEY ("by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_quote_by_person_id_people_id_fk" FOREIGN KEY ("quote_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_corrects_id_status_changes_id_fk" FOREIGN KEY ("corrects_id") REFERENCES "public"."status_changes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_action_sources" ADD CONSTRAINT "tariff_action_sources_action_id_tariff_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."tariff_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_action_sources" ADD CONSTRAINT "tariff_action_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_actions" ADD CONSTRAINT "tariff_actions_retaliates_for_id_tariff_actions_id_fk" FOREIGN KEY ("retaliates_for_id") REFERENCES "public"."tariff_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_rate_steps" ADD CONSTRAINT "tariff_rate_steps_action_id_tariff_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."tariff_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sources_url_key" ON "sources" USING btree ("url");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_seed_key" ON "sources" USING btree ("seed_key");--> statement-breakpoint
CREATE INDEX "pledges_search_trgm" ON "pledges" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pledges_search_fts" ON "pledges" USING gin (to_tsvector('english', "search_text"));--> statement-breakpoint
CREATE INDEX "pledges_status" ON "pledges" USING btree ("status","status_effective_on");--> statement-breakpoint
CREATE INDEX "pledges_entity" ON "pledges" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "status_changes_pledge" ON "status_changes" USING btree ("pledge_id","effective_on");--> statement-breakpoint
CREATE UNIQUE INDEX "facts_seed_key" ON "facts" USING btree ("seed_key");--> statement-breakpoint
CREATE INDEX "facts_pledge" ON "facts" USING btree ("pledge_id");--> statement-breakpoint
CREATE INDEX "tariff_actions_parties" ON "tariff_actions" USING btree ("imposer","target");--> statement-breakpoint
CREATE INDEX "tariff_actions_effective" ON "tariff_actions" USING btree ("effective_on");--> statement-breakpoint
CREATE INDEX "tariff_rate_steps_action" ON "tariff_rate_steps" USING btree ("action_id","effective_on");--> statement-breakpoint
CREATE INDEX "audit_log_target" ON "audit_log" USING btree ("target","at");--> statement-breakpoint
CREATE UNIQUE INDEX "editors_identity" ON "editors" USING btree ("platform","workspace","user_id");