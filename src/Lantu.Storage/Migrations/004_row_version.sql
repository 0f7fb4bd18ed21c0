-- Optimistic concurrency groundwork: every write to a plan row bumps its row_version, so an editor can later
-- update "WHERE id = @id AND row_version = @seen" and detect a concurrent change. Existing plans start at their
-- number of versions, which is what PlanWriter would have counted.
ALTER TABLE plans ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
UPDATE plans SET row_version = (SELECT COUNT(*) FROM plan_versions v WHERE v.plan_id = plans.id);
