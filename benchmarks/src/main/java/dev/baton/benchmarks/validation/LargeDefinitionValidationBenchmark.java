package dev.baton.benchmarks.validation;

import dev.baton.benchmarks.LargeDefinition;
import dev.baton.benchmarks.WorkflowShape;
import dev.baton.validate.ValidationOptions;
import dev.baton.validate.ValidationResult;
import dev.baton.validate.Validator;
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

/**
 * {@code Validator.validate(json)} of a definition just under the AWS limit of 1,048,576 bytes: the
 * mixed workflow of {@link LargeDefinition#nearAwsLimit()} (2,760 states), as Baton writes it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class LargeDefinitionValidationBenchmark {
  private String json;
  private final ValidationOptions withoutFlow = ValidationOptions.defaults().withoutFlow();

  @Setup
  public void buildNear1MB() {
    LargeDefinition large = LargeDefinition.nearAwsLimit();
    if (large.bytes() >= WorkflowShape.AWS_DEFINITION_LIMIT_BYTES
        || large.bytes() <= WorkflowShape.AWS_DEFINITION_LIMIT_BYTES - LargeDefinition.MAX_SLACK_BYTES) {
      throw new IllegalStateException("the large definition is " + large.bytes() + " bytes, not just under "
          + WorkflowShape.AWS_DEFINITION_LIMIT_BYTES);
    }
    json = large.json();
    ValidationResult result = Validator.validate(json);
    if (!result.errors().isEmpty()) {
      throw new IllegalStateException("the large definition does not validate: " + result.errors());
    }
    System.out.println("# large definition: " + large.bytes() + " bytes, "
        + large.machine().allStates().size() + " states, " + result.diagnostics().size() + " diagnostics");
  }

  /** Every layer, data flow included. */
  @Benchmark
  public ValidationResult withFlow() {
    return Validator.validate(json);
  }

  /** Without the data-flow layer. */
  @Benchmark
  public ValidationResult withoutFlow() {
    return Validator.validate(json, withoutFlow);
  }
}
