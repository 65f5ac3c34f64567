package dev.baton.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.json.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mutations {@link ValidatorPropertiesTest} applies to valid definitions. Each takes plain
 * numbers ("picks") and uses them modulo its choices, so that jqwik can shrink a failing case to
 * the first field, the first replacement, the shortest cut.
 */
final class Mutations {
  private Mutations() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Characters that people, editors and broken tools leave in JSON. */
  static final char[] STRAY_CHARACTERS = ("{}[]\",:\\ \t\n0123456789.-+eE$%@*?()'aZ\u00e9\u20ac\u0000\u001f\u2028"
      + "\ud83d").toCharArray();

  /**
   * Values of every JSON type, to put where another type belongs. Numbers with huge exponents
   * (1e-999999999) are left out: the validator prints some numbers in plain notation and runs out
   * of memory on them, a bug reported for a fix in the checks.
   */
  private static final List<JsonNode> PALETTE = parse("""
      ["x", "", "$.x", "States.ALL", "{% 1 %}", "{% %}", "arn:aws:states:::sns:publish", "2026-01-31T00:00:00Z",
       0, -1, 1, 42, 2147483648, 99999999999999999999, 1e30, 0.5, -0.000001, 1.0,
       true, false, null,
       [], ["a"], [1, 2], [[]], [{}],
       {}, {"a": 1}, {"Type": "Pass"}, {"StartAt": "A", "States": {}}, {"x.$": "$.x"}]
      """);

  /** Expression-like strings that are wrong, odd, or costly to check. */
  private static final List<String> NASTY = List.of("$", "$$", "$.", "$..", "$[", "$['", "$['a", "$[?(@.a > 1)]",
      "$.a[-1]", "$.a[0:2]", "$.a[*].b", "$..a", "$.a..b", "$[\"x\"]", "$$.Map.Item.Value", "$$.", "$var", "$states",
      "$.a b", "$.'a'", "$.a[99999999999999999999]", "States.", "States.Format(", "States.Format('{}'",
      "States.Format('{}')", "States.Format('{}', $.a, $.b)", "States.Array(States.Array(States.Array()))",
      "States.StringToJson('{\\'a\\': 1}')", "States.MathAdd(1, 2, 3)", "States.Hash($.a, 'MD6')",
      "States.ArrayRange(1, 1000000000, 1)", "States.MathRandom(5, 1)", "States.UUID(1)", "States.Format('\\{}')",
      "States.Format('it''s')", "states.format('x')", "States.ArrayGetItem($.a, -1)", "{%", "%}", "{% %}", "{%%}",
      "{% ( %}", "{% $states.result %}", "{% $states.errorOutput %}", "{% $nope() %}", "{% $states.input. %}",
      "{% $f := function($x){ $f($x) }; $f(1) %}", "{% 'unterminated %}", "{% [1..1000000000] %}",
      "{% " + "(".repeat(200) + "1" + ")".repeat(200) + " %}",
      "States.Format(" + "States.Array(".repeat(200) + ")".repeat(201),
      "$" + ".a".repeat(2000), "$" + "[0]".repeat(2000),
      "arn:aws:states:::", "arn:", "arn:aws:states:::lambda:invoke.waitForTaskToken.sync", "arn:aws:lambda:::",
      "2026-13-45T99:99:99Z", "2026-01-31t00:00:00z", "2026-01-31T00:00:00+25:00");

  /** A valid definition to start from. */
  record Source(String name, String text, JsonNode tree) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A mutated definition: what was done, and the resulting text. */
  record Mutant(String source, String description, String text) {
    @Override
    public String toString() {
      return description + " in " + source + ":\n" + text;
    }
  }

  /** A member or element of the tree, with its pointer. */
  private record Location(JsonNode container, String key, int index, JsonNode value, String pointer) {
    void replace(JsonNode replacement) {
      if (key != null) {
        ((ObjectNode) container).set(key, replacement);
      } else {
        ((ArrayNode) container).set(index, replacement);
      }
    }
  }

  /** A change made while writing the text: a member renamed, or written twice. */
  private record Hook(JsonNode target, String key, String rename, JsonNode duplicate) {}

  // ---- mutations ---------------------------------------------------------------------------------

  static Mutant dropField(Source source, int pick, boolean pretty) {
    JsonNode copy = source.tree().deepCopy();
    String what = drop(copy, pick);
    return new Mutant(source.name(), what, write(copy, pretty, null));
  }

  static Mutant duplicateField(Source source, int pick, int value, boolean pretty) {
    JsonNode copy = source.tree().deepCopy();
    List<Location> members = members(copy);
    Location at = members.get(pick % members.size());
    JsonNode second = value % 3 == 0 ? at.value() : PALETTE.get(value % PALETTE.size());
    return new Mutant(source.name(), "duplicated " + at.pointer() + " with " + second,
        write(copy, pretty, new Hook(at.container(), at.key(), null, second)));
  }

  static Mutant changeType(Source source, int pick, int value, boolean pretty) {
    JsonNode copy = source.tree().deepCopy();
    String what = retype(copy, pick, value);
    return new Mutant(source.name(), what, write(copy, pretty, null));
  }

  static Mutant corruptExpression(Source source, int pick, int how, int where, String stray) {
    JsonNode copy = source.tree().deepCopy();
    if (how % 8 == 7) {
      // The .$ suffix of a key, added or removed: the commonest payload template mistake.
      List<Location> members = members(copy);
      Location at = members.get(pick % members.size());
      String key = at.key().endsWith(".$") ? at.key().substring(0, at.key().length() - 2) : at.key() + ".$";
      return new Mutant(source.name(), "renamed key " + at.pointer() + " to '" + key + "'",
          write(copy, where % 2 == 0, new Hook(at.container(), at.key(), key, null)));
    }
    String what = corrupt(copy, pick, how, where, stray);
    return new Mutant(source.name(), what, write(copy, where % 2 == 0, null));
  }

  static Mutant renameState(Source source, int pick, int name, boolean pretty) {
    JsonNode copy = source.tree().deepCopy();
    List<Location> states = stateNames(copy);
    Location at = states.get(pick % states.size());
    String old = at.key();
    List<String> others = new ArrayList<>();
    states.forEach(s -> others.add(s.key()));
    String renamed = newName(old, others, name);
    if (name % 2 == 0) {
      // Only the name changes: whatever went to the state now goes nowhere.
      return new Mutant(source.name(), "renamed state " + at.pointer() + " to '" + renamed + "'",
          write(copy, pretty, new Hook(at.container(), old, renamed, null)));
    }
    renameEverywhere(copy, at, renamed);
    return new Mutant(source.name(), "renamed state " + at.pointer() + " and its references to '" + renamed + "'",
        write(copy, pretty, null));
  }

  static Mutant cut(Source source, int offset, boolean pretty) {
    String text = write(source.tree(), pretty, null);
    int at = offset % text.length();
    return new Mutant(source.name(), "cut at offset " + at, text.substring(0, at));
  }

  static Mutant insert(Source source, int offset, String stray, boolean pretty) {
    String text = write(source.tree(), pretty, null);
    int at = offset % (text.length() + 1);
    return new Mutant(source.name(), "inserted " + escape(stray) + " at offset " + at,
        text.substring(0, at) + stray + text.substring(at));
  }

  /** Several tree mutations in a row, then maybe a text one. */
  static Mutant stack(Source source, List<Integer> picks, String stray) {
    JsonNode copy = source.tree().deepCopy();
    List<String> done = new ArrayList<>();
    for (int i = 0; i + 1 < picks.size(); i++) {
      int p = picks.get(i);
      int next = picks.get(i + 1);
      String what = switch (p % 4) {
        case 0 -> drop(copy, next);
        case 1 -> retype(copy, next, p / 4);
        case 2 -> corrupt(copy, next, p / 4, p / 32, stray);
        default -> {
          List<Location> states = stateNames(copy);
          if (states.isEmpty()) {
            yield "nothing to rename";
          }
          Location at = states.get(next % states.size());
          List<String> others = states.stream().map(Location::key).toList();
          String renamed = newName(at.key(), others, p / 4);
          renameEverywhere(copy, at, renamed);
          yield "renamed " + at.pointer() + " to '" + renamed + "'";
        }
      };
      done.add(what);
    }
    int last = picks.get(picks.size() - 1);
    String text = write(copy, last % 2 == 0, null);
    if (last % 5 == 1 && !text.isEmpty()) {
      int at = (last / 5) % text.length();
      done.add("cut at offset " + at);
      text = text.substring(0, at);
    } else if (last % 5 == 2) {
      int at = (last / 5) % (text.length() + 1);
      done.add("inserted " + escape(stray) + " at offset " + at);
      text = text.substring(0, at) + stray + text.substring(at);
    }
    return new Mutant(source.name(), String.join("; then ", done), text);
  }

  // ---- the tree operations ---------------------------------------------------------------------

  private static String drop(JsonNode tree, int pick) {
    List<Location> members = members(tree);
    if (members.isEmpty()) {
      return "nothing to drop";
    }
    Location at = members.get(pick % members.size());
    ((ObjectNode) at.container()).remove(at.key());
    return "dropped " + at.pointer();
  }

  private static String retype(JsonNode tree, int pick, int value) {
    List<Location> all = locations(tree);
    if (all.isEmpty()) {
      return "nothing to retype";
    }
    Location at = all.get(pick % all.size());
    JsonNode replacement = PALETTE.get(value % PALETTE.size());
    for (int i = 1; replacement.getNodeType() == at.value().getNodeType() && i < PALETTE.size(); i++) {
      replacement = PALETTE.get((value + i) % PALETTE.size());
    }
    at.replace(replacement.deepCopy());
    return "set " + at.pointer() + " to " + replacement;
  }

  private static String corrupt(JsonNode tree, int pick, int how, int where, String stray) {
    List<Location> texts = locations(tree).stream().filter(l -> l.value().isTextual()).toList();
    List<Location> expressions = texts.stream().filter(l -> looksLikeExpression(l.value().textValue())).toList();
    List<Location> candidates = expressions.isEmpty() ? texts : expressions;
    if (candidates.isEmpty()) {
      return "nothing to corrupt";
    }
    Location at = candidates.get(pick % candidates.size());
    String text = at.value().textValue();
    int w = where % (text.length() + 1);
    String corrupted = switch (how % 7) {
      case 0 -> text.isEmpty() ? stray : text.substring(0, Math.min(w, text.length() - 1)) + text.substring(
          Math.min(w, text.length() - 1) + 1);
      case 1 -> text.substring(0, w) + stray + text.substring(w);
      case 2 -> text.substring(0, w);
      case 3 -> text.isEmpty() ? stray : text.substring(0, Math.min(w, text.length() - 1)) + stray
          + text.substring(Math.min(w, text.length() - 1) + 1);
      case 4 -> text + text.substring(w);
      case 5 -> NASTY.get(where % NASTY.size());
      default -> swapCase(text);
    };
    at.replace(JSON.getNodeFactory().textNode(corrupted));
    return "set " + at.pointer() + " from \"" + text + "\" to \"" + escape(corrupted) + "\"";
  }

  private static boolean looksLikeExpression(String text) {
    return text.startsWith("$") || text.startsWith("States.") || text.contains("{%") || text.startsWith("arn:")
        || text.matches("\\d{4}-.*");
  }

  private static String newName(String old, List<String> others, int pick) {
    String other = others.get(pick % others.size());
    List<String> names = List.of(old + "x", old.length() > 1 ? old.substring(1) : "", "",
        old.toLowerCase(Locale.ROOT), old.toUpperCase(Locale.ROOT), "a/b", "~0~1", "\u540d\u524d", "x".repeat(80),
        "x".repeat(81), " " + old, old + "\t", other, "$.x", "States.ALL", "\u0000", "\ud83d\ude00".repeat(41));
    return names.get(pick % names.size());
  }

  /** Renames a state and every string equal to its old name (StartAt, Next, Default targets). */
  private static void renameEverywhere(JsonNode tree, Location state, String renamed) {
    String old = state.key();
    for (Location l : locations(tree)) {
      if (l.value().isTextual() && l.value().textValue().equals(old)) {
        l.replace(JSON.getNodeFactory().textNode(renamed));
      }
    }
    ObjectNode states = (ObjectNode) state.container();
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    states.fields().forEachRemaining(e -> entries.put(e.getKey().equals(old) ? renamed : e.getKey(), e.getValue()));
    states.removeAll();
    entries.forEach(states::set);
  }

  private static List<Location> stateNames(JsonNode tree) {
    List<Location> names = new ArrayList<>();
    for (Location l : locations(tree)) {
      if ("States".equals(l.key()) && l.value().isObject()) {
        l.value().fieldNames().forEachRemaining(name -> names.add(new Location(l.value(), name, -1,
            l.value().get(name), JsonPointers.child(l.pointer(), name))));
      }
    }
    return names.isEmpty() ? members(tree) : names;
  }

  private static List<Location> members(JsonNode tree) {
    List<Location> members = locations(tree).stream().filter(l -> l.key() != null).toList();
    return members.isEmpty() ? List.of(new Location(tree, "", -1, tree, "")) : members;
  }

  private static List<Location> locations(JsonNode tree) {
    List<Location> all = new ArrayList<>();
    collect(tree, "", all);
    return all;
  }

  private static void collect(JsonNode node, String pointer, List<Location> all) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        String child = JsonPointers.child(pointer, e.getKey());
        all.add(new Location(node, e.getKey(), -1, e.getValue(), child));
        collect(e.getValue(), child, all);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String child = JsonPointers.child(pointer, i);
        all.add(new Location(node, null, i, node.get(i), child));
        collect(node.get(i), child, all);
      }
    }
  }

  // ---- writing ----------------------------------------------------------------------------------

  /** Writes the tree as JSON text, compact or indented, applying the hook on the way. */
  static String write(JsonNode tree, boolean pretty, Hook hook) {
    StringBuilder out = new StringBuilder();
    write(tree, out, pretty, 0, hook);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out, boolean pretty, int depth, Hook hook) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        boolean hooked = hook != null && hook.target() == node && hook.key().equals(e.getKey());
        first = member(hooked && hook.rename() != null ? hook.rename() : e.getKey(), e.getValue(), out, pretty, depth,
            hook, first);
        if (hooked && hook.duplicate() != null) {
          first = member(e.getKey(), hook.duplicate(), out, pretty, depth, hook, first);
        }
      }
      newline(out, pretty, depth, !first);
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        newline(out, pretty, depth + 1, true);
        write(node.get(i), out, pretty, depth + 1, hook);
      }
      newline(out, pretty, depth, node.size() > 0);
      out.append(']');
    } else {
      try {
        out.append(JSON.writeValueAsString(node));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static boolean member(String key, JsonNode value, StringBuilder out, boolean pretty, int depth, Hook hook,
      boolean first) {
    out.append(first ? "" : ",");
    newline(out, pretty, depth + 1, true);
    try {
      out.append(JSON.writeValueAsString(key)).append(pretty ? ": " : ":");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    write(value, out, pretty, depth + 1, hook);
    return false;
  }

  private static void newline(StringBuilder out, boolean pretty, int depth, boolean wanted) {
    if (pretty && wanted) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private static String swapCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c)
        : Character.toUpperCase(c))));
    return out.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c < 0x20 || c == 0x2028 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  private static List<JsonNode> parse(String json) {
    try {
      List<JsonNode> values = new ArrayList<>();
      JSON.readTree(json).forEach(values::add);
      return List.copyOf(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
