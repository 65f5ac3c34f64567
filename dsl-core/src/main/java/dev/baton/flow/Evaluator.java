package dev.baton.flow;

import dev.baton.expr.Intrinsic;
import dev.baton.expr.IntrinsicArg;
import dev.baton.expr.Path;
import dev.baton.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates templates on shapes: the shape of what a Parameters, ResultSelector, Arguments,
 * Output or Assign field builds, and every read it makes.
 */
final class Evaluator {
  /**
   * What {@code $}, {@code $$} and variables are while evaluating one field.
   *
   * @param dollar {@code $} in JSONPath; {@code $states.input} in JSONata
   * @param result {@code $states.result} (JSONata), or null where there is none
   * @param errorOutput {@code $states.errorOutput} (JSONata catchers), or null
   * @param context {@code $$} / {@code $states.context}
   * @param variables the variables visible to the state
   */
  record Env(Shape dollar, Shape result, Shape errorOutput, Shape context, Variables variables) {
    Env withDollar(Shape shape) {
      return new Env(shape, result, errorOutput, context, variables);
    }
  }

  final List<Read> reads = new ArrayList<>();

  /** The shape a template builds. */
  Shape template(Template template, Env env, Place pointer, Place field) {
    if (template instanceof Template.Literal literal) {
      return Shapes.of(literal.value(), "");
    }
    if (template instanceof Template.JsonataValue value) {
      JsonataReferences.reads(value.expression().expression(), env, pointer, field, reads);
      return Shape.OPEN;
    }
    if (template instanceof Template.Dynamic dynamic) {
      return dynamic.expression() instanceof Path path
          ? read(path, env, pointer, field)
          : intrinsic((Intrinsic) dynamic.expression(), env, pointer, field);
    }
    if (template instanceof Template.ArrayTemplate array) {
      List<Shape> tuple = new ArrayList<>();
      Shape items = Shape.NOTHING;
      for (int i = 0; i < array.items().size(); i++) {
        Shape s = template(array.items().get(i), env, pointer.index(i), field);
        tuple.add(s);
        items = Shapes.join(items, s);
      }
      return new Shape.ArrayShape(items instanceof Shape.Nothing ? Shape.OPEN : items, tuple);
    }
    Map<String, Template> templateFields = ((Template.ObjectTemplate) template).fields();
    FrozenFields.Builder fields = new FrozenFields.Builder(templateFields.size());
    // forEach walks the template's map directly, without an iterator and read-only entry per field.
    templateFields.forEach((name, child) -> {
      boolean dynamic = child instanceof Template.Dynamic;
      Shape shape = template(child, env, pointer.member(name, dynamic), field.quoted(name, dynamic));
      fields.put(name, new Shape.Field(shape, true));
    });
    return new Shape.ObjectShape(fields.build(), false, "");
  }

  /** Reads a JSONPath path; a value that cannot be there is open from here on, so one mistake is reported once. */
  Shape read(Path path, Env env, Place pointer, Place what) {
    Shape root;
    String variable = null;
    switch (path.root()) {
      case CONTEXT -> root = env.context();
      case VARIABLE -> {
        variable = path.variableName().orElse("");
        Variables.Variable v = env.variables().byName().get(variable);
        root = v == null ? Shape.NOTHING : v.shape();
      }
      default -> root = env.dollar();
    }
    Resolution resolution = variable != null && !env.variables().byName().containsKey(variable)
        ? Resolution.missing("no state assigns $" + variable + " before this one")
        : ShapePaths.resolve(root, path);
    reads.add(new Read(pointer, what, path.text(), variable, resolution, root, path.text().startsWith("$$") ? "$$"
        : variable != null ? "$" + variable : "$"));
    return switch (resolution.status()) {
      case FOUND, MAYBE -> resolution.shape();
      default -> Shape.OPEN;
    };
  }

  private Shape intrinsic(Intrinsic intrinsic, Env env, Place pointer, Place what) {
    for (IntrinsicArg arg : intrinsic.arguments()) {
      if (arg instanceof Path path) {
        read(path, env, pointer, what);
      } else if (arg instanceof Intrinsic nested) {
        intrinsic(nested, env, pointer, what);
      }
    }
    return switch (intrinsic.function()) {
      case FORMAT, JSON_TO_STRING, BASE64_ENCODE, BASE64_DECODE, HASH, UUID -> Shape.STRING;
      case ARRAY_CONTAINS -> Shape.BOOLEAN;
      case ARRAY_LENGTH, MATH_RANDOM, MATH_ADD -> Shape.NUMBER;
      case ARRAY_RANGE -> Shape.ArrayShape.of(Shape.NUMBER);
      case STRING_SPLIT -> Shape.ArrayShape.of(Shape.STRING);
      case ARRAY, ARRAY_UNIQUE -> Shape.ArrayShape.of(Shape.OPEN);
      case ARRAY_PARTITION -> Shape.ArrayShape.of(Shape.ArrayShape.of(Shape.OPEN));
      case JSON_MERGE -> Shape.ObjectShape.anyObject("");
      default -> Shape.OPEN;
    };
  }
}
