package dev.baton.benchmarks.validation;

import dev.baton.validate.ValidationOptions;
import dev.baton.validate.ValidationResult;
import dev.baton.validate.Validator;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validator throughput over the validation conformance corpus ({@link ValidationCorpus}): one
 * operation is one pass of {@code Validator.validate(json[, options])} over every file, valid and
 * invalid. Definitions per second = ops/s × the number of files (printed by the setup). The same
 * files are what {@code /work/shared/oracles/bench/*-throughput.js} validate with statelint and
 * asl-validator.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ValidatorThroughputBenchmark {
  private List<String> texts;
  private final ValidationOptions withoutFlow = ValidationOptions.defaults().withoutFlow();

  @Setup
  public void readCorpus() {
    texts = ValidationCorpus.texts();
    int valid = 0;
    for (String text : texts) {
      if (Validator.validate(text).errors().isEmpty()) {
        valid++;
      }
    }
    System.out.println("# corpus: " + texts.size() + " definitions (" + valid + " without errors), from "
        + ValidationCorpus.dir().toAbsolutePath());
  }

  /** Every layer, data flow included: {@code Validator.validate(json)}. */
  @Benchmark
  public void withFlow(Blackhole bh) {
    for (String text : texts) {
      ValidationResult result = Validator.validate(text);
      bh.consume(result);
    }
  }

  /** Without the data-flow layer: {@code Validator.validate(json, defaults().withoutFlow())}. */
  @Benchmark
  public void withoutFlow(Blackhole bh) {
    for (String text : texts) {
      bh.consume(Validator.validate(text, withoutFlow));
    }
  }
}
