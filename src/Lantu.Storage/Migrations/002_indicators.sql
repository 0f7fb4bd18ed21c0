-- Indicators extracted from each plan version (tables and prose), with the raw cells, the typed target (JSON)
-- and provenance. indicator_key identifies the same indicator across versions of a plan.
CREATE TABLE indicators (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    indicator_key TEXT NOT NULL,
    category TEXT,
    printed_seq TEXT,
    name TEXT NOT NULL,
    parent TEXT,
    unit TEXT,
    base TEXT,
    target TEXT,
    growth TEXT,
    actual TEXT,
    attribute TEXT,
    note TEXT,
    table_title TEXT,
    table_kind TEXT NOT NULL,
    source TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    base_year INTEGER,
    target_year INTEGER,
    linked_line INTEGER,
    extra TEXT,
    parsed TEXT,
    PRIMARY KEY (version_id, seq)
);
CREATE INDEX ix_indicators_key ON indicators(indicator_key);
