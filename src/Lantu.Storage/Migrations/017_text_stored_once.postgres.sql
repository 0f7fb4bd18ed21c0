-- The text was stored four times: source_lines, paragraphs.text, outline_nodes.body (every node's own paragraphs
-- again) and derived_tasks.text (each task's paragraphs again). A task's text is rebuilt from paragraphs by its line
-- span when read (Tasks/TaskTexts.cs); nothing read a node's body. Also dropped: the unique indexes on
-- (version_id, task_key) and (version_id, project_key), which no query reads and which held every key a second time
-- (keys are made unique when derived). A task's chapter and section are NULL when they are the first two parts of
-- its path (Tasks/TaskChapters.cs). A project's text is its 专栏 item's text: the project names that item (box_seq,
-- item_seq) and keeps text NULL (kept when no item has its span and text). The SQLite twin says the same.
ALTER TABLE outline_nodes DROP COLUMN body;
ALTER TABLE derived_tasks DROP COLUMN text;
ALTER TABLE derived_tasks DROP CONSTRAINT derived_tasks_version_id_task_key_key;
ALTER TABLE derived_tasks ALTER COLUMN chapter DROP NOT NULL;
ALTER TABLE derived_tasks ALTER COLUMN section DROP NOT NULL;
ALTER TABLE derived_projects DROP CONSTRAINT derived_projects_version_id_project_key_key;
ALTER TABLE derived_projects ADD COLUMN box_seq INTEGER;
ALTER TABLE derived_projects ADD COLUMN item_seq INTEGER;
ALTER TABLE derived_projects ALTER COLUMN text DROP NOT NULL;
UPDATE derived_projects d SET box_seq = m.box_seq, item_seq = m.item_seq, text = NULL
FROM (SELECT DISTINCT ON (p.version_id, p.seq) p.version_id, p.seq, i.box_seq, i.seq AS item_seq
      FROM derived_projects p JOIN box_items i ON i.version_id = p.version_id AND i.line_start = p.line_start
          AND i.line_end = p.line_end AND i.text = p.text
      ORDER BY p.version_id, p.seq, i.box_seq, i.seq) m
WHERE d.version_id = m.version_id AND d.seq = m.seq;
