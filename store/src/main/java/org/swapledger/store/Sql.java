package org.swapledger.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/** Small JDBC helpers for nullable columns. */
final class Sql {
  private Sql() {}

  static void setString(PreparedStatement ps, int i, @Nullable String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  static void setLong(PreparedStatement ps, int i, @Nullable Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  static void setInt(PreparedStatement ps, int i, @Nullable Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  static @Nullable Long getLong(ResultSet rs, String col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  static @Nullable Integer getInt(ResultSet rs, String col) throws SQLException {
    int v = rs.getInt(col);
    return rs.wasNull() ? null : v;
  }

  /** Whether {@code c} is a PostgreSQL connection (else SQLite): for the few statements the two spell apart. */
  static boolean postgres(java.sql.Connection c) throws SQLException {
    return c.isWrapperFor(org.postgresql.PGConnection.class);
  }

  static long maxId(java.sql.Connection c, String table) throws SQLException {
    try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
