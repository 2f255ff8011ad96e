-- Rebuild reads reports window by window, by date.
CREATE INDEX reports_date ON reports (exchange_date);
