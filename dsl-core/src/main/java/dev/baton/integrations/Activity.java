package dev.baton.integrations;

import dev.baton.model.Template;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Step Functions activity: a worker you run polls for the task with GetActivityTask and answers
 * with SendTaskSuccess or SendTaskFailure. The {@code Resource} is the activity ARN; the worker
 * receives the state's effective input, so there are no request parameters.
 *
 * @param activityArn the activity ARN written as the ASL {@code Resource}
 */
public record Activity(String activityArn) implements Integration {
  private static final Pattern ACTIVITY_ARN = Pattern.compile("arn:[^:]+:states:[^:]+:[^:]+:activity:[^:]+");

  /**
   * Checks the ARN: {@code arn:PARTITION:states:REGION:ACCOUNT:activity:NAME} or a deploy-time
   * {@code ${...}} placeholder.
   */
  public Activity {
    Fields.requireText("activity ARN", activityArn);
    if (!ACTIVITY_ARN.matcher(activityArn).matches() && !Fields.isPlaceholder(activityArn)) {
      throw new IllegalArgumentException("'" + activityArn + "' is not an activity ARN "
          + "(arn:aws:states:REGION:ACCOUNT_ID:activity:NAME)");
    }
  }

  /**
   * The activity with this ARN.
   *
   * @param activityArn {@code arn:aws:states:REGION:ACCOUNT_ID:activity:NAME} or a placeholder; required
   */
  public static Activity of(String activityArn) {
    return new Activity(activityArn);
  }

  /** The ASL {@code Resource}: the activity ARN. */
  @Override
  public String resource() {
    return activityArn;
  }

  /** None: the worker receives the state's effective input. */
  @Override
  public Optional<Template.ObjectTemplate> parameters() {
    return Optional.empty();
  }

  /** Always request-response: an activity ARN has no pattern suffix (the task waits for the worker). */
  @Override
  public IntegrationPattern pattern() {
    return IntegrationPattern.REQUEST_RESPONSE;
  }
}
