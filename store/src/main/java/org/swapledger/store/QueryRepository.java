package org.swapledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Check;

/** Read-only views of the ledger tables for listing, showing and exporting. */
public final class QueryRepository {
  /** One event as listed: best figure per side, mediators, how many sources, flags. */
  public record EventRow(long id, String date, @Nullable Integer ordinal, String mediators, @Nullable String location,
      @Nullable Long stageOf, @Nullable Long toUkraine, @Nullable String toUkraineQualifier, @Nullable Long toRussia,
      @Nullable String toRussiaQualifier, @Nullable Long total, @Nullable String totalQualifier, int sources,
      int articles, String flags) {}

  /**
   * One claim with its article and, when linked, its event and place in the reconciliation: the one read model of
   * a claim, for the CLI, the exports, the API and the web pages.
   */
  public record ClaimRow(long id, @Nullable Long eventId, @Nullable String eventDate, @Nullable String reportDate,
      String direction, long count, String qualifier, long low, @Nullable Long high, @Nullable String source,
      @Nullable String authority, @Nullable Integer sourceGroup, boolean best, String articleInputId,
      @Nullable String outlet, @Nullable String url, @Nullable String published, String evidence, int evidenceStart,
      int evidenceEnd, boolean superseded, String extractVersion, boolean additional, long articleId) {}

  /** How two claims of an event relate. */
  public record PairRow(String direction, long first, long second, String status) {}

  /** A check with what it rests on. */
  public record CheckRow(long id, String kind, String outcome, String message, List<Check.Basis> basis) {}

  private static final String EVENT_COLUMNS = "id, event_date, ordinal, mediators, location, stage_of, to_ukraine, "
      + "to_ukraine_qualifier, to_russia, to_russia_qualifier, total, total_qualifier, sources, articles, flags";

  public List<EventRow> events(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events ORDER BY id")) {
      return eventRows(ps);
    }
  }

  /** The event with this id, or the day-dated event on this date ("2024-01-03"). */
  public Optional<EventRow> findEvent(Connection c, String idOrDate) throws SQLException {
    String t = idOrDate.trim();
    boolean numeric = !t.isEmpty() && t.chars().allMatch(Character::isDigit);
    try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM events WHERE "
        + (numeric ? "id = ?" : "event_date = ?") + " ORDER BY id")) {
      if (numeric) {
        ps.setLong(1, Long.parseLong(t));
      } else {
        ps.setString(1, t);
      }
      List<EventRow> rows = eventRows(ps);
      return rows.stream().findFirst();
    }
  }

  private static List<EventRow> eventRows(PreparedStatement ps) throws SQLException {
    List<EventRow> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new EventRow(rs.getLong("id"), rs.getString("event_date"), Sql.getInt(rs, "ordinal"),
            rs.getString("mediators"), rs.getString("location"), Sql.getLong(rs, "stage_of"),
            Sql.getLong(rs, "to_ukraine"), rs.getString("to_ukraine_qualifier"), Sql.getLong(rs, "to_russia"),
            rs.getString("to_russia_qualifier"), Sql.getLong(rs, "total"), rs.getString("total_qualifier"),
            rs.getInt("sources"), rs.getInt("articles"), rs.getString("flags")));
      }
    }
    return out;
  }

  static final String CLAIM_SELECT = "SELECT c.id, ec.event_id, e.event_date, r.exchange_date, c.direction, "
      + "c.head_count, c.qualifier, c.count_low, c.count_high, c.source, ec.authority, ec.source_group, ec.best, "
      + "a.input_id, a.outlet, a.url, a.published, c.evidence, c.evidence_start, c.evidence_end, c.superseded, "
      + "c.extract_version, c.additional, a.id AS article_id FROM claims c JOIN reports r ON r.id = c.report_id JOIN articles a ON a.id = c.article_id "
      + "LEFT JOIN event_claims ec ON ec.claim_id = c.id LEFT JOIN events e ON e.id = ec.event_id ";

  /** The claims of one event, best first within each direction. */
  public List<ClaimRow> eventClaims(Connection c, long eventId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(CLAIM_SELECT + "WHERE ec.event_id = ? "
        + "ORDER BY c.direction DESC, ec.claim_rank")) {
      ps.setLong(1, eventId);
      return claimRows(ps);
    }
  }

  /** Every claim, superseded ones included, in id order. */
  public List<ClaimRow> allClaims(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(CLAIM_SELECT + "ORDER BY c.id")) {
      return claimRows(ps);
    }
  }

  static List<ClaimRow> claimRows(PreparedStatement ps) throws SQLException {
    List<ClaimRow> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new ClaimRow(rs.getLong(1), Sql.getLong(rs, "event_id"), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getLong(6), rs.getString(7), rs.getLong(8), Sql.getLong(rs, "count_high"),
            rs.getString(10), rs.getString(11), Sql.getInt(rs, "source_group"), rs.getBoolean(13), rs.getString(14),
            rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getInt(19), rs.getInt(20),
            rs.getBoolean(21), rs.getString(22), rs.getBoolean(23), rs.getLong(24)));
      }
    }
    return out;
  }

  public List<PairRow> eventPairs(Connection c, long eventId) throws SQLException {
    List<PairRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT direction, first_claim, second_claim, status "
        + "FROM claim_pairs WHERE event_id = ? ORDER BY direction DESC, first_claim, second_claim")) {
      ps.setLong(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new PairRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  public List<CheckRow> checks(Connection c) throws SQLException {
    Map<Long, List<Check.Basis>> basis = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT check_id, basis_kind, ref_id FROM check_basis ORDER BY check_id, basis_kind, ref_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        basis.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Check.Basis(
            Check.Basis.Kind.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)), rs.getLong(3)));
      }
    }
    List<CheckRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, outcome, message FROM checks ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        out.add(new CheckRow(id, rs.getString(2), rs.getString(3), rs.getString(4), basis.getOrDefault(id, List.of())));
      }
    }
    return out;
  }
}
