-- Plans, their versions and everything extracted from each version, with line provenance.
CREATE TABLE plans (
    id {id},
    identity_key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    region TEXT,
    level TEXT,
    kind TEXT,
    subject TEXT,
    current_version_id BIGINT,
    created_at TEXT NOT NULL
);

CREATE TABLE plan_versions (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    version_no INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_format TEXT NOT NULL,
    source_encoding TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    title TEXT NOT NULL,
    region TEXT,
    level TEXT,
    kind TEXT,
    subject TEXT,
    period_start INTEGER,
    period_end INTEGER,
    horizon_year INTEGER,
    issuer TEXT,
    document_number TEXT,
    issued_date TEXT,
    based_on TEXT NOT NULL,
    UNIQUE (plan_id, version_no),
    UNIQUE (plan_id, content_hash)
);
CREATE INDEX ix_plan_versions_hash ON plan_versions(content_hash);

CREATE TABLE source_lines (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    line_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (version_id, line_no)
);

CREATE TABLE paragraphs (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (version_id, seq)
);

CREATE TABLE outline_nodes (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    parent_seq INTEGER,
    depth INTEGER NOT NULL,
    kind TEXT NOT NULL,
    number TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    title TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    inferred INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (version_id, seq)
);

CREATE TABLE boxes (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    PRIMARY KEY (version_id, seq)
);

CREATE TABLE box_items (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    box_seq INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    PRIMARY KEY (version_id, box_seq, seq)
);

CREATE TABLE glossary_entries (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    term TEXT NOT NULL,
    definition TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    places TEXT NOT NULL,
    reference_lines TEXT NOT NULL,
    PRIMARY KEY (version_id, seq)
);
