package org.swapledger.extract.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The language packs shipped in {@code lang/}, loaded and validated once. */
public final class LanguagePacks {
  /** The languages with a pack, in the order they are tried. */
  public static final List<String> SUPPORTED = List.of("en", "uk", "ru", "fr", "de", "es", "pt", "pl", "it");
  private static final String DIR = "/org/swapledger/extract/lang/";
  private static @Nullable LanguagePacks shipped;

  private final Map<String, LanguagePack> packs;

  private LanguagePacks(Map<String, LanguagePack> packs) {
    this.packs = Map.copyOf(packs);
  }

  /** The packs on the class path; fails fast, naming file, key and reason, when one is broken. */
  public static synchronized LanguagePacks shipped() {
    if (shipped == null) {
      Map<String, LanguagePack> found = new LinkedHashMap<>();
      for (String code : SUPPORTED) {
        String file = DIR + code + ".yaml";
        try (InputStream in = LanguagePacks.class.getResourceAsStream(file)) {
          if (in != null) {
            found.put(code, parse("lang/" + code + ".yaml", in));
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
      if (!found.containsKey("en")) {
        throw new PackException("lang/en.yaml", "code", "the English pack is missing from the class path");
      }
      shipped = new LanguagePacks(found);
    }
    return shipped;
  }

  /** Parses one pack; {@code file} names it in errors. */
  public static LanguagePack parse(String file, InputStream yaml) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new PackException(file, "(document)", "not valid YAML: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PackException(file, "(document)", "must be a mapping of keys");
    }
    return new LanguagePack(file, root);
  }

  public Optional<LanguagePack> find(String code) {
    return Optional.ofNullable(packs.get(code));
  }

  public LanguagePack expect(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("no language pack for '" + code + "'"));
  }

  public List<String> codes() {
    return new ArrayList<>(packs.keySet());
  }
}
