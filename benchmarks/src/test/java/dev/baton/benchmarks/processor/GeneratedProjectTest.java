package dev.baton.benchmarks.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's project compiles both ways, and the processor does its work on it. */
class GeneratedProjectTest {
  @Test
  void compilesWithAndWithoutTheProcessor(@TempDir Path work) {
    ProjectCompiler compiler = new ProjectCompiler(GeneratedProject.sources(10));
    int without = compiler.compile(work, false);
    int with = compiler.compile(work, true);
    // per workflow: 4 data classes and the Flow class; with the processor, one Paths source and its
    // 5 classes (OrderPaths and OrderPaths.At; CustomerPaths, AddressPaths and ItemPaths, parts of Order,
    // instance-only), and per @StateMachine workflow its JSON, a Workflow source and its class;
    // plus the one index of the builder workflows.
    int annotated = 5;
    assertThat(without).isEqualTo(10 * 5);
    assertThat(with).isEqualTo(without + 10 * (1 + 5) + annotated * 3 + 1);
    // in memory, the same files are written
    assertThat(compiler.compileInMemory(work, false, java.util.List.of())).isEqualTo(without);
    assertThat(compiler.compileInMemory(work, true, java.util.List.of())).isEqualTo(with);
  }

  @Test
  void theReferenceProcessorsWriteNothingAndTheRequiredFiles(@TempDir Path work) {
    ProjectCompiler compiler = new ProjectCompiler(GeneratedProject.sources(10));
    int without = compiler.compile(work, false);
    assertThat(compiler.compile(work, ReferenceProcessors::noOp, java.util.List.of())).isEqualTo(without);
    // the floor writes exactly as many files as Baton's processor: the same sources, classes and resources
    assertThat(compiler.compile(work, ReferenceProcessors::requiredFiles, java.util.List.of()))
        .isEqualTo(compiler.compile(work, true));
    assertThat(compiler.compileInMemory(work, ReferenceProcessors::requiredFiles, java.util.List.of()))
        .isEqualTo(compiler.compileInMemory(work, true, java.util.List.of()));
  }

  @Test
  void mixesSizesAndStyles() {
    var sources = GeneratedProject.sources(100);
    assertThat(sources).hasSize(200);
    assertThat(sources.get(1).text()).contains("@dev.baton.annotations.Workflow(name = \"flow-0\")");
    assertThat(sources.get(3).text()).contains("@StateMachine(name = \"flow-1\", inputType = Order1.class)");
    assertThat(GeneratedProject.size(0)).isEqualTo(3);
    assertThat(GeneratedProject.size(4)).isEqualTo(50);
  }
}
