package dev.baton.integrations;

import java.util.LinkedHashMap;
import java.util.Map;

/** The SNS and SQS message attribute value shape: {@code {"DataType": ..., "StringValue": ...}}. */
final class MessageAttributes {
  private MessageAttributes() {}

  /** A {@code String} attribute holding {@code value} (a literal, a Path or a Jsonata). */
  static Map<String, Object> string(Object value) {
    Map<String, Object> attribute = new LinkedHashMap<>();
    attribute.put("DataType", "String");
    attribute.put("StringValue", Fields.toTemplate("StringValue", value));
    return attribute;
  }
}
