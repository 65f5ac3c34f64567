package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared base: values, field names, order, equality and the service action record. */
class ServiceIntegrationTest {

  @Test
  void valuesAreConvertedByTemplateOf() {
    Sns sns = Sns.publish("T")
        .message(Path.of("$.m"))
        .subject(Intrinsic.parse("States.Format('Order {}', $.id)"))
        .messageGroupId(Jsonata.of("$states.input.group"))
        .messageAttributes(Map.of("a", List.of(1, "two", true)));

    Map<String, Template> fields = sns.parameters().orElseThrow().fields();
    assertThat(fields.get("Message")).isInstanceOf(Template.Dynamic.class);
    assertThat(fields.get("Subject")).isInstanceOf(Template.Dynamic.class);
    assertThat(fields.get("MessageGroupId")).isInstanceOf(Template.JsonataValue.class);
    assertThat(fields.get("MessageAttributes")).isInstanceOf(Template.ObjectTemplate.class);
    assertThat(fields.get("TopicArn")).isInstanceOf(Template.Literal.class);
  }

  @Test
  void theTaskTokenIsFoundInBothQueryLanguages() {
    assertThat(Sqs.sendMessage("https://q").messageBody(Map.of("t", Path.of("$$.Task.Token"))).passesTaskToken()).isTrue();
    assertThat(Sqs.sendMessage("https://q")
        .messageBody(Map.of("t", Jsonata.parseTemplate("{% $states.context.Task.Token %}"))).passesTaskToken()).isTrue();
    assertThat(Sqs.sendMessage("https://q").messageBody(List.of(Map.of("x", "$$.Task.Token"))).passesTaskToken())
        .as("a literal string is not the token").isFalse();
  }

  @Test
  void nullIsRefusedButAJsonNullIsPossible() {
    assertThatThrownBy(() -> Sns.publish("T").subject(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Subject must not be null");
    assertThat(TemplateText.parameters(Sns.publish("T").subject(NullNode.getInstance())))
        .isEqualTo("{\"TopicArn\":\"T\",\"Subject\":null}");
    assertThatThrownBy(() -> Sns.publish(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void unsupportedValueTypesNameTheField() {
    assertThatThrownBy(() -> Sns.publish("T").message(new Object()))
        .hasMessageStartingWith("Message: cannot use a java.lang.Object in a template");
  }

  @Test
  void resettingAFieldKeepsItsPlace() {
    Sns sns = Sns.publish("T").subject("a").message("m").subject("b");
    assertThat(sns.parameters().orElseThrow().fields().keySet()).containsExactly("TopicArn", "Subject", "Message");
    assertThat(sns.field("Subject")).contains(Template.of("b"));
  }

  @Test
  void equalityIncludesFieldOrder() {
    Sns ab = Sns.publish("T").subject("s").message("m");
    Sns ba = Sns.publish("T").message("m").subject("s");
    assertThat(ab).isNotEqualTo(ba).isEqualTo(Sns.publish("T").subject("s").message("m"));
    assertThat(ab).isNotEqualTo(ab.waitForTaskToken());
    assertThat(ab.toString()).isEqualTo("arn:aws:states:::sns:publish [TopicArn, Subject, Message]");
  }

  @Test
  void theGenericFieldSetterCoversFieldsWithoutATypedSetter() {
    Sqs sqs = Sqs.sendMessage("https://sqs.eu-west-1.amazonaws.com/1/q").messageBody("b").field("NewAwsField", 1);
    assertThat(sqs.field("NewAwsField")).contains(Template.of(1));
    assertThatThrownBy(() -> sqs.field("newAwsField", 1)).hasMessageContaining("should be 'NewAwsField'");
    assertThatThrownBy(() -> sqs.field(" ", 1)).hasMessage("a request field name must not be blank");
  }

  @Test
  void nestedKeysWithDollarAreRefusedWherever() {
    assertThatThrownBy(() -> Lambda.invoke("f").payload(Map.of("outer", Map.of("inner.$", "$.x"))))
        .hasMessageStartingWith("Payload.outer: key 'inner.$' ends with .$; write it as 'inner'");
    assertThatThrownBy(() -> Lambda.invoke("f").payload(List.of(Map.of("a.$", "$"))))
        .hasMessageStartingWith("Payload[0]: key 'a.$' ends with .$");
  }

  @Test
  void serviceActionRecord() {
    ServiceAction action = ServiceAction.of("sns", "publish",
        EnumSet.of(IntegrationPattern.WAIT_FOR_TASK_TOKEN, IntegrationPattern.REQUEST_RESPONSE), "Message");
    assertThat(action.name()).isEqualTo("sns:publish");
    assertThat(action.supportedList()).isEqualTo("request-response, .waitForTaskToken");
    assertThat(action.resource(IntegrationPattern.WAIT_FOR_TASK_TOKEN))
        .isEqualTo("arn:aws:states:::sns:publish.waitForTaskToken");
    assertThat(action).isEqualTo(Sns.PUBLISH);
    assertThatThrownBy(() -> action.patterns().add(IntegrationPattern.RUN_JOB))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ServiceAction.of("sns", "publish", EnumSet.noneOf(IntegrationPattern.class)))
        .hasMessage("sns:publish must support at least one pattern");
    assertThatThrownBy(() -> ServiceAction.of("", "publish", EnumSet.of(IntegrationPattern.REQUEST_RESPONSE)))
        .hasMessageStartingWith("a service action needs a service and an action");
  }
}
