package dev.baton.flow;

import dev.baton.expr.ExpressionException;
import dev.baton.expr.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the data a JSONata expression reads: field chains on {@code $states.input},
 * {@code $states.result}, {@code $states.errorOutput}, {@code $states.context} and variables.
 * Only plain {@code .name} chains are followed; anything fancier (predicates, functions, computed
 * names) stops the chain, so the check never guesses.
 */
final class JsonataReferences {
  private static final Pattern REFERENCE =
      Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)((?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*)*)(\\s*\\()?");
  private static final Pattern DEFINED = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)\\s*:=");
  private static final Pattern PARAMETERS = Pattern.compile("function\\s*\\(([^)]*)\\)");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

  private JsonataReferences() {}

  static void reads(String expression, Evaluator.Env env, Place pointer, Place what, List<Read> reads) {
    String code = STRING.matcher(expression).replaceAll("\"\"");
    Set<String> local = new HashSet<>();
    Matcher defined = DEFINED.matcher(code);
    while (defined.find()) {
      local.add(defined.group(1));
    }
    Matcher parameters = PARAMETERS.matcher(code);
    while (parameters.find()) {
      for (String p : parameters.group(1).split(",")) {
        local.add(p.trim().replace("$", ""));
      }
    }
    Matcher m = REFERENCE.matcher(code);
    while (m.find()) {
      if (m.group(3) != null || local.contains(m.group(1))) {
        continue; // a function call, or a name the expression binds itself
      }
      String name = m.group(1);
      String chain = m.group(2).replaceAll("\\s+", "");
      if (name.equals("states")) {
        states(chain, env, pointer, what, reads);
      } else {
        Variables.Variable v = env.variables().byName().get(name);
        Resolution r = v == null ? Resolution.missing("no state assigns $" + name + " before this one")
            : chain.isEmpty() ? Resolution.found(v.shape()) : ShapePaths.resolveJsonata(v.shape(), path(chain), "$" + name);
        reads.add(new Read(pointer, what, "$" + name + chain, name, r, v == null ? Shape.NOTHING : v.shape(), "$" + name));
      }
    }
  }

  private static void states(String chain, Evaluator.Env env, Place pointer, Place what, List<Read> reads) {
    int dot = chain.indexOf('.', 1);
    String part = dot < 0 ? chain.substring(Math.min(1, chain.length())) : chain.substring(1, dot);
    String rest = dot < 0 ? "" : chain.substring(dot);
    Shape root = switch (part) {
      case "input" -> env.dollar();
      case "result" -> env.result();
      case "errorOutput" -> env.errorOutput();
      case "context" -> env.context();
      default -> null;
    };
    if (root == null || rest.isEmpty()) {
      return; // misplaced $states.result and friends are the validator's structure checks
    }
    String rootText = "$states." + part;
    reads.add(new Read(pointer, what, rootText + rest, null, ShapePaths.resolveJsonata(root, path(rest), rootText),
        root, rootText));
  }

  private static Path path(String chain) {
    try {
      return Path.of("$" + chain);
    } catch (ExpressionException e) {
      return Path.of("$");
    }
  }
}
