package org.swapledger.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Actor;
import org.swapledger.model.Mention.ActorMention;
import org.swapledger.model.Span;

/**
 * Finds the gazetteer's actors in text, longest alias first; a '*' in an alias matches any word ending. Short all-capital aliases ("US", "AP", "RIA") match
 * only in capitals, so that "us" and "ap" are not read as names.
 */
public final class ActorFinder {
  /** Aliases by their first letter (lower-cased for the case-insensitive ones), tried only where a word starts. */
  private final Map<Integer, Pattern> insensitive = new HashMap<>();
  private final Map<Integer, Pattern> sensitive = new HashMap<>();
  private final Map<String, Actor> exact = new HashMap<>();
  private final List<Map.Entry<Pattern, Actor>> stems = new ArrayList<>();

  public ActorFinder(Gazetteer gazetteer) {
    Map<Integer, List<String>> ci = new HashMap<>();
    Map<Integer, List<String>> cs = new HashMap<>();
    for (Gazetteer.Alias a : gazetteer.aliases()) {
      String t = a.text();
      boolean stem = t.indexOf('*') >= 0;
      String body = t.replace("*", "");
      String regex = stemRegex(t);
      boolean caps = body.length() <= 5 && body.equals(body.toUpperCase(Locale.ROOT));
      int first = body.codePointAt(0);
      if (caps) {
        cs.computeIfAbsent(first, k -> new ArrayList<>()).add(regex);
      } else {
        ci.computeIfAbsent(Character.toLowerCase(first), k -> new ArrayList<>()).add(regex);
      }
      if (stem) {
        stems.add(Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), a.actor()));
      } else {
        exact.putIfAbsent(body.toLowerCase(Locale.ROOT), a.actor());
      }
    }
    ci.forEach((c, list) -> insensitive.put(c, alternation(list, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    cs.forEach((c, list) -> sensitive.put(c, alternation(list, 0)));
  }

  private static Pattern alternation(List<String> regexes, int flags) {
    List<String> sorted = new ArrayList<>(regexes);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return Pattern.compile("(?:" + String.join("|", sorted) + ")(?![\\p{L}\\p{N}])", flags);
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

  public List<ActorMention> find(String text) {
    List<ActorMention> all = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue; // aliases start where a word starts
      }
      collect(insensitive.get((int) Character.toLowerCase(c)), text, i, all);
      collect(sensitive.get((int) c), text, i, all);
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

  private void collect(@Nullable Pattern p, String text, int at, List<ActorMention> out) {
    if (p == null) {
      return;
    }
    Matcher m = p.matcher(text);
    m.region(at, text.length());
    m.useTransparentBounds(true);
    if (m.lookingAt()) {
      Actor a = lookup(m.group());
      if (a != null) {
        out.add(new ActorMention(new Span(at, m.end()), a));
      }
    }
  }

  private Actor lookup(String matched) {
    Actor a = exact.get(matched.toLowerCase(Locale.ROOT));
    if (a != null) {
      return a;
    }
    for (var e : stems) {
      if (e.getKey().matcher(matched).matches()) {
        return e.getValue();
      }
    }
    return null;
  }
}
