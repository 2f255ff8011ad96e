package org.swapledger.extract.actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.lang.PackException;
import org.swapledger.model.Actor;
import org.swapledger.model.Side;

/** People, bodies, sides, mediators, outlets and places with their aliases in every script; read from data. */
public final class Gazetteer {
  private static final String FILE = "gazetteer.yaml";
  private static @Nullable Gazetteer shipped;

  /** One alias of an actor; an alias ending in '*' matches any word ending. */
  public record Alias(String text, Actor actor) {}

  private final List<Actor> actors;
  private final List<Alias> aliases;

  private Gazetteer(List<Actor> actors, List<Alias> aliases) {
    this.actors = List.copyOf(actors);
    this.aliases = List.copyOf(aliases);
  }

  public static synchronized Gazetteer shipped() {
    if (shipped == null) {
      try (InputStream in = Gazetteer.class.getResourceAsStream("/org/swapledger/extract/" + FILE)) {
        if (in == null) {
          throw new PackException(FILE, "(document)", "missing from the class path");
        }
        shipped = parse(FILE, in);
      } catch (IOException e) {
        throw new PackException(FILE, "(document)", "cannot be read: " + e.getMessage());
      }
    }
    return shipped;
  }

  public static Gazetteer parse(String file, InputStream yaml) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new PackException(file, "(document)", "not valid YAML: " + e.getMessage());
    }
    JsonNode list = root == null ? null : root.get("actors");
    if (list == null || !list.isArray()) {
      throw new PackException(file, "actors", "must be a list");
    }
    List<Actor> actors = new ArrayList<>();
    List<Alias> aliases = new ArrayList<>();
    int i = 0;
    for (JsonNode a : list) {
      String key = "actors[" + i++ + "]";
      String name = a.path("name").asText("");
      if (name.isBlank()) {
        throw new PackException(file, key + ".name", "missing");
      }
      Actor.Kind kind;
      try {
        kind = Actor.Kind.parse(a.path("kind").asText(""));
      } catch (IllegalArgumentException e) {
        throw new PackException(file, key + ".kind", "'" + a.path("kind").asText("") + "' is not one of "
            + List.of(Actor.Kind.values()).toString().toLowerCase(Locale.ROOT));
      }
      Side side = null;
      if (a.hasNonNull("side")) {
        try {
          side = Side.valueOf(a.get("side").asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new PackException(file, key + ".side", "must be ukraine or russia");
        }
      }
      Actor actor = new Actor(name, kind, side);
      actors.add(actor);
      JsonNode al = a.get("aliases");
      if (al == null || !al.isArray() || al.isEmpty()) {
        throw new PackException(file, key + ".aliases", "must be a non-empty list");
      }
      for (JsonNode s : al) {
        aliases.add(new Alias(s.asText(), actor));
      }
    }
    return new Gazetteer(actors, aliases);
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<Alias> aliases() {
    return aliases;
  }

  public Optional<Actor> find(String name) {
    return actors.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
  }

  public Actor expect(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("no actor named '" + name + "'"));
  }
}
