package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;

import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon DynamoDB item operations through {@code arn:aws:states:::dynamodb:ACTION}: GetItem,
 * PutItem, UpdateItem and DeleteItem, request-response only.
 *
 * <p>Keys and items use DynamoDB's attribute value format, {@code {"id": {"S": "42"}}};
 * {@link #s(Object)}, {@link #n(Object)} and {@link #bool(Object)} build the inner values.
 *
 * @param <T> the concrete operation type, returned by every setter
 */
public abstract class DynamoDb<T extends DynamoDb<T>> extends ServiceIntegration<T> {
  /** {@code dynamodb:getItem}: request-response only; requires {@code TableName} and {@code Key}. */
  public static final ServiceAction GET_ITEM = action("getItem", "TableName", "Key");
  /** {@code dynamodb:putItem}: request-response only; requires {@code TableName} and {@code Item}. */
  public static final ServiceAction PUT_ITEM = action("putItem", "TableName", "Item");
  /** {@code dynamodb:updateItem}: request-response only; requires {@code TableName} and {@code Key}. */
  public static final ServiceAction UPDATE_ITEM = action("updateItem", "TableName", "Key");
  /** {@code dynamodb:deleteItem}: request-response only; requires {@code TableName} and {@code Key}. */
  public static final ServiceAction DELETE_ITEM = action("deleteItem", "TableName", "Key");

  private static ServiceAction action(String name, String... required) {
    return ServiceAction.of("dynamodb", name, EnumSet.of(REQUEST_RESPONSE), required);
  }

  DynamoDb(ServiceAction action, IntegrationPattern pattern, Map<String, Template> fields) {
    super(action, pattern, fields);
  }

  private static Map<String, Template> table(Object tableName) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("TableName", Fields.requireValue("TableName", tableName));
    return fields;
  }

  /**
   * Reads one item; set its {@link GetItem#key(Object) key} next.
   *
   * @param tableName ASL {@code TableName}, required: a table name or ARN, or a Path or Jsonata
   */
  public static GetItem getItem(Object tableName) {
    return new GetItem(REQUEST_RESPONSE, table(tableName));
  }

  /**
   * Writes one item; set the {@link PutItem#item(Object) item} next.
   *
   * @param tableName ASL {@code TableName}, required
   */
  public static PutItem putItem(Object tableName) {
    return new PutItem(REQUEST_RESPONSE, table(tableName));
  }

  /**
   * Updates one item; set its {@link UpdateItem#key(Object) key} and update expression next.
   *
   * @param tableName ASL {@code TableName}, required
   */
  public static UpdateItem updateItem(Object tableName) {
    return new UpdateItem(REQUEST_RESPONSE, table(tableName));
  }

  /**
   * Deletes one item; set its {@link DeleteItem#key(Object) key} next.
   *
   * @param tableName ASL {@code TableName}, required
   */
  public static DeleteItem deleteItem(Object tableName) {
    return new DeleteItem(REQUEST_RESPONSE, table(tableName));
  }

  /** A string attribute value: {@code {"S": value}}. */
  public static Map<String, Object> s(Object value) {
    return Map.of("S", Fields.toTemplate("S", value));
  }

  /** A number attribute value: {@code {"N": value}}; DynamoDB takes numbers as strings, so pass {@code "42"} or a path to one. */
  public static Map<String, Object> n(Object value) {
    if (value instanceof Number number) {
      return Map.of("N", number.toString());
    }
    return Map.of("N", Fields.toTemplate("N", value));
  }

  /** A boolean attribute value: {@code {"BOOL": value}}. */
  public static Map<String, Object> bool(Object value) {
    return Map.of("BOOL", Fields.toTemplate("BOOL", value));
  }

  /** ASL {@code ExpressionAttributeNames}: substitutes for attribute names, {@code {"#n": "name"}}; optional. */
  public T expressionAttributeNames(Object names) {
    return with("ExpressionAttributeNames", names);
  }

  /** ASL {@code ReturnConsumedCapacity}: {@code INDEXES}, {@code TOTAL} or {@code NONE} (default). */
  public T returnConsumedCapacity(Object returnConsumedCapacity) {
    Fields.checkChoice("ReturnConsumedCapacity", returnConsumedCapacity, List.of("INDEXES", "TOTAL", "NONE"));
    return with("ReturnConsumedCapacity", returnConsumedCapacity);
  }

  /**
   * The fields shared by PutItem, UpdateItem and DeleteItem: conditions and returned values.
   *
   * @param <T> the concrete operation type
   */
  public abstract static class Write<T extends Write<T>> extends DynamoDb<T> {
    Write(ServiceAction action, IntegrationPattern pattern, Map<String, Template> fields) {
      super(action, pattern, fields);
    }

    /** ASL {@code ConditionExpression}: the write happens only if it holds; optional. */
    public T conditionExpression(Object conditionExpression) {
      return with("ConditionExpression", conditionExpression);
    }

    /** ASL {@code ExpressionAttributeValues}: substitutes for values, {@code {":v": {"S": "x"}}}; optional. */
    public T expressionAttributeValues(Object values) {
      return with("ExpressionAttributeValues", values);
    }

    /**
     * ASL {@code ReturnValues}: {@code NONE} (default), {@code ALL_OLD}, {@code UPDATED_OLD},
     * {@code ALL_NEW} or {@code UPDATED_NEW} (PutItem and DeleteItem accept only NONE and ALL_OLD).
     */
    public T returnValues(Object returnValues) {
      Fields.checkChoice(serviceAction().name() + " ReturnValues", returnValues, returnValueChoices());
      return with("ReturnValues", returnValues);
    }

    /** The ReturnValues this operation accepts. */
    List<String> returnValueChoices() {
      return List.of("NONE", "ALL_OLD");
    }

    /** ASL {@code ReturnItemCollectionMetrics}: {@code SIZE} or {@code NONE} (default). */
    public T returnItemCollectionMetrics(Object metrics) {
      Fields.checkChoice("ReturnItemCollectionMetrics", metrics, List.of("SIZE", "NONE"));
      return with("ReturnItemCollectionMetrics", metrics);
    }

    /** ASL {@code ReturnValuesOnConditionCheckFailure}: {@code ALL_OLD} or {@code NONE} (default). */
    public T returnValuesOnConditionCheckFailure(Object returnValues) {
      Fields.checkChoice("ReturnValuesOnConditionCheckFailure", returnValues, List.of("ALL_OLD", "NONE"));
      return with("ReturnValuesOnConditionCheckFailure", returnValues);
    }
  }

  /** DynamoDB GetItem: {@code arn:aws:states:::dynamodb:getItem}. */
  public static final class GetItem extends DynamoDb<GetItem> {
    private GetItem(IntegrationPattern pattern, Map<String, Template> fields) {
      super(GET_ITEM, pattern, fields);
    }

    @Override
    protected GetItem copy(IntegrationPattern pattern, Map<String, Template> fields) {
      return new GetItem(pattern, fields);
    }

    /** ASL {@code Key}: the primary key, {@code {"id": {"S": "42"}}}; required. */
    public GetItem key(Object key) {
      return with("Key", key);
    }

    /** ASL {@code ConsistentRead}: {@code true} for a strongly consistent read; default false. */
    public GetItem consistentRead(Object consistentRead) {
      Fields.checkBoolean("ConsistentRead", consistentRead);
      return with("ConsistentRead", consistentRead);
    }

    /** ASL {@code ProjectionExpression}: the attributes to return; default all. */
    public GetItem projectionExpression(Object projectionExpression) {
      return with("ProjectionExpression", projectionExpression);
    }
  }

  /** DynamoDB PutItem: {@code arn:aws:states:::dynamodb:putItem}. */
  public static final class PutItem extends Write<PutItem> {
    private PutItem(IntegrationPattern pattern, Map<String, Template> fields) {
      super(PUT_ITEM, pattern, fields);
    }

    @Override
    protected PutItem copy(IntegrationPattern pattern, Map<String, Template> fields) {
      return new PutItem(pattern, fields);
    }

    /** ASL {@code Item}: the whole item in attribute value format; required. */
    public PutItem item(Object item) {
      return with("Item", item);
    }
  }

  /** DynamoDB UpdateItem: {@code arn:aws:states:::dynamodb:updateItem}. */
  public static final class UpdateItem extends Write<UpdateItem> {
    private UpdateItem(IntegrationPattern pattern, Map<String, Template> fields) {
      super(UPDATE_ITEM, pattern, fields);
    }

    @Override
    protected UpdateItem copy(IntegrationPattern pattern, Map<String, Template> fields) {
      return new UpdateItem(pattern, fields);
    }

    /** ASL {@code Key}: the primary key of the item to update; required. */
    public UpdateItem key(Object key) {
      return with("Key", key);
    }

    @Override
    List<String> returnValueChoices() {
      return List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
    }

    /** ASL {@code UpdateExpression}: for example {@code SET #s = :s}; optional (without it only the key is written). */
    public UpdateItem updateExpression(Object updateExpression) {
      return with("UpdateExpression", updateExpression);
    }
  }

  /** DynamoDB DeleteItem: {@code arn:aws:states:::dynamodb:deleteItem}. */
  public static final class DeleteItem extends Write<DeleteItem> {
    private DeleteItem(IntegrationPattern pattern, Map<String, Template> fields) {
      super(DELETE_ITEM, pattern, fields);
    }

    @Override
    protected DeleteItem copy(IntegrationPattern pattern, Map<String, Template> fields) {
      return new DeleteItem(pattern, fields);
    }

    /** ASL {@code Key}: the primary key of the item to delete; required. */
    public DeleteItem key(Object key) {
      return with("Key", key);
    }
  }
}
