-- A value stored despite a validation warning (e.g. its table's sub-rows add up to more than the whole) carries the
-- warning here, for the reviewer; null when the value passed every check.
ALTER TABLE observations ADD COLUMN flag TEXT;
