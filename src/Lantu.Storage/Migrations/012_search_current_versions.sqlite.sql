-- The search index holds the current version of each plan only: old versions are never searched, and ranking them
-- too made common terms slow. Contentless (the text stays in paragraphs); a row's rowid is version_id * 1,000,000 +
-- seq, so it joins to its paragraph and a version's rows are one rowid range. Triggers keep it so whenever a plan's
-- current version changes or a plan goes.
DROP TABLE paragraph_fts;
CREATE VIRTUAL TABLE paragraph_fts USING fts5(search_text, content = '', contentless_delete = 1, tokenize = 'trigram');
INSERT INTO paragraph_fts (rowid, search_text)
SELECT pa.version_id * 1000000 + pa.seq, pa.search_text FROM paragraphs pa JOIN plans p ON p.current_version_id = pa.version_id;

-- Search joins paragraphs to the plans whose current version they belong to.
CREATE INDEX ix_plans_current_version ON plans (current_version_id);

CREATE TRIGGER plans_current_version_search AFTER UPDATE OF current_version_id ON plans
WHEN OLD.current_version_id IS NOT NEW.current_version_id
BEGIN
    DELETE FROM paragraph_fts WHERE rowid BETWEEN OLD.current_version_id * 1000000 AND OLD.current_version_id * 1000000 + 999999;
    INSERT INTO paragraph_fts (rowid, search_text)
    SELECT version_id * 1000000 + seq, search_text FROM paragraphs WHERE version_id = NEW.current_version_id;
END;

CREATE TRIGGER plans_deleted_search AFTER DELETE ON plans
WHEN OLD.current_version_id IS NOT NULL
BEGIN
    DELETE FROM paragraph_fts WHERE rowid BETWEEN OLD.current_version_id * 1000000 AND OLD.current_version_id * 1000000 + 999999;
END;
