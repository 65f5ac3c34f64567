package dev.baton.integrations;

import dev.baton.model.Template;
import java.util.Optional;

/**
 * What a Task state calls: its {@code Resource} and its parameters.
 *
 * <p>The parameters are written as {@code Parameters} in a JSONPath state and as
 * {@code Arguments} in a JSONata state; a {@link dev.baton.expr.Path} value is written with its
 * {@code .$} key by the library, never as a literal string.
 */
public interface Integration {

  /** The Task state's ASL {@code Resource} field: an ARN including the pattern suffix. Required. */
  String resource();

  /** The request the task sends, if any: ASL {@code Parameters} or {@code Arguments}. */
  Optional<Template.ObjectTemplate> parameters();

  /**
   * The name of another workflow of the same project that this task starts, if it starts one by
   * reference: the deployer orders deploys by it.
   */
  default Optional<String> startsWorkflow() {
    return Optional.empty();
  }

  /**
   * How the task waits for the service, read from the {@code Resource} suffix of an optimised or
   * SDK integration ({@code arn:aws:states:::...}); request-response for any other resource, such
   * as a Lambda function ARN or an activity ARN. The typed integrations return the pattern they
   * were given.
   */
  default IntegrationPattern pattern() {
    String resource = resource();
    if (!resource.matches("arn:[^:]+:states:::.+")) {
      return IntegrationPattern.REQUEST_RESPONSE;
    }
    IntegrationPattern found = IntegrationPattern.REQUEST_RESPONSE;
    for (IntegrationPattern candidate : IntegrationPattern.values()) {
      if (!candidate.suffix().isEmpty()
          && resource.endsWith(candidate.suffix())
          && candidate.suffix().length() > found.suffix().length()) {
        found = candidate;
      }
    }
    return found;
  }
}
