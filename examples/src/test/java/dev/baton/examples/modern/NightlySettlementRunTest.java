package dev.baton.examples.modern;

import static dev.baton.local.ExecutionAssert.assertExecution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.baton.examples.ExampleRuns;
import dev.baton.local.Execution;
import dev.baton.local.LocalEngine;
import dev.baton.local.MockResponse;
import dev.baton.local.Mocks;
import dev.baton.local.junit.BatonTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the nightly settlement workflow (JSONata, variables, a distributed Map over a JSONL file
 * with batches, Parallel, jittered retries) on the local engine with mocked AWS services.
 */
@BatonTest
class NightlySettlementRunTest {

  /** The day's orders in an S3 stand-in, and the mocked Lambdas, SNS and DynamoDB (shared with {@code mvn package}'s run). */
  private static LocalEngine.Builder services(LocalEngine.Builder engine, int orders) {
    return ExampleRuns.settlementServices(engine, orders);
  }

  @Test
  void settlesEveryOrderInBatchesAndPublishesTheSummary(LocalEngine.Builder engine) {
    Execution run = services(engine, 120).build()
        .start(NightlySettlement.workflow(), "{\"settlementDate\":\"2024-06-01\"}");
    assertExecution(run)
        .succeeded()
        .hasOutputAt("/settlementDate", "2024-06-01")
        .hasOutputAt("/orders", 120)
        .hasOutputAt("/charged", 120)
        .hasOutputAt("/unaccounted", 0)
        .hasOutputAt("/amountCents", 100L * 120 * 121 / 2)
        .hasOutputAt("/currency", "EUR")
        .visited("Open Settlement Run", "Load Manifest", "Settle Orders", "Publish Results",
            "Check Unaccounted Orders", "Settlement Complete");
  }

  @Test
  void theDynamoDbRecordSaysSettled(LocalEngine.Builder engine) {
    JsonNode[] recorded = new JsonNode[1];
    Execution run = services(engine, 3)
        .mock("Record Settlement", invocation -> {
          recorded[0] = invocation.input();
          return MockResponse.success(invocation.input());
        })
        .build()
        .start(NightlySettlement.workflow(), "{\"settlementDate\":\"2024-06-01\"}");
    assertExecution(run).succeeded();
    assertExecution(run).hasOutputAt("/runId", run.name());
    org.assertj.core.api.Assertions.assertThat(recorded[0].at("/Item/status/S").asText()).isEqualTo("SETTLED");
    org.assertj.core.api.Assertions.assertThat(recorded[0].at("/Item/orders/N").asText()).isEqualTo("3");
  }

  @Test
  void missingManifestFailsWithItsOwnError(LocalEngine.Builder engine) {
    Execution run = engine
        .mock("Load Manifest", Mocks.failing("S3.NoSuchKeyException", "The specified key does not exist."))
        .build()
        .start(NightlySettlement.workflow(), "{\"settlementDate\":\"2024-06-01\"}");
    assertExecution(run)
        .failedWith("ManifestMissing", "No settlement manifest for 2024-06-01: The specified key does not exist.")
        .visitedInOrder("Open Settlement Run", "Load Manifest", "Manifest Missing");
  }

  @Test
  void transientS3ErrorsAreRetriedWithBackoff(LocalEngine.Builder engine) {
    Execution run = services(engine, 2)
        .mock("Load Manifest", Mocks.sequence(
            Mocks.failing("S3.SlowDown", "slow down"),
            Mocks.returning(Map.of("Body",
                "{\"ordersKey\":\"orders/2024-06-01.jsonl\",\"currency\":\"EUR\",\"orderCount\":2}"))))
        .build()
        .start(NightlySettlement.workflow(), "{\"settlementDate\":\"2024-06-01\"}");
    assertExecution(run).succeeded().retried("Load Manifest", 1);
  }

  @Test
  void aFailedBatchOverTheToleratedPercentageFailsTheRun(LocalEngine.Builder engine) {
    Execution run = services(engine, 120)
        .mock("Charge Orders", invocation -> invocation.input().at("/Payload/orders/0/orderId").asText().equals("o-51")
            ? MockResponse.failure("Payments.Unavailable", "gateway down")
            : MockResponse.success(chargedAll(invocation.input().at("/Payload/orders"))))
        .build()
        .start(NightlySettlement.workflow(), "{\"settlementDate\":\"2024-06-01\"}");
    assertExecution(run).failedWith("States.ExceedToleratedFailureThreshold", "Payments.Unavailable");
  }

  private static JsonNode chargedAll(JsonNode orders) {
    var payload = dev.baton.local.engine.Json.NODES.objectNode();
    var p = payload.putObject("Payload");
    p.put("chargedCount", orders.size());
    p.put("declinedCount", 0);
    long cents = 0;
    for (JsonNode o : (ArrayNode) orders) {
      cents += o.get("amountCents").asLong();
    }
    p.put("chargedAmountCents", cents);
    return payload;
  }
}
