package org.swapledger.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swapledger.extract.lang.FirstCharGuard;
import org.swapledger.model.Actor;
import org.swapledger.model.Mention.ActorMention;
import org.swapledger.model.Span;

/**
 * Finds the gazetteer's actors in text, longest alias first. Short all-capital aliases ("US", "AP", "RIA") match
 * only in capitals, so that "us" and "ap" are not read as names.
 */
public final class ActorFinder {
  private final Pattern insensitive;
  private final Pattern sensitive;
  private final Map<String, Actor> exact = new HashMap<>();
  private final List<Map.Entry<Pattern, Actor>> stems = new ArrayList<>();

  public ActorFinder(Gazetteer gazetteer) {
    List<String> ci = new ArrayList<>();
    List<String> cs = new ArrayList<>();
    for (Gazetteer.Alias a : gazetteer.aliases()) {
      String t = a.text();
      boolean stem = t.endsWith("*");
      String body = stem ? t.substring(0, t.length() - 1) : t;
      String regex = Pattern.quote(body) + (stem ? "\\p{L}*" : "");
      boolean caps = body.length() <= 5 && body.equals(body.toUpperCase(Locale.ROOT));
      (caps ? cs : ci).add(regex);
      if (stem) {
        stems.add(Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), a.actor()));
      } else {
        exact.putIfAbsent(body.toLowerCase(Locale.ROOT), a.actor());
      }
    }
    Comparator<String> longest = Comparator.comparingInt(String::length).reversed();
    ci.sort(longest);
    cs.sort(longest);
    String l = "(?<![\\p{L}\\p{N}])";
    String r = "(?![\\p{L}\\p{N}])";
    this.insensitive = Pattern.compile(FirstCharGuard.of(ci) + l + "(?:" + String.join("|", ci) + ")" + r,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.sensitive = Pattern.compile(FirstCharGuard.of(cs) + l + "(?:" + (cs.isEmpty() ? "(?!)" : String.join("|", cs))
        + ")" + r);
  }

  public List<ActorMention> find(String text) {
    List<ActorMention> all = new ArrayList<>();
    collect(insensitive.matcher(text), all);
    collect(sensitive.matcher(text), all);
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

  private void collect(Matcher m, List<ActorMention> out) {
    while (m.find()) {
      Actor a = lookup(m.group());
      if (a != null) {
        out.add(new ActorMention(new Span(m.start(), m.end()), a));
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
