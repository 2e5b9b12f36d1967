-- Trigram matching for typo-tolerant /pledge search. PGlite loads the contrib module itself
-- (see src/db/client.ts); on PostgreSQL it ships with the server's contrib package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
