-- Observed values of indicators (年度监测). A correction is a new revision, never an overwrite: the current value
-- of (plan, indicator, year, quarter) is its highest revision. quarter 0 is the whole year.
CREATE TABLE observations (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    indicator_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    source TEXT,
    note TEXT,
    reported_by TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    UNIQUE (plan_id, indicator_key, year, quarter, revision)
);
