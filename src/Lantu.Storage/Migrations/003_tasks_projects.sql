-- Tasks and key projects (issue 9). Derived rows belong to a plan version and are re-derived with each version;
-- a planner's refinements belong to the plan and hang on a stable key (normalized titles), so they survive new versions.

CREATE TABLE derived_tasks (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    task_key TEXT NOT NULL,
    chapter TEXT NOT NULL,
    section TEXT NOT NULL,
    path TEXT NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    origin TEXT NOT NULL,
    PRIMARY KEY (version_id, seq),
    UNIQUE (version_id, task_key)
);

CREATE TABLE task_assignments (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    task_key TEXT NOT NULL,
    lead_department TEXT,
    cooperating_departments TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (plan_id, task_key)
);

CREATE TABLE task_milestones (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    task_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    target TEXT NOT NULL,
    status TEXT NOT NULL,
    commentary TEXT NOT NULL,
    UNIQUE (plan_id, task_key, year)
);

CREATE TABLE derived_projects (
    version_id BIGINT NOT NULL REFERENCES plan_versions(id),
    seq INTEGER NOT NULL,
    project_key TEXT NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    box_number TEXT NOT NULL,
    box_title TEXT NOT NULL,
    chapter TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    detected_investment_wan DOUBLE PRECISION,
    detected_investment_unit TEXT,
    PRIMARY KEY (version_id, seq),
    UNIQUE (version_id, project_key)
);

-- One row per project a planner has touched or added by hand (manual = 1: not from the plan's text).
CREATE TABLE project_records (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    project_key TEXT NOT NULL,
    manual INTEGER NOT NULL,
    name TEXT NOT NULL,
    stage TEXT,
    planned_investment_wan DOUBLE PRECISION,
    planned_investment_unit TEXT,
    completed_investment_wan DOUBLE PRECISION,
    completed_investment_unit TEXT,
    start_date TEXT,
    finish_date TEXT,
    location TEXT,
    indicators TEXT,
    chapter TEXT,
    lead_department TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (plan_id, project_key)
);

CREATE TABLE project_stage_history (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    project_key TEXT NOT NULL,
    stage TEXT NOT NULL,
    previous_stage TEXT,
    changed_at TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX ix_project_stage_history ON project_stage_history(plan_id, project_key);
