package dev.baton.expr;

import dev.baton.annotations.IntrinsicExpression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call of an ASL intrinsic function, such as {@code States.Format('Hello, {}!', $.name)}.
 *
 * <p>Intrinsic functions (ASL Appendix B) are written as the value of a {@code "field.$"} key in a
 * Payload Template of a JSONPath state. A call is checked when it is created: the function name,
 * the number of arguments, the types of literal arguments where the function needs a number, a
 * string, an array or a boolean, the {@code {}} placeholders of a {@code States.Format} template,
 * and the AWS limit of 10 nested calls.
 *
 * <p>Create one with {@link #parse(String)} from ASL text or with the typed builder {@link
 * Intrinsics}. Instances are immutable; equality compares the function and the arguments, not the
 * spacing of the text.
 */
public final class Intrinsic implements IntrinsicArg {

  /** AWS allows at most this many nested intrinsic function calls in one field. */
  static final int MAX_NESTING = 10;

  private final IntrinsicFunction function;
  private final List<IntrinsicArg> arguments;
  private final String text;
  /** For States.Format with a literal template: the literal text around each {}; else null. */
  private final List<String> templateParts;
  private final int nesting;

  Intrinsic(
      IntrinsicFunction function,
      List<IntrinsicArg> arguments,
      String text,
      List<String> templateParts,
      int nesting) {
    this.function = function;
    this.arguments = arguments;
    this.text = text;
    this.templateParts = templateParts;
    this.nesting = nesting;
  }

  /**
   * Parses an intrinsic function call, e.g. {@code States.Array(States.MathAdd($.a, 1), 'x')}.
   *
   * <p>String literals use single quotes; inside them {@code \'}, {@code \{}, {@code \}} and
   * {@code \\} are the only escapes, and {@code {}} is a placeholder in the template of {@code
   * States.Format}. Whitespace is allowed around arguments.
   *
   * @param text the whole call; required
   * @return the parsed call, whose {@link #text()} is {@code text}
   * @throws ExpressionException if the text is not a valid call, naming the position and, for a
   *     misspelled function, the likely intended one
   */
  public static Intrinsic parse(@IntrinsicExpression String text) {
    return IntrinsicParser.parse(text);
  }

  /**
   * Builds a call from a function and its arguments, checking it like {@link #parse(String)}.
   *
   * <p>For {@code States.Format} with a string literal template, each {@code {}} in the literal's
   * value is a placeholder; use {@link Intrinsics#format(String, IntrinsicArg...)} to write
   * literal braces.
   *
   * @param function the function; required
   * @param arguments the arguments; required, no null elements
   * @return the call, whose {@link #text()} is its canonical source
   * @throws ExpressionException if the arguments do not fit the function
   */
  public static Intrinsic of(IntrinsicFunction function, List<? extends IntrinsicArg> arguments) {
    Objects.requireNonNull(function, "function");
    List<IntrinsicArg> args = List.copyOf(arguments);
    List<String> parts = null;
    if (function == IntrinsicFunction.FORMAT
        && !args.isEmpty()
        && args.get(0) instanceof Literal l
        && l.isString()) {
      parts = splitPlaceholders(l.value().textValue());
    }
    return build(function, args, parts);
  }

  /** Builds States.Format from the literal parts around the placeholders. */
  static Intrinsic format(List<String> parts, List<? extends IntrinsicArg> values) {
    List<IntrinsicArg> args = new ArrayList<>(values.size() + 1);
    args.add(IntrinsicArg.of(String.join("{}", parts)));
    args.addAll(values);
    return build(IntrinsicFunction.FORMAT, List.copyOf(args), List.copyOf(parts));
  }

  private static Intrinsic build(
      IntrinsicFunction function, List<IntrinsicArg> args, List<String> parts) {
    List<IntrinsicArg> normalized = new ArrayList<>(args.size());
    int nesting = 1;
    for (IntrinsicArg a : args) {
      if (a instanceof Path p && !p.isEmbeddable()) {
        // AWS reads dot names inside intrinsics strictly; rewrite e.g. $.a-b as $['a-b']
        a = Path.of(p.canonicalText());
      } else if (a instanceof Intrinsic nested) {
        nesting = Math.max(nesting, nested.nesting + 1);
      }
      normalized.add(a);
    }
    List<IntrinsicArg> frozen = Collections.unmodifiableList(normalized);
    int[] offsets = new int[frozen.size()];
    String source = source(function, frozen, parts, offsets);
    if (nesting > MAX_NESTING) {
      throw new ExpressionException(
          "intrinsic functions are nested " + nesting + " deep",
          source,
          0,
          "AWS allows at most " + MAX_NESTING + " nested intrinsic functions in one field");
    }
    int placeholders = parts == null ? -1 : parts.size() - 1;
    IntrinsicChecks.check(function, frozen, offsets, 0, source, placeholders);
    return new Intrinsic(function, frozen, source, parts, nesting);
  }

  /** Returns how deeply calls are nested in this one: 1 when no argument is a call. */
  int nesting() {
    return nesting;
  }

  /**
   * Returns the function called.
   *
   * @return the function
   */
  public IntrinsicFunction function() {
    return function;
  }

  /**
   * Returns the arguments in order. The template of {@code States.Format} is a string literal
   * whose value shows each placeholder as {@code {}}; see {@link #formatTemplateParts()} for the
   * exact split.
   *
   * @return an unmodifiable list
   */
  public List<IntrinsicArg> arguments() {
    return arguments;
  }

  /**
   * Returns, for {@code States.Format} with a literal template, the literal text before, between
   * and after the {@code {}} placeholders (one more part than placeholders). This keeps escaped
   * braces {@code \{\}} apart from placeholders.
   *
   * @return the parts, or empty for other functions and for templates given by a path or call
   */
  public Optional<List<String>> formatTemplateParts() {
    return Optional.ofNullable(templateParts);
  }

  /**
   * Returns the text of the call: the original text when parsed, the canonical source when built.
   *
   * @return the text, e.g. {@code States.MathAdd($.i, 1)}
   */
  public String text() {
    return text;
  }

  /**
   * Returns the call in canonical form: arguments separated by {@code ", "}, strings in single
   * quotes with reserved characters escaped.
   *
   * @return the canonical source, which {@link #parse(String)} reads back to an equal call
   */
  @Override
  public String toSource() {
    return source(function, arguments, templateParts, new int[arguments.size()]);
  }

  private static String source(
      IntrinsicFunction function, List<IntrinsicArg> args, List<String> parts, int[] offsets) {
    StringBuilder sb = new StringBuilder(32).append(function.aslName()).append('(');
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      offsets[i] = sb.length();
      if (i == 0 && parts != null) {
        sb.append('\'');
        for (int p = 0; p < parts.size(); p++) {
          if (p > 0) {
            sb.append("{}");
          }
          Literal.appendEscaped(sb, parts.get(p));
        }
        sb.append('\'');
      } else {
        sb.append(args.get(i).toSource());
      }
    }
    return sb.append(')').toString();
  }

  /** Splits a template value at each {@code {}}; n placeholders give n + 1 parts. */
  static List<String> splitPlaceholders(String template) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = template.indexOf("{}", from)) >= 0) {
      parts.add(template.substring(from, at));
      from = at + 2;
    }
    parts.add(template.substring(from));
    return List.copyOf(parts);
  }

  /**
   * Returns whether {@code o} calls the same function with equal arguments.
   *
   * @param o the object to compare
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Intrinsic i
            && function == i.function
            && arguments.equals(i.arguments)
            && Objects.equals(templateParts, i.templateParts));
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, arguments, templateParts);
  }

  /**
   * Returns the text of the call.
   *
   * @return {@link #text()}
   */
  @Override
  public String toString() {
    return text;
  }
}
