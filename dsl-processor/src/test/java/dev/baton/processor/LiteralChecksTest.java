package dev.baton.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** String literals passed to marked DSL parameters are parsed by javac's processor: a bad one fails the build. */
class LiteralChecksTest {
  private static JavaFileObject use(String body) {
    return Compiled.source("demo.Use", """
        package demo;

        import static dev.baton.dsl.Baton.*;

        import dev.baton.expr.Path;
        import dev.baton.integrations.Lambda;

        class Use {
          static final String BAD_CONSTANT = "$.a..";
          static final String GOOD_CONSTANT = "$.a";

          void use(String computed) {
        %s
          }
        }
        """.formatted(body));
  }

  @Test
  void aBadPathLiteralIsAnErrorOnTheLiteral() {
    JavaFileObject source = use("    path(\"$.items[\");");
    Compilation compilation = Compiled.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
            "[BatonBadPath] Baton.path takes a path: '[' is never closed at position 7 in '$.items['; add the missing ']'")
        .inFile(source).onLine(13).atColumn(10);
  }

  @Test
  void aPathWhereAReferencePathIsNeededIsAnError() {
    JavaFileObject source = use("    task(\"T\", Lambda.function(\"f\")).resultPath(\"$.items[*]\");");
    Compilation compilation = Compiled.compile(source);
    assertThat(compilation).hadErrorContaining("[BatonBadReferencePath] ResilientStep.resultPath takes a Reference Path:")
        .inFile(source).onLine(13).atColumn(48);
  }

  @Test
  void aBadIntrinsicIsAnError() {
    JavaFileObject source = use("    intrinsic(\"States.Formatt('{}', $.a)\");");
    Compilation compilation = Compiled.compile(source);
    assertThat(compilation).hadErrorContaining("[BatonBadIntrinsic] Baton.intrinsic takes an intrinsic function:")
        .inFile(source).onLine(13);
    assertThat(compilation).hadErrorContaining("States.Format");
  }

  @Test
  void aBadJsonataExpressionIsAnError() {
    JavaFileObject source = use("    jsonata(\"$states.input.(\");");
    Compilation compilation = Compiled.compile(source);
    assertThat(compilation).hadErrorContaining("[BatonBadJsonata] Baton.jsonata takes a JSONata expression:")
        .inFile(source).onLine(13).atColumn(13);
  }

  @Test
  void aParameterTakingAReferencePathOrAnIntrinsicAcceptsEitherAndReportsTheLikelyOne() {
    assertThat(Compiled.compile(use("""
            fail("F").errorPath("$.error");
            fail("G").causePath("States.Format('{}', $.cause)");
        """))).succeededWithoutWarnings();
    JavaFileObject source = use("    fail(\"F\").causePath(\"States.Format('{}'\");");
    assertThat(Compiled.compile(source))
        .hadErrorContaining("[BatonBadIntrinsic] FailStep.causePath takes a Reference Path or an intrinsic function:")
        .inFile(source).onLine(13);
  }

  @Test
  void aBadStringConstantIsReportedWhereItIsPassed() {
    JavaFileObject source = use("    Path.of(BAD_CONSTANT);");
    assertThat(Compiled.compile(source)).hadErrorContaining("[BatonBadPath] Path.of takes a path:")
        .inFile(source).onLine(13).atColumn(13);
  }

  @Test
  void goodLiteralsConstantsAndComputedTextsCompile() {
    assertThat(Compiled.compile(use("""
            path("$.items[0].sku");
            ref("$$.Execution.Id");
            Path.of(GOOD_CONSTANT);
            path(computed);
            variable("$.status").stringEquals("$.not-a-path-but-a-string-value");
            jsonata("$states.input.id");
            intrinsic("States.Format('Hi {}', $.name)");
        """))).succeededWithoutWarnings();
  }

  @Test
  void literalsInEveryClassOfTheProjectAreChecked() {
    JavaFileObject other = Compiled.source("demo.other.Nested", """
        package demo.other;

        class Nested {
          Runnable r = () -> {
            class Local {
              Object p = dev.baton.dsl.Baton.path("$.a b");
            }
          };
        }
        """);
    assertThat(Compiled.compile(other)).hadErrorContaining("[BatonBadPath]").inFile(other).onLine(6);
  }

  @Test
  void theChecksCanBeTurnedOff() {
    assertThat(Compiled.compile(new String[] {"-Abaton.literals=false"}, use("    path(\"$.items[\");")))
        .succeeded();
  }
}
