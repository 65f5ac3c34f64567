package dev.baton.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.examples.modern.NightlySettlement;
import dev.baton.examples.seed.ArticleWorkflows;
import dev.baton.local.ExecutionStatus;
import dev.baton.local.LocalEngine;
import dev.baton.local.Mocks;
import dev.baton.local.items.InMemoryObjectStore;
import dev.baton.model.StateMachine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One local run per example workflow: its input, the AWS services it calls mocked, and the
 * outcome it must have. {@link RunExamples} runs them during {@code mvn package}; the example
 * tests use the same service mocks.
 */
public final class ExampleRuns {
  /** The bucket the settlement example reads its orders from. */
  public static final String SETTLEMENT_INBOX = "acme-settlement-inbox";
  /** What the article's "Fetch Data" Lambda returns in these runs. */
  public static final String ARTICLE_QUERY_RESULT = "{\"rows\":3}";

  private ExampleRuns() {}

  /**
   * A local run of one example.
   *
   * @param workflow the example's name in {@link ExampleWorkflows#all()}
   * @param story what the run shows
   * @param machine the workflow
   * @param input the execution input (JSON)
   * @param services the mocks of the AWS services it calls
   * @param expected how the run must end
   */
  public record Scenario(String workflow, String story, Supplier<StateMachine> machine, String input,
      UnaryOperator<LocalEngine.Builder> services, ExecutionStatus expected) {}

  /** The runs, in the order of {@link ExampleWorkflows#all()}. */
  public static List<Scenario> all() {
    return List.of(
        new Scenario("article-glue-job", "Glue succeeds; the query result is published",
            ArticleWorkflows::glueJobCorrected, "{}", ExampleRuns::articleServices, ExecutionStatus.SUCCEEDED),
        new Scenario("article-glue-job-with-error-notification", "Glue fails; the error is published, the run fails",
            ArticleWorkflows::glueJobWithErrorNotificationCorrected, "{\"day\":\"2024-06-01\"}",
            engine -> engine
                .mock("Run Glue Job", Mocks.failing("Glue.ConcurrentRunsExceededException", "too many runs"))
                .mock("Notify Error Message", Mocks.returning("{\"MessageId\":\"m-2\"}")),
            ExecutionStatus.FAILED),
        new Scenario("article-glue-job-choice", "the configuration picks Glue job B",
            ArticleWorkflows::glueJobChoiceCorrected, "{}",
            engine -> articleServices(engine)
                .mock("Fetch Config", Mocks.returning("\"Choice B\""))
                .mock("Glue Job B", Mocks.returning("{\"JobRunState\":\"SUCCEEDED\"}")),
            ExecutionStatus.SUCCEEDED),
        new Scenario("nightly-settlement", "120 orders settled in batches by a distributed Map",
            NightlySettlement::workflow, "{\"settlementDate\":\"2024-06-01\"}",
            engine -> settlementServices(engine, 120), ExecutionStatus.SUCCEEDED));
  }

  /** The article's services: Glue succeeds, the Lambda returns a query result, SNS publishes. */
  public static LocalEngine.Builder articleServices(LocalEngine.Builder engine) {
    return engine
        .mock("Run Glue Job", Mocks.returning("{\"JobRunState\":\"SUCCEEDED\"}"))
        .mock("Fetch Data", Mocks.returning(ARTICLE_QUERY_RESULT))
        .mock("SNS Notify", Mocks.returning("{\"MessageId\":\"m-1\"}"));
  }

  /**
   * The settlement's services: the day's orders as JSON lines in an S3 stand-in, the manifest,
   * validation and charging Lambdas, SNS and DynamoDB.
   */
  public static LocalEngine.Builder settlementServices(LocalEngine.Builder engine, int orders) {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= orders; i++) {
      lines.append("{\"orderId\":\"o-").append(i).append("\",\"amountCents\":").append(100 * i).append("}\n");
    }
    InMemoryObjectStore inbox = new InMemoryObjectStore();
    inbox.put(SETTLEMENT_INBOX, "orders/2024-06-01.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8));
    String manifest = "{\"ordersKey\":\"orders/2024-06-01.jsonl\",\"currency\":\"EUR\",\"orderCount\":" + orders + "}";
    return engine
        .objectStore(inbox)
        .mock("Load Manifest", Mocks.returning(Map.of("Body", manifest)))
        .mock("Validate Orders", Mocks.function(in ->
            Map.of("Payload", Map.of("accepted", in.at("/Payload/orders"), "rejected", new Object[0]))))
        .mock("Charge Orders", Mocks.function(in -> {
          JsonNode charged = in.at("/Payload/orders");
          long cents = 0;
          for (JsonNode order : charged) {
            cents += order.get("amountCents").asLong();
          }
          return Map.of("Payload", Map.of("chargedCount", charged.size(), "declinedCount", 0,
              "chargedAmountCents", cents));
        }))
        .mock("Notify Finance", Mocks.returning("{\"MessageId\":\"m-1\"}"))
        .mock("Record Settlement", Mocks.returning("{}"));
  }
}
