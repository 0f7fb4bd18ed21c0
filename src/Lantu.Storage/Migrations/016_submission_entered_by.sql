-- Segregation of duties (issue 17 item 3): who entered a submission's current value. An edit of the value by someone
-- else (an administrator correcting a draft) names that person; whoever entered the value may not approve it, and
-- the observation an approved value becomes is reported by them, never by a reporter who did not enter it.
ALTER TABLE submissions ADD COLUMN entered_by TEXT;
UPDATE submissions SET entered_by = created_by;
