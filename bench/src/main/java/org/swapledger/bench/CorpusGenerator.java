package org.swapledger.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.swapledger.ledger.LedgerChecker;

/**
 * Writes a synthetic corpus of prisoner-exchange coverage as JSONL ({@code id, url, outlet, published, text}):
 * invented exchanges every few days, each covered by many articles in varied wording (digits and words,
 * "X for X", hedged figures, weekdays and explicit dates, quotes, mediators, running totals, earlier swaps in
 * passing, wire copy shared by outlets, boilerplate lines). Deterministic for a seed. The wording is our own.
 */
public final class CorpusGenerator {
  /** Articles per invented exchange: coverage of a real swap runs to dozens of pieces. */
  static final int ARTICLES_PER_EXCHANGE = 50;
  private static final LocalDate START = LocalDate.of(2022, 3, 1);
  private static final String[] OUTLETS = {"Daily Courier", "Eastern Wire", "Kyiv Ledger", "The Baltic Times Online",
      "Harbour Post", "Continental Review", "Morning Dispatch", "Northern Herald", "Prairie Gazette", "Danube Daily",
      "Atlas News", "Civic Monitor"};
  private static final String[] UA_SOURCES = {"the Coordination Headquarters for the Treatment of Prisoners of War",
      "Ukraine's human rights ombudsman Dmytro Lubinets", "President Volodymyr Zelensky", "Andriy Yermak"};
  private static final String[] MEDIATORS = {"the United Arab Emirates", "the UAE", "Turkey", "Qatar"};
  private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty"};

  /** One invented exchange. */
  record Exchange(int ordinal, LocalDate date, int toUkraine, int toRussia, String mediator, long totalAfter) {}

  private final SplittableRandom random;

  public CorpusGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes {@code articles} articles; every {@code badEvery}-th line (0: none) is broken JSON. */
  public void write(Writer out, int articles, int badEvery) throws IOException {
    List<Exchange> exchanges = exchanges(Math.max(1, articles / ARTICLES_PER_EXCHANGE));
    for (int i = 0; i < articles; i++) {
      if (badEvery > 0 && i % badEvery == badEvery - 1) {
        out.write("{\"id\": \"broken-" + i + "\", \"text\": \"unterminated\n");
        continue;
      }
      int e = Math.min(exchanges.size() - 1, i / ARTICLES_PER_EXCHANGE);
      Exchange ex = exchanges.get(e);
      Exchange previous = e > 0 ? exchanges.get(e - 1) : null;
      out.write(article(i, ex, previous));
      out.write('\n');
    }
  }

  List<Exchange> exchanges(int n) {
    List<Exchange> out = new ArrayList<>();
    LocalDate d = START;
    long total = 0;
    for (int i = 1; i <= n; i++) {
      int ua = 20 + random.nextInt(280);
      int ru = random.nextInt(3) == 0 ? ua : Math.max(1, ua - random.nextInt(40));
      total += ua;
      out.add(new Exchange(i, d, ua, ru, MEDIATORS[random.nextInt(MEDIATORS.length)], total));
      d = d.plusDays(4 + random.nextInt(20));
    }
    return out;
  }

  private String article(int i, Exchange ex, Exchange previous) {
    boolean nextDay = random.nextInt(4) == 0;
    LocalDate published = nextDay ? ex.date().plusDays(1) : ex.date();
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    String when = nextDay ? "on " + weekday(ex.date().getDayOfWeek())
        : random.nextBoolean() ? "on " + ex.date().getDayOfMonth() + " " + month(ex.date()) : "today";
    List<String> lines = new ArrayList<>();
    lines.add(headline(ex));
    lines.add(outlet.toUpperCase(Locale.ROOT) + " — " + month(published) + " " + published.getDayOfMonth() + ", "
        + published.getYear());
    StringBuilder body = new StringBuilder();
    String ua = UA_SOURCES[random.nextInt(UA_SOURCES.length)];
    switch (random.nextInt(4)) {
      case 0 -> body.append(capital(ua)).append(" said ").append(count(ex.toUkraine()))
          .append(" Ukrainians had come home from Russian captivity ").append(when).append(". ");
      case 1 -> body.append("\"").append(count(ex.toUkraine())).append(" of our people are back home,\" ")
          .append(ua).append(" wrote ").append(when).append(". ");
      case 2 -> body.append("Russia and Ukraine carried out the ").append(LedgerChecker.nth(ex.ordinal()))
          .append(" exchange of prisoners ").append(when).append(", returning ").append(ex.toUkraine())
          .append(" Ukrainian service members and civilians, according to ").append(ua).append(". ");
      default -> body.append("Kyiv and Moscow swapped ").append(ex.toUkraine()).append(" for ")
          .append(ex.toUkraine()).append(" prisoners of war ").append(when).append(". ");
    }
    if (random.nextInt(3) > 0) {
      body.append(random.nextBoolean()
          ? "Russia's defence ministry said " + ex.toRussia() + " Russian servicemen had been returned from "
              + "territory controlled by Kyiv. "
          : "The Russian Ministry of Defence reported that " + ex.toRussia() + " soldiers were brought back. ");
    }
    if (random.nextInt(3) == 0) {
      body.append("Zelensky later said more than ").append(ex.toUkraine() / 10 * 10).append(" people were freed. ");
    }
    if (random.nextBoolean()) {
      body.append("The handover was mediated by ").append(ex.mediator()).append(". ");
    }
    lines.add(body.toString().strip());
    if (random.nextInt(5) == 0) {
      // Wire copy: the same agency sentence in every outlet that runs it.
      lines.add("In all, " + String.format(Locale.ROOT, "%,d", ex.totalAfter()) + " Ukrainians have been freed "
          + "from Russian captivity since the start of the full-scale invasion, officials in Kyiv said.");
    }
    if (previous != null && random.nextInt(4) == 0) {
      lines.add("The previous swap took place in " + month(previous.date()) + ", when " + previous.toUkraine()
          + " prisoners were returned to Ukraine.");
    }
    if (random.nextInt(3) == 0) {
      lines.add("Families of the missing gathered outside the headquarters, hoping for news of relatives.");
    }
    lines.add(random.nextBoolean() ? "Subscribe to our newsletter for daily updates." : "Read more: world news");
    String text = String.join("\n\n", lines);
    String id = "gen-" + i;
    return "{\"id\":\"" + id + "\",\"url\":\"https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-')
        + ".example/news/" + published + "/" + id + "\",\"outlet\":\"" + outlet + "\",\"published\":\"" + published
        + "\",\"text\":\"" + json(text) + "\"}";
  }

  private String headline(Exchange ex) {
    return switch (random.nextInt(3)) {
      case 0 -> "Ukraine and Russia exchange prisoners of war";
      case 1 -> ex.toUkraine() + " Ukrainian defenders return home";
      default -> "Prisoner swap brings " + ex.toUkraine() + " back to Ukraine";
    };
  }

  private String count(int n) {
    return n <= 20 && random.nextBoolean() ? WORDS[n] : Integer.toString(n);
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String weekday(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Writes a corpus file: {@code CorpusGenerator ARTICLES OUT.jsonl [SEED] [BAD_EVERY]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator ARTICLES OUT.jsonl [SEED] [BAD_EVERY]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    int bad = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      new CorpusGenerator(seed).write(w, n, bad);
    }
  }
}
