package org.swapledger.ingest.relevance;

import java.util.List;
import java.util.Locale;

/**
 * Tells in one cheap pass whether an article may be about a prisoner exchange, in any supported language (en, uk,
 * ru, bg, de, es, fr, it, pl, pt): it must name captives (prisoners, POWs, captivity, or soldiers/servicemen) and
 * an exchange or a return (swap, exchange, released, returned, freed). Tuned for recall, not precision: it only
 * spares the full pipeline the many articles that mention neither, so it passes every article of the dev corpus.
 * Stateless and thread-safe.
 */
public final class RelevanceFilter {
  /** Word stems, lower case. A leading '^' or trailing '$' asks for a word boundary there ("pow" is not "power"). */
  private static final List<String> CAPTIVES = List.of(
      "prisoner", "^pow$", "^pows$", "captiv", "detainee", "servicem", "soldier", "^troops", "hostage",
      "полон", "бранц", "військов", "захисник", "плен", "военнослужащ", "военные", "солдат", "бойц", "военни",
      "gefangen", "soldat", "prisionero", "cautiv", "soldado", "militares", "prisonnier", "captif", "prigionier",
      "prigionia", "soldati", "militari", "jeńc", "jeniec", "jeńcy", "niewol", "żołnierz", "prisioneir", "cativ");
  private static final List<String> EXCHANGES = List.of(
      "exchang", "swap", "releas", "return", "freed", "free ", "handed over", "repatriat", "came home", "back home",
      "обмін", "обмін", "поверн", "звільн", "обмен", "верн", "возвращ", "освобо", "передал", "размян", "върна",
      "освобод", "austausch", "ausgetausch", "freigelassen", "freilass", "zurück", "heimkehr", "intercambi", "canje",
      "liberad", "liberó", "regres", "retorn", "devuel", "échang", "libér", "retour", "rentr", "scambi", "liberat",
      "rilasc", "ritorn", "rimpatri", "wymian", "uwoln", "uwolni", "wróci", "wrócił", "zwoln", "powrót", "troca",
      "trocad", "libertad", "libertou", "libera", "regress", "devolv");

  /** True when {@code text} may report a prisoner exchange and deserves the full pipeline. */
  public boolean mayBeRelevant(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return containsAny(t, CAPTIVES) && containsAny(t, EXCHANGES);
  }

  private static boolean containsAny(String t, List<String> stems) {
    for (String stem : stems) {
      if (contains(t, stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String t, String stem) {
    boolean start = stem.startsWith("^");
    boolean end = stem.endsWith("$");
    String s = stem.substring(start ? 1 : 0, stem.length() - (end ? 1 : 0));
    for (int i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) {
      boolean okStart = !start || i == 0 || !Character.isLetter(t.charAt(i - 1));
      int after = i + s.length();
      boolean okEnd = !end || after == t.length() || !Character.isLetter(t.charAt(after));
      if (okStart && okEnd) {
        return true;
      }
      if (!start && !end) {
        return true;
      }
    }
    return false;
  }
}
