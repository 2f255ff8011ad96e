package org.swapledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small named facts about the store, such as "the events are older than the claims". */
public final class StateRepository {
  /** Set in the same transaction as any change of claims; cleared when the events are rebuilt. */
  public static final String LEDGER_STALE = "ledger_stale";

  public Optional<String> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT state_value FROM store_state WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  public void put(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM store_state WHERE name = ?");
        PreparedStatement ins = c.prepareStatement("INSERT INTO store_state (name, state_value) VALUES (?, ?)")) {
      del.setString(1, name);
      del.executeUpdate();
      ins.setString(1, name);
      ins.setString(2, value);
      ins.executeUpdate();
    }
  }

  public void remove(Connection c, String name) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM store_state WHERE name = ?")) {
      del.setString(1, name);
      del.executeUpdate();
    }
  }
}
