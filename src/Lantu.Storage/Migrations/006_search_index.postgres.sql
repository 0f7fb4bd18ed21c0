-- Chinese full-text search: a trigram index over the searchable paragraph text (pg_trgm).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_paragraphs_search_trgm ON paragraphs USING gin (search_text gin_trgm_ops);
