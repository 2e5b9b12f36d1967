CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_trgm" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- The words of a search text as pg_trgm sees them: runs of letters and digits.
CREATE FUNCTION search_words_in(t text) RETURNS SETOF text LANGUAGE sql IMMUTABLE ROWS 10 AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(t), '[^[:alnum:]]+') AS w WHERE w <> ''
$$;--> statement-breakpoint
CREATE FUNCTION keep_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word) SELECT search_words_in(NEW.search_text) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER pledges_search_words AFTER INSERT OR UPDATE OF search_text ON pledges
  FOR EACH ROW EXECUTE FUNCTION keep_search_words();--> statement-breakpoint
INSERT INTO search_words (word)
  SELECT DISTINCT w FROM pledges p, search_words_in(p.search_text) AS w ON CONFLICT DO NOTHING;
