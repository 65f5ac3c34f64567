package dev.baton.cli;

import static dev.baton.cli.CliRun.baton;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-flow}, {@code --input-schema} and {@code --input-sample}: the data-flow layer from the command line. */
class FlowOptionsTest {
  @TempDir
  Path dir;

  private static final String READS_CUSTOMER_NAME = """
      {"StartAt": "A", "States": {
        "A": {"Type": "Pass", "Parameters": {"n.$": "$.customer.nam"}, "End": true}}}
      """;

  private static final String SEED_BUG = """
      {"StartAt": "Run Glue Job", "States": {
        "Run Glue Job": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
                         "Parameters": {"JobName": "job"}, "Next": "Fetch Data"},
        "Fetch Data": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                       "ResultPath": "$.data.lambdaresult", "OutputPath": "$.data", "Next": "SNS Notify"},
        "SNS Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                       "Parameters": {"TopicArn": "t", "Message.$": "$.data.lambdaresult"}, "End": true}}}
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theFlowLayerIsOnByDefaultAndReportsTheArticlesBug() throws IOException {
    Path file = write("seed.asl.json", SEED_BUG);
    CliRun run = baton("validate", "--format", "json", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("\"rule\": \"flow.path-missing\"").contains("\"layer\": \"flow\"");
  }

  @Test
  void noFlowTurnsTheLayerOff() throws IOException {
    Path file = write("seed.asl.json", SEED_BUG);
    CliRun run = baton("validate", "--no-flow", file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).doesNotContain("flow.path-missing");
  }

  @Test
  void anInputSchemaClosesTheInput() throws IOException {
    Path definition = write("d.asl.json", READS_CUSTOMER_NAME);
    Path schema = write("input.schema.json", """
        {"type": "object", "additionalProperties": false, "required": ["customer"],
         "properties": {"customer": {"type": "object", "additionalProperties": false, "required": ["name"],
                                     "properties": {"name": {"type": "string"}}}}}
        """);
    assertThat(baton("validate", definition.toString()).status()).isZero();
    CliRun run = baton("validate", "--input-schema", schema.toString(), definition.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("[flow.path-missing]").contains("did you mean $.customer.name?");
  }

  @Test
  void anInputSampleClosesTheInputToo() throws IOException {
    Path definition = write("d.asl.json", READS_CUSTOMER_NAME);
    Path sample = write("input.yaml", "customer:\n  name: Ada\n");
    CliRun run = baton("validate", "--input-sample", sample.toString(), definition.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("[flow.path-missing]");
  }

  @Test
  void aMissingOrBrokenShapeFileIsAUsageError() throws IOException {
    Path definition = write("d.asl.json", READS_CUSTOMER_NAME);
    CliRun missing = baton("validate", "--input-schema", dir.resolve("nope.json").toString(), definition.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("--input-schema").contains("no such file");
    Path broken = write("broken.json", "{\"type\": ");
    CliRun bad = baton("validate", "--input-sample", broken.toString(), definition.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("not valid JSON");
    CliRun both = baton("validate", "--input-sample", broken.toString(), "--input-schema", broken.toString(),
        definition.toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("give one");
  }
}
