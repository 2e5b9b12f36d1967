DROP INDEX "pledges_search_fts";--> statement-breakpoint
ALTER TABLE "pledges" ADD COLUMN "search_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED;--> statement-breakpoint
CREATE INDEX "pledges_search_fts" ON "pledges" USING gin ("search_tsv");