package dev.baton.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.baton.json.JsonTrees;
import dev.baton.model.StateMachine;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code @StateMachine} types are validated and written as ASL JSON, with a class returning the model. */
class StateMachineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} writes {1}")
  @CsvSource({
      "TaskFlow,        task-flow",        // @Task, @Retry, @Catch, @Succeed, @Fail, top-level fields
      "PassWaitFlow,    pass-wait-flow",   // @Pass, @Wait
      "ChoiceFlow,      choice-flow",      // @Choice, @Rule (data tests, json), flow with inputType
      "ParallelMapFlow, parallel-map-flow", // @Parallel branches and @Map item processor as nested types
      "JsonataFlow,     jsonata-flow"      // JSONata: arguments, output, assign, condition
  })
  void writesTheGoldenJson(String type, String name) throws Exception {
    JavaFileObject[] sources = type.equals("ChoiceFlow")
        ? new JavaFileObject[] {source(type), source("Shipment")} : new JavaFileObject[] {source(type)};
    Compilation compilation = Compiled.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    String written = Compiled.generatedResource(compilation, "stepfunctions/" + name + ".asl.json").orElseThrow();
    String golden = Compiled.resource("golden/stepfunctions/" + name + ".asl.json");
    assertThat(JsonTrees.firstDifference(JSON.readTree(golden), JSON.readTree(written), "")).isNull();
    assertThat(written).as("canonical JSON, byte for byte").isEqualTo(golden);
  }

  @Test
  void generatesAClassReturningTheSameModel() throws Exception {
    Compilation compilation = Compiled.compile(source("TaskFlow"));
    assertThat(compilation).generatedSourceFile("demo.TaskFlowWorkflow").contentsAsUtf8String()
        .isEqualTo(Compiled.resource("golden/TaskFlowWorkflow.java"));
    Class<?> generated = Compiled.classLoader(compilation).loadClass("demo.TaskFlowWorkflow");
    StateMachine machine = (StateMachine) generated.getMethod("stateMachine").invoke(null);
    assertThat(machine).isEqualTo(StateMachine.fromJson(Compiled.resource("golden/stepfunctions/task-flow.asl.json")));
    assertThat(generated.getField("NAME").get(null)).isEqualTo("task-flow");
  }

  @Test
  void aStateNamedByItsMethodEndsTheWorkflowWhenItHasNoNext() throws Exception {
    Compilation compilation = Compiled.compile(Compiled.source("demo.Methods", """
        package demo;

        @dev.baton.annotations.StateMachine(name = "methods")
        abstract class Methods {
          @dev.baton.annotations.Pass(next = "second")
          abstract void first();

          @dev.baton.annotations.Pass
          abstract void second();
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String json = Compiled.generatedResource(compilation, "stepfunctions/methods.asl.json").orElseThrow();
    assertThat(JSON.readTree(json).at("/StartAt").asText()).isEqualTo("first");
    assertThat(JSON.readTree(json).at("/States/second/End").asBoolean()).isTrue();
  }

  private static JavaFileObject source(String type) {
    return JavaFileObjects.forResource("sources/" + type + ".java");
  }
}
