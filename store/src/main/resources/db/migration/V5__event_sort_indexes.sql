-- The events table sorted by each column the API and the web table sort by, unknown figures last, both ways: a
-- deep page ("offset 9,950, sorted by returned to Ukraine") walks an index instead of sorting every event.
CREATE INDEX events_ordinal_asc ON events ((ordinal IS NULL), ordinal, id);
CREATE INDEX events_ordinal_desc ON events ((ordinal IS NULL), ordinal DESC, id DESC);
CREATE INDEX events_to_ukraine_asc ON events ((to_ukraine IS NULL), to_ukraine, id);
CREATE INDEX events_to_ukraine_desc ON events ((to_ukraine IS NULL), to_ukraine DESC, id DESC);
CREATE INDEX events_to_russia_asc ON events ((to_russia IS NULL), to_russia, id);
CREATE INDEX events_to_russia_desc ON events ((to_russia IS NULL), to_russia DESC, id DESC);
CREATE INDEX events_sources ON events (sources, id);
