-- Search joins paragraphs to the plans whose current version they belong to.
CREATE INDEX ix_plans_current_version ON plans (current_version_id);
