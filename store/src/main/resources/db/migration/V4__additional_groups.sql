-- A figure stated as a further group on top of the main one ("and a further 22 wounded", "Moscow also sent 31
-- wounded"): the ledger adds it to the main figure of its report instead of weighing it against that figure.
ALTER TABLE claims ADD COLUMN additional BOOLEAN NOT NULL DEFAULT FALSE;
