package org.swapledger.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swapledger.extract.English;
import org.swapledger.model.Mention.NumberMention;
import org.swapledger.model.Qualifier;

/** Round trips on seeded random counts: written in digits or English words, read back to the same value. */
class NumberPropertiesTest {
  private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety"};
  private static final List<String> HEDGES = List.of("more than", "over", "at least", "about", "around", "some",
      "nearly", "almost", "up to", "exactly");
  private static final List<Qualifier> HEDGE_QUALIFIERS = List.of(Qualifier.MORE_THAN, Qualifier.MORE_THAN,
      Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.ABOUT, Qualifier.ABOUT, Qualifier.NEARLY, Qualifier.NEARLY,
      Qualifier.UP_TO, Qualifier.EXACT);

  private static final NumberFinder finder = new NumberFinder(English.PACK);

  private static long count(Random r) {
    // small counts are the common case; up to the largest count the finder accepts
    return switch (r.nextInt(3)) {
      case 0 -> r.nextInt(1000);
      case 1 -> r.nextInt(100_000);
      default -> r.nextInt((int) NumberFinder.MAX_COUNT);
    };
  }

  /** "1,234,567" or "1234567". */
  static String digits(long n, boolean grouped) {
    return grouped ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n);
  }

  /** English words: "one million two hundred and seven thousand and forty-five"; "and" drawn at random. */
  static String words(long n, Random r) {
    if (n == 0) {
      return "zero";
    }
    StringBuilder sb = new StringBuilder();
    long millions = n / 1_000_000;
    long thousands = n / 1000 % 1000;
    long rest = n % 1000;
    if (millions > 0) {
      sb.append(belowThousand((int) millions, r)).append(" million");
    }
    if (thousands > 0) {
      sb.append(sb.isEmpty() ? "" : " ").append(belowThousand((int) thousands, r)).append(" thousand");
    }
    if (rest > 0) {
      sb.append(sb.isEmpty() ? "" : rest < 100 && r.nextBoolean() ? " and " : " ").append(belowThousand((int) rest, r));
    }
    return sb.toString();
  }

  private static String belowThousand(int n, Random r) {
    StringBuilder sb = new StringBuilder();
    if (n >= 100) {
      sb.append(ONES[n / 100]).append(" hundred");
      if (n % 100 > 0) {
        sb.append(r.nextBoolean() ? " and " : " ");
      }
    }
    int t = n % 100;
    if (t >= 20) {
      sb.append(TENS[t / 10]).append(t % 10 > 0 ? "-" + ONES[t % 10] : "");
    } else if (t > 0) {
      sb.append(ONES[t]);
    }
    return sb.toString();
  }

  private NumberMention only(String text, String written) {
    List<NumberMention> found = finder.find(text);
    assertThat(found).as("numbers in '%s'", text).hasSize(1);
    NumberMention n = found.getFirst();
    assertThat(n.span().of(text)).isEqualTo(written);
    return n;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void a_count_written_in_digits_reads_back(long seed) {
    Random r = new Random(seed);
    long n = count(r);
    String written = digits(n, r.nextInt(4) > 0);
    String text = "Officials said " + written + " prisoners came home.";

    NumberMention m = only(text, written);
    assertThat(m.value()).isEqualTo(n);
    assertThat(m.words()).isFalse();
    assertThat(m.qualifier()).isEqualTo(Qualifier.EXACT);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void a_count_written_in_words_reads_back(long seed) {
    Random r = new Random(seed);
    long n = 1 + count(r) % (NumberFinder.MAX_COUNT - 1);
    String written = words(n, r);
    boolean capital = r.nextBoolean();
    if (capital) {
      written = Character.toUpperCase(written.charAt(0)) + written.substring(1);
    }
    String text = (capital ? "" : "Officials said ") + written + " prisoners came home.";

    NumberMention m = only(text, written);
    assertThat(m.value()).as("'%s'", written).isEqualTo(n);
    assertThat(m.words()).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void a_hedged_count_reads_back_with_its_qualifier(long seed) {
    Random r = new Random(seed);
    long n = 1 + count(r) % (NumberFinder.MAX_COUNT - 1);
    int h = r.nextInt(HEDGES.size());
    String written = r.nextBoolean() ? digits(n, true) : words(n, r);
    String text = "Kyiv said " + HEDGES.get(h) + " " + written + " people came home.";

    NumberMention m = only(text, written);
    assertThat(m.value()).isEqualTo(n);
    assertThat(m.qualifier()).as("'%s'", text).isEqualTo(HEDGE_QUALIFIERS.get(h));
    assertThat(m.qualifierSpan()).isNotNull();
    assertThat(m.qualifierSpan().of(text)).isEqualTo(HEDGES.get(h) + " ");
  }
}
