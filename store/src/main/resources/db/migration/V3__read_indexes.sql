-- Indexes for reading the ledger page by page (swapledger serve): events in date order without a sort, and the
-- checks that rest on a given event, claim or report without a scan of check_basis.
CREATE INDEX events_date ON events (event_date, id);
CREATE INDEX check_basis_ref ON check_basis (basis_kind, ref_id);
CREATE INDEX claim_pairs_status ON claim_pairs (status, event_id);
