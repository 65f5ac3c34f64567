package dev.baton.integrations;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One API action of an AWS service as a Step Functions optimised (or SDK) integration calls it:
 * the {@code service:action} part of the Task state's {@code Resource} ARN, the integration
 * patterns Step Functions supports for it and the request fields AWS requires.
 *
 * @param service the service part of the ARN, for example {@code sns} or {@code aws-sdk:s3}
 * @param action the action part of the ARN, for example {@code publish}
 * @param patterns the integration patterns Step Functions supports for this action, never empty
 * @param requiredFields the request fields AWS requires, in the order AWS documents them
 */
public record ServiceAction(
    String service, String action, Set<IntegrationPattern> patterns, List<String> requiredFields) {

  /** The prefix of every optimised or SDK integration ARN: no region, no account. */
  public static final String ARN_PREFIX = "arn:aws:states:::";

  /** Creates a service action, copying the pattern set and the required field list. */
  public ServiceAction {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(patterns, "patterns");
    Objects.requireNonNull(requiredFields, "requiredFields");
    if (service.isBlank() || action.isBlank()) {
      throw new IllegalArgumentException("a service action needs a service and an action, got '"
          + service + ":" + action + "'");
    }
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException(service + ":" + action + " must support at least one pattern");
    }
    patterns = Collections.unmodifiableSet(EnumSet.copyOf(patterns));
    requiredFields = List.copyOf(requiredFields);
  }

  /**
   * A service action supporting the given patterns and requiring the given fields.
   *
   * @param service the ARN's service part, required
   * @param action the ARN's action part, required
   * @param patterns the supported integration patterns, at least one
   * @param requiredFields the request fields AWS requires, may be none
   */
  public static ServiceAction of(
      String service, String action, Set<IntegrationPattern> patterns, String... requiredFields) {
    return new ServiceAction(service, action, patterns, List.of(requiredFields));
  }

  /** The {@code service:action} name used in the ARN and in messages, e.g. {@code sns:publish}. */
  public String name() {
    return service + ":" + action;
  }

  /** Whether Step Functions supports {@code pattern} for this action. */
  public boolean supports(IntegrationPattern pattern) {
    return patterns.contains(pattern);
  }

  /**
   * The Task state's {@code Resource} for this action called with {@code pattern}, for example
   * {@code arn:aws:states:::glue:startJobRun.sync}.
   *
   * @throws IllegalArgumentException when the action does not support the pattern
   */
  public String resource(IntegrationPattern pattern) {
    requireSupported(pattern);
    return ARN_PREFIX + name() + pattern.suffix();
  }

  /**
   * Checks that this action supports {@code pattern}.
   *
   * @throws IllegalArgumentException naming the action, the requested pattern and the supported
   *     ones, e.g. {@code sns:publish does not support .sync; it supports request-response,
   *     .waitForTaskToken}
   */
  public void requireSupported(IntegrationPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (!supports(pattern)) {
      throw new IllegalArgumentException(
          name() + " does not support " + pattern.displayName() + "; it supports " + supportedList());
    }
  }

  /** The supported patterns as a readable list, e.g. {@code request-response, .waitForTaskToken}. */
  public String supportedList() {
    return patterns.stream().map(IntegrationPattern::displayName).collect(Collectors.joining(", "));
  }
}
