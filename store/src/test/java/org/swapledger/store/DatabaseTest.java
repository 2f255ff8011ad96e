package org.swapledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTest {
  private static Database parse(String s, Map<String, String> env) {
    return Database.parse(s, env::get);
  }

  @Test
  void anything_but_a_postgresql_url_is_a_sqlite_file() {
    assertThat(parse("ledger.db", Map.of())).isEqualTo(new Database.SqliteFile(Path.of("ledger.db")));
    assertThat(parse("/tmp/postgresql/x.db", Map.of())).isInstanceOf(Database.SqliteFile.class);
    assertThat(parse("postgresql.db", Map.of())).isInstanceOf(Database.SqliteFile.class);
  }

  @Test
  void a_postgresql_url_gives_host_port_database_user_and_password() {
    Database.Postgres p = (Database.Postgres) parse("postgresql://ann:s%40cret@db.example:6543/ledger", Map.of());
    assertThat(p.host()).isEqualTo("db.example");
    assertThat(p.port()).isEqualTo(6543);
    assertThat(p.database()).isEqualTo("ledger");
    assertThat(p.user()).isEqualTo("ann");
    assertThat(p.password()).isEqualTo("s@cret");
    assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/ledger");
  }

  @Test
  void the_jdbc_form_and_the_postgres_scheme_are_read_the_same() {
    Database a = parse("jdbc:postgresql://db:5432/ledger?user=ann&password=pw&sslmode=require", Map.of());
    Database b = parse("postgres://ann:pw@db/ledger?sslmode=require", Map.of());
    assertThat(a).isEqualTo(b);
    assertThat(((Database.Postgres) a).jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/ledger?sslmode=require");
  }

  @Test
  void the_password_comes_from_pgpassword_when_the_url_has_none() {
    Database.Postgres p = (Database.Postgres) parse("postgresql://ann@db/ledger", Map.of("PGPASSWORD", "envpw"));
    assertThat(p.password()).isEqualTo("envpw");
    Database.Postgres q = (Database.Postgres) parse("postgresql://ann:urlpw@db/ledger", Map.of("PGPASSWORD", "envpw"));
    assertThat(q.password()).isEqualTo("urlpw");
  }

  @Test
  void the_password_is_never_shown() {
    Database p = parse("postgresql://ann:topsecret@db:5433/ledger", Map.of());
    assertThat(p.describe()).isEqualTo("postgresql://ann@db:5433/ledger").doesNotContain("topsecret");
    assertThat(p.toString()).doesNotContain("topsecret");
    assertThatThrownBy(() -> parse("postgresql://ann:topsecret@db:5433/", Map.of()))
        .hasMessageContaining("database name").hasMessageNotContaining("topsecret");
  }

  @Test
  void an_ipv6_host_is_read_and_shown_in_brackets() {
    Database.Postgres p = (Database.Postgres) parse("postgresql://ann@[::1]:5433/ledger", Map.of());
    assertThat(p.host()).isEqualTo("::1");
    assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/ledger");
  }

  private static final String SAFE = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ANY = SAFE + "ABCXYZ-_.~!$&'()*+,;=:@/?#[] %éж";

  private static String word(java.util.Random r, String alphabet, int min, int max) {
    StringBuilder sb = new StringBuilder();
    for (int n = min + r.nextInt(max - min + 1); n > 0; n--) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void random_urls_read_back_their_parts_and_never_show_the_password() {
    java.util.Random r = new java.util.Random(20261122);
    for (int i = 0; i < 2000; i++) {
      String user = word(r, SAFE, 1, 12);
      String password = "S3cr" + word(r, ANY, 4, 16); // "S" is in no user, host or database name here
      String host = r.nextBoolean() ? word(r, SAFE, 1, 10) + ".example" : "127.0.0." + r.nextInt(256);
      int port = 1 + r.nextInt(65535);
      String db = word(r, SAFE, 1, 12);
      String encoded = java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
          .replace("+", "%20");
      String url = (r.nextBoolean() ? "postgresql://" : "postgres://") + user + ":" + encoded + "@" + host + ":"
          + port + "/" + db + (r.nextBoolean() ? "?sslmode=require" : "");

      Database.Postgres p = (Database.Postgres) Database.parse(url, k -> null);

      assertThat(p.user()).as(url).isEqualTo(user);
      assertThat(p.password()).as(url).isEqualTo(password);
      assertThat(p.host()).as(url).isEqualTo(host);
      assertThat(p.port()).as(url).isEqualTo(port);
      assertThat(p.database()).as(url).isEqualTo(db);
      assertThat(p.describe()).as(url).doesNotContain("S3cr").startsWith("postgresql://" + user + "@");
      assertThat(p.jdbcUrl()).as(url).doesNotContain("S3cr");
    }
  }

  @Test
  void random_text_is_a_sqlite_path_or_a_clear_error_never_a_crash() {
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 2000; i++) {
      String text = (r.nextInt(3) == 0 ? "postgresql://" : "") + word(r, ANY, 0, 30);
      try {
        Database d = Database.parse(text, k -> null);
        assertThat(d).isNotNull();
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).as(text).contains("PostgreSQL URL");
      }
    }
  }
}
