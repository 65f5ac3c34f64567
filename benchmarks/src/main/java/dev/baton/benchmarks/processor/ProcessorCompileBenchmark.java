package dev.baton.benchmarks.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Baton's annotation processor adds to javac: the {@link GeneratedProject} of 100 workflows
 * (3 to 50 states, each with a typed {@code @WorkflowData} record; half builder workflows with
 * checked path literals and a {@code @Workflow} index entry, half {@code @StateMachine} workflows
 * validated with the data-flow check and written as JSON) compiled in-process by the JDK's javac
 * with {@code -proc:none} ({@link #withoutProcessor}) and with the processor ({@link #withProcessor}).
 * The difference is the processor's cost. Each operation is one whole compilation to disk.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m"})
@Warmup(iterations = 8)
@Measurement(iterations = 12)
@State(Scope.Benchmark)
public class ProcessorCompileBenchmark {
  /** The number of workflows of the project. */
  public static final int WORKFLOWS = 100;

  private ProjectCompiler compiler;
  private Path work;

  @Setup
  public void setUp() throws IOException {
    compiler = new ProjectCompiler(GeneratedProject.sources(WORKFLOWS));
    work = Files.createTempDirectory("baton-processor-benchmark");
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(work);
  }

  @Benchmark
  public int withoutProcessor() {
    return compiler.compile(work, false);
  }

  @Benchmark
  public int withProcessor() {
    return compiler.compile(work, true);
  }
}
