package org.swapledger.extract.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.lang.PackException;

/**
 * Tells the language of a text by its function words and distinctive letters, among the languages of the
 * coverage ({@code language/profiles.yaml}). Script decides first (Cyrillic or Latin), words then letters decide
 * among the languages of that script. Reads at most the first {@value #WINDOW} characters.
 */
public final class LanguageDetector {
  static final int WINDOW = 2500;
  private static @Nullable LanguageDetector shipped;

  private record Profile(String code, Set<String> words, String letters, boolean cyrillic) {}

  private final List<Profile> profiles;
  private final Map<String, List<String>> wordIndex = new HashMap<>();

  private LanguageDetector(List<Profile> profiles) {
    this.profiles = List.copyOf(profiles);
    for (Profile p : profiles) {
      for (String w : p.words) {
        wordIndex.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(p.code);
      }
    }
  }

  public static synchronized LanguageDetector shipped() {
    if (shipped == null) {
      String file = "language/profiles.yaml";
      try (InputStream in = LanguageDetector.class.getResourceAsStream("/org/swapledger/extract/" + file)) {
        if (in == null) {
          throw new PackException(file, "(document)", "missing from the class path");
        }
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        Map<String, Profile> ps = new LinkedHashMap<>();
        for (var it = root.path("profiles").fields(); it.hasNext(); ) {
          var e = it.next();
          Set<String> words = new java.util.HashSet<>();
          for (JsonNode w : e.getValue().path("words")) {
            words.add(w.asText().toLowerCase(Locale.ROOT));
          }
          if (words.isEmpty()) {
            throw new PackException(file, "profiles." + e.getKey() + ".words", "must list function words");
          }
          boolean cyr = words.stream().anyMatch(w -> Character.UnicodeScript.of(w.codePointAt(0))
              == Character.UnicodeScript.CYRILLIC);
          ps.put(e.getKey(), new Profile(e.getKey(), words, e.getValue().path("letters").asText(""), cyr));
        }
        shipped = new LanguageDetector(List.copyOf(ps.values()));
      } catch (IOException e) {
        throw new PackException(file, "(document)", "cannot be read: " + e.getMessage());
      }
    }
    return shipped;
  }

  /** The ISO 639-1 code of the most likely language; "en" for a text with no letters. */
  public String detect(CharSequence text) {
    int n = Math.min(text.length(), WINDOW);
    int cyrillic = 0;
    int latin = 0;
    Map<String, Integer> scores = new HashMap<>();
    int[] letters = new int[0x500]; // Latin and Cyrillic blocks; other letters are not distinctive here
    int i = 0;
    StringBuilder word = new StringBuilder();
    while (i <= n) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || c == '\'') {
        char lc = Character.toLowerCase(c);
        word.append(lc);
        if (c >= 0x400 && c <= 0x4ff) { // the Cyrillic block
          cyrillic++;
        } else if (c < 0x250) {
          latin++;
        }
        if (lc < letters.length) {
          letters[lc]++;
        }
      } else if (word.length() > 0) {
        List<String> langs = wordIndex.get(word.toString());
        if (langs != null) {
          for (String l : langs) {
            scores.merge(l, 1, Integer::sum);
          }
        }
        word.setLength(0);
      }
      i++;
    }
    boolean cyr = cyrillic > latin;
    String best = cyr ? "ru" : "en";
    double bestScore = -1;
    for (Profile p : profiles) {
      if (p.cyrillic != cyr) {
        continue;
      }
      double s = scores.getOrDefault(p.code, 0);
      for (char l : p.letters.toCharArray()) {
        s += 0.5 * (l < letters.length ? letters[l] : 0);
      }
      if (s > bestScore) {
        bestScore = s;
        best = p.code;
      }
    }
    return best;
  }
}
