package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.local.functions.StatesError;
import dev.baton.model.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Template} compiled once per state machine: constant parts are built into JSON once and
 * shared (documents are never mutated), expressions are evaluated per call. Internal API.
 */
abstract class Compiled {

  /** Evaluates the template; null only for an undefined JSONata value. */
  abstract JsonNode eval(Ctx ctx);

  /** Whether the value is the same on every call. */
  boolean isConstant() {
    return false;
  }

  /** Whether evaluating may read the context object. */
  boolean needsContext() {
    return false;
  }

  static Compiled compile(Template template) {
    return compile(template, "");
  }

  /** Compiles an {@code Assign} block into one compiled value per variable name. */
  static Map<String, Compiled> compileFields(Template template) {
    Map<String, Compiled> out = new LinkedHashMap<>();
    if (template instanceof Template.ObjectTemplate o) {
      o.fields().forEach((k, v) -> out.put(k, compile(v, k)));
    }
    return out;
  }

  private static Compiled compile(Template template, String field) {
    if (template instanceof Template.Literal l) {
      return new Constant(l.value());
    }
    if (template instanceof Template.ObjectTemplate o) {
      String[] names = o.fields().keySet().toArray(String[]::new);
      Compiled[] values = new Compiled[names.length];
      boolean constant = true;
      for (int i = 0; i < names.length; i++) {
        values[i] = compile(o.fields().get(names[i]), names[i]);
        constant &= values[i].isConstant();
      }
      ObjectCompiled compiled = new ObjectCompiled(names, values);
      return constant ? new Constant(compiled.eval(null)) : compiled;
    }
    if (template instanceof Template.ArrayTemplate a) {
      Compiled[] items = new Compiled[a.items().size()];
      boolean constant = true;
      for (int i = 0; i < items.length; i++) {
        items[i] = compile(a.items().get(i), field);
        constant &= items[i].isConstant();
      }
      ArrayCompiled compiled = new ArrayCompiled(items);
      return constant ? new Constant(compiled.eval(null)) : compiled;
    }
    if (template instanceof Template.Dynamic d) {
      if (d.expression() instanceof Path p) {
        return new PathCompiled(p, field + ".$");
      }
      return new IntrinsicCompiled((Intrinsic) d.expression());
    }
    Jsonata j = ((Template.JsonataValue) template).expression();
    return new JsonataCompiled(j);
  }

  static final class Constant extends Compiled {
    final JsonNode value;

    Constant(JsonNode value) {
      this.value = value;
    }

    @Override
    JsonNode eval(Ctx ctx) {
      return value;
    }

    @Override
    boolean isConstant() {
      return true;
    }
  }

  static final class ObjectCompiled extends Compiled {
    final String[] names;
    final Compiled[] values;
    final boolean needsContext;

    ObjectCompiled(String[] names, Compiled[] values) {
      this.names = names;
      this.values = values;
      boolean n = false;
      for (Compiled v : values) {
        n |= v.needsContext();
      }
      this.needsContext = n;
    }

    @Override
    JsonNode eval(Ctx ctx) {
      ObjectNode o = Json.NODES.objectNode();
      for (int i = 0; i < names.length; i++) {
        JsonNode v = values[i].eval(ctx);
        if (v != null) {
          o.set(names[i], v);
        }
      }
      return o;
    }

    @Override
    boolean needsContext() {
      return needsContext;
    }
  }

  static final class ArrayCompiled extends Compiled {
    final Compiled[] items;

    ArrayCompiled(Compiled[] items) {
      this.items = items;
    }

    @Override
    JsonNode eval(Ctx ctx) {
      ArrayNode a = Json.NODES.arrayNode(items.length);
      for (Compiled item : items) {
        JsonNode v = item.eval(ctx);
        if (v != null) {
          a.add(v);
        }
      }
      return a;
    }
  }

  static final class PathCompiled extends Compiled {
    final Path path;
    final String field;

    PathCompiled(Path path, String field) {
      this.path = path;
      this.field = field;
    }

    @Override
    JsonNode eval(Ctx ctx) {
      return ctx.readRequired(path, field);
    }

    @Override
    boolean needsContext() {
      return path.root() == Path.Root.CONTEXT;
    }
  }

  static final class IntrinsicCompiled extends Compiled {
    final Intrinsic call;

    IntrinsicCompiled(Intrinsic call) {
      this.call = call;
    }

    @Override
    JsonNode eval(Ctx ctx) {
      try {
        return ctx.intrinsic(call);
      } catch (StatesError e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StatesError(StatesError.INTRINSIC_FAILURE,
            call.text() + " failed: " + e.getMessage());
      }
    }

    @Override
    boolean needsContext() {
      return call.text().contains("$$");
    }
  }

  static final class JsonataCompiled extends Compiled {
    final Jsonata expression;
    final boolean needsContext;

    JsonataCompiled(Jsonata expression) {
      this.expression = expression;
      this.needsContext = expression.expression().contains("context");
    }

    @Override
    JsonNode eval(Ctx ctx) {
      return ctx.jsonata(expression, needsContext);
    }

    @Override
    boolean needsContext() {
      return needsContext;
    }
  }
}
