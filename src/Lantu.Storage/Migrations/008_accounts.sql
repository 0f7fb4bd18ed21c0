-- Accounts, roles, departments, assignment of targets to departments, the submission/approval workflow,
-- the audit log and plan target revisions (issue 6). Times are ISO 8601 UTC text, as elsewhere.

CREATE TABLE departments (
    id {id},
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- role: admin | planner | reporter | reviewer | viewer. password_hash: ASP.NET Core Identity's PasswordHasher format.
-- security_stamp changes with every role/password change and ends the account's open sessions.
CREATE TABLE accounts (
    id {id},
    user_name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    department_id BIGINT REFERENCES departments(id),
    password_hash TEXT NOT NULL,
    security_stamp TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Lead (牵头) and cooperating (配合) departments of a plan's target other than a task (tasks keep theirs in
-- task_assignments): keyed by plan id + kind + a text key, so indicators can use it before their table exists.
CREATE TABLE target_assignments (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    target_kind TEXT NOT NULL,
    target_key TEXT NOT NULL,
    department TEXT NOT NULL,
    duty TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    UNIQUE (plan_id, target_kind, target_key, department)
);

-- A reported value for one target and year: draft -> submitted -> approved | returned (with a reason);
-- an approved value is replaced only by a newer approved submission (the older one becomes superseded).
CREATE TABLE submissions (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    target_kind TEXT NOT NULL,
    target_key TEXT NOT NULL,
    year INTEGER NOT NULL,
    value TEXT NOT NULL,
    note TEXT NOT NULL,
    department TEXT,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    decided_by TEXT,
    decided_at TEXT,
    decision_reason TEXT
);
CREATE INDEX ix_submissions_target ON submissions(plan_id, target_kind, target_key, year);
CREATE INDEX ix_submissions_status ON submissions(status);

-- Every write: who, when, from where, what, old and new value.
CREATE TABLE audit_log (
    id {id},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    address TEXT,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX ix_audit_log_at ON audit_log(at);

-- 规划调整: a target's value from a date on, with the decision that changed it; earlier rows are kept.
CREATE TABLE target_revisions (
    id {id},
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    target_kind TEXT NOT NULL,
    target_key TEXT NOT NULL,
    target TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    decision TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (plan_id, target_kind, target_key, valid_from)
);
