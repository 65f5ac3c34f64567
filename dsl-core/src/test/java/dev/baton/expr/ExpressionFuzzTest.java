package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random input must never make a parser throw anything but {@link ExpressionException}, and must
 * never make it hang; and every built intrinsic must read back as itself.
 */
class ExpressionFuzzTest {

  private static final Duration LIMIT = Duration.ofSeconds(5);

  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "expression-fuzz");
            t.setDaemon(true);
            return t;
          });

  @Property(tries = 1000)
  void pathParsingFailsOnlyWithExpressionException(@ForAll("pathLike") String text) throws Exception {
    parseSafely(text, Path::of);
  }

  @Property(tries = 1000)
  void intrinsicParsingFailsOnlyWithExpressionException(@ForAll("intrinsicLike") String text) throws Exception {
    parseSafely(text, Intrinsic::parse);
  }

  @Property(tries = 1000)
  void jsonataParsingFailsOnlyWithExpressionException(@ForAll("jsonataLike") String text) throws Exception {
    parseSafely(text, Jsonata::parseTemplate);
  }

  @Property(tries = 300)
  void builtIntrinsicsReadBackAsThemselves(@ForAll("calls") Intrinsic call) {
    Intrinsic parsed = Intrinsic.parse(call.text());
    assertThat(parsed).isEqualTo(call);
    assertThat(parsed.toSource()).isEqualTo(call.text());
  }

  @Property(tries = 300)
  void generatedPathsReadBackAsThemselves(@ForAll("names") List<String> names) {
    ReferencePath p = ReferencePath.of("$");
    for (String name : names) {
      p = p.field(name);
    }
    assertThat(ReferencePath.of(p.text()).segments()).isEqualTo(p.segments());
    assertThat(Intrinsic.parse("States.Array(" + p.toSource() + ")").arguments())
        .containsExactly(p);
  }

  /**
   * Parses on a reused daemon thread so that a parser that hangs fails the property instead of
   * the build; a fresh thread per try would dominate the run time.
   */
  private static void parseSafely(String text, Consumer<String> parser) throws Exception {
    Future<?> run =
        WORKER.submit(
            () -> {
              try {
                parser.accept(text);
              } catch (ExpressionException e) {
                assertThat(e.getMessage()).isNotBlank();
                assertThat(e.position()).isBetween(-1, text.length());
              }
            });
    try {
      run.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      fail("parsing did not finish within " + LIMIT + ": " + text);
    } catch (ExecutionException e) {
      // anything but an ExpressionException (or a failed assertion on it) ends up here
      throw new AssertionError("unexpected " + e.getCause() + " for input: " + text, e.getCause());
    }
  }

  @Provide
  Arbitrary<String> pathLike() {
    Arbitrary<String> tail =
        Arbitraries.strings().withChars("$.[]'\"?()@*,:-0123456789ab _\\/=~<>u{}").ofMaxLength(30);
    return Arbitraries.oneOf(tail, tail.map(s -> "$" + s), tail.map(s -> "$." + s));
  }

  @Provide
  Arbitrary<String> intrinsicLike() {
    Arbitrary<String> name = Arbitraries.of(IntrinsicFunction.names()).map(n -> n + "(");
    Arbitrary<String> tail =
        Arbitraries.strings()
            .withChars("$.[]'\"?()@*,:-0123456789abe _\\{}States.Format")
            .ofMaxLength(40);
    return Arbitraries.oneOf(
        tail,
        Combinators.combine(name, tail).as(String::concat),
        Arbitraries.strings().ofMaxLength(20));
  }

  @Provide
  Arbitrary<String> jsonataLike() {
    Arbitrary<String> inner =
        Arbitraries.strings()
            .withChars("$.[]'\"?()@*,:;-0123456789ab _\\/{}%&|<>=!~^#`\n")
            .ofMaxLength(30);
    return Arbitraries.oneOf(
        inner, inner.map(s -> "{%" + s + "%}"), inner.map(s -> "{% $" + s + " %}"));
  }

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.strings().ofMaxLength(8).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<Intrinsic> calls() {
    return call(3);
  }

  private Arbitrary<Intrinsic> call(int depth) {
    Arbitrary<IntrinsicArg> leaf = leaf();
    Arbitrary<IntrinsicArg> arg =
        depth == 0 ? leaf : Arbitraries.oneOf(leaf, leaf, call(depth - 1).map(c -> c));
    Arbitrary<String> template =
        Arbitraries.strings().withChars("ab {}'\\\"").ofMaxLength(12);
    return Arbitraries.oneOf(
        arg.list().ofMaxSize(4).map(args -> Intrinsics.array(args.toArray(IntrinsicArg[]::new))),
        arg.map(Intrinsics::jsonToString),
        Combinators.combine(paths(), Arbitraries.longs().between(-1000, 1000))
            .as((a, n) -> Intrinsics.mathAdd(a, n)),
        template.flatMap(
            t ->
                arg.list()
                    .ofSize(countPlaceholders(t))
                    .map(values -> Intrinsics.format(t, values.toArray(IntrinsicArg[]::new)))),
        Arbitraries.just(Intrinsics.uuid()));
  }

  /** Counts {@code {}} the way {@link Intrinsics#format(String, IntrinsicArg...)} reads them. */
  private static int countPlaceholders(String template) {
    int count = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length() && "{}\\".indexOf(template.charAt(i + 1)) >= 0) {
        i++;
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        count++;
        i++;
      }
    }
    return count;
  }

  private Arbitrary<IntrinsicArg> leaf() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(10).map(IntrinsicArg::of),
        Arbitraries.longs().map(IntrinsicArg::of),
        Arbitraries.doubles().filter(Double::isFinite).map(IntrinsicArg::of),
        Arbitraries.of(true, false).map(IntrinsicArg::of),
        Arbitraries.just(IntrinsicArg.nullValue()),
        paths());
  }

  private Arbitrary<IntrinsicArg> paths() {
    return Arbitraries.of(
            "$", "$$.Execution.Id", "$v.a[0]", "$.a['b c']", "$.a[?(@.b == 'x, y')]", "$.a-b")
        .map(Path::of);
  }
}
