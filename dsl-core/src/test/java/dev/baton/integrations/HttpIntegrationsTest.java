package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.Intrinsic;
import dev.baton.expr.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** API Gateway and the HTTP Task. */
class HttpIntegrationsTest {
  private static final String HOST = "abc123.execute-api.eu-west-1.amazonaws.com";

  @Nested
  class ApiGatewayInvoke {
    @Test
    void everyField() {
      ApiGateway api = ApiGateway.invoke(HOST, "POST")
          .stage("prod")
          .path("pets")
          .putHeader("X-Trace", "a", "b")
          .putHeader("TaskToken", Intrinsic.parse("States.Array($$.Task.Token)"))
          .putQueryParameter("limit", "10")
          .requestBody(Map.of("name", Path.of("$.name")))
          .authType("IAM_ROLE")
          .allowNullValues(true);

      assertThat(api.resource()).isEqualTo("arn:aws:states:::apigateway:invoke");
      assertThat(api.passesTaskToken()).isTrue();
      assertThat(TemplateText.parameters(api)).isEqualTo(
          "{\"ApiEndpoint\":\"" + HOST + "\",\"Method\":\"POST\",\"Stage\":\"prod\",\"Path\":\"pets\","
              + "\"Headers\":{\"X-Trace\":[\"a\",\"b\"],\"TaskToken.$\":\"States.Array($$.Task.Token)\"},\"QueryParameters\":{\"limit\":[\"10\"]},"
              + "\"RequestBody\":{\"name.$\":\"$.name\"},\"AuthType\":\"IAM_ROLE\",\"AllowNullValues\":true}");
    }

    @Test
    void aHeaderMayComeWholeFromAPath() {
      ApiGateway api = ApiGateway.invoke(HOST, "GET").putHeader("X-Ids", Path.of("$.ids")).waitForTaskToken();
      assertThat(api.resource()).isEqualTo("arn:aws:states:::apigateway:invoke.waitForTaskToken");
      assertThat(TemplateText.parameters(api))
          .isEqualTo("{\"ApiEndpoint\":\"" + HOST + "\",\"Method\":\"GET\",\"Headers\":{\"X-Ids.$\":\"$.ids\"}}");
    }

    @Test
    void aPathCannotStandInsideAnArray() {
      assertThatThrownBy(() -> ApiGateway.invoke(HOST, "GET").putHeader("X", "a", Path.of("$.b")))
          .hasMessageContaining("Headers.X: the path or intrinsic '$.b' cannot be an array element")
          .hasMessageContaining("States.Array");
    }

    @Test
    void checks() {
      assertThatThrownBy(() -> ApiGateway.invoke("https://" + HOST + "/prod", "GET"))
          .hasMessageStartingWith("ApiEndpoint is the API's host name");
      assertThatThrownBy(() -> ApiGateway.invoke(HOST, "get"))
          .hasMessage("Method must be one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, not 'get' (did you mean 'GET'?)");
      assertThatThrownBy(() -> ApiGateway.invoke(HOST, "GET").authType("COGNITO"))
          .hasMessage("AuthType must be one of NO_AUTH, IAM_ROLE, RESOURCE_POLICY, not 'COGNITO'");
      ApiGateway whole = ApiGateway.invoke(HOST, Path.of("$.method"))
          .headers(Map.of("A", List.of("1"))).queryParameters(Path.of("$.q"));
      assertThat(whole.parameters().orElseThrow().fields().keySet())
          .containsExactly("ApiEndpoint", "Method", "Headers", "QueryParameters");
    }
  }

  @Nested
  class HttpInvoke {
    private static final String CONNECTION = "arn:aws:events:eu-west-1:123456789012:connection/Stripe/81210c42";

    @Test
    void theAwsExampleAndMore() {
      Http http = Http.invoke("https://api.stripe.com/v1/customers", "POST", CONNECTION)
          .putHeader("Content-Type", "application/x-www-form-urlencoded")
          .putQueryParameter("expand", Path.of("$.expand"))
          .requestBody(Map.of("email", Path.of("$.email")))
          .urlEncodeRequestBody("BRACKETS");

      assertThat(http.resource()).isEqualTo("arn:aws:states:::http:invoke");
      assertThat(TemplateText.parameters(http)).isEqualTo(
          "{\"ApiEndpoint\":\"https://api.stripe.com/v1/customers\",\"Method\":\"POST\","
              + "\"Authentication\":{\"ConnectionArn\":\"" + CONNECTION + "\"},"
              + "\"Headers\":{\"Content-Type\":\"application/x-www-form-urlencoded\"},"
              + "\"QueryParameters\":{\"expand.$\":\"$.expand\"},\"RequestBody\":{\"email.$\":\"$.email\"},"
              + "\"Transform\":{\"RequestBodyEncoding\":\"URL_ENCODED\",\"RequestEncodingOptions\":{\"ArrayFormat\":\"BRACKETS\"}}}");
      assertThat(http.missingRequiredFields()).isEmpty();
    }

    @Test
    void theConnectionIsRequired() {
      Http http = Http.invoke("https://api.example.com", "GET");
      assertThat(http.missingRequiredFields()).containsExactly("Authentication");
      assertThat(http.connectionArn(CONNECTION).missingRequiredFields()).isEmpty();
    }

    @Test
    void checks() {
      assertThatThrownBy(() -> Http.invoke("http://api.example.com", "GET"))
          .hasMessage("the HTTP Task calls HTTPS APIs only: ApiEndpoint must start with https://, not 'http://api.example.com'");
      assertThatThrownBy(() -> Http.invoke("https://api.example.com", "FETCH"))
          .hasMessageStartingWith("Method must be one of GET, POST");
      assertThatThrownBy(() -> Http.invoke("https://a.example.com", "GET").connectionArn("arn:aws:secretsmanager:x:1:secret:s"))
          .hasMessageStartingWith("ConnectionArn is an EventBridge connection ARN");
      assertThatThrownBy(() -> Http.invoke("https://a.example.com", "GET").urlEncodeRequestBody("brackets"))
          .hasMessage("ArrayFormat must be one of INDICES, REPEAT, COMMAS, BRACKETS, not 'brackets' (did you mean 'BRACKETS'?)");
      Http dynamic = Http.invoke(Path.of("$.url"), "GET").headers(Path.of("$.headers"))
          .queryParameters(Map.of("a", "1")).transform(Map.of("RequestBodyEncoding", "NONE"));
      assertThat(TemplateText.parameters(dynamic)).isEqualTo(
          "{\"ApiEndpoint.$\":\"$.url\",\"Method\":\"GET\",\"Headers.$\":\"$.headers\",\"QueryParameters\":{\"a\":\"1\"},"
              + "\"Transform\":{\"RequestBodyEncoding\":\"NONE\"}}");
    }
  }
}
