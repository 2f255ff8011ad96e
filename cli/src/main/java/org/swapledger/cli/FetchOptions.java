package org.swapledger.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.ingest.http.Fetcher;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The politeness and limits of fetching, shared by {@code fetch} and {@code watch}. */
final class FetchOptions {
  @Option(names = "--contact", paramLabel = "EMAIL|URL", description = "Contact for site owners, sent in the "
      + "User-Agent (default: $SWAPLEDGER_CONTACT, else ${DEFAULT-VALUE}).", defaultValue = "dev@swapledger.org")
  String contact = "dev@swapledger.org";

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Time limit per request (default: 30s).")
  Duration timeout = Duration.ofSeconds(30);

  @Option(names = "--host-interval", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Least time between two requests to one host (default: 1s; robots.txt Crawl-delay may raise it).")
  Duration hostInterval = Duration.ofSeconds(1);

  @Option(names = "--retries", paramLabel = "N", description = "Further tries after a timeout, a connection error, "
      + "429 or 5xx, with exponential backoff from 2s (default: 2).")
  int retries = 2;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest response accepted, after decompression "
      + "(default: 10485760).")
  long maxBytes = 10L << 20;

  /** The spec picocli injected into a command; a missing one is a wiring bug. */
  static CommandLine.Model.CommandSpec expect(CommandLine.Model.@Nullable CommandSpec spec) {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }

  /** The fetch policy these options describe; throws a picocli parameter error naming the bad option. */
  Fetcher.Policy policy(CommandLine cl) {
    String c = System.getenv("SWAPLEDGER_CONTACT") != null && contact.equals("dev@swapledger.org")
        ? System.getenv("SWAPLEDGER_CONTACT") : contact;
    if (!c.contains("@") && !c.startsWith("http")) {
      throw new CommandLine.ParameterException(cl, "--contact must be an e-mail address or a URL, was \"" + c + "\"");
    }
    if (retries < 0 || retries > 10) {
      throw new CommandLine.ParameterException(cl, "--retries must be between 0 and 10, was " + retries);
    }
    if (maxBytes < 1024) {
      throw new CommandLine.ParameterException(cl, "--max-bytes must be at least 1024, was " + maxBytes);
    }
    return Fetcher.Policy.defaults(c).withTimeout(timeout).withMaxBytes(maxBytes)
        .withPacing(hostInterval, Duration.ofSeconds(2)).withAttempts(retries + 1);
  }

  /** "500ms", "30s", "15m", "1h", "1d". */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; use e.g. 500ms, 30s, 15m, "
            + "1h or 1d");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
  }
}
