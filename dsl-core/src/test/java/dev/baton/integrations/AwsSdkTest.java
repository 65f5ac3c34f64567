package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsSdkTest {

  @Test
  void callWithParameters() {
    AwsSdk call = AwsSdk.call("s3", "getObject")
        .parameter("Bucket", "reports")
        .parameter("Key", Path.of("$.key"));

    assertThat(call.resource()).isEqualTo("arn:aws:states:::aws-sdk:s3:getObject");
    assertThat(call.service()).isEqualTo("s3");
    assertThat(call.action()).isEqualTo("getObject");
    assertThat(TemplateText.parameters(call)).isEqualTo("{\"Bucket\":\"reports\",\"Key.$\":\"$.key\"}");
  }

  @Test
  void parametersFromAMapKeepItsOrderAndAnEmptyRequestIsAnEmptyObject() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("TableName", "t");
    parameters.put("Limit", 10);
    AwsSdk scan = AwsSdk.call("dynamodb", "scan").parameters(parameters).waitForTaskToken();

    assertThat(scan.resource()).isEqualTo("arn:aws:states:::aws-sdk:dynamodb:scan.waitForTaskToken");
    assertThat(TemplateText.parameters(scan)).isEqualTo("{\"TableName\":\"t\",\"Limit\":10}");
    assertThat(TemplateText.parameters(AwsSdk.call("s3", "listBuckets"))).isEqualTo("{}");
  }

  @Test
  void sdkIntegrationsDoNotRunJobs() {
    assertThatThrownBy(() -> AwsSdk.call("glue", "startJobRun").sync())
        .hasMessage("aws-sdk:glue:startJobRun does not support .sync; it supports request-response, .waitForTaskToken");
  }

  @Test
  void serviceAndActionAreChecked() {
    assertThatThrownBy(() -> AwsSdk.call("", "listBuckets")).hasMessageStartingWith("'' is not an SDK service name");
    assertThatThrownBy(() -> AwsSdk.call("S3", "listBuckets"))
        .hasMessageContaining("'S3' is not an SDK service name").hasMessageContaining("did you mean 's3'?");
    assertThatThrownBy(() -> AwsSdk.call("s3", "ListBuckets"))
        .hasMessageContaining("'ListBuckets' is not an SDK action name").hasMessageContaining("did you mean 'listBuckets'?");
    assertThatThrownBy(() -> AwsSdk.call("s3", "")).hasMessageStartingWith("'' is not an SDK action name");
    assertThatThrownBy(() -> AwsSdk.call("s3", "list-buckets")).hasMessageStartingWith("'list-buckets' is not an SDK action name");
    assertThat(AwsSdk.call("sso-oidc", "createToken").resource()).isEqualTo("arn:aws:states:::aws-sdk:sso-oidc:createToken");
  }

  @Test
  void parameterNamesArePascalCaseWithoutDollar() {
    assertThatThrownBy(() -> AwsSdk.call("s3", "getObject").parameter("bucket", "b"))
        .hasMessage("Step Functions writes AWS API request fields in PascalCase: 'bucket' should be 'Bucket'");
    assertThatThrownBy(() -> AwsSdk.call("s3", "getObject").parameter("Key.$", "$.key"))
        .hasMessageStartingWith("field 'Key.$' ends with .$; write it as 'Key'");
  }
}
