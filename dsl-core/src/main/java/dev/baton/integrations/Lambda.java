package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWS Lambda Invoke through the optimised integration {@code arn:aws:states:::lambda:invoke}:
 * request-response (default) or {@code .waitForTaskToken}.
 *
 * <p>{@link #function(String)} gives the legacy form instead, where the {@code Resource} is the
 * function ARN itself and the state's effective input is the payload.
 */
public final class Lambda extends ServiceIntegration<Lambda> {
  /** {@code lambda:invoke}: request-response and {@code .waitForTaskToken}. */
  public static final ServiceAction INVOKE =
      ServiceAction.of("lambda", "invoke", EnumSet.of(REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN), "FunctionName");

  private static final Pattern FUNCTION_ARN =
      Pattern.compile("arn:[^:]+:lambda:[^:]*:[^:]*:function:[^:]+(:[^:]+)?");

  private Lambda(IntegrationPattern pattern, Map<String, Template> fields) {
    super(INVOKE, pattern, fields);
  }

  @Override
  protected Lambda copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new Lambda(pattern, fields);
  }

  /**
   * Invokes a function through {@code arn:aws:states:::lambda:invoke}, request-response.
   *
   * @param functionNameOrArn ASL {@code FunctionName}, required: a name, an ARN, a partial ARN
   *     (optionally with {@code :version} or {@code :alias}), or a Path or Jsonata computing it
   */
  public static Lambda invoke(Object functionNameOrArn) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("FunctionName", Fields.requireValue("FunctionName", functionNameOrArn));
    return new Lambda(REQUEST_RESPONSE, fields);
  }

  /**
   * The legacy form: the function ARN itself as the {@code Resource}, no request parameters (the
   * function receives the state's effective input), and no pattern choice.
   *
   * @param functionArn {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]}, or a
   *     deploy-time placeholder such as {@code ${FunctionArn}}; required
   * @throws IllegalArgumentException when it is neither
   */
  public static FunctionResource function(String functionArn) {
    return new FunctionResource(functionArn);
  }

  /** ASL {@code Payload}: the JSON sent to the function; default none (the function gets {@code {}}). */
  public Lambda payload(Object payload) {
    return with("Payload", payload);
  }

  /** ASL {@code Qualifier}: a version or alias to invoke; default the unqualified {@code $LATEST}. */
  public Lambda qualifier(Object qualifier) {
    return with("Qualifier", qualifier);
  }

  /**
   * ASL {@code InvocationType}: {@code RequestResponse} (the Lambda default), {@code Event}
   * (asynchronous) or {@code DryRun}; optional.
   */
  public Lambda invocationType(Object invocationType) {
    Fields.checkChoice("InvocationType", invocationType, List.of("RequestResponse", "Event", "DryRun"));
    return with("InvocationType", invocationType);
  }

  /** ASL {@code ClientContext}: up to 3,583 bytes of base64-encoded client data; optional. */
  public Lambda clientContext(Object clientContext) {
    return with("ClientContext", clientContext);
  }

  /** ASL {@code LogType}: {@code Tail} to return the last 4 KB of the log, or {@code None} (default). */
  public Lambda logType(Object logType) {
    Fields.checkChoice("LogType", logType, List.of("None", "Tail"));
    return with("LogType", logType);
  }

  /**
   * A Task resource that is a Lambda function ARN (the legacy integration): the function receives
   * the state's effective input and its result is the task result.
   *
   * @param functionArn the function ARN written as the ASL {@code Resource}
   */
  public record FunctionResource(String functionArn) implements Integration {
    /** Checks the ARN: {@code arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]} or a {@code ${...}} placeholder. */
    public FunctionResource {
      Fields.requireText("Lambda function ARN", functionArn);
      if (!FUNCTION_ARN.matcher(functionArn).matches() && !Fields.isPlaceholder(functionArn)) {
        throw new IllegalArgumentException("'" + functionArn + "' is not a Lambda function ARN "
            + "(arn:aws:lambda:REGION:ACCOUNT_ID:function:NAME); to invoke by name use Lambda.invoke(\""
            + functionArn + "\")");
      }
    }

    /** The ASL {@code Resource}: the function ARN. */
    @Override
    public String resource() {
      return functionArn;
    }

    /** None: the function receives the state's effective input. */
    @Override
    public Optional<Template.ObjectTemplate> parameters() {
      return Optional.empty();
    }

    /** Always request-response: the legacy form has no pattern suffix. */
    @Override
    public IntegrationPattern pattern() {
      return REQUEST_RESPONSE;
    }

    /** The function ARN. */
    @Override
    public String toString() {
      return Objects.toString(functionArn);
    }
  }
}
