package org.swapledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.swapledger.model.Issue;

/** What only PostgreSQL has to show: connecting, the change counter, writers taking turns, clear errors. */
class PostgresStoreTest {
  @Test
  void a_new_database_is_migrated_with_every_table() {
    try (Store store = Store.open(PostgresServer.shared().newDatabaseUrl())) {
      assertThat(store.isPostgres()).isTrue();
      assertThat(store.dump().keySet()).containsExactlyInAnyOrder("articles", "reports", "claims",
          "cumulative_claims", "events", "event_claims", "event_reports", "claim_pairs", "checks", "check_basis",
          "issues", "store_state");
    }
  }

  @Test
  void the_password_can_come_from_pgpassword() {
    PostgresServer pg = PostgresServer.shared();
    String db = pg.createDatabase();
    Database withEnv = Database.parse(pg.urlWithoutPassword(db), name -> name.equals("PGPASSWORD")
        ? PostgresServer.PASSWORD : null);
    try (Store store = Store.open(withEnv)) {
      List<Issue> none = store.read(c -> new IssueRepository().all(c));
      assertThat(none).isEmpty();
    }
    Database without = Database.parse(pg.urlWithoutPassword(db), name -> null);
    assertThatThrownBy(() -> Store.open(without)).isInstanceOf(StoreException.class)
        .hasMessageContaining("127.0.0.1:" + pg.port()).hasMessageContaining("password");
  }

  @Test
  void a_server_that_is_not_there_is_named_with_the_reason() throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    int closed = port;
    assertThatThrownBy(() -> Store.open("postgresql://ann:pw@127.0.0.1:" + closed + "/ledger"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("127.0.0.1:" + closed)
        .hasMessageContaining("refused")
        .hasMessageNotContaining("pw@");
  }

  @Test
  void each_writing_transaction_changes_the_data_version_and_reads_do_not() {
    String url = PostgresServer.shared().newDatabaseUrl();
    try (Store writer = Store.open(url); Store reader = Store.open(url)) {
      BrowseRepository browse = new BrowseRepository();
      long v0 = reader.read(browse::dataVersion);
      assertThat(reader.read(browse::dataVersion)).isEqualTo(v0);
      writer.read(c -> new IssueRepository().all(c));
      assertThat(reader.read(browse::dataVersion)).isEqualTo(v0);
      writer.inTransaction(c -> new IssueRepository().addAbsent(c, List.of(Issue.atLine("in.jsonl", 1, "bad"))));
      long v1 = reader.read(browse::dataVersion);
      assertThat(v1).isGreaterThan(v0);
      assertThatThrownBy(() -> writer.inTransaction(c -> {
        new IssueRepository().addAbsent(c, List.of(Issue.atLine("in.jsonl", 2, "bad")));
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
      assertThat(reader.read(browse::dataVersion)).as("a rolled-back transaction changed nothing").isEqualTo(v1);
    }
  }

  @Test
  void two_writers_take_turns_so_ids_never_collide() throws Exception {
    String url = PostgresServer.shared().newDatabaseUrl();
    try (Store a = Store.open(url); Store b = Store.open(url)) {
      IssueRepository issues = new IssueRepository();
      CountDownLatch aHasWritten = new CountDownLatch(1);
      CountDownLatch bStarted = new CountDownLatch(1);
      CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> a.inTransaction(c -> {
        int n = issues.addAbsent(c, List.of(Issue.atLine("a.jsonl", 1, "bad")));
        aHasWritten.countDown();
        try {
          bStarted.await(10, TimeUnit.SECONDS);
          Thread.sleep(300); // b is now waiting for a's commit
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return n;
      }));
      assertThat(aHasWritten.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
        bStarted.countDown();
        return b.inTransaction(c -> issues.addAbsent(c, List.of(Issue.atLine("b.jsonl", 1, "bad"))));
      });
      assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(a.read(issues::all)).extracting(Issue::source).containsExactly("a.jsonl", "b.jsonl");
    }
  }

  @Test
  void a_read_sees_one_snapshot_while_another_connection_commits() {
    String url = PostgresServer.shared().newDatabaseUrl();
    try (Store reader = Store.open(url); Store writer = Store.open(url)) {
      IssueRepository issues = new IssueRepository();
      writer.inTransaction(c -> issues.addAbsent(c, List.of(Issue.atLine("in.jsonl", 1, "one"))));
      List<Integer> seen = reader.read(c -> {
        int before = issues.all(c).size();
        writer.inTransaction(w -> issues.addAbsent(w, List.of(Issue.atLine("in.jsonl", 2, "two"))));
        return List.of(before, issues.all(c).size());
      });
      assertThat(seen).containsExactly(1, 1);
      assertThat(reader.read(issues::all)).hasSize(2);
    }
  }

  @Test
  void booleans_are_real_booleans_and_ids_bigints() throws Exception {
    PostgresServer pg = PostgresServer.shared();
    String db = pg.createDatabase();
    try (Store store = Store.open(pg.url(db))) {
      List<Issue> none = store.read(c -> new IssueRepository().all(c));
      assertThat(none).isEmpty();
    }
    try (Connection c = pg.connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
            + "WHERE column_name IN ('id', 'superseded', 'additional', 'in_passing', 'best')")) {
      Map<String, String> types = new java.util.TreeMap<>();
      while (rs.next()) {
        types.put(rs.getString(1), rs.getString(2));
      }
      assertThat(types).containsEntry("claims.id", "bigint").containsEntry("claims.superseded", "boolean")
          .containsEntry("claims.additional", "boolean").containsEntry("event_claims.best", "boolean");
    }
  }
}
