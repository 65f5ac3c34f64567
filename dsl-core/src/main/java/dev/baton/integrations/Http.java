package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP Task calling an HTTPS API through {@code arn:aws:states:::http:invoke},
 * request-response only. {@code ApiEndpoint}, {@code Method} and {@code Authentication} (an
 * EventBridge connection) are required.
 */
public final class Http extends ServiceIntegration<Http> {
  /** {@code http:invoke}: request-response only. */
  public static final ServiceAction INVOKE = ServiceAction.of(
      "http", "invoke", EnumSet.of(REQUEST_RESPONSE), "ApiEndpoint", "Method", "Authentication");

  /** The array encodings of a URL-encoded request body: ASL {@code Transform.RequestEncodingOptions.ArrayFormat}. */
  public static final List<String> ARRAY_FORMATS = List.of("INDICES", "REPEAT", "COMMAS", "BRACKETS");

  private Http(IntegrationPattern pattern, Map<String, Template> fields) {
    super(INVOKE, pattern, fields);
  }

  @Override
  protected Http copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new Http(pattern, fields);
  }

  /**
   * Calls an HTTPS API; set the {@link #connectionArn(Object) connection} next, AWS requires it.
   *
   * @param apiEndpoint ASL {@code ApiEndpoint}, required: an {@code https://} URL, or a Path or Jsonata
   * @param method ASL {@code Method}, required: GET, POST, PUT, DELETE, PATCH, HEAD or OPTIONS
   */
  public static Http invoke(Object apiEndpoint, Object method) {
    if (apiEndpoint instanceof String url && !url.startsWith("https://")) {
      throw new IllegalArgumentException("the HTTP Task calls HTTPS APIs only: ApiEndpoint must start "
          + "with https://, not '" + url + "'");
    }
    Fields.checkChoice("Method", method, Fields.HTTP_METHODS);
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("ApiEndpoint", Fields.requireValue("ApiEndpoint", apiEndpoint));
    fields.put("Method", Fields.requireValue("Method", method));
    return new Http(REQUEST_RESPONSE, fields);
  }

  /**
   * Calls an HTTPS API with the credentials of an EventBridge connection.
   *
   * @param apiEndpoint ASL {@code ApiEndpoint}, required
   * @param method ASL {@code Method}, required
   * @param connectionArn ASL {@code Authentication.ConnectionArn}, required
   */
  public static Http invoke(Object apiEndpoint, Object method, Object connectionArn) {
    return invoke(apiEndpoint, method).connectionArn(connectionArn);
  }

  /**
   * Sets ASL {@code Authentication} to {@code {"ConnectionArn": connectionArn}}: the EventBridge
   * connection holding the API's credentials; required.
   */
  public Http connectionArn(Object connectionArn) {
    if (connectionArn instanceof String arn && arn.startsWith("arn:") && !arn.contains(":events:")) {
      throw new IllegalArgumentException("ConnectionArn is an EventBridge connection ARN "
          + "(arn:aws:events:REGION:ACCOUNT_ID:connection/NAME/ID), not '" + arn + "'");
    }
    Map<String, Object> authentication = new LinkedHashMap<>();
    authentication.put("ConnectionArn", Fields.requireValue("ConnectionArn", connectionArn));
    return with("Authentication", authentication);
  }

  /** ASL {@code Headers}: a map from header name to value; replaces any set before; optional. */
  public Http headers(Object headers) {
    return with("Headers", headers);
  }

  /** Puts one header into ASL {@code Headers}. */
  public Http putHeader(String name, Object value) {
    return withEntry("Headers", Fields.requireText("header name", name), value);
  }

  /** ASL {@code QueryParameters}: a map from parameter name to value, appended to the URL; optional. */
  public Http queryParameters(Object queryParameters) {
    return with("QueryParameters", queryParameters);
  }

  /** Puts one query parameter into ASL {@code QueryParameters}. */
  public Http putQueryParameter(String name, Object value) {
    return withEntry("QueryParameters", Fields.requireText("query parameter name", name), value);
  }

  /** ASL {@code RequestBody}: the request body, JSON unless URL-encoded by {@code Transform}; optional. */
  public Http requestBody(Object requestBody) {
    return with("RequestBody", requestBody);
  }

  /** ASL {@code Transform}: {@code {"RequestBodyEncoding": ..., "RequestEncodingOptions": {...}}}; default no encoding. */
  public Http transform(Object transform) {
    return with("Transform", transform);
  }

  /**
   * Sets ASL {@code Transform} to URL-encode the request body ({@code RequestBodyEncoding}
   * {@code URL_ENCODED}), writing arrays in the given format.
   *
   * @param arrayFormat {@code INDICES} (the AWS default), {@code REPEAT}, {@code COMMAS} or {@code BRACKETS}
   */
  public Http urlEncodeRequestBody(String arrayFormat) {
    Fields.checkChoice("ArrayFormat", Fields.requireText("ArrayFormat", arrayFormat), ARRAY_FORMATS);
    Map<String, Object> transform = new LinkedHashMap<>();
    transform.put("RequestBodyEncoding", "URL_ENCODED");
    transform.put("RequestEncodingOptions", Map.of("ArrayFormat", arrayFormat));
    return with("Transform", transform);
  }
}
