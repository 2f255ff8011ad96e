package org.swapledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.swapledger.model.Issue;

/** Bad input, kept with where it was and why; the same issue met again is not stored twice. */
public final class IssueRepository {
  /** Longest reason kept; longer ones are cut (an index on the reason must stay within PostgreSQL's limit). */
  static final int MAX_REASON = 1000;

  /** Stores the issues not stored yet; returns how many were new. */
  public int addAbsent(Connection c, List<Issue> issues) throws SQLException {
    if (issues.isEmpty()) {
      return 0;
    }
    long id = Sql.maxId(c, "issues");
    int added = 0;
    try (PreparedStatement find = c.prepareStatement(
        "SELECT 1 FROM issues WHERE source = ? AND line = ? AND char_offset = ? AND reason = ?");
        PreparedStatement ins = c.prepareStatement(
            "INSERT INTO issues (id, source, line, char_offset, reason) VALUES (?,?,?,?,?)")) {
      for (Issue i : issues) {
        String reason = i.reason().length() > MAX_REASON ? i.reason().substring(0, MAX_REASON) : i.reason();
        find.setString(1, i.source());
        find.setLong(2, i.line());
        find.setLong(3, i.offset());
        find.setString(4, reason);
        try (ResultSet rs = find.executeQuery()) {
          if (rs.next()) {
            continue;
          }
        }
        ins.setLong(1, ++id);
        ins.setString(2, i.source());
        ins.setLong(3, i.line());
        ins.setLong(4, i.offset());
        ins.setString(5, reason);
        ins.executeUpdate();
        added++;
      }
    }
    return added;
  }

  public List<Issue> all(Connection c) throws SQLException {
    List<Issue> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT source, line, char_offset, reason FROM issues ORDER BY id"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Issue(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
      }
    }
    return out;
  }
}
