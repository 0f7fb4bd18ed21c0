-- The form paragraphs are searched in (no spaces next to Chinese characters), filled at ingest.
ALTER TABLE paragraphs ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE paragraphs SET search_text = REPLACE(text, ' ', '');
