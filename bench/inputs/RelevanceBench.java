import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.swapledger.ingest.relevance.RelevanceFilter;

/**
 * Relevance filter: recall on a corpus of relevant articles (JSONL, e.g. the dev corpus) and throughput on a mixed
 * generated corpus (one relevant article in ten). Usage: bench/inputs.sh relevance [articles.jsonl]
 */
public class RelevanceBench {
  public static void main(String[] args) throws Exception {
    RelevanceFilter filter = new RelevanceFilter();
    ObjectMapper json = new ObjectMapper();
    List<String> relevant = new ArrayList<>();
    if (args.length > 0) {
      int passed = 0;
      List<String> missed = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of(args[0]))) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        relevant.add(n.get("text").asText());
        if (filter.mayBeRelevant(n.get("text").asText())) {
          passed++;
        } else {
          missed.add(n.get("id").asText());
        }
      }
      System.out.printf("recall on %s: %d/%d = %.3f%s%n", args[0], passed, relevant.size(),
          passed / (double) relevant.size(), missed.isEmpty() ? "" : " missed " + missed);
    }
    Random rnd = new Random(42);
    String[] words = ("the government said on monday that the budget for roads and schools would grow next year "
        + "while markets fell and the football team won the cup after a long season of rain and snow in the north "
        + "правительство заявило что бюджет вырастет в следующем году уряд повідомив що погода буде теплою "
        + "la economía creció el gobierno dijo que el tiempo será cálido die regierung sagte das wetter wird warm")
        .split(" ");
    List<String> mixed = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      if (i % 10 == 0 && !relevant.isEmpty()) {
        mixed.add(relevant.get(rnd.nextInt(relevant.size())));
        continue;
      }
      StringBuilder sb = new StringBuilder();
      int len = 1500 + rnd.nextInt(4000);
      while (sb.length() < len) {
        sb.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(12) == 0 ? ".\n\n" : " ");
      }
      mixed.add(sb.toString());
    }
    long bytes = mixed.stream().mapToLong(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    int kept = 0;
    for (int round = 0; round < 3; round++) {
      kept = 0;
      long t0 = System.nanoTime();
      for (String s : mixed) {
        if (filter.mayBeRelevant(s)) {
          kept++;
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("round %d: %d articles, %.1f MB in %.3f s = %.0f MB/s, %.0f articles/s; kept %d%n", round,
          mixed.size(), bytes / 1e6, secs, bytes / 1e6 / secs, mixed.size() / secs, kept);
    }
  }
}
