-- Chinese full-text search: a trigram index over the searchable paragraph text (pg_trgm). The extension lives in
-- public so that every schema (one per deployment or test) sees its operator class.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX ix_paragraphs_search_trgm ON paragraphs USING gin (search_text public.gin_trgm_ops);
