package org.swapledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.model.Issue;

class StoreTest {
  @TempDir
  Path dir;

  @Test
  void a_new_file_is_created_in_wal_mode_with_every_table() {
    try (Store store = Store.open(dir.resolve("ledger.db"))) {
      String mode = store.read(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
          rs.next();
          return rs.getString(1);
        }
      });
      assertThat(mode).isEqualToIgnoringCase("wal");
      assertThat(store.dump().keySet()).contains("articles", "reports", "claims", "cumulative_claims", "events",
          "event_claims", "event_reports", "claim_pairs", "checks", "check_basis", "issues", "store_state");
    }
  }

  @Test
  void reopening_a_migrated_file_keeps_its_rows() {
    Path file = dir.resolve("ledger.db");
    try (Store store = Store.open(file)) {
      store.inTransaction(c -> new IssueRepository().addAbsent(c, List.of(Issue.atLine("in.jsonl", 3, "bad"))));
    }
    try (Store store = Store.open(file)) {
      List<Issue> stored = store.read(c -> new IssueRepository().all(c));
      assertThat(stored).containsExactly(Issue.atLine("in.jsonl", 3, "bad"));
    }
  }

  @Test
  void the_same_issue_is_stored_once() {
    try (Store store = Store.open(dir.resolve("ledger.db"))) {
      IssueRepository issues = new IssueRepository();
      Issue bad = new Issue("in.jsonl", 7, 12, "invalid JSON");
      int first = store.inTransaction(c -> issues.addAbsent(c, List.of(bad, bad)));
      int second = store.inTransaction(c -> issues.addAbsent(c, List.of(bad)));

      assertThat(first).isEqualTo(1);
      assertThat(second).isZero();
    }
  }

  @Test
  void a_failed_transaction_leaves_nothing_behind() {
    try (Store store = Store.open(dir.resolve("ledger.db"))) {
      IssueRepository issues = new IssueRepository();
      assertThatThrownBy(() -> store.inTransaction(c -> {
        issues.addAbsent(c, List.of(Issue.atLine("in.jsonl", 1, "first")));
        throw new IllegalStateException("boom");
      })).hasMessage("boom");

      List<Issue> stored = store.read(issues::all);
      assertThat(stored).isEmpty();
    }
  }

  @Test
  void a_missing_directory_is_named_in_the_error() {
    assertThatThrownBy(() -> Store.open(dir.resolve("nowhere/ledger.db")))
        .isInstanceOf(StoreException.class).hasMessageContaining("nowhere");
  }
}
