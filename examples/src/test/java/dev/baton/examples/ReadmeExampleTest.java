package dev.baton.examples;

import static dev.baton.dsl.Baton.path;
import static dev.baton.dsl.Baton.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.dsl.Workflow;
import dev.baton.integrations.Glue;
import dev.baton.integrations.Lambda;
import dev.baton.integrations.Sns;
import dev.baton.model.StateMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's example true: the same code writes exactly the JSON the README shows. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleWritesTheJsonTheReadmeShows() throws IOException {
    StateMachine machine = Workflow.startingWith(
            task("Run Glue Job", Glue.startJobRun("GLUE_JOB_NAME").sync())
                .next(task("Fetch Data", Lambda.function("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME"))
                    .resultPath("$.data.lambdaresult")
                    .outputPath("$.data"))
                .next(task("SNS Notify", Sns.publish("TOPIC_ARN")
                    .subject("[SQL QUERY]: Here's your query result")
                    .message(path("$.lambdaresult")))))
        .build();

    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String shown = readme.substring(readme.indexOf("```json\n") + "```json\n".length());
    shown = shown.substring(0, shown.indexOf("```"));
    assertThat(machine.toJson()).isEqualTo(shown);
  }
}
