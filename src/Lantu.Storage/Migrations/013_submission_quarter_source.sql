-- Quarterly values through review (portal): a submission's quarter (0 = the whole year, as in observations) and the
-- reporter's source; the observation an approved submission becomes keeps that source and names its approver.
ALTER TABLE submissions ADD COLUMN quarter INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN source TEXT;
ALTER TABLE observations ADD COLUMN approved_by TEXT;
DROP INDEX ix_submissions_target;
CREATE INDEX ix_submissions_target ON submissions(plan_id, target_kind, target_key, year, quarter);
