package org.swapledger.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.lang.Anchored;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.lang.PhraseIndex;
import org.swapledger.extract.lang.TextHits;
import org.swapledger.model.Actor;
import org.swapledger.model.Mention.ActorMention;
import org.swapledger.model.Span;

/**
 * Finds the gazetteer's actors in text, longest alias first; a '*' in an alias matches any word ending. Short all-capital aliases ("US", "AP", "RIA") match
 * only in capitals, so that "us" and "ap" are not read as names.
 */
public final class ActorFinder {
  /** The aliases alone, for {@link #find(String, String)}; the pipeline reads them from its pack's index instead. */
  private volatile @Nullable PhraseIndex index;
  private final List<List<String>> groups;
  private final List<Actor> byId = new ArrayList<>();
  private final Pattern sensitive;
  private final Map<String, Actor> capitals = new HashMap<>();
  /** Whether an alias in capitals opens with this character, for every char. */
  private final boolean[] opensCapital = new boolean[Character.MAX_VALUE + 1];

  public ActorFinder(Gazetteer gazetteer) {
    Map<Actor, Integer> ids = new HashMap<>();
    List<List<String>> groups = new ArrayList<>();
    List<String> cs = new ArrayList<>();
    for (Gazetteer.Alias a : gazetteer.aliases()) {
      String t = a.text();
      String body = t.replace("*", "");
      boolean caps = body.length() <= 5 && body.equals(body.toUpperCase(Locale.ROOT));
      if (caps) {
        cs.add(stemRegex(t));
        capitals.putIfAbsent(body, a.actor());
        continue;
      }
      int id = ids.computeIfAbsent(a.actor(), k -> {
        byId.add(k);
        groups.add(new ArrayList<>());
        return byId.size() - 1;
      });
      groups.get(id).add(phrase(Lexicon.lower(t)));
    }
    cs.sort(Comparator.comparingInt(String::length).reversed());
    capitals.keySet().forEach(c -> opensCapital[c.charAt(0)] = true);
    this.groups = groups.stream().map(List::copyOf).toList();
    String l = "(?<![\\p{L}\\p{N}])";
    String r = "(?![\\p{L}\\p{N}])";
    this.sensitive = Pattern.compile(l + "(?:" + (cs.isEmpty() ? "(?!)" : String.join("|", cs)) + ")" + r);
  }

  /** An alias as a phrase of the index: punctuation escaped, each '*' any word ending. */
  private static String phrase(String alias) {
    StringBuilder sb = new StringBuilder();
    for (char c : alias.toCharArray()) {
      if (c == '*') {
        sb.append("\\p{L}*");
      } else if (Character.isLetterOrDigit(c) || c == ' ') {
        sb.append(c);
      } else {
        sb.append('\\').append(c);
      }
    }
    return sb.toString();
  }

  /** "Координаційн* штаб*": every '*' stands for any word ending, wherever it is in the alias. */
  static String stemRegex(String alias) {
    StringBuilder sb = new StringBuilder();
    int from = 0;
    int star;
    while ((star = alias.indexOf('*', from)) >= 0) {
      if (star > from) {
        sb.append(Pattern.quote(alias.substring(from, star)));
      }
      sb.append("\\p{L}*");
      from = star + 1;
    }
    if (from < alias.length()) {
      sb.append(Pattern.quote(alias.substring(from)));
    }
    return sb.toString();
  }

  /** Word starts whose first character opens an alias in capitals: where {@link #sensitive} can match. */
  private int[] capitalStarts(String text) {
    int[] out = new int[8];
    int k = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (opensCapital[c] && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        if (k == out.length) {
          out = java.util.Arrays.copyOf(out, k * 2);
        }
        out[k++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  public List<ActorMention> find(String text) {
    return find(text, org.swapledger.extract.lang.Lexicon.lower(text));
  }

  /** As {@link #find(String)}, given the text lowercased one char for one. */
  public List<ActorMention> find(String text, String lower) {
    PhraseIndex alone = index;
    if (alone == null) {
      alone = new PhraseIndex(groups); // matched on lowercased text, in one pass
      index = alone;
    }
    return find(text, alone.scan(lower), 0);
  }

  /**
   * The aliases as phrase groups, one per actor, to put in another {@link PhraseIndex} (a pack's) after its own
   * groups, so that one pass over the text finds both; {@link #find(String, TextHits, int)} reads them back.
   */
  public List<List<String>> phraseGroups() {
    return groups;
  }

  /**
   * As {@link #find(String)}, reading the aliases from hits of an index made with {@link #phraseGroups()} from its
   * group {@code first} on.
   */
  public List<ActorMention> find(String text, TextHits hits, int first) {
    List<ActorMention> all = new ArrayList<>();
    for (int id = 0; id < byId.size(); id++) {
      for (Span span : hits.spans(first + id)) {
        all.add(new ActorMention(span, byId.get(id)));
      }
    }
    for (MatchResult caps : Anchored.at(sensitive, text, capitalStarts(text))) {
      Actor a = capitals.get(caps.group());
      if (a != null) {
        all.add(new ActorMention(new Span(caps.start(), caps.end()), a));
      }
    }
    all.sort(Comparator.comparing((ActorMention m) -> m.span().start()).thenComparing(m -> -m.span().length()));
    List<ActorMention> kept = new ArrayList<>();
    int end = -1;
    for (ActorMention m : all) {
      if (m.span().start() >= end) {
        kept.add(m);
        end = m.span().end();
      }
    }
    return kept;
  }

}
