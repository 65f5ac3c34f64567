package dev.baton.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of the mixed workflow both libraries build: {@code blocks} blocks of
 * {@value #STATES_PER_BLOCK} states each, counting the states nested in Parallel branches and Map
 * iterators. {@link BatonWorkflows} and {@link SdkV1Workflows} build the same definition, each
 * through its library's public builder API.
 *
 * <p>Block {@code k}, in execution order:
 *
 * <ol>
 *   <li>{@code Task k}: Lambda invoke with a payload template, {@code ResultPath}, two retriers
 *       (ErrorEquals, IntervalSeconds, MaxAttempts, BackoffRate) and two catchers (States.Timeout to
 *       {@code Skip k}, States.ALL to {@code Failed k}, each with a ResultPath);
 *   <li>{@code Route k}: Choice with four rules (StringEquals and BooleanEquals to {@code Done k},
 *       NumericGreaterThan and And of NumericLessThanEquals and Not StringEquals to {@code Failed k})
 *       and a Default to {@code Wait k};
 *   <li>{@code Wait k}: Wait {@code Seconds};
 *   <li>{@code Shape k}: Pass with nested {@code Parameters} (paths and literals);
 *   <li>{@code Skip k}: Pass with an object {@code Result} and a {@code ResultPath};
 *   <li>three states that vary with {@code k}:
 *       <ul>
 *         <li>{@code k % 10 == 3}: Parallel {@code Fan k} (Retry, Catch) with two one-state
 *             branches (a Pass, a Lambda Task);
 *         <li>{@code k % 10 == 7}: Map {@code Each k} (ItemsPath, MaxConcurrency, Retry, Catch)
 *             whose iterator is a Lambda Task with a retrier, then a Pass;
 *         <li>otherwise: Task {@code Notify k} (SNS publish, Retry, Catch), Task {@code Store k}
 *             (Lambda, TimeoutSeconds, HeartbeatSeconds), Pass {@code Mark k} (string Result);
 *       </ul>
 *       the last of which goes on to {@code Task k+1}, or ends the workflow in the last block;
 *   <li>{@code Done k}: Succeed (the StringEquals rule's target);
 *   <li>{@code Failed k}: Fail with Error and Cause (the catchers' target).
 * </ol>
 *
 * <p>Every Choice has a single way on to the rest of the workflow (its Default); its rules end the
 * execution. That is deliberate: the v1 builder's {@code build()} validates the graph by walking
 * every path from each Choice target again, without memory, so Choice targets that meet again
 * downstream make it exponential in the number of Choice states (see
 * {@link ConvergingChoices}). With one way on per Choice, v1 finishes and can be measured.
 *
 * <p>It stays within what the v1 SDK builder can express: JSONPath only (no JSONata, no Assign or
 * variables, no Output/Arguments), inline Map only (v1 writes its processor as the legacy
 * {@code Iterator}, Baton as {@code ItemProcessor}; neither ItemSelector, ItemReader nor distributed
 * Map is used), and retriers without MaxDelaySeconds or JitterStrategy.
 */
public final class WorkflowShape {
  /** States per block, nested states included. */
  public static final int STATES_PER_BLOCK = 10;
  /** Blocks of the 1,000-state workflow. */
  public static final int BLOCKS_FOR_1000_STATES = 100;
  /** The AWS limit on a state machine definition: 1 MiB. */
  public static final int AWS_DEFINITION_LIMIT_BYTES = 1_048_576;

  static final String WORK_FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:work";
  static final String STORE_FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:store";
  static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:workflow-events";
  static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
  static final String SNS_PUBLISH = "arn:aws:states:::sns:publish";

  private WorkflowShape() {}

  /** The kind of the three varying states of block {@code k}. */
  enum Variant {
    PARALLEL, MAP, NOTIFY_STORE_MARK;

    static Variant of(int block) {
      return switch (block % 10) {
        case 3 -> PARALLEL;
        case 7 -> MAP;
        default -> NOTIFY_STORE_MARK;
      };
    }
  }

  static String task(int k) {
    return "Task " + k;
  }

  static String route(int k) {
    return "Route " + k;
  }

  static String waitName(int k) {
    return "Wait " + k;
  }

  static String shape(int k) {
    return "Shape " + k;
  }

  static String skip(int k) {
    return "Skip " + k;
  }

  static String done(int k) {
    return "Done " + k;
  }

  static String failed(int k) {
    return "Failed " + k;
  }

  static int waitSeconds(int k) {
    return 1 + k % 5;
  }

  /** The object Result of {@code Skip k}: {@code {"skipped": true, "block": k}}. */
  static Map<String, Object> skipResult(int k) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("skipped", true);
    result.put("block", k);
    return result;
  }

  /** The size of a definition as AWS counts it: UTF-8 bytes. */
  public static int utf8Bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8).length;
  }
}
