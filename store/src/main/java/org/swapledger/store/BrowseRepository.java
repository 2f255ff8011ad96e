package org.swapledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.swapledger.store.QueryRepository.ClaimRow;
import org.swapledger.store.QueryRepository.EventRow;
import org.swapledger.store.QueryRepository.PairRow;

/**
 * Read-only queries for browsing the ledger page by page: filtered and sorted events, claims with their article
 * ids, articles with every evidence span, checks with what they rest on, yearly totals. Never writes.
 */
public final class BrowseRepository {
  /**
   * Which events to list, in what order, which page; null fields do not filter. {@code ids} keeps only those
   * events (a text search answered from {@link #searchTexts}).
   */
  public record EventFilter(@Nullable String from, @Nullable String to, @Nullable String side,
      @Nullable String mediator, @Nullable String flag, @Nullable String status, @Nullable List<Long> ids,
      String sort, boolean descending, int limit, int offset) {
    public EventFilter {
      if (limit < 0 || offset < 0) {
        throw new IllegalArgumentException("limit and offset must be >= 0, were " + limit + " and " + offset);
      }
      if (!SORTS.containsKey(sort)) {
        throw new IllegalArgumentException("sort must be one of " + SORTS.keySet() + ", was " + sort);
      }
    }
  }

  /** Sort keys and the column each orders by. */
  public static final Map<String, String> SORTS = Map.of("date", "e.event_date", "ordinal", "e.ordinal",
      "to_ukraine", "e.to_ukraine", "to_russia", "e.to_russia", "sources", "e.sources", "id", "e.id");

  private static final java.util.Set<String> NULLABLE_SORTS = java.util.Set.of("ordinal", "to_ukraine", "to_russia");

  /** Flags an event can carry; "gap" and "unchecked" are derived here, "contradiction" is stored. */
  public static final List<String> FLAGS = List.of("contradiction", "gap", "unchecked");

  /** Pair statuses the reconciliation writes. */
  public static final List<String> STATUSES = List.of("agreed", "compatible", "scope", "contradiction");

  /** One listed event: the stored row, whether it borders an ordinal gap. */
  public record EventItem(EventRow row, boolean gap) {}

  /** One page of events and how many match in all. */
  public record EventPage(List<EventItem> items, long total) {}

  /** A running total ("over 3,000 have come home") stated in an article. */
  public record CumulativeView(long id, long articleId, String side, long count, String qualifier,
      @Nullable String asOf, @Nullable String source, String evidence, int evidenceStart, int evidenceEnd) {}

  /** A stored article version. */
  public record ArticleView(long id, String inputId, @Nullable String url, @Nullable String outlet,
      @Nullable String published, String language, String text, @Nullable Long supersededBy) {}

  /** What a check rests on, resolved to its article and event where it has them. */
  public record BasisView(String kind, long id, @Nullable Long articleId, @Nullable Long eventId, String label) {}

  /** A check with what it rests on. */
  public record CheckView(long id, String kind, String outcome, String message, List<BasisView> basis) {}

  /** People returned to each side in one year (best figures, summed over events). */
  public record YearRow(String year, int events, long toUkraine, long toRussia) {}

  /**
   * A change counter of the database: differs after any other connection committed a change. SQLite counts
   * commits to the file itself; on PostgreSQL every writing transaction of a {@link Store} adds one to
   * {@code store_changes} (V6).
   */
  public long dataVersion(Connection c) throws SQLException {
    String sql = Sql.postgres(c) ? "SELECT changes FROM store_changes WHERE id = 1" : "PRAGMA data_version";
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static final String GAP = "EXISTS (SELECT 1 FROM check_basis b JOIN checks k ON k.id = b.check_id "
      + "WHERE b.basis_kind = 'event' AND b.ref_id = e.id AND k.kind = 'ordinal_sequence' AND k.outcome = 'flag')";

  /** The events an ordinal check flags: few rows, found from the flagged checks rather than per event. */
  private static final String GAP_EVENTS = "(SELECT b.ref_id FROM checks k JOIN check_basis b ON b.check_id = k.id "
      + "WHERE k.kind = 'ordinal_sequence' AND k.outcome = 'flag' AND b.basis_kind = 'event')";

  private static final String EVENT_SELECT = "SELECT e.id, e.event_date, e.ordinal, e.mediators, e.location, "
      + "e.stage_of, e.to_ukraine, e.to_ukraine_qualifier, e.to_russia, e.to_russia_qualifier, e.total, "
      + "e.total_qualifier, e.sources, e.articles, e.flags, " + GAP + " AS gap FROM events e";

  public EventPage events(Connection c, EventFilter f) throws SQLException {
    return new EventPage(eventPage(c, f), countEvents(c, f));
  }

  /** How many events the filter matches (sort and page ignored). */
  public long countEvents(Connection c, EventFilter f) throws SQLException {
    List<Object> args = new ArrayList<>();
    String where = where(f, args, Sql.postgres(c));
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events e" + where)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The events of one page of the filter, in its order. */
  public List<EventItem> eventPage(Connection c, EventFilter f) throws SQLException {
    List<Object> args = new ArrayList<>();
    String where = where(f, args, Sql.postgres(c));
    String dir = f.descending() ? " DESC" : " ASC";
    String col = SORTS.get(f.sort());
    // Unknown figures sort last either way; date and id are never unknown, and their order comes from an index.
    String nullsLast = NULLABLE_SORTS.contains(f.sort()) ? "(" + col + " IS NULL), " : "";
    args.add(f.limit());
    args.add(f.offset());
    // First the page's ids (cheap: no per-row subqueries before the sort), then the rows for those ids only.
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT e.id FROM events e" + where + " ORDER BY " + nullsLast
        + col + dir + ", e.id" + dir + " LIMIT ? OFFSET ?")) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, EventItem> byId = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(EVENT_SELECT + " WHERE e.id IN ("
        + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
      bind(ps, new ArrayList<>(ids));
      eventItems(ps).forEach(e -> byId.put(e.row().id(), e));
    }
    return ids.stream().map(byId::get).toList();
  }

  public Optional<EventItem> findEvent(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(EVENT_SELECT + " WHERE e.id = ?")) {
      ps.setLong(1, id);
      return eventItems(ps).stream().findFirst();
    }
  }

  /** Every event in date order, for the timeline. */
  public List<EventItem> timeline(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(EVENT_SELECT + " ORDER BY e.event_date, e.id")) {
      return eventItems(ps);
    }
  }

  /** The source and outlet of each event's best claim per direction: event id → direction → "source, outlet". */
  public Map<Long, Map<String, String>> bestSources(Connection c) throws SQLException {
    Map<Long, Map<String, String>> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT ec.event_id, ec.direction, c.source, a.outlet "
        + "FROM event_claims ec JOIN claims c ON c.id = ec.claim_id JOIN articles a ON a.id = c.article_id "
        + "WHERE ec.best"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String source = rs.getString(3);
        String outlet = rs.getString(4);
        String label = source == null ? (outlet == null ? "" : outlet)
            : outlet == null ? source : source + " (" + outlet + ")";
        out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), label);
      }
    }
    return out;
  }

  private static String where(EventFilter f, List<Object> args, boolean postgres) {
    List<String> conds = new ArrayList<>();
    if (f.from() != null) {
      conds.add("e.event_date >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      // "2024-01" covers every day of January: up to it, or starting with it (no sort-order trick such as a '~'
      // after it: a PostgreSQL database's collation may ignore punctuation).
      conds.add("(e.event_date <= ? OR e.event_date LIKE ?)");
      args.add(f.to());
      args.add(f.to().replace("%", "").replace("_", "") + "%");
    }
    if (f.side() != null) {
      conds.add(switch (f.side()) {
        case "ukraine" -> "e.to_ukraine IS NOT NULL";
        case "russia" -> "e.to_russia IS NOT NULL";
        default -> throw new IllegalArgumentException("side must be ukraine or russia, was " + f.side());
      });
    }
    if (f.mediator() != null) {
      conds.add("LOWER(e.mediators) LIKE ?");
      args.add(like(f.mediator()));
    }
    if (f.flag() != null) {
      conds.add(switch (f.flag()) {
        case "contradiction" -> "e.flags LIKE '%contradiction%'";
        case "gap" -> "e.id IN " + GAP_EVENTS;
        case "unchecked" -> "e.sources < 2";
        case "none" -> "e.flags = '' AND e.sources >= 2 AND e.id NOT IN " + GAP_EVENTS;
        default -> throw new IllegalArgumentException("flag must be one of " + FLAGS + " or none, was " + f.flag());
      });
    }
    if (f.status() != null) {
      if (!STATUSES.contains(f.status())) {
        throw new IllegalArgumentException("status must be one of " + STATUSES + ", was " + f.status());
      }
      // EXISTS, not IN: walking the date index, a page stops at its last row instead of collecting every match.
      conds.add("EXISTS (SELECT 1 FROM claim_pairs p WHERE p.status = ? AND p.event_id = e.id)");
      args.add(f.status());
    }
    if (f.ids() != null) {
      // One parameter however many ids: SQLite's json_each of a JSON array, PostgreSQL's = ANY of a BIGINT array.
      if (postgres) {
        conds.add("e.id = ANY(?)");
        args.add(f.ids().toArray(new Long[0]));
      } else {
        conds.add("e.id IN (SELECT value FROM json_each(?))");
        args.add(f.ids().toString());
      }
    }
    return conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
  }

  /**
   * What a text search looks through, per event, lower-cased: date, mediators, location, flags, and the names of
   * every source and outlet of its claims. Reads every claim: cache the answer.
   */
  public Map<Long, String> searchTexts(Connection c) throws SQLException {
    Map<Long, StringBuilder> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, event_date, mediators, location, flags FROM events "
        + "ORDER BY id"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), new StringBuilder(String.join("\n", rs.getString(2), rs.getString(3),
            String.valueOf(rs.getString(4)), rs.getString(5))));
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT ec.event_id, cl.source, a.outlet "
        + "FROM event_claims ec JOIN claims cl ON cl.id = ec.claim_id JOIN articles a ON a.id = cl.article_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        StringBuilder sb = out.get(rs.getLong(1));
        if (sb != null) {
          sb.append('\n').append(rs.getString(2)).append('\n').append(rs.getString(3));
        }
      }
    }
    Map<Long, String> texts = new LinkedHashMap<>();
    out.forEach((id, sb) -> texts.put(id, sb.toString().toLowerCase(java.util.Locale.ROOT)));
    return texts;
  }

  private static String like(String s) {
    return "%" + s.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i) instanceof Long[] ids) {
        ps.setArray(i + 1, ps.getConnection().createArrayOf("bigint", ids));
      } else {
        ps.setObject(i + 1, args.get(i));
      }
    }
  }

  private static List<EventItem> eventItems(PreparedStatement ps) throws SQLException {
    List<EventItem> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new EventItem(new EventRow(rs.getLong("id"), rs.getString("event_date"), Sql.getInt(rs, "ordinal"),
            rs.getString("mediators"), rs.getString("location"), Sql.getLong(rs, "stage_of"),
            Sql.getLong(rs, "to_ukraine"), rs.getString("to_ukraine_qualifier"), Sql.getLong(rs, "to_russia"),
            rs.getString("to_russia_qualifier"), Sql.getLong(rs, "total"), rs.getString("total_qualifier"),
            rs.getInt("sources"), rs.getInt("articles"), rs.getString("flags")), rs.getBoolean("gap")));
      }
    }
    return out;
  }

  /** The claims of one event, best first within each direction (to Ukraine, to Russia, total). */
  public List<ClaimRow> eventClaims(Connection c, long eventId) throws SQLException {
    return new QueryRepository().eventClaims(c, eventId);
  }

  /** The claims stated in one article, in text order. */
  public List<ClaimRow> articleClaims(Connection c, long articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(QueryRepository.CLAIM_SELECT + "WHERE c.article_id = ? "
        + "ORDER BY c.evidence_start, c.id")) {
      ps.setLong(1, articleId);
      return QueryRepository.claimRows(ps);
    }
  }

  /** A page of claims in id order, optionally of one event, article or direction. */
  public List<ClaimRow> claims(Connection c, @Nullable Long eventId, @Nullable Long articleId,
      @Nullable String direction, int limit, int offset) throws SQLException {
    List<String> conds = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (eventId != null) {
      conds.add("ec.event_id = ?");
      args.add(eventId);
    }
    if (articleId != null) {
      conds.add("c.article_id = ?");
      args.add(articleId);
    }
    if (direction != null) {
      conds.add("c.direction = ?");
      args.add(direction);
    }
    args.add(limit);
    args.add(offset);
    try (PreparedStatement ps = c.prepareStatement(QueryRepository.CLAIM_SELECT + (conds.isEmpty() ? "" : "WHERE "
        + String.join(" AND ", conds)) + " ORDER BY c.id LIMIT ? OFFSET ?")) {
      bind(ps, args);
      return QueryRepository.claimRows(ps);
    }
  }

  public List<PairRow> eventPairs(Connection c, long eventId) throws SQLException {
    return new QueryRepository().eventPairs(c, eventId);
  }

  public Optional<ArticleView> findArticle(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, input_id, url, outlet, published, language, body, "
        + "superseded_by FROM articles WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new ArticleView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), Sql.getLong(rs, "superseded_by")));
      }
    }
  }

  public List<CumulativeView> articleCumulative(Connection c, long articleId) throws SQLException {
    List<CumulativeView> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, article_id, side, head_count, qualifier, as_of, "
        + "source, evidence, evidence_start, evidence_end FROM cumulative_claims WHERE article_id = ? "
        + "ORDER BY evidence_start, id")) {
      ps.setLong(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new CumulativeView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10)));
        }
      }
    }
    return out;
  }

  /**
   * Checks in id order, each with what it rests on; only those touching one event (directly, or through its
   * claims or reports) when {@code eventId} is set, only flagged ones when {@code flaggedOnly}.
   */
  public List<CheckView> checks(Connection c, @Nullable Long eventId, boolean flaggedOnly) throws SQLException {
    List<Object> args = new ArrayList<>();
    List<String> conds = new ArrayList<>();
    if (eventId != null) {
      conds.add("k.id IN (SELECT check_id FROM check_basis WHERE (basis_kind = 'event' AND ref_id = ?) "
          + "OR (basis_kind = 'claim' AND ref_id IN (SELECT claim_id FROM event_claims WHERE event_id = ?)) "
          + "OR (basis_kind = 'report' AND ref_id IN (SELECT report_id FROM event_reports WHERE event_id = ?)))");
      args.add(eventId);
      args.add(eventId);
      args.add(eventId);
    }
    if (flaggedOnly) {
      conds.add("k.outcome = 'flag'");
    }
    String where = conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
    Map<Long, List<BasisView>> basis = new LinkedHashMap<>();
    String basisOf = " JOIN checks k ON k.id = b.check_id" + where;
    List<Object> basisArgs = args;
    readBasis(c, "SELECT b.check_id, b.basis_kind, b.ref_id, e.id, NULL, e.event_date FROM check_basis b "
        + "JOIN events e ON e.id = b.ref_id" + basisOf + (where.isEmpty() ? " WHERE " : " AND ")
        + "b.basis_kind = 'event'", basisArgs, basis);
    readBasis(c, "SELECT b.check_id, b.basis_kind, b.ref_id, ec.event_id, cl.article_id, "
        + "cl.direction || ': ' || cl.head_count || ' (' || COALESCE(cl.source, a.outlet, a.input_id) || ')' "
        + "FROM check_basis b JOIN claims cl ON cl.id = b.ref_id JOIN articles a ON a.id = cl.article_id "
        + "LEFT JOIN event_claims ec ON ec.claim_id = cl.id" + basisOf + (where.isEmpty() ? " WHERE " : " AND ")
        + "b.basis_kind = 'claim'", basisArgs, basis);
    readBasis(c, "SELECT b.check_id, b.basis_kind, b.ref_id, NULL, cu.article_id, "
        + "'running total ' || cu.side || ': ' || cu.head_count || ' (' || COALESCE(cu.source, a.outlet, a.input_id) "
        + "|| ')' FROM check_basis b JOIN cumulative_claims cu ON cu.id = b.ref_id "
        + "JOIN articles a ON a.id = cu.article_id" + basisOf + (where.isEmpty() ? " WHERE " : " AND ")
        + "b.basis_kind = 'cumulative'", basisArgs, basis);
    readBasis(c, "SELECT b.check_id, b.basis_kind, b.ref_id, er.event_id, r.article_id, "
        + "'report in ' || COALESCE(a.outlet, a.input_id) || COALESCE(' of ' || r.exchange_date, '') "
        + "FROM check_basis b JOIN reports r ON r.id = b.ref_id JOIN articles a ON a.id = r.article_id "
        + "LEFT JOIN event_reports er ON er.report_id = r.id" + basisOf + (where.isEmpty() ? " WHERE " : " AND ")
        + "b.basis_kind = 'report'", basisArgs, basis);
    List<CheckView> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.kind, k.outcome, k.message FROM checks k"
        + where + " ORDER BY k.id")) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          out.add(new CheckView(id, rs.getString(2), rs.getString(3), rs.getString(4),
              List.copyOf(basis.getOrDefault(id, List.of()))));
        }
      }
    }
    return out;
  }

  private static void readBasis(Connection c, String sql, List<Object> args, Map<Long, List<BasisView>> out)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY b.check_id, b.ref_id")) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new BasisView(rs.getString(2),
              rs.getLong(3), nullableLong(rs, 5), nullableLong(rs, 4), rs.getString(6)));
        }
      }
    }
  }

  private static @Nullable Long nullableLong(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  /** Events and best figures per side summed by year, in year order. */
  public List<YearRow> years(Connection c) throws SQLException {
    List<YearRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT SUBSTR(event_date, 1, 4) AS y, COUNT(*), "
        + "COALESCE(SUM(to_ukraine), 0), COALESCE(SUM(to_russia), 0) FROM events GROUP BY y ORDER BY y");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new YearRow(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)));
      }
    }
    return out;
  }
}
