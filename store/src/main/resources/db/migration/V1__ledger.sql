-- The ledger's tables, in SQL that runs unchanged on SQLite and PostgreSQL: ids are assigned by the
-- application, dates are ISO strings (YYYY-MM-DD or YYYY-MM), booleans are BOOLEAN, open upper bounds are NULL.

-- One row per version of an article; a changed article gets a new row and the old one points to it.
CREATE TABLE articles (
  id              BIGINT        NOT NULL PRIMARY KEY,
  identity_key    VARCHAR(2048) NOT NULL,   -- the URL, or "id:" + the input id when there is no URL
  input_id        VARCHAR(1024) NOT NULL,
  url             VARCHAR(2048),
  outlet          VARCHAR(256),
  published       VARCHAR(10),
  language        VARCHAR(16)   NOT NULL,
  content_hash    VARCHAR(64)   NOT NULL,   -- SHA-256 of the text, hex
  body            TEXT          NOT NULL,
  origin          VARCHAR(2048) NOT NULL,   -- file:line it was read from
  extract_version VARCHAR(512)  NOT NULL,
  superseded_by   BIGINT        REFERENCES articles (id)
);
CREATE INDEX articles_identity ON articles (identity_key);
CREATE INDEX articles_hash ON articles (content_hash);

-- What one article says about one exchange.
CREATE TABLE reports (
  id              BIGINT        NOT NULL PRIMARY KEY,
  article_id      BIGINT        NOT NULL REFERENCES articles (id),
  seq             INTEGER       NOT NULL,
  exchange_date   VARCHAR(10),
  ordinal         INTEGER,
  ordinal_start   INTEGER,
  ordinal_end     INTEGER,
  mediators       VARCHAR(1024) NOT NULL,   -- canonical names joined by "; "
  location        VARCHAR(256),
  in_passing      BOOLEAN       NOT NULL,
  superseded      BOOLEAN       NOT NULL,
  extract_version VARCHAR(512)  NOT NULL
);
CREATE INDEX reports_article ON reports (article_id);

-- Every figure, with its source, qualifier, interval and evidence.
CREATE TABLE claims (
  id              BIGINT        NOT NULL PRIMARY KEY,
  report_id       BIGINT        NOT NULL REFERENCES reports (id),
  article_id      BIGINT        NOT NULL REFERENCES articles (id),
  direction       VARCHAR(32)   NOT NULL,   -- returned_to_ukraine, returned_to_russia, total
  head_count      BIGINT        NOT NULL,
  qualifier       VARCHAR(16)   NOT NULL,
  count_low       BIGINT        NOT NULL,
  count_high      BIGINT,                   -- NULL: no upper bound
  source          VARCHAR(256),             -- NULL: the outlet's own voice
  evidence_start  INTEGER       NOT NULL,
  evidence_end    INTEGER       NOT NULL,
  number_start    INTEGER       NOT NULL,
  number_end      INTEGER       NOT NULL,
  evidence        TEXT          NOT NULL,
  evidence_key    VARCHAR(32)   NOT NULL,   -- digest of the folded sentence: wire copy shares it
  superseded      BOOLEAN       NOT NULL,
  extract_version VARCHAR(512)  NOT NULL
);
CREATE INDEX claims_report ON claims (report_id);
CREATE INDEX claims_article ON claims (article_id);

-- Running totals ("over 3,000 have come home").
CREATE TABLE cumulative_claims (
  id              BIGINT        NOT NULL PRIMARY KEY,
  article_id      BIGINT        NOT NULL REFERENCES articles (id),
  side            VARCHAR(16)   NOT NULL,
  head_count      BIGINT        NOT NULL,
  qualifier       VARCHAR(16)   NOT NULL,
  count_low       BIGINT        NOT NULL,
  count_high      BIGINT,
  as_of           VARCHAR(10),
  source          VARCHAR(256),
  evidence_start  INTEGER       NOT NULL,
  evidence_end    INTEGER       NOT NULL,
  number_start    INTEGER       NOT NULL,
  number_end      INTEGER       NOT NULL,
  evidence        TEXT          NOT NULL,
  superseded      BOOLEAN       NOT NULL,
  extract_version VARCHAR(512)  NOT NULL
);
CREATE INDEX cumulative_article ON cumulative_claims (article_id);

-- Bad input: where and why.
CREATE TABLE issues (
  id              BIGINT        NOT NULL PRIMARY KEY,
  source          VARCHAR(1024) NOT NULL,
  line            BIGINT        NOT NULL,
  char_offset     BIGINT        NOT NULL,
  reason          VARCHAR(1024) NOT NULL,
  UNIQUE (source, line, char_offset, reason)
);

-- Derived: recomputed from the claims by the ledger (swapledger rebuild).
CREATE TABLE events (
  id              BIGINT        NOT NULL PRIMARY KEY,
  event_date      VARCHAR(10)   NOT NULL,
  ordinal         INTEGER,
  mediators       VARCHAR(1024) NOT NULL,
  location        VARCHAR(256),
  stage_of        BIGINT        REFERENCES events (id),
  to_ukraine      BIGINT,
  to_ukraine_qualifier VARCHAR(16),
  to_russia       BIGINT,
  to_russia_qualifier VARCHAR(16),
  total           BIGINT,
  total_qualifier VARCHAR(16),
  sources         INTEGER       NOT NULL,
  articles        INTEGER       NOT NULL,
  flags           VARCHAR(2048) NOT NULL,
  ledger_version  VARCHAR(64)   NOT NULL
);

CREATE TABLE event_reports (
  event_id        BIGINT        NOT NULL REFERENCES events (id),
  report_id       BIGINT        NOT NULL REFERENCES reports (id),
  PRIMARY KEY (event_id, report_id)
);

CREATE TABLE event_claims (
  event_id        BIGINT        NOT NULL REFERENCES events (id),
  claim_id        BIGINT        NOT NULL REFERENCES claims (id),
  direction       VARCHAR(32)   NOT NULL,
  authority       VARCHAR(16)   NOT NULL,
  source_group    INTEGER       NOT NULL,
  claim_rank      INTEGER       NOT NULL,
  best            BOOLEAN       NOT NULL,
  PRIMARY KEY (event_id, claim_id)
);
CREATE INDEX event_claims_claim ON event_claims (claim_id);

CREATE TABLE claim_pairs (
  event_id        BIGINT        NOT NULL REFERENCES events (id),
  first_claim     BIGINT        NOT NULL REFERENCES claims (id),
  second_claim    BIGINT        NOT NULL REFERENCES claims (id),
  direction       VARCHAR(32)   NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  PRIMARY KEY (event_id, first_claim, second_claim)
);

CREATE TABLE checks (
  id              BIGINT        NOT NULL PRIMARY KEY,
  kind            VARCHAR(32)   NOT NULL,
  outcome         VARCHAR(8)    NOT NULL,
  message         VARCHAR(2048) NOT NULL,
  ledger_version  VARCHAR(64)   NOT NULL
);

CREATE TABLE check_basis (
  check_id        BIGINT        NOT NULL REFERENCES checks (id),
  basis_kind      VARCHAR(16)   NOT NULL,   -- claim, cumulative, report, event
  ref_id          BIGINT        NOT NULL,
  PRIMARY KEY (check_id, basis_kind, ref_id)
);

-- Small facts about the store: whether the events are out of date with the claims.
CREATE TABLE store_state (
  name            VARCHAR(64)   NOT NULL PRIMARY KEY,
  state_value     VARCHAR(1024) NOT NULL
);
