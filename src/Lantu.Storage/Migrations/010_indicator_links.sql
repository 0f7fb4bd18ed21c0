-- Planners' decisions on indicator links (规划衔接): confirmed pairs grow the synonym list, rejected pairs stay apart.
CREATE TABLE indicator_links (
    id {id},
    name_a TEXT NOT NULL,
    name_b TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    UNIQUE (name_a, name_b)
);
