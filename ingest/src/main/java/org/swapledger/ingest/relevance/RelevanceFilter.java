package org.swapledger.ingest.relevance;

import java.util.List;
import java.util.Locale;

/**
 * Tells in one cheap pass whether an article may be about a prisoner exchange, in any supported language (en, uk,
 * ru, bg, de, es, fr, it, pl, pt): it passes when it names an exchange or a swap, or captives (prisoners, POWs,
 * captivity), or soldiers or servicemen together with a return or a release. Tuned for recall, not precision
 * ("stock exchange" passes): it only spares the full pipeline the many articles that mention none of these, and
 * passes every article of the dev corpus. Stateless and thread-safe.
 */
public final class RelevanceFilter {
  // Word stems, lower case. A leading '^' or trailing '$' asks for a word boundary there ("pow" is not "power").
  private static final List<String> EXCHANGES = List.of(
      "exchang", "swap", "обмін", "обмен", "размян", "austausch", "ausgetausch", "intercambi", "canje", "échang",
      "echang", "scambi", "wymian", "troca", "trocad");
  private static final List<String> CAPTIVES = List.of(
      "prisoner", "^pow$", "^pows$", "captiv", "detainee", "hostage", "полон", "бранц", "плен", "gefangen",
      "prisioner", "cautiv", "prisonnier", "captif", "prigionier", "prigionia", "jeńc", "jeniec", "niewol",
      "prisioneir", "cativ");
  private static final List<String> PEOPLE = List.of(
      "servicem", "soldier", "^troops", "defender", "commander", "civilian", "військов", "захисник", "цивільн",
      "военнослужащ", "военные", "солдат", "бойц", "военни", "soldat", "soldado", "militares", "soldati",
      "militari", "żołnierz", "cywil", "ukrainian", "russian", "українц", "украинц", "росіян", "россиян", "ukrainer",
      "russen", "ukrainien", "ucranian", "ucranian", "ukraińc", "rosjan", "ucraini", "russi");
  private static final List<String> RETURNS = List.of(
      "releas", "return", "freed", "free ", "handed over", "repatriat", "came home", "back home", "brought home",
      "got back", "поверн", "звільн", "верн", "возвращ", "освобо", "передал", "върна", "освобод", "freigelassen",
      "freilass", "zurück", "heimkehr", "liberad", "liberó", "regres", "retorn", "devuel", "libér", "retour",
      "rentr", "liberat", "rilasc", "ritorn", "rimpatri", "uwoln", "wróci", "zwoln", "powrót", "libertad",
      "libertou", "libera", "regress", "devolv");

  /** True when {@code text} may report a prisoner exchange and deserves the full pipeline. */
  public boolean mayBeRelevant(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return containsAny(t, EXCHANGES) || containsAny(t, CAPTIVES) || containsAny(t, PEOPLE) && containsAny(t, RETURNS);
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
