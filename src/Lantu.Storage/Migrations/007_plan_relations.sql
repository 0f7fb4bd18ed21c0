-- Plan relations (规划衔接): the region one level up, and planners' decisions on suggested parents.
ALTER TABLE plan_versions ADD COLUMN parent_region TEXT;

CREATE TABLE plan_relations (
    id {id},
    child_plan_id BIGINT NOT NULL REFERENCES plans(id),
    parent_plan_id BIGINT NOT NULL REFERENCES plans(id),
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    UNIQUE (child_plan_id, parent_plan_id)
);
