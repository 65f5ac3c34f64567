package dev.baton.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamoDbTest {

  @Test
  void getItemWithAPathKey() {
    DynamoDb.GetItem get = DynamoDb.getItem("orders")
        .key(Map.of("id", DynamoDb.s(Path.of("$.orderId"))))
        .consistentRead(true)
        .projectionExpression("#s")
        .expressionAttributeNames(Map.of("#s", "status"))
        .returnConsumedCapacity("TOTAL");

    assertThat(get.resource()).isEqualTo("arn:aws:states:::dynamodb:getItem");
    assertThat(TemplateText.parameters(get)).isEqualTo(
        "{\"TableName\":\"orders\",\"Key\":{\"id\":{\"S.$\":\"$.orderId\"}},\"ConsistentRead\":true,"
            + "\"ProjectionExpression\":\"#s\",\"ExpressionAttributeNames\":{\"#s\":\"status\"},"
            + "\"ReturnConsumedCapacity\":\"TOTAL\"}");
    assertThat(get.missingRequiredFields()).isEmpty();
    assertThat(DynamoDb.getItem("orders").missingRequiredFields()).containsExactly("Key");
  }

  @Test
  void putItem() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", DynamoDb.s("42"));
    item.put("total", DynamoDb.n(12));
    item.put("paid", DynamoDb.bool(false));
    DynamoDb.PutItem put = DynamoDb.putItem("orders").item(item)
        .conditionExpression("attribute_not_exists(id)")
        .returnValues("ALL_OLD")
        .returnItemCollectionMetrics("SIZE")
        .returnValuesOnConditionCheckFailure("ALL_OLD");

    assertThat(TemplateText.parameters(put)).isEqualTo(
        "{\"TableName\":\"orders\",\"Item\":{\"id\":{\"S\":\"42\"},\"total\":{\"N\":\"12\"},\"paid\":{\"BOOL\":false}},"
            + "\"ConditionExpression\":\"attribute_not_exists(id)\",\"ReturnValues\":\"ALL_OLD\","
            + "\"ReturnItemCollectionMetrics\":\"SIZE\",\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}");
    assertThat(DynamoDb.putItem("orders").missingRequiredFields()).containsExactly("Item");
    assertThatThrownBy(() -> put.returnValues("ALL_NEW"))
        .hasMessage("dynamodb:putItem ReturnValues must be one of NONE, ALL_OLD, not 'ALL_NEW'");
  }

  @Test
  void updateItem() {
    DynamoDb.UpdateItem update = DynamoDb.updateItem("orders")
        .key(Map.of("id", DynamoDb.s(Path.of("$.id"))))
        .updateExpression("SET #s = :s")
        .expressionAttributeNames(Map.of("#s", "status"))
        .expressionAttributeValues(Map.of(":s", DynamoDb.s(Path.of("$.status"))))
        .returnValues("UPDATED_NEW");

    assertThat(update.resource()).isEqualTo("arn:aws:states:::dynamodb:updateItem");
    assertThat(TemplateText.parameters(update)).isEqualTo(
        "{\"TableName\":\"orders\",\"Key\":{\"id\":{\"S.$\":\"$.id\"}},\"UpdateExpression\":\"SET #s = :s\","
            + "\"ExpressionAttributeNames\":{\"#s\":\"status\"},"
            + "\"ExpressionAttributeValues\":{\":s\":{\"S.$\":\"$.status\"}},\"ReturnValues\":\"UPDATED_NEW\"}");
  }

  @Test
  void deleteItem() {
    DynamoDb.DeleteItem delete = DynamoDb.deleteItem("orders").key(Map.of("id", DynamoDb.n("7")));
    assertThat(delete.resource()).isEqualTo("arn:aws:states:::dynamodb:deleteItem");
    assertThat(TemplateText.parameters(delete)).isEqualTo("{\"TableName\":\"orders\",\"Key\":{\"id\":{\"N\":\"7\"}}}");
    assertThatThrownBy(() -> delete.returnConsumedCapacity("ALL"))
        .hasMessage("ReturnConsumedCapacity must be one of INDEXES, TOTAL, NONE, not 'ALL'");
    assertThatThrownBy(() -> DynamoDb.getItem("t").consistentRead("true"))
        .hasMessage("ConsistentRead takes a boolean, not the string 'true'");
  }
}
