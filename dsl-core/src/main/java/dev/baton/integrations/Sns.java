package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Amazon SNS Publish through {@code arn:aws:states:::sns:publish}: request-response (default) or
 * {@code .waitForTaskToken}.
 *
 * <p>A message goes to exactly one destination: a topic ({@code TopicArn}), a target such as a
 * mobile endpoint ({@code TargetArn}) or a phone number ({@code PhoneNumber}); setting one
 * replaces the other. {@code Message} is required.
 */
public final class Sns extends ServiceIntegration<Sns> {
  /** {@code sns:publish}: request-response and {@code .waitForTaskToken}; requires {@code Message}. */
  public static final ServiceAction PUBLISH =
      ServiceAction.of("sns", "publish", EnumSet.of(REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN), "Message");

  private static final String[] DESTINATIONS = {"TopicArn", "TargetArn", "PhoneNumber"};

  private Sns(IntegrationPattern pattern, Map<String, Template> fields) {
    super(PUBLISH, pattern, fields);
  }

  @Override
  protected Sns copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new Sns(pattern, fields);
  }

  /**
   * Publishes to a topic, request-response; set the {@link #message(Object) message} next.
   *
   * @param topicArn ASL {@code TopicArn}, required: an ARN, a placeholder, or a Path or Jsonata
   */
  public static Sns publish(Object topicArn) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("TopicArn", Fields.requireValue("TopicArn", topicArn));
    return new Sns(REQUEST_RESPONSE, fields);
  }

  /** ASL {@code TopicArn}: publish to this topic instead of the current destination. */
  public Sns topicArn(Object topicArn) {
    return withFirst("TopicArn", topicArn, DESTINATIONS);
  }

  /** ASL {@code TargetArn}: publish to this endpoint instead of the current destination. */
  public Sns targetArn(Object targetArn) {
    return withFirst("TargetArn", targetArn, DESTINATIONS);
  }

  /** ASL {@code PhoneNumber}: send an SMS to this E.164 number instead of the current destination. */
  public Sns phoneNumber(Object phoneNumber) {
    return withFirst("PhoneNumber", phoneNumber, DESTINATIONS);
  }

  /** ASL {@code Message}: the message text or, with {@code MessageStructure} json, one per protocol; required. */
  public Sns message(Object message) {
    return with("Message", message);
  }

  /** ASL {@code Subject}: the e-mail subject line; optional, default none. */
  public Sns subject(Object subject) {
    return with("Subject", subject);
  }

  /** ASL {@code MessageStructure}: {@code json} to send a different message per protocol; optional. */
  public Sns messageStructure(Object messageStructure) {
    return with("MessageStructure", messageStructure);
  }

  /**
   * ASL {@code MessageAttributes}: a map from attribute name to {@code {"DataType": ...,
   * "StringValue": ...}}; replaces any attributes set before; optional.
   */
  public Sns messageAttributes(Object messageAttributes) {
    return with("MessageAttributes", messageAttributes);
  }

  /** Puts one {@code String} attribute into ASL {@code MessageAttributes}: {@code {"DataType": "String", "StringValue": value}}. */
  public Sns putMessageAttribute(String name, Object stringValue) {
    return withEntry("MessageAttributes", Fields.requireText("message attribute name", name),
        MessageAttributes.string(stringValue));
  }

  /** ASL {@code MessageGroupId}: the FIFO topic's message group; required for FIFO topics only. */
  public Sns messageGroupId(Object messageGroupId) {
    return with("MessageGroupId", messageGroupId);
  }

  /** ASL {@code MessageDeduplicationId}: the FIFO topic's deduplication token; optional. */
  public Sns messageDeduplicationId(Object messageDeduplicationId) {
    return with("MessageDeduplicationId", messageDeduplicationId);
  }
}
