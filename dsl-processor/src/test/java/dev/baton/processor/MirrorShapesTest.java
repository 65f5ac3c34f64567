package dev.baton.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.baton.flow.JavaShapes;
import dev.baton.flow.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * The shape the processor computes from source for {@code @StateMachine(inputType = ...)} is the
 * shape {@code JavaShapes} computes by reflection from the compiled class for
 * {@code Workflow.inputType(...)}: both styles get the same data-flow check.
 */
class MirrorShapesTest {
  /** Records the compile-time shape of every {@code @WorkflowData} type. */
  private static final class ShapeRecorder extends AbstractProcessor {
    final Map<String, Shape> shapes = new LinkedHashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(PathsGenerator.WORKFLOW_DATA);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      MirrorShapes mirror = new MirrorShapes(new JavaTypes(processingEnv.getTypeUtils(),
          processingEnv.getElementUtils()), processingEnv.getElementUtils());
      for (TypeElement annotation : annotations) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          TypeElement type = (TypeElement) element;
          shapes.put(processingEnv.getElementUtils().getBinaryName(type).toString(), mirror.of(type.asType()));
        }
      }
      return false;
    }
  }

  @Test
  void compileTimeShapesEqualRunTimeShapes() throws Exception {
    ShapeRecorder recorder = new ShapeRecorder();
    Compilation compilation = Compiler.javac().withProcessors(recorder).compile(Compiled.source("demo.Data", """
        package demo;

        import com.fasterxml.jackson.annotation.JsonIgnore;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.baton.annotations.WorkflowData;
        import java.time.Instant;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.Set;

        public class Data {
          public enum Status { NEW, DONE }

          @WorkflowData
          public record Order(String id, long total, Boolean paid, Status status, Instant at,
              Optional<String> note, List<Line> lines, Set<String> tags, int[] codes,
              Map<String, Object> extra, @JsonProperty("order-ref") String ref, @JsonIgnore String secret,
              Order parent) {}

          public record Line(String sku, double price) {}

          @WorkflowData
          public static class Bean {
            public String getName() { return ""; }
            public boolean isActive() { return true; }
            public List<Line> getLines() { return List.of(); }
            @com.fasterxml.jackson.annotation.JsonAnySetter public void other(String k, Object v) {}
          }
        }
        """));
    assertThat(compilation).succeeded();
    ClassLoader loader = Compiled.classLoader(compilation);
    assertThat(recorder.shapes).containsOnlyKeys("demo.Data$Order", "demo.Data$Bean");
    for (Map.Entry<String, Shape> compileTime : recorder.shapes.entrySet()) {
      Shape runTime = JavaShapes.of(loader.loadClass(compileTime.getKey()));
      assertThat(compileTime.getValue()).as(compileTime.getKey()).isEqualTo(runTime);
    }
  }
}
