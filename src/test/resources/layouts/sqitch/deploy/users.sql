BEGIN;
CREATE TABLE flipr.users (
    nickname  TEXT        PRIMARY KEY,
    password  TEXT        NOT NULL,
    twitter   TEXT,
    timestamp TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
COMMIT;
