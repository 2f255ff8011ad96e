-- How many writing transactions the ledger has seen: on PostgreSQL every writing transaction adds one first
-- (Store.inTransaction), which also makes writers take turns on this row, and the server's answer cache compares
-- it (BrowseRepository.dataVersion). SQLite has PRAGMA data_version for that and leaves the row alone. Not part of
-- the ledger: Store.dump leaves it out.
CREATE TABLE store_changes (
  id              INTEGER       NOT NULL PRIMARY KEY,
  changes         BIGINT        NOT NULL
);
INSERT INTO store_changes (id, changes) VALUES (1, 0);
