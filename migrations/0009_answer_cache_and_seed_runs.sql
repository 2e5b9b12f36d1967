CREATE TABLE "seed_runs" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"seeded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Every committed change to what the read commands show wakes the answer caches of every
-- instance (LISTEN pledgewatch_changed); a statement-level trigger, once per statement.
CREATE FUNCTION notify_answers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('pledgewatch_changed', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['sources', 'entities', 'entity_aliases', 'people', 'pledges', 'pledge_sources', 'pledge_tariff_links',
    'status_changes', 'facts', 'tariff_actions', 'tariff_rate_steps', 'tariff_action_sources'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_answers_changed()',
      t || '_answers_changed', t);
  END LOOP;
END $$;
