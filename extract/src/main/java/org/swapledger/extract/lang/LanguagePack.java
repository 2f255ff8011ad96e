package org.swapledger.extract.lang;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Qualifier;

/**
 * The words of one language, read from {@code lang/CODE.yaml}: numbers, months, qualifiers and the lexicons the
 * stages match. Validated when loaded; a broken pack fails with the file, the key and the reason.
 */
public final class LanguagePack {
  /** Lexicon keys every pack must define: the roles the stages look for. */
  public static final List<String> LEXICONS = List.of("people", "composition", "not_people", "side_ukraine",
      "side_russia", "held_by_russia", "held_by_ukraine", "own_side", "receive_verbs", "give_verbs", "symmetric",
      "exchange", "plan", "past_exchange", "continuation", "current_exchange", "subcount", "additional",
      "cumulative", "cumulative_trap", "speech", "relay", "joint", "pronoun", "mediation", "location",
      "ordinal_trap");

  /** Lexicon keys a pack may leave out: finer rules that match nothing where a language has no words for them. */
  public static final List<String> OPTIONAL_LEXICONS = List.of("swap", "numbered", "partitive", "relayed_by",
      "np_end", "clause_break", "cumulative_large", "backward_frame", "aggregate", "coordination", "since",
      "ordinal_scope", "ordinal_prefix", "relative");

  private final String code;
  private final String name;
  private final String groupSeparators;
  private final char decimalSeparator;
  private final boolean monthsCapitalized;
  private final Set<String> abbreviations;
  private final List<Pattern> boilerplate;
  private final Lexicon captions;
  private final Map<String, Long> numberWords;
  private final Map<String, Long> numberScales;
  private final List<String> numberJoiners;
  private final Lexicon vague;
  private final Map<Qualifier, Lexicon> qualifiers;
  private final Map<String, Integer> months;
  private final Map<String, Integer> weekdays;
  private final Map<String, Integer> relativeDays;
  private final List<String> monthFrames;
  private final String ordinalSuffix;
  private final Map<String, Integer> ordinalWords;
  private final Map<String, List<LocalDate>> holidays;
  private final List<String> dateJoiners;
  private final Map<String, Integer> relativeMonths;
  private final Map<String, Lexicon> lexicons;
  private final List<Lexicon> indexed = new ArrayList<>();
  private final Lexicon numberWordStarts;
  private final Lexicon ordinalWordStarts;
  private final Lexicon monthWords;
  private final Lexicon weekdayWords;
  private final Lexicon relativeDayWords;
  private final Lexicon relativeMonthWords;
  private final Lexicon holidayWords;
  private final Lexicon monthFrameWords;
  /** This pack's lexicons alone, built at the first {@link #hits} (the pipeline indexes them with the actors). */
  private volatile @Nullable PhraseIndex index;

  LanguagePack(String file, JsonNode root) {
    this.code = text(file, root, "code");
    this.name = text(file, root, "name");
    this.groupSeparators = root.path("group_separators").asText(",");
    String dec = root.path("decimal_separator").asText(".");
    if (dec.length() != 1) {
      throw new PackException(file, "decimal_separator", "must be one character, was '" + dec + "'");
    }
    this.decimalSeparator = dec.charAt(0);
    this.monthsCapitalized = root.path("months_capitalized").asBoolean(false);
    this.abbreviations = Set.copyOf(strings(file, root, "abbreviations").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList());
    List<Pattern> bp = new ArrayList<>();
    for (String s : strings(file, root, "boilerplate")) {
      try {
        bp.add(Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (RuntimeException e) {
        throw new PackException(file, "boilerplate", "'" + s + "' is not a valid pattern: " + e.getMessage());
      }
    }
    this.boilerplate = List.copyOf(bp);
    this.captions = lexicon(file, "captions", strings(file, root, "captions"));
    JsonNode numbers = node(file, root, "numbers");
    this.numberWords = longs(file, numbers, "numbers.words");
    this.numberScales = longs(file, numbers, "numbers.scales");
    this.numberJoiners = numbers.has("joiners") ? strings(file, numbers, "joiners") : List.of("-", " ");
    if (numberJoiners.isEmpty()) {
      throw new PackException(file, "numbers.joiners", "the list is empty; leave the key out for \"-\" and \" \"");
    }
    this.vague = lexicon(file, "numbers.vague", strings(file, numbers, "vague"));
    JsonNode q = node(file, root, "qualifiers");
    Map<Qualifier, Lexicon> qs = new EnumMap<>(Qualifier.class);
    for (var it = q.fields(); it.hasNext(); ) {
      var e = it.next();
      Qualifier qualifier;
      try {
        qualifier = Qualifier.fromCode(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new PackException(file, "qualifiers." + e.getKey(), "unknown qualifier; allowed: exact, more_than, "
            + "at_least, about, nearly, up_to");
      }
      qs.put(qualifier, lexicon(file, "qualifiers." + e.getKey(), strings(file, q, e.getKey())));
    }
    this.qualifiers = qs;
    this.months = ints(file, root, "months");
    this.weekdays = ints(file, root, "weekdays");
    for (int d : weekdays.values()) {
      if (d < 1 || d > 7) {
        throw new PackException(file, "weekdays", "day numbers run from 1 (Monday) to 7, found " + d);
      }
    }
    for (int m : months.values()) {
      if (m < 1 || m > 12) {
        throw new PackException(file, "months", "month numbers run from 1 to 12, found " + m);
      }
    }
    this.relativeDays = ints(file, root, "relative_days");
    this.monthFrames = strings(file, root, "month_frames");
    this.ordinalSuffix = root.path("ordinal_suffix").asText("");
    this.ordinalWords = root.has("ordinal_words") ? ints(file, root, "ordinal_words") : Map.of();
    this.holidays = root.has("holidays") ? holidays(file, root.get("holidays")) : Map.of();
    this.dateJoiners = root.has("date_joiners") ? strings(file, root, "date_joiners") : List.of("of");
    this.relativeMonths = root.has("relative_months") ? ints(file, root, "relative_months") : Map.of();
    JsonNode lex = node(file, root, "lexicon");
    for (var it = lex.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!LEXICONS.contains(key) && !OPTIONAL_LEXICONS.contains(key)) {
        throw new PackException(file, "lexicon." + key, "unknown lexicon; known: " + LEXICONS + " and optional "
            + OPTIONAL_LEXICONS);
      }
    }
    Map<String, Lexicon> lx = new HashMap<>();
    for (String key : LEXICONS) {
      if (!lex.has(key)) {
        throw new PackException(file, "lexicon." + key, "missing; every pack defines " + LEXICONS);
      }
      lx.put(key, lexicon(file, "lexicon." + key, strings(file, lex, key)));
    }
    for (String key : OPTIONAL_LEXICONS) {
      lx.put(key, lex.has(key) ? lexicon(file, "lexicon." + key, strings(file, lex, key)) : never(key));
    }
    this.lexicons = Map.copyOf(lx);
    java.util.Set<String> numberWordSet = new java.util.TreeSet<>(numberWords.keySet());
    numberWordSet.addAll(numberScales.keySet());
    // open-ended where words join without a gap: a number word may be the first part of a longer one
    // ("fünfundzwanzig")
    boolean gluing = numberJoiners.stream().anyMatch(j -> j.isEmpty() || Character.isLetterOrDigit(j.charAt(0)));
    String glued = gluing ? "[\\p{L}\\p{N}_]*" : "";
    this.numberWordStarts = lexicon(file, "numbers.words", numberWordSet.stream().map(w -> literal(w) + glued)
        .toList());
    this.ordinalWordStarts = words(file, "ordinal_words", ordinalWords.keySet());
    this.monthWords = words(file, "months", months.keySet());
    this.weekdayWords = words(file, "weekdays", weekdays.keySet());
    this.relativeDayWords = words(file, "relative_days", relativeDays.keySet());
    this.relativeMonthWords = words(file, "relative_months", relativeMonths.keySet());
    this.holidayWords = words(file, "holidays", holidays.keySet());
    this.monthFrameWords = monthFrames.isEmpty() ? never("month_frames") : lexicon(file, "month_frames", monthFrames);
  }

  /** Literal words (month names, weekdays) as a lexicon of the index, so that the date stages find them in its pass. */
  private Lexicon words(String file, String key, java.util.Collection<String> words) {
    return words.isEmpty() ? never(key) : lexicon(file, key, words.stream().map(LanguagePack::literal).sorted().toList());
  }

  /** A lexicon of the index that matches nothing, for a role or word list the language leaves out. */
  private Lexicon never(String key) {
    Lexicon l = Lexicon.never(key, indexed.size());
    indexed.add(l);
    return l;
  }

  /** {@code word} as a phrase that matches it literally. */
  static String literal(String word) {
    StringBuilder sb = new StringBuilder(word.length() + 4);
    for (char c : word.toCharArray()) {
      if (!Character.isLetterOrDigit(c) && c != ' ') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private Lexicon lexicon(String file, String key, List<String> phrases) {
    Lexicon l = Lexicon.compile(file, key, phrases, indexed.size());
    indexed.add(l);
    return l;
  }

  /**
   * An index of this pack's lexicons and then {@code extra} groups of phrases: its hits answer every lexicon of
   * the pack, and group {@code k} of {@code extra} is group {@link #indexSize()} + k.
   */
  public PhraseIndex indexWith(List<List<String>> extra) {
    List<List<String>> groups = new ArrayList<>();
    for (Lexicon l : indexed) {
      groups.add(l.phrases());
    }
    groups.addAll(extra);
    return new PhraseIndex(groups);
  }

  /** The number of lexicons in this pack's index. */
  public int indexSize() {
    return indexed.size();
  }

  /** Every lexicon of the index, in order of id. */
  List<Lexicon> indexed() {
    return List.copyOf(indexed);
  }

  /** Finds every lexicon phrase of this pack in a lowercased text in one pass. */
  public TextHits hits(String lower) {
    PhraseIndex i = index;
    if (i == null) {
      i = PhraseIndex.ofLexicons(indexed);
      index = i;
    }
    return i.scan(lower);
  }

  /** "великдень: [2023-04-16, 2024-05-05]": movable feasts by the dates they fall on. */
  private static Map<String, List<LocalDate>> holidays(String file, JsonNode n) {
    if (!n.isObject()) {
      throw new PackException(file, "holidays", "must map a phrase to a list of dates");
    }
    Map<String, List<LocalDate>> out = new LinkedHashMap<>();
    for (var it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      List<LocalDate> dates = new ArrayList<>();
      for (String d : strings(file, n, e.getKey())) {
        try {
          dates.add(LocalDate.parse(d));
        } catch (DateTimeParseException ex) {
          throw new PackException(file, "holidays." + e.getKey(), "'" + d + "' is not a date YYYY-MM-DD");
        }
      }
      out.put(e.getKey().toLowerCase(Locale.ROOT), List.copyOf(dates));
    }
    return Map.copyOf(out);
  }

  private static JsonNode node(String file, JsonNode root, String key) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      throw new PackException(file, key, "missing");
    }
    return n;
  }

  private static String text(String file, JsonNode root, String key) {
    JsonNode n = node(file, root, key);
    if (!n.isTextual() || n.asText().isBlank()) {
      throw new PackException(file, key, "must be a non-empty string");
    }
    return n.asText();
  }

  private static List<String> strings(String file, JsonNode root, String key) {
    JsonNode n = node(file, root, key);
    if (!n.isArray()) {
      throw new PackException(file, key, "must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isValueNode()) {
        throw new PackException(file, key, "must be a list of strings, found " + e.getNodeType());
      }
      out.add(e.asText());
    }
    return out;
  }

  private static Map<String, Long> longs(String file, JsonNode root, String key) {
    String leaf = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
    JsonNode n = node(file, root, leaf);
    Map<String, Long> out = new LinkedHashMap<>();
    for (var it = n.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getValue().canConvertToLong()) {
        throw new PackException(file, key + "." + e.getKey(), "must be a whole number");
      }
      out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asLong());
    }
    if (out.isEmpty()) {
      throw new PackException(file, key, "is empty");
    }
    return Map.copyOf(out);
  }

  private static Map<String, Integer> ints(String file, JsonNode root, String key) {
    Map<String, Integer> out = new LinkedHashMap<>();
    longs(file, root, key).forEach((k, v) -> out.put(k, v.intValue()));
    return Map.copyOf(out);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String groupSeparators() {
    return groupSeparators;
  }

  public char decimalSeparator() {
    return decimalSeparator;
  }

  public boolean monthsCapitalized() {
    return monthsCapitalized;
  }

  public Set<String> abbreviations() {
    return abbreviations;
  }

  public List<Pattern> boilerplate() {
    return boilerplate;
  }

  public Lexicon captions() {
    return captions;
  }

  public Map<String, Long> numberWords() {
    return numberWords;
  }

  public Map<String, Long> numberScales() {
    return numberScales;
  }

  /**
   * What may stand between the words of one number, literally: "-", " ", " and " ("two hundred and seven"); an
   * empty string lets words join without a gap ("fünfundzwanzig" with "und" and "").
   */
  public List<String> numberJoiners() {
    return numberJoiners;
  }

  public Lexicon vague() {
    return vague;
  }

  public Map<Qualifier, Lexicon> qualifiers() {
    return qualifiers;
  }

  public Map<String, Integer> months() {
    return months;
  }

  public Map<String, Integer> weekdays() {
    return weekdays;
  }

  public Map<String, Integer> relativeDays() {
    return relativeDays;
  }

  public List<String> monthFrames() {
    return monthFrames;
  }

  public String ordinalSuffix() {
    return ordinalSuffix;
  }

  public Map<String, Integer> ordinalWords() {
    return ordinalWords;
  }

  /** Words between day, month and year: "of" ("31 of January"), "de" ("14 de agosto de 2025"). */
  public List<String> dateJoiners() {
    return dateJoiners;
  }

  /** "last week" = -7: phrases that give only the month of the day so many days from publication. */
  public Map<String, Integer> relativeMonths() {
    return relativeMonths;
  }

  /** Movable feasts ("на Великдень") with the dates they fall on; empty when the pack lists none. */
  public Map<String, List<LocalDate>> holidays() {
    return holidays;
  }

  /** Number words and scales, each with any word ending: where a number in words can start. */
  public Lexicon numberWordStarts() {
    return numberWordStarts;
  }

  /** The ordinal words ("fiftieth") as a lexicon of the pack's index. */
  public Lexicon ordinalWordStarts() {
    return ordinalWordStarts;
  }

  /** The month names as a lexicon of the pack's index: where {@link TextHits} has them. */
  public Lexicon monthWords() {
    return monthWords;
  }

  public Lexicon weekdayWords() {
    return weekdayWords;
  }

  public Lexicon relativeDayWords() {
    return relativeDayWords;
  }

  public Lexicon relativeMonthWords() {
    return relativeMonthWords;
  }

  public Lexicon holidayWords() {
    return holidayWords;
  }

  public Lexicon monthFrameWords() {
    return monthFrameWords;
  }

  /** The lexicon of one role; {@code key} is one of {@link #LEXICONS} or {@link #OPTIONAL_LEXICONS}. */
  public Lexicon lexicon(String key) {
    Lexicon l = lexicons.get(key);
    if (l == null) {
      throw new IllegalArgumentException("no lexicon '" + key + "'; known: " + LEXICONS + OPTIONAL_LEXICONS);
    }
    return l;
  }
}
