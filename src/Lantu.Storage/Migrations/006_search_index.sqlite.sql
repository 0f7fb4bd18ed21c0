-- Chinese full-text search: FTS5 with the trigram tokenizer (n-grams, no dictionary).
CREATE VIRTUAL TABLE paragraph_fts USING fts5(search_text, version_id UNINDEXED, seq UNINDEXED, tokenize = 'trigram');
INSERT INTO paragraph_fts (search_text, version_id, seq) SELECT search_text, version_id, seq FROM paragraphs;
