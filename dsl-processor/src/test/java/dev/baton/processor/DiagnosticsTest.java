package dev.baton.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every diagnostic of the processor: its id, message, file and line (the annotation value concerned). */
class DiagnosticsTest {

  /** A source of class demo.Flow with the given body, and the line numbers of snippets in it. */
  private record Source(JavaFileObject file, String text) {
    static Source of(String text) {
      return new Source(Compiled.source("demo.Flow", text), text);
    }

    int line(String snippet) {
      return lineAt(text.indexOf(snippet), snippet);
    }

    int lastLine(String snippet) {
      return lineAt(text.lastIndexOf(snippet), snippet);
    }

    private int lineAt(int at, String snippet) {
      if (at < 0) {
        throw new IllegalArgumentException(snippet + " is not in the source");
      }
      return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
  }

  private static Source flow(String members) {
    return Source.of("""
        package demo;

        import dev.baton.annotations.*;

        @StateMachine(name = "flow")
        interface Flow {
        %s}
        """.formatted(members));
  }

  private static void assertError(Source source, String message, String lineSnippet, String... options) {
    Compilation compilation = Compiled.compile(options, source.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(source.file()).onLine(source.line(lineSnippet));
  }

  @Test
  void unknownNextStateWithDidYouMean() {
    Source source = flow("""
          @Pass(next = "Finsh")
          String START = "Start";

          @Succeed
          String FINISH = "Finish";
        """);
    assertError(source, "[BatonUnknownState] Next names the state 'Finsh', which is not declared in this scope "
        + "(declared: Start, Finish); did you mean 'Finish'?", "next = \"Finsh\"");
  }

  @Test
  void unknownCatchTargetRuleTargetAndStartAt() {
    Source source = Source.of("""
        package demo;

        import dev.baton.annotations.*;

        @StateMachine(name = "flow",
            startAt = "Begin")
        interface Flow {
          @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
          @Catch(errors = "States.ALL",
              next = "Oops")
          String START = "Start";

          @Choice(rules = @Rule(variable = "$.a", operator = "StringEquals", value = "x",
              next = "Nowhere"), defaultNext = "Start")
          String ROUTE = "Route";
        }
        """);
    Compilation compilation = Compiled.compile(source.file());
    assertThat(compilation).hadErrorContaining("[BatonUnknownState] StartAt names the state 'Begin'")
        .inFile(source.file()).onLine(source.line("startAt = \"Begin\""));
    assertThat(compilation).hadErrorContaining("[BatonUnknownState] Next names the state 'Oops'")
        .inFile(source.file()).onLine(source.line("next = \"Oops\""));
    assertThat(compilation).hadErrorContaining("[BatonUnknownState] Next names the state 'Nowhere'")
        .inFile(source.file()).onLine(source.line("next = \"Nowhere\""));
  }

  @Test
  void duplicateStateName() {
    Source source = flow("""
          @Pass(name = "Same", next = "Same")
          String A = "a";

          @Succeed(name = "Same")
          String B = "b";
        """);
    assertError(source, "[BatonDuplicateState] the state name 'Same' is already declared by A",
        "@Succeed(name = \"Same\")");
  }

  @Test
  void twoStateAnnotationsOnOneMember() {
    Source source = flow("""
          @Pass
          @Succeed
          String START = "Start";
        """);
    assertError(source, "[BatonTwoStates] START is declared both Pass and Succeed", "@Succeed");
  }

  @Test
  void aTypeWithoutStates() {
    Source source = flow("");
    assertError(source, "[BatonNoStates] Flow declares no state", "interface Flow");
  }

  @Test
  void badJsonText() {
    Source source = flow("""
          @Pass(
              result = "{\\"a\\": }")
          String START = "Start";
        """);
    assertError(source, "[BatonBadJson] result must be JSON text (or a {% ... %} JSONata expression):",
        "result = ");
  }

  @Test
  void unknownChoiceOperatorWithDidYouMean() {
    Source source = flow("""
          @Choice(rules = @Rule(variable = "$.a",
              operator = "StringEqual", value = "x", next = "Done"), defaultNext = "Done")
          String ROUTE = "Route";

          @Succeed
          String DONE = "Done";
        """);
    assertError(source, "[BatonUnknownOperator] 'StringEqual' is not a Choice comparison operator; did you mean "
        + "'StringEquals'?", "operator = \"StringEqual\"");
  }

  @Test
  void operandOfTheWrongType() {
    Source source = flow("""
          @Choice(rules = @Rule(variable = "$.a", operator = "NumericEquals",
              value = "ten", next = "Done"), defaultNext = "Done")
          String ROUTE = "Route";

          @Succeed
          String DONE = "Done";
        """);
    assertError(source, "[BatonBadOperand] NumericEquals compares with a number, not 'ten'", "value = \"ten\"");
  }

  @Test
  void ruleWithoutATest() {
    Source source = flow("""
          @Choice(rules = @Rule(next = "Done"), defaultNext = "Done")
          String ROUTE = "Route";

          @Succeed
          String DONE = "Done";
        """);
    assertError(source, "[BatonIncompleteRule] a @Rule needs variable and operator (with value), a condition, or json",
        "@Choice(rules");
  }

  @Test
  void retryOnAStateThatCannotRetry() {
    Source source = flow("""
          @Pass
          @Retry(errors = "States.ALL")
          String START = "Start";
        """);
    assertError(source, "[BatonMisplacedRetry] @Retry and @Catch go on a Task, Parallel or Map state, not on the Pass "
        + "state 'Start'", "@Retry");
  }

  @Test
  void badWorkflowName() {
    Source source = Source.of("""
        package demo;

        @dev.baton.annotations.StateMachine(name = "my flow")
        interface Flow {
          @dev.baton.annotations.Succeed
          String DONE = "Done";
        }
        """);
    assertError(source, "[BatonBadWorkflowName] the workflow name 'my flow' must be 1 to 80 letters", "name = \"my flow\"");
  }

  @Test
  void twoStateMachinesWithOneName() {
    Source source = Source.of("""
        package demo;

        class Flow {
          @dev.baton.annotations.StateMachine(name = "same")
          interface A {
            @dev.baton.annotations.Succeed
            String DONE = "Done";
          }

          @dev.baton.annotations.StateMachine(name = "same")
          interface B {
            @dev.baton.annotations.Succeed
            String DONE = "Done";
          }
        }
        """);
    Compilation compilation = Compiled.compile(source.file());
    assertThat(compilation).hadErrorContaining("[BatonDuplicateWorkflow] the workflow name 'same' is already used by "
        + "demo.Flow.A").inFile(source.file()).onLine(source.lastLine("name = \"same\""));
  }

  @Test
  void workflowAnnotationOnAMethodThatIsNotAWorkflowMethod() {
    Source source = Source.of("""
        package demo;

        class Flow {
          @dev.baton.annotations.Workflow(name = "x")
          dev.baton.model.StateMachine notStatic() {
            return null;
          }
        }
        """);
    assertError(source, "[BatonNotAWorkflowMethod] @Workflow goes on a static method with no parameters that returns "
        + "dev.baton.model.StateMachine; notStatic is not one", "@dev.baton.annotations.Workflow");
  }

  @Test
  void aBranchTypeThatContainsItself() {
    Source source = flow("""
          @Parallel(branches = Flow.class)
          String ALL = "All";
        """);
    assertError(source, "[BatonRecursiveBranch] the branch or item processor type Flow contains itself",
        "interface Flow");
  }

  @Test
  void aValidatorErrorIsReportedOnTheAnnotationValueItComesFrom() {
    Source source = flow("""
          @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f",
              resultPath = "$.items[*]")
          String START = "Start";
        """);
    Compilation compilation = Compiled.compile(source.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("(at /States/Start/ResultPath)").inFile(source.file())
        .onLine(source.line("resultPath = "));
  }

  private static Source typedFlow() {
    return Source.of("""
        package demo;

        import dev.baton.annotations.*;

        @StateMachine(name = "typed", inputType = Flow.Order.class)
        interface Flow {
          @WorkflowData
          record Order(String id, Customer customer) {}

          @WorkflowData
          record Customer(String name) {}

          @Task(resource = "arn:aws:states:::sns:publish",
              parameters = \"""
                  {"TopicArn": "arn:aws:sns:us-east-1:123456789012:t", "Message.$": "$.customer.nmae"}\""")
          String NOTIFY = "Notify";
        }
        """);
  }

  @Test
  void theFlowCheckUsesTheDeclaredInputType() {
    Source source = typedFlow();
    assertError(source, "[flow.path-missing]", "parameters = ");
    Compilation compilation = Compiled.compile(source.file());
    assertThat(compilation).hadErrorContaining("(at /States/Notify/Parameters/Message.$)");
    assertThat(compilation).hadErrorContaining("the object at $.customer has no field 'nmae' (its fields are name;");
  }

  @Test
  void theFlowCheckCanBeTurnedOff() {
    assertThat(Compiled.compile(new String[] {"-Abaton.flow=false"}, typedFlow().file())).succeededWithoutWarnings();
  }

  private static Source choiceWithoutDefault(String suppression) {
    return flow("""
          %s
          @Choice(rules = @Rule(variable = "$.a", operator = "StringEquals", value = "x", next = "Done"))
          String ROUTE = "Route";

          @Succeed
          String DONE = "Done";
        """.formatted(suppression));
  }

  @Test
  void aValidatorWarningIsAJavacWarningOnTheState() {
    Source source = choiceWithoutDefault("");
    Compilation compilation = Compiled.compile(source.file());
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[lint.choice-no-default]").inFile(source.file())
        .onLine(source.line("@Choice"));
  }

  @Test
  void warningsAreSuppressedBySuppressWarningsOnTheElementOrAnEnclosingOne() {
    assertThat(Compiled.compile(choiceWithoutDefault("@SuppressWarnings(\"baton:lint.choice-no-default\")").file()))
        .succeededWithoutWarnings();
    assertThat(Compiled.compile(choiceWithoutDefault("@SuppressWarnings(\"baton\")").file()))
        .succeededWithoutWarnings();
    assertThat(Compiled.compile(choiceWithoutDefault("@SuppressWarnings(\"baton:lint.other\")").file()))
        .hadWarningContaining("[lint.choice-no-default]");
  }

  @Test
  void warningsAsErrors() {
    Source source = choiceWithoutDefault("");
    assertError(source, "[lint.choice-no-default]", "@Choice", "-Abaton.warningsAsErrors=true");
    assertError(source, "made an error by -Abaton.warningsAsErrors=true", "@Choice", "-Abaton.warningsAsErrors=true");
  }

  @Test
  void anInternalFailureIsOneErrorNamingTheElementNotAnExceptionInJavac() {
    // a primitive class literal as a branch is not handled specifically: the processor fails on it
    Source source = flow("""
          @Parallel(branches = int.class)
          String ALL = "All";
        """);
    Compilation compilation = Compiled.compile(source.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[BatonInternalError] Baton's processor failed on interface demo.Flow: ")
        .inFile(source.file()).onLine(source.line("interface Flow"));
  }

  @Test
  void aMissingRequiredAttributeIsLeftToJavac() {
    Source source = Source.of("""
        package demo;

        @dev.baton.annotations.StateMachine
        interface Flow {
          @dev.baton.annotations.Succeed
          String DONE = "Done";
        }
        """);
    Compilation compilation = Compiled.compile(source.file());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("name").inFile(source.file()).onLine(3);
  }

  @Test
  void nothingIsWrittenWhenThereIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    Source source = flow("""
          @Pass(next = "Nowhere")
          String START = "Start";
        """);
    java.nio.file.Path file = dir.resolve("Flow.java");
    java.nio.file.Files.writeString(file, source.text());
    java.nio.file.Path out = java.nio.file.Files.createDirectories(dir.resolve("out"));
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    try (javax.tools.StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      java.io.StringWriter messages = new java.io.StringWriter();
      javax.tools.JavaCompiler.CompilationTask task = javac.getTask(messages, files, null,
          java.util.List.of("-d", out.toString(), "-s", out.toString(), "-classpath", System.getProperty("java.class.path")),
          null, files.getJavaFileObjects(file));
      task.setProcessors(java.util.List.of(new BatonProcessor()));
      boolean ok = task.call();
      org.assertj.core.api.Assertions.assertThat(ok).isFalse();
      org.assertj.core.api.Assertions.assertThat(messages.toString()).contains("[BatonUnknownState]");
    }
    try (java.util.stream.Stream<java.nio.file.Path> written = java.nio.file.Files.walk(out)) {
      org.assertj.core.api.Assertions.assertThat(written.filter(java.nio.file.Files::isRegularFile).toList())
          .as("no JSON, no generated class").isEmpty();
    }
  }
}
