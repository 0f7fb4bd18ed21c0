-- Search moves to a Lucene index on each node (Search/LuceneIndex.cs), built from paragraphs.text: the pg_trgm index
-- (which served no Chinese under LC_CTYPE=C) and the search_text copy of every paragraph go.
-- search_changes is the log every node's index follows: one row per change of a plan's searchable content, written
-- in the transaction that makes the change under an advisory lock, so seq grows in commit order and a node that has
-- applied seq N has seen every change up to N; token is random (a different database never looks like the one
-- indexed); plan_id NULL means "everything" (a bulk copy).
ALTER TABLE paragraphs DROP COLUMN search_text;
CREATE TABLE search_changes (seq BIGINT PRIMARY KEY, token TEXT NOT NULL, plan_id BIGINT, changed_at TEXT NOT NULL);
