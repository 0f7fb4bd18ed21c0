-- Search moves to a Lucene index beside the database (Search/LuceneIndex.cs), built from paragraphs.text: the FTS5
-- trigram index, its triggers and the search_text copy of every paragraph go (a third copy of the text).
-- search_changes is the log the index follows: one row per change of a plan's searchable content, written in the
-- transaction that makes the change; seq grows in commit order, token is random (a different database at the same
-- place never looks like the one indexed); plan_id NULL means "everything" (a bulk copy).
DROP TRIGGER plans_current_version_search;
DROP TRIGGER plans_deleted_search;
DROP TABLE paragraph_fts;
ALTER TABLE paragraphs DROP COLUMN search_text;
CREATE TABLE search_changes (seq BIGINT PRIMARY KEY, token TEXT NOT NULL, plan_id BIGINT, changed_at TEXT NOT NULL);
