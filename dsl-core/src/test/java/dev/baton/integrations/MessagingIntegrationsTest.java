package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SNS, SQS and EventBridge. */
class MessagingIntegrationsTest {

  @Nested
  class SnsPublish {
    @Test
    void fifoTopicWithAttributes() {
      Sns sns = Sns.publish("arn:aws:sns:eu-west-1:123456789012:orders.fifo")
          .message(Map.of("id", 1))
          .messageGroupId("orders")
          .messageDeduplicationId(Path.of("$$.Execution.Name"))
          .putMessageAttribute("kind", "created")
          .putMessageAttribute("source", Path.of("$.source"))
          .messageStructure("json");

      assertThat(TemplateText.parameters(sns)).isEqualTo(
          "{\"TopicArn\":\"arn:aws:sns:eu-west-1:123456789012:orders.fifo\",\"Message\":{\"id\":1},"
              + "\"MessageGroupId\":\"orders\",\"MessageDeduplicationId.$\":\"$$.Execution.Name\","
              + "\"MessageAttributes\":{\"kind\":{\"DataType\":\"String\",\"StringValue\":\"created\"},"
              + "\"source\":{\"DataType\":\"String\",\"StringValue.$\":\"$.source\"}},"
              + "\"MessageStructure\":\"json\"}");
    }

    @Test
    void aDestinationReplacesTheOtherAndComesFirst() {
      Sns sns = Sns.publish("TOPIC_ARN").message("hi").phoneNumber("+33600000000");
      assertThat(TemplateText.parameters(sns)).isEqualTo("{\"PhoneNumber\":\"+33600000000\",\"Message\":\"hi\"}");

      Sns target = sns.targetArn("arn:aws:sns:eu-west-1:123456789012:endpoint/APNS/app/1");
      assertThat(target.parameters().orElseThrow().fields().keySet()).containsExactly("TargetArn", "Message");
      assertThat(target.topicArn("T").parameters().orElseThrow().fields().keySet())
          .containsExactly("TopicArn", "Message");
    }

    @Test
    void messageIsRequired() {
      assertThat(Sns.publish("TOPIC_ARN").missingRequiredFields()).containsExactly("Message");
      assertThat(Sns.publish("TOPIC_ARN").message("m").missingRequiredFields()).isEmpty();
    }

    @Test
    void attributesMayBeAWholeMap() {
      Sns sns = Sns.publish("T").message("m").messageAttributes(Path.of("$.attributes"));
      assertThat(TemplateText.parameters(sns))
          .isEqualTo("{\"TopicArn\":\"T\",\"Message\":\"m\",\"MessageAttributes.$\":\"$.attributes\"}");
    }
  }

  @Nested
  class SqsSendMessage {
    private static final String QUEUE = "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs";

    @Test
    void callbackWithTheTaskToken() {
      Sqs sqs = Sqs.sendMessage(QUEUE)
          .messageBody(Map.of("token", Path.of("$$.Task.Token")))
          .delaySeconds(10)
          .messageGroupId("g")
          .messageDeduplicationId("d")
          .putMessageAttribute("kind", "job")
          .waitForTaskToken();

      assertThat(sqs.resource()).isEqualTo("arn:aws:states:::sqs:sendMessage.waitForTaskToken");
      assertThat(sqs.passesTaskToken()).isTrue();
      assertThat(TemplateText.parameters(sqs)).isEqualTo(
          "{\"QueueUrl\":\"" + QUEUE + "\",\"MessageBody\":{\"token.$\":\"$$.Task.Token\"},\"DelaySeconds\":10,"
              + "\"MessageGroupId\":\"g\",\"MessageDeduplicationId\":\"d\","
              + "\"MessageAttributes\":{\"kind\":{\"DataType\":\"String\",\"StringValue\":\"job\"}}}");
    }

    @Test
    void checks() {
      assertThat(Sqs.sendMessage(QUEUE).missingRequiredFields()).containsExactly("MessageBody");
      assertThatThrownBy(() -> Sqs.sendMessage(QUEUE).delaySeconds(901))
          .hasMessage("DelaySeconds must be between 0 and 900, not 901");
      assertThatThrownBy(() -> Sqs.sendMessage("arn:aws:sqs:eu-west-1:123456789012:jobs"))
          .hasMessageStartingWith("QueueUrl takes the queue URL");
      Sqs withAttributes = Sqs.sendMessage(QUEUE).messageBody("b")
          .messageAttributes(Map.of()).messageSystemAttributes(Map.of());
      assertThat(withAttributes.parameters().orElseThrow().fields().keySet())
          .containsExactly("QueueUrl", "MessageBody", "MessageAttributes", "MessageSystemAttributes");
    }
  }

  @Nested
  class EventBridgePutEvents {
    @Test
    void typedEntries() {
      EventBridge events = EventBridge.putEvents(
              EventBridge.entry("com.example.orders", "OrderPlaced", Path.of("$.order")).eventBusName("orders"),
              EventBridge.entry("com.example.orders", "OrderAudited", Map.of("ok", true)))
          .waitForTaskToken();

      assertThat(events.resource()).isEqualTo("arn:aws:states:::events:putEvents.waitForTaskToken");
      assertThat(TemplateText.parameters(events)).isEqualTo(
          "{\"Entries\":[{\"Source\":\"com.example.orders\",\"DetailType\":\"OrderPlaced\",\"Detail.$\":\"$.order\","
              + "\"EventBusName\":\"orders\"},"
              + "{\"Source\":\"com.example.orders\",\"DetailType\":\"OrderAudited\",\"Detail\":{\"ok\":true}}]}");
    }

    @Test
    void entryFieldsAndEquality() {
      EventBridge.Entry entry = EventBridge.entry("s", "t", "d")
          .resources(List.of("arn:aws:s3:::b")).time("2024-01-01T00:00:00Z").traceHeader("Root=1");
      assertThat(TemplateText.render(entry.toTemplate())).isEqualTo(
          "{\"Source\":\"s\",\"DetailType\":\"t\",\"Detail\":\"d\",\"Resources\":[\"arn:aws:s3:::b\"],"
              + "\"Time\":\"2024-01-01T00:00:00Z\",\"TraceHeader\":\"Root=1\"}");
      assertThat(EventBridge.entry("s", "t", "d")).isEqualTo(EventBridge.entry("s", "t", "d"))
          .isNotEqualTo(EventBridge.entry("s", "t", "e"));
    }

    @Test
    void oneToTenEntries() {
      EventBridge.Entry entry = EventBridge.entry("s", "t", "d");
      EventBridge events = EventBridge.putEvents(entry);
      for (int i = 1; i < EventBridge.MAX_ENTRIES; i++) {
        events = events.addEntry(entry);
      }
      EventBridge full = events;
      assertThatThrownBy(() -> full.addEntry(entry)).hasMessage("PutEvents takes at most 10 entries");
      List<EventBridge.Entry> eleven = new ArrayList<>();
      for (int i = 0; i < 11; i++) {
        eleven.add(entry);
      }
      assertThatThrownBy(() -> full.entries(eleven)).hasMessage("PutEvents takes 1 to 10 entries, not 11");
      assertThatThrownBy(() -> full.entries(List.of())).hasMessage("PutEvents takes 1 to 10 entries, not 0");
      assertThatThrownBy(() -> EventBridge.entry("", "t", "d")).hasMessage("Source must not be blank");
    }
  }
}
