-- The text was stored four times: source_lines, paragraphs.text, outline_nodes.body (every node's own paragraphs
-- again) and derived_tasks.text (each task's paragraphs again): 6.1× the text for the samples. A task's text is
-- rebuilt from paragraphs by its line span when read (Tasks/TaskTexts.cs); nothing read a node's body.
-- Also dropped: the unique indexes on (version_id, task_key) and (version_id, project_key), which no query reads
-- (rows are read by version in seq order) and which held every key a second time; the keys are made unique when
-- derived (TaskKeys.Deduplicate). A task's chapter and section are NULL when they are the first two parts of its
-- path (Tasks/TaskChapters.cs), as they nearly always are. A project's text is its 专栏 item's text: the project names
-- that item (box_seq, item_seq) and keeps text NULL (kept when no item has its span and text). SQLite drops a UNIQUE
-- constraint by rebuilding the table.
ALTER TABLE outline_nodes DROP COLUMN body;

CREATE TABLE derived_tasks_017 (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    task_key TEXT NOT NULL,
    chapter TEXT,
    section TEXT,
    path TEXT NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    origin TEXT NOT NULL,
    PRIMARY KEY (version_id, seq)
);
INSERT INTO derived_tasks_017 (version_id, seq, task_key, chapter, section, path, number, title, line_start, line_end, origin)
    SELECT version_id, seq, task_key, chapter, section, path, number, title, line_start, line_end, origin FROM derived_tasks ORDER BY version_id, seq;
DROP TABLE derived_tasks;
ALTER TABLE derived_tasks_017 RENAME TO derived_tasks;

CREATE TABLE derived_projects_017 (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    project_key TEXT NOT NULL,
    name TEXT NOT NULL,
    text TEXT,
    box_seq INTEGER,
    item_seq INTEGER,
    box_number TEXT NOT NULL,
    box_title TEXT NOT NULL,
    chapter TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    detected_investment_wan DOUBLE PRECISION,
    detected_investment_unit TEXT,
    PRIMARY KEY (version_id, seq)
);
INSERT INTO derived_projects_017 (version_id, seq, project_key, name, text, box_seq, item_seq, box_number, box_title, chapter,
    line_start, line_end, detected_investment_wan, detected_investment_unit)
SELECT version_id, seq, project_key, name, CASE WHEN item IS NULL THEN text END, item / 1000000, item % 1000000, box_number, box_title,
    chapter, line_start, line_end, detected_investment_wan, detected_investment_unit
FROM (SELECT d.*, (SELECT MIN(i.box_seq * 1000000 + i.seq) FROM box_items i WHERE i.version_id = d.version_id
        AND i.line_start = d.line_start AND i.line_end = d.line_end AND i.text = d.text) AS item
      FROM derived_projects d) ORDER BY version_id, seq;
DROP TABLE derived_projects;
ALTER TABLE derived_projects_017 RENAME TO derived_projects;
