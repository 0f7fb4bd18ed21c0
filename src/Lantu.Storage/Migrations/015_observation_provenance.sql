-- Published figures keep where they come from: the grade of the source (A official publication, B news reporting an
-- official figure, C a secondary copy; null when not graded, e.g. a department's own report) and whether the
-- publication gives the value as a preliminary estimate (预计数, 1) rather than the final figure (0).
ALTER TABLE observations ADD COLUMN grade TEXT;
ALTER TABLE observations ADD COLUMN estimate INTEGER NOT NULL DEFAULT 0;
