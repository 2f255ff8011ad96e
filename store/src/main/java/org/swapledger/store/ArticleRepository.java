package org.swapledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swapledger.model.Article;
import org.swapledger.model.Claim;
import org.swapledger.model.CountInterval;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;

/** Writes articles with their reports, claims and running totals; supersedes the claims of changed articles. */
public final class ArticleRepository {
  /** The current version of an article: its row id, content hash and the stage versions that extracted it. */
  public record Known(long id, String contentHash, String extractVersion) {}

  /** Current articles (not superseded) by identity key. */
  public Map<String, Known> currentByIdentity(Connection c) throws SQLException {
    Map<String, Known> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, identity_key, content_hash, extract_version FROM articles WHERE superseded_by IS NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(2), new Known(rs.getLong(1), rs.getString(3), rs.getString(4)));
      }
    }
    return out;
  }

  /**
   * Stores a batch of articles in the caller's transaction. An article whose identity already has a current row
   * gets a new row; the old row points to it and its reports, claims and totals are marked superseded.
   *
   * @param supersedes for each article, the id of the current row it replaces, or null
   * @return the new rows' ids, in order
   */
  public long[] add(Connection c, List<NewArticle> articles, List<Long> supersedes) throws SQLException {
    long articleId = Sql.maxId(c, "articles");
    long reportId = Sql.maxId(c, "reports");
    long claimId = Sql.maxId(c, "claims");
    long totalId = Sql.maxId(c, "cumulative_claims");
    long[] ids = new long[articles.size()];
    try (PreparedStatement pa = c.prepareStatement("INSERT INTO articles (id, identity_key, input_id, url, outlet, "
        + "published, language, content_hash, body, origin, extract_version) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement pr = c.prepareStatement("INSERT INTO reports (id, article_id, seq, exchange_date, ordinal, "
            + "ordinal_start, ordinal_end, mediators, location, in_passing, superseded, extract_version) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement pc = c.prepareStatement("INSERT INTO claims (id, report_id, article_id, direction, "
            + "head_count, qualifier, count_low, count_high, source, evidence_start, evidence_end, number_start, "
            + "number_end, evidence, evidence_key, superseded, extract_version, additional) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement pt = c.prepareStatement("INSERT INTO cumulative_claims (id, article_id, side, head_count, "
            + "qualifier, count_low, count_high, as_of, source, evidence_start, evidence_end, number_start, "
            + "number_end, evidence, superseded, extract_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < articles.size(); i++) {
        NewArticle n = articles.get(i);
        Article a = n.extraction().article();
        String text = a.text();
        String version = n.extractVersion();
        ids[i] = ++articleId;
        pa.setLong(1, articleId);
        pa.setString(2, n.identityKey());
        pa.setString(3, a.id());
        Sql.setString(pa, 4, a.url());
        Sql.setString(pa, 5, a.outlet());
        Sql.setString(pa, 6, a.published() == null ? null : a.published().toString());
        pa.setString(7, n.extraction().language());
        pa.setString(8, n.contentHash());
        pa.setString(9, text);
        pa.setString(10, n.origin());
        pa.setString(11, version);
        pa.addBatch();
        int seq = 0;
        for (ExchangeReport r : n.extraction().exchanges()) {
          pr.setLong(1, ++reportId);
          pr.setLong(2, articleId);
          pr.setInt(3, seq++);
          Sql.setString(pr, 4, r.date() == null ? null : r.date().toString());
          Sql.setInt(pr, 5, r.ordinal());
          Sql.setInt(pr, 6, r.ordinalEvidence() == null ? null : r.ordinalEvidence().start());
          Sql.setInt(pr, 7, r.ordinalEvidence() == null ? null : r.ordinalEvidence().end());
          pr.setString(8, String.join("; ", r.mediators()));
          Sql.setString(pr, 9, r.location());
          pr.setBoolean(10, r.inPassing());
          pr.setBoolean(11, false);
          pr.setString(12, version);
          pr.addBatch();
          for (Figure f : r.figures()) {
            String evidence = f.evidence().of(text);
            CountInterval iv = f.interval();
            pc.setLong(1, ++claimId);
            pc.setLong(2, reportId);
            pc.setLong(3, articleId);
            pc.setString(4, f.direction().field());
            pc.setLong(5, f.count());
            pc.setString(6, f.qualifier().code());
            pc.setLong(7, iv.low());
            Sql.setLong(pc, 8, iv.high() == CountInterval.UNBOUNDED ? null : iv.high());
            Sql.setString(pc, 9, f.source());
            pc.setInt(10, f.evidence().start());
            pc.setInt(11, f.evidence().end());
            pc.setInt(12, f.number().start());
            pc.setInt(13, f.number().end());
            pc.setString(14, evidence);
            // Without a sentence there is no wire copy to recognise: the claim is a source of its own.
            pc.setString(15, evidence.isBlank() ? Claim.noEvidenceKey(claimId) : Claim.evidenceKey(evidence));
            pc.setBoolean(16, false);
            pc.setString(17, version);
            pc.setBoolean(18, f.additional());
            pc.addBatch();
          }
        }
        for (CumulativeReport t : n.extraction().cumulative()) {
          CountInterval iv = t.qualifier().interval(t.count());
          pt.setLong(1, ++totalId);
          pt.setLong(2, articleId);
          pt.setString(3, t.side().code());
          pt.setLong(4, t.count());
          pt.setString(5, t.qualifier().code());
          pt.setLong(6, iv.low());
          Sql.setLong(pt, 7, iv.high() == CountInterval.UNBOUNDED ? null : iv.high());
          Sql.setString(pt, 8, t.asOf() == null ? null : t.asOf().toString());
          Sql.setString(pt, 9, t.source());
          pt.setInt(10, t.evidence().start());
          pt.setInt(11, t.evidence().end());
          pt.setInt(12, t.number().start());
          pt.setInt(13, t.number().end());
          pt.setString(14, t.evidence().of(text));
          pt.setBoolean(15, false);
          pt.setString(16, version);
          pt.addBatch();
        }
      }
      pa.executeBatch();
      pr.executeBatch();
      pc.executeBatch();
      pt.executeBatch();
    }
    for (int i = 0; i < articles.size(); i++) {
      Long old = supersedes.get(i);
      if (old != null) {
        supersede(c, old, ids[i]);
      }
    }
    return ids;
  }

  private static void supersede(Connection c, long oldId, long newId) throws SQLException {
    try (PreparedStatement a = c.prepareStatement("UPDATE articles SET superseded_by = ? WHERE id = ?");
        PreparedStatement r = c.prepareStatement("UPDATE reports SET superseded = ? WHERE article_id = ?");
        PreparedStatement cl = c.prepareStatement("UPDATE claims SET superseded = ? WHERE article_id = ?");
        PreparedStatement t = c.prepareStatement("UPDATE cumulative_claims SET superseded = ? WHERE article_id = ?")) {
      a.setLong(1, newId);
      a.setLong(2, oldId);
      a.executeUpdate();
      for (PreparedStatement ps : List.of(r, cl, t)) {
        ps.setBoolean(1, true);
        ps.setLong(2, oldId);
        ps.executeUpdate();
      }
    }
  }
}
