package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Any AWS API action through an SDK integration,
 * {@code arn:aws:states:::aws-sdk:SERVICE:ACTION}: request-response (default) or
 * {@code .waitForTaskToken}; SDK integrations do not support {@code .sync}.
 *
 * <p>Request fields are named in PascalCase, as Step Functions writes them for every service,
 * even where the service's own API uses camelCase.
 */
public final class AwsSdk extends ServiceIntegration<AwsSdk> {
  private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern ACTION = Pattern.compile("[a-z][A-Za-z0-9]*");

  private AwsSdk(ServiceAction action, IntegrationPattern pattern, Map<String, Template> fields) {
    super(action, pattern, fields);
  }

  @Override
  protected AwsSdk copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new AwsSdk(serviceAction(), pattern, fields);
  }

  /**
   * Calls {@code action} of {@code service} through the SDK integration, request-response.
   *
   * @param service the SDK service name in lower case, e.g. {@code s3}, {@code ec2}, {@code sfn}
   * @param action the API action in lowerCamelCase, e.g. {@code listBuckets}
   * @throws IllegalArgumentException when either is empty or not so written
   */
  public static AwsSdk call(String service, String action) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(action, "action");
    if (!SERVICE.matcher(service).matches()) {
      throw new IllegalArgumentException("'" + service + "' is not an SDK service name: use the "
          + "lower-case name Step Functions uses, e.g. s3, ec2, dynamodb, sfn"
          + (service.isBlank() ? "" : " (did you mean '" + service.strip().toLowerCase(java.util.Locale.ROOT) + "'?)"));
    }
    if (!ACTION.matcher(action).matches()) {
      String hint = action.isBlank() || !Character.isLetter(action.charAt(0))
          ? ""
          : " (did you mean '" + Character.toLowerCase(action.charAt(0)) + action.substring(1) + "'?)";
      throw new IllegalArgumentException("'" + action + "' is not an SDK action name: write the API "
          + "action in lowerCamelCase, e.g. listBuckets, getObject" + hint);
    }
    ServiceAction serviceAction = ServiceAction.of(
        "aws-sdk:" + service, action, EnumSet.of(REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN));
    return new AwsSdk(serviceAction, REQUEST_RESPONSE, Map.of());
  }

  /** The SDK service name, e.g. {@code s3}. */
  public String service() {
    return serviceAction().service().substring("aws-sdk:".length());
  }

  /** The API action, e.g. {@code listBuckets}. */
  public String action() {
    return serviceAction().action();
  }

  /**
   * Sets one request field.
   *
   * @param name the PascalCase API field name, e.g. {@code Bucket}; not ending with {@code .$}
   * @param value a literal, a Path, an Intrinsic, a Jsonata, a Map or a List
   */
  public AwsSdk parameter(String name, Object value) {
    return field(name, value);
  }

  /** Sets every entry of {@code parameters} as a request field, in the map's order. */
  public AwsSdk parameters(Map<String, ?> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    AwsSdk result = this;
    for (Map.Entry<String, ?> entry : parameters.entrySet()) {
      result = result.field(entry.getKey(), entry.getValue());
    }
    return result;
  }
}
