package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Amazon SQS SendMessage through {@code arn:aws:states:::sqs:sendMessage}: request-response
 * (default) or {@code .waitForTaskToken}. {@code QueueUrl} and {@code MessageBody} are required.
 */
public final class Sqs extends ServiceIntegration<Sqs> {
  /** {@code sqs:sendMessage}: request-response and {@code .waitForTaskToken}; requires {@code MessageBody}. */
  public static final ServiceAction SEND_MESSAGE = ServiceAction.of(
      "sqs", "sendMessage", EnumSet.of(REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN), "QueueUrl", "MessageBody");

  private Sqs(IntegrationPattern pattern, Map<String, Template> fields) {
    super(SEND_MESSAGE, pattern, fields);
  }

  @Override
  protected Sqs copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new Sqs(pattern, fields);
  }

  /**
   * Sends a message to a queue, request-response; set the {@link #messageBody(Object) body} next.
   *
   * @param queueUrl ASL {@code QueueUrl}, required: the queue URL (not its ARN), or a Path or Jsonata
   */
  public static Sqs sendMessage(Object queueUrl) {
    if (queueUrl instanceof String url && url.startsWith("arn:")) {
      throw new IllegalArgumentException("QueueUrl takes the queue URL "
          + "(https://sqs.REGION.amazonaws.com/ACCOUNT_ID/NAME), not its ARN '" + url + "'");
    }
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("QueueUrl", Fields.requireValue("QueueUrl", queueUrl));
    return new Sqs(REQUEST_RESPONSE, fields);
  }

  /**
   * ASL {@code MessageBody}: the message; required. An object is sent as its JSON text by Step
   * Functions.
   */
  public Sqs messageBody(Object messageBody) {
    return with("MessageBody", messageBody);
  }

  /** ASL {@code DelaySeconds}: 0 to 900 seconds before the message is visible; default the queue's delay. */
  public Sqs delaySeconds(Object delaySeconds) {
    Fields.checkInteger("DelaySeconds", delaySeconds, 0, 900);
    return with("DelaySeconds", delaySeconds);
  }

  /** ASL {@code MessageGroupId}: the FIFO queue's message group; required for FIFO queues only. */
  public Sqs messageGroupId(Object messageGroupId) {
    return with("MessageGroupId", messageGroupId);
  }

  /** ASL {@code MessageDeduplicationId}: the FIFO queue's deduplication token; optional. */
  public Sqs messageDeduplicationId(Object messageDeduplicationId) {
    return with("MessageDeduplicationId", messageDeduplicationId);
  }

  /**
   * ASL {@code MessageAttributes}: a map from attribute name to {@code {"DataType": ...,
   * "StringValue": ...}}; replaces any attributes set before; optional.
   */
  public Sqs messageAttributes(Object messageAttributes) {
    return with("MessageAttributes", messageAttributes);
  }

  /** Puts one {@code String} attribute into ASL {@code MessageAttributes}: {@code {"DataType": "String", "StringValue": value}}. */
  public Sqs putMessageAttribute(String name, Object stringValue) {
    return withEntry("MessageAttributes", Fields.requireText("message attribute name", name),
        MessageAttributes.string(stringValue));
  }

  /** ASL {@code MessageSystemAttributes}: system attributes such as {@code AWSTraceHeader}; optional. */
  public Sqs messageSystemAttributes(Object messageSystemAttributes) {
    return with("MessageSystemAttributes", messageSystemAttributes);
  }
}
