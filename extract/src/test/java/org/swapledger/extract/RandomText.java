package org.swapledger.extract;

import java.util.Random;
import java.util.stream.LongStream;

/**
 * Seeded random input for the stage contract and property tests: raw UTF-16 (lone surrogates included), code
 * points from many scripts, and soups of the words, numbers, dates and punctuation the stages look for.
 */
public final class RandomText {
  /** How many seeds each property runs; every failure names its seed, so it can be replayed. */
  public static final int SEEDS = 300;

  private static final String[] TOKENS = {
      "said", "says", "according to", "told", "wrote on Telegram", "added", "TASS quoted", "citing", "he", "they",
      "more than", "over", "handed over", "at least", "about", "some", "nearly", "up to", "exactly", "a dozen",
      "prisoners", "prisoners of war", "servicemen", "people", "defenders", "bodies", "drones", "missiles",
      "exchange", "swap", "swapped", "released", "freed", "returned home", "from Russian captivity",
      "from Ukrainian custody", "our people", "each", "for", "in exchange for", "including", "a further",
      "since February 2022", "in total", "will", "agreed to", "the 49th", "fiftieth", "53rd", "exchange.",
      "January 31, 2024", "31 Jan", "Jan. 24", "on Wednesday", "today", "yesterday", "at the end of May", "in mid-",
      "May", "2022", "2,828", "1\u00A0200", "230", "248", "207", "195", "90-for-90", "two hundred and seven",
      "Forty-five", "2.4 thousand", "17:05", "202317:05", "Il-76", "3rd", "10km", "999999999999", "0",
      "Zelensky", "Zelenskyy", "Зеленського", "Lubinets", "Yermak", "Moskalkova", "Russia's Defense Ministry",
      "Coordination Headquarters", "UAE", "US", "us", "Emirati", "Kyiv", "Kiev", "Moscow", "Belarus",
      "Mr.", "U.S.", "Skip to content", "Also read:", "Photo:", "(Photo: Reuters)",
      ".", ",", ";", ":", "!", "?", "\"", "'", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u2014", "-", "(", ")",
      "\n", "\n\n", "\r\n", "\u2028", "\u00A0", "\t", "\u0301", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000"};

  private static final int[][] RANGES = {
      {0x20, 0x7E}, {0x00, 0x1F}, {0xA0, 0xFF}, {0x100, 0x24F}, {0x300, 0x36F}, {0x400, 0x4FF}, {0x2000, 0x206F},
      {0x3000, 0x303F}, {0x4E00, 0x4E80}, {0xD800, 0xDFFF}, {0xFE00, 0xFEFF}, {0x1F300, 0x1F64F}, {0x10400, 0x1044F},
      {'0', '9'}, {'0', '9'}, {0x20, 0x2F}};

  private RandomText() {}

  /** The seeds of a property, for {@code @MethodSource}. */
  public static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  /** A random text of up to {@code maxLength} UTF-16 units, of a kind drawn from the seed. */
  public static String of(Random r, int maxLength) {
    int length = r.nextInt(maxLength + 1);
    return switch (r.nextInt(4)) {
      case 0 -> codeUnits(r, length);
      case 1 -> codePoints(r, length);
      default -> tokens(r, length);
    };
  }

  /** Any UTF-16 code units, unpaired surrogates and controls included. */
  public static String codeUnits(Random r, int length) {
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = (char) r.nextInt(Character.MAX_VALUE + 1);
    }
    return new String(c);
  }

  /** Code points drawn from Latin, Cyrillic, combining marks, CJK, surrogate and emoji ranges, digits, spaces. */
  public static String codePoints(Random r, int length) {
    StringBuilder sb = new StringBuilder(length + 2);
    while (sb.length() < length) {
      int[] range = RANGES[r.nextInt(RANGES.length)];
      sb.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
    }
    return sb.toString();
  }

  /** The words and marks the stages look for, in random order with random spacing: text that nearly makes sense. */
  public static String tokens(Random r, int length) {
    StringBuilder sb = new StringBuilder(length + 40);
    while (sb.length() < length) {
      sb.append(TOKENS[r.nextInt(TOKENS.length)]);
      sb.append(r.nextInt(5) == 0 ? "" : " ");
    }
    return sb.toString();
  }

  /** One line of about {@code length} units without a line break: a page squeezed into one paragraph. */
  public static String hugeLine(Random r, int length) {
    return tokens(r, length).replace('\n', ' ').replace('\r', ' ').replace('\u2028', ' ');
  }
}
