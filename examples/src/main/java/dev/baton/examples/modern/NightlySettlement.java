package dev.baton.examples.modern;

import static dev.baton.dsl.Baton.choice;
import static dev.baton.dsl.Baton.fail;
import static dev.baton.dsl.Baton.jsonata;
import static dev.baton.dsl.Baton.map;
import static dev.baton.dsl.Baton.parallel;
import static dev.baton.dsl.Baton.pass;
import static dev.baton.dsl.Baton.succeed;
import static dev.baton.dsl.Baton.task;
import static dev.baton.integrations.DynamoDb.n;
import static dev.baton.integrations.DynamoDb.s;

import dev.baton.dsl.Catch;
import dev.baton.dsl.Errors;
import dev.baton.dsl.FailStep;
import dev.baton.dsl.MapStep;
import dev.baton.dsl.ParallelStep;
import dev.baton.dsl.PassStep;
import dev.baton.dsl.Retry;
import dev.baton.dsl.TaskStep;
import dev.baton.dsl.Workflow;
import dev.baton.integrations.AwsSdk;
import dev.baton.integrations.DynamoDb;
import dev.baton.integrations.Lambda;
import dev.baton.integrations.Sns;
import dev.baton.model.ExecutionType;
import dev.baton.model.ItemBatcher;
import dev.baton.model.ItemReader;
import dev.baton.model.JitterStrategy;
import dev.baton.model.QueryLanguage;
import dev.baton.model.ReaderConfig;
import dev.baton.model.ReaderInputType;
import dev.baton.model.StateMachine;
import dev.baton.model.Template;
import dev.baton.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nightly order settlement: charges every order of one business day and records the outcome.
 *
 * <ol>
 *   <li><b>Open Settlement Run</b> fixes the settlement date (the execution input's
 *       {@code settlementDate}, or yesterday in UTC) and the run id, as variables.
 *   <li><b>Load Manifest</b> reads {@code manifests/<date>.json} from the inbox bucket with the S3
 *       SDK integration and parses it with JSONata's {@code $parse}. The manifest names the night's
 *       order file and how many orders it holds: {@code {"ordersKey":
 *       "orders/2025-01-31/orders.jsonl", "orderCount": 18234, "currency": "EUR"}}. A missing
 *       manifest ends the run in <b>Manifest Missing</b>.
 *   <li><b>Settle Orders</b>, a distributed Map, streams the order file (JSON Lines, one order per
 *       line) and hands it out in batches of 50 orders to EXPRESS child
 *       executions, at most 20 at a time to spare the payment provider.
 *       Each child validates its batch and charges the valid orders with two Lambda functions.
 *       Up to 5% of the batches may fail without
 *       stopping the run; their orders show up as "unaccounted" in the summary.
 *   <li><b>Publish Results</b> runs two branches in parallel: it publishes the summary to SNS
 *       for finance, and writes the run record to DynamoDB.
 *   <li><b>Check Unaccounted Orders</b> ends in <b>Settlement Complete</b> when every order of
 *       the manifest was charged, declined or rejected, and in <b>Settlement Incomplete</b>
 *       otherwise, so that a lost batch fails the execution (and its alarm) after the record has
 *       been written.
 * </ol>
 *
 * <p>The ASL features it shows:
 *
 * <ul>
 *   <li>top-level {@code "QueryLanguage": "JSONata"}: {@code Arguments}, {@code Output},
 *       {@code Assign} and a Choice {@code Condition} with {@code {% %}} expressions, including
 *       {@code $parse}, {@code $sum}, {@code $count}, {@code $fromMillis} and {@code $now};
 *   <li>variables: {@code Assign} on a Pass, a Task and a Map state, read later as
 *       {@code $settlementDate}, {@code $manifest} and {@code $summary}, also inside Parallel
 *       branches and a Fail state; and variables local to each child execution ({@code $batch},
 *       {@code $rejected});
 *   <li>a distributed Map: {@code ItemReader} over an S3 object with {@code ReaderConfig}
 *       {@code InputType JSONL}, an {@code ItemBatcher} with a JSONata {@code BatchInput},
 *       {@code MaxConcurrency}, {@code ToleratedFailurePercentage}, a {@code Label} and
 *       {@code ProcessorConfig} {@code DISTRIBUTED}/{@code EXPRESS};
 *   <li>a Parallel state whose branches call SNS and DynamoDB;
 *   <li>retries with {@code "JitterStrategy": "FULL"} and {@code MaxDelaySeconds}, a Catch on a
 *       specific SDK error, and Fail states whose {@code Cause} is a JSONata expression.
 * </ul>
 *
 * <p>Variables do not reach into a distributed Map's child executions, so the settlement date
 * and currency travel to every batch in the ItemBatcher's {@code BatchInput}. The charge function
 * uses the settlement date and the order id as the payment provider's idempotency key, which is
 * what makes retrying a batch safe. The children's results stay inline: each batch returns a
 * four-number summary, well under the 256 KiB payload limit for the few thousand batches of a
 * night; no {@code ResultWriter} is needed.
 */
public final class NightlySettlement {
  static final String INBOX_BUCKET = "acme-settlement-inbox";
  static final String VALIDATE_ORDERS =
      "arn:aws:lambda:us-east-1:123456789012:function:settlement-validate-orders:live";
  static final String CHARGE_ORDERS =
      "arn:aws:lambda:us-east-1:123456789012:function:settlement-charge-orders:live";
  static final String SETTLEMENT_TOPIC = "arn:aws:sns:us-east-1:123456789012:nightly-settlement";
  static final String SETTLEMENT_RUNS_TABLE = "settlement-runs";

  static final int ORDERS_PER_BATCH = 50;
  static final int CONCURRENT_BATCHES = 20;
  static final int TOLERATED_FAILED_BATCHES_PERCENT = 5;

  /**
   * Lambda's own transient errors, the set AWS recommends retrying. Full jitter spreads the
   * retries of concurrent batches, and the delay cap keeps a batch well inside the five minutes
   * an EXPRESS child execution may run.
   */
  private static final Retry LAMBDA_TRANSIENT_ERRORS = Retry.on(
          Errors.LAMBDA_SERVICE_EXCEPTION,
          Errors.LAMBDA_AWS_LAMBDA_EXCEPTION,
          Errors.LAMBDA_SDK_CLIENT_EXCEPTION,
          Errors.LAMBDA_TOO_MANY_REQUESTS)
      .intervalSeconds(1)
      .maxAttempts(4)
      .backoffRate(2.0)
      .maxDelaySeconds(8)
      .jitter(JitterStrategy.FULL);

  /** Any failure of a single AWS API call (throttling, a 5xx, a manifest landing late). */
  private static final Retry AWS_CALL_FAILURES = Retry.on(Errors.TASK_FAILED)
      .intervalSeconds(2)
      .maxAttempts(3)
      .backoffRate(2.0)
      .maxDelaySeconds(10)
      .jitter(JitterStrategy.FULL);

  private NightlySettlement() {}

  /** The nightly settlement workflow; registered as {@code nightly-settlement}. */
  public static StateMachine workflow() {
    return Workflow.startingWith(
            openSettlementRun()
                .next(loadManifest())
                .next(settleOrders())
                .next(publishResults())
                .next(choice("Check Unaccounted Orders")
                    .when(jsonata("$summary.unaccounted > 0"), settlementIncomplete())
                    .otherwise(succeed("Settlement Complete").output(jsonata("$summary")))))
        .comment("Nightly order settlement: charges the day's orders in batches and records the outcome")
        .queryLanguage(QueryLanguage.JSONATA)
        .timeoutSeconds(4 * 60 * 60)
        .build();
  }

  /** Fixes what every later state refers to: the settlement date and the run id. */
  private static PassStep openSettlementRun() {
    return pass("Open Settlement Run")
        .assign("settlementDate", jsonata("$exists($states.input.settlementDate)"
            + " ? $states.input.settlementDate"
            + " : $fromMillis($toMillis($states.context.Execution.StartTime) - 86400000, '[Y0001]-[M01]-[D01]')"))
        .assign("runId", jsonata("$states.context.Execution.Name"));
  }

  /** Reads and parses the night's manifest; a missing one ends the run. */
  private static TaskStep loadManifest() {
    FailStep manifestMissing = fail("Manifest Missing")
        .error("ManifestMissing")
        .cause(jsonata("'No settlement manifest for ' & $settlementDate & ': ' & $states.input.Cause"));
    return task("Load Manifest", AwsSdk.call("s3", "getObject")
            .parameter("Bucket", INBOX_BUCKET)
            .parameter("Key", jsonata("'manifests/' & $settlementDate & '.json'")))
        .assign("manifest", jsonata("$parse($states.result.Body)"))
        .retry(AWS_CALL_FAILURES)
        .catching(Catch.on("S3.NoSuchKeyException").next(manifestMissing));
  }

  /** The distributed Map over the night's order file, one EXPRESS child execution per batch. */
  private static MapStep settleOrders() {
    return map("Settle Orders")
        .distributed(ExecutionType.EXPRESS)
        .label("SettleBatch")
        .itemReader(ItemReader.builder()
            .resource("arn:aws:states:::s3:getObject")
            .readerConfig(ReaderConfig.builder().inputType(ReaderInputType.JSONL).build())
            .arguments(Template.of(object(
                "Bucket", INBOX_BUCKET,
                "Key", jsonata("$manifest.ordersKey"))))
            .build())
        .itemBatcher(ItemBatcher.builder()
            .maxItemsPerBatch(Value.of(ORDERS_PER_BATCH))
            .batchInput(Template.of(object(
                "settlementDate", jsonata("$settlementDate"),
                "currency", jsonata("$manifest.currency"))))
            .build())
        .maxConcurrency(CONCURRENT_BATCHES)
        .toleratedFailurePercentage(TOLERATED_FAILED_BATCHES_PERCENT)
        .itemProcessor(validateOrders().next(chargeOrders()))
        .assign("summary", object(
            "settlementDate", jsonata("$settlementDate"),
            "runId", jsonata("$runId"),
            "currency", jsonata("$manifest.currency"),
            "orders", jsonata("$manifest.orderCount"),
            "charged", jsonata("$sum($states.result.charged)"),
            "declined", jsonata("$sum($states.result.declined)"),
            "rejected", jsonata("$sum($states.result.rejected)"),
            "unaccounted", jsonata("$manifest.orderCount - $sum($states.result.(charged + declined + rejected))"),
            "amountCents", jsonata("$sum($states.result.amountCents)")));
  }

  /**
   * Child execution, step 1. Input: {@code {"Items": [order, ...], "BatchInput": {...}}}. Keeps
   * the batch context and the rejected count in variables of the child execution, and passes the
   * accepted orders on.
   */
  private static TaskStep validateOrders() {
    return task("Validate Orders", Lambda.invoke(VALIDATE_ORDERS)
            .payload(object(
                "currency", jsonata("$states.input.BatchInput.currency"),
                "orders", jsonata("$states.input.Items"))))
        .timeoutSeconds(60)
        .retry(LAMBDA_TRANSIENT_ERRORS)
        .assign("batch", jsonata("$states.input.BatchInput"))
        .assign("rejected", jsonata("$count($states.result.Payload.rejected)"))
        .output(jsonata("$states.result.Payload.accepted"));
  }

  /** Child execution, step 2: charges the accepted orders and reports the batch's four numbers. */
  private static TaskStep chargeOrders() {
    return task("Charge Orders", Lambda.invoke(CHARGE_ORDERS)
            .payload(object(
                "settlementDate", jsonata("$batch.settlementDate"),
                "currency", jsonata("$batch.currency"),
                "orders", jsonata("$states.input"))))
        .timeoutSeconds(120)
        .retry(LAMBDA_TRANSIENT_ERRORS)
        .output(object(
            "charged", jsonata("$states.result.Payload.chargedCount"),
            "declined", jsonata("$states.result.Payload.declinedCount"),
            "rejected", jsonata("$rejected"),
            "amountCents", jsonata("$states.result.Payload.chargedAmountCents")));
  }

  /** Tells finance and records the run, side by side; both read the {@code $summary} variable. */
  private static ParallelStep publishResults() {
    return parallel("Publish Results")
        .branch(task("Notify Finance", Sns.publish(SETTLEMENT_TOPIC)
                .subject(jsonata("'Settlement ' & $settlementDate & ': ' & $summary.charged & ' charged, '"
                    + " & ($summary.declined + $summary.rejected) & ' failed, '"
                    + " & $summary.unaccounted & ' unaccounted'"))
                .message(jsonata("$string($summary)")))
            .retry(AWS_CALL_FAILURES))
        .branch(task("Record Settlement", DynamoDb.putItem(SETTLEMENT_RUNS_TABLE)
                .item(object(
                    "settlementDate", s(jsonata("$settlementDate")),
                    "runId", s(jsonata("$runId")),
                    "status", s(jsonata("$summary.unaccounted = 0 ? 'SETTLED' : 'INCOMPLETE'")),
                    "orders", n(jsonata("$string($summary.orders)")),
                    "charged", n(jsonata("$string($summary.charged)")),
                    "declined", n(jsonata("$string($summary.declined)")),
                    "rejected", n(jsonata("$string($summary.rejected)")),
                    "amountCents", n(jsonata("$string($summary.amountCents)")),
                    "currency", s(jsonata("$summary.currency")),
                    "recordedAt", s(jsonata("$now()")))))
            .retry(AWS_CALL_FAILURES));
  }

  /** Fails the execution, after the run is recorded, when orders were lost with their batches. */
  private static FailStep settlementIncomplete() {
    return fail("Settlement Incomplete")
        .error("SettlementIncomplete")
        .cause(jsonata("$summary.unaccounted & ' of ' & $summary.orders & ' orders for ' & $settlementDate"
            + " & ' were not settled because their batches failed; see the map run of execution ' & $runId"));
  }

  /**
   * A JSON object whose keys keep the order given, so that the written JSON is the same on every
   * run ({@code Map.of} iterates in an order that changes from one JVM to the next).
   */
  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }
}
