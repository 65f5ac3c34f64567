package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call to an Amazon API Gateway REST or HTTP API through
 * {@code arn:aws:states:::apigateway:invoke}: request-response (default) or
 * {@code .waitForTaskToken}. {@code ApiEndpoint} and {@code Method} are required.
 *
 * <p>Header and query parameter values are lists of strings, as API Gateway takes them.
 */
public final class ApiGateway extends ServiceIntegration<ApiGateway> {
  /** {@code apigateway:invoke}: request-response and {@code .waitForTaskToken}. */
  public static final ServiceAction INVOKE = ServiceAction.of(
      "apigateway", "invoke", EnumSet.of(REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN), "ApiEndpoint", "Method");

  private ApiGateway(IntegrationPattern pattern, Map<String, Template> fields) {
    super(INVOKE, pattern, fields);
  }

  @Override
  protected ApiGateway copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new ApiGateway(pattern, fields);
  }

  /**
   * Calls an API, request-response.
   *
   * @param apiEndpoint ASL {@code ApiEndpoint}, required: the host name
   *     {@code API_ID.execute-api.REGION.amazonaws.com}, without {@code https://} or a path
   * @param method ASL {@code Method}, required: GET, POST, PUT, DELETE, PATCH, HEAD or OPTIONS
   */
  public static ApiGateway invoke(Object apiEndpoint, Object method) {
    if (apiEndpoint instanceof String host && (host.contains("://") || host.contains("/"))) {
      throw new IllegalArgumentException("ApiEndpoint is the API's host name "
          + "(API_ID.execute-api.REGION.amazonaws.com), without scheme or path: '" + host
          + "'; set the path with .path(...) and the stage with .stage(...)");
    }
    Fields.checkChoice("Method", method, Fields.HTTP_METHODS);
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("ApiEndpoint", Fields.requireValue("ApiEndpoint", apiEndpoint));
    fields.put("Method", Fields.requireValue("Method", method));
    return new ApiGateway(REQUEST_RESPONSE, fields);
  }

  /** ASL {@code Stage}: the deployed stage name; optional (HTTP APIs may use {@code $default}). */
  public ApiGateway stage(Object stage) {
    return with("Stage", stage);
  }

  /** ASL {@code Path}: the resource path appended after the stage, e.g. {@code pets/42}; optional. */
  public ApiGateway path(Object path) {
    return with("Path", path);
  }

  /** ASL {@code Headers}: a map from header name to a list of values; replaces any set before; optional. */
  public ApiGateway headers(Object headers) {
    return with("Headers", headers);
  }

  /**
   * Puts one header into ASL {@code Headers}: its values as a list of literals, or a single Path
   * or Jsonata yielding the list.
   */
  public ApiGateway putHeader(String name, Object... values) {
    return withEntry("Headers", Fields.requireText("header name", name), valueList(values));
  }

  /** ASL {@code QueryParameters}: a map from parameter name to a list of values; replaces any set before; optional. */
  public ApiGateway queryParameters(Object queryParameters) {
    return with("QueryParameters", queryParameters);
  }

  /** Puts one query parameter into ASL {@code QueryParameters}, as {@link #putHeader} does for headers. */
  public ApiGateway putQueryParameter(String name, Object... values) {
    return withEntry("QueryParameters", Fields.requireText("query parameter name", name), valueList(values));
  }

  /** ASL {@code RequestBody}: the JSON body; optional, not allowed with GET. */
  public ApiGateway requestBody(Object requestBody) {
    return with("RequestBody", requestBody);
  }

  /**
   * ASL {@code AuthType}: {@code NO_AUTH} (default), {@code IAM_ROLE} (SigV4 with the execution
   * role) or {@code RESOURCE_POLICY}.
   */
  public ApiGateway authType(Object authType) {
    Fields.checkChoice("AuthType", authType, List.of("NO_AUTH", "IAM_ROLE", "RESOURCE_POLICY"));
    return with("AuthType", authType);
  }

  /** ASL {@code AllowNullValues}: send {@code null} values in the request body; default false. */
  public ApiGateway allowNullValues(Object allowNullValues) {
    Fields.checkBoolean("AllowNullValues", allowNullValues);
    return with("AllowNullValues", allowNullValues);
  }

  private static Object valueList(Object[] values) {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException("give at least one value");
    }
    Object only = values.length == 1 ? values[0] : null;
    if (only instanceof Path || only instanceof Intrinsic || only instanceof Jsonata
        || only instanceof List || only instanceof Template) {
      return only;
    }
    return List.of(values);
  }
}
