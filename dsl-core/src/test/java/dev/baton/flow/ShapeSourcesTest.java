package dev.baton.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Input shapes from Java types, JSON Schemas and samples, and what the flow layer does with them. */
class ShapeSourcesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Customer(String name, @JsonProperty("e-mail") String email) {}

  record Order(String id, Customer customer, List<Line> lines, Optional<String> note, int quantity,
      @JsonIgnore String internal, Map<String, String> tags) {}

  record Line(String sku, double price) {}

  /** A bean with a getter, a renamed field and an ignored one. */
  public static final class Bean {
    @JsonProperty("renamed")
    private String original;

    public String getOriginal() {
      return original;
    }

    public boolean isActive() {
      return true;
    }

    @JsonIgnore
    public String getSecret() {
      return "";
    }
  }

  private static Resolution resolve(Shape shape, String path) {
    return ShapePaths.resolve(shape, dev.baton.expr.Path.of(path));
  }

  @Test
  void recordsBecomeClosedObjectsHonouringJacksonAnnotations() {
    Shape order = JavaShapes.of(Order.class);
    assertThat(resolve(order, "$.customer.e-mail").status()).isEqualTo(Resolution.Status.FOUND);
    assertThat(resolve(order, "$.customer.email").status()).isEqualTo(Resolution.Status.MISSING);
    assertThat(resolve(order, "$.lines[0].price").shape()).isEqualTo(Shape.NUMBER);
    assertThat(resolve(order, "$.note").status()).isEqualTo(Resolution.Status.MAYBE);
    assertThat(resolve(order, "$.internal").status()).isEqualTo(Resolution.Status.MISSING);
    assertThat(resolve(order, "$.tags.anything").status()).isEqualTo(Resolution.Status.UNKNOWN);
    assertThat(resolve(order, "$.quantity").shape()).isEqualTo(Shape.NUMBER);
  }

  @Test
  void beansUseTheirGetters() {
    Shape bean = JavaShapes.of(Bean.class);
    assertThat(resolve(bean, "$.renamed").status()).isEqualTo(Resolution.Status.FOUND);
    assertThat(resolve(bean, "$.active").shape()).isEqualTo(Shape.BOOLEAN);
    assertThat(resolve(bean, "$.secret").status()).isEqualTo(Resolution.Status.MISSING);
    assertThat(resolve(bean, "$.original").status()).isEqualTo(Resolution.Status.MISSING);
  }

  @Test
  void aSchemaGivesRequiredOptionalAndOpenFields() throws Exception {
    Shape shape = ShapeSources.fromSchema(JSON.readTree("""
        {"type": "object", "required": ["id"], "additionalProperties": false,
         "properties": {"id": {"type": "string"}, "total": {"type": ["number", "null"]},
                        "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
                        "meta": {"type": "object"}},
         "$defs": {"item": {"type": "object", "properties": {"sku": {"type": "string"}}, "additionalProperties": false}}}
        """));
    assertThat(resolve(shape, "$.id").status()).isEqualTo(Resolution.Status.FOUND);
    assertThat(resolve(shape, "$.total").status()).isEqualTo(Resolution.Status.MAYBE);
    assertThat(resolve(shape, "$.nope").status()).isEqualTo(Resolution.Status.MISSING);
    assertThat(resolve(shape, "$.meta.anything").status()).isEqualTo(Resolution.Status.UNKNOWN);
    assertThat(resolve(shape, "$.items[0].sku").status()).isEqualTo(Resolution.Status.MAYBE);
    assertThat(resolve(shape, "$.items[0].skew").status()).isEqualTo(Resolution.Status.MISSING);
  }

  @Test
  void schemaCombinatorsAndUnknownKeywordsNeverClose() throws Exception {
    Shape shape = ShapeSources.fromSchema(JSON.readTree("""
        {"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"],
                    "additionalProperties": false},
                   {"type": "object", "properties": {"b": {"type": "string"}}, "required": ["b"],
                    "additionalProperties": false}]}
        """));
    assertThat(resolve(shape, "$.a").status()).isEqualTo(Resolution.Status.MAYBE);
    assertThat(resolve(shape, "$.c").status()).isEqualTo(Resolution.Status.MISSING);
    assertThat(ShapeSources.fromSchema(JSON.readTree("{\"not\": {\"type\": \"string\"}}"))).isEqualTo(Shape.OPEN);
    assertThat(ShapeSources.fromSchema(JSON.readTree("{\"$ref\": \"https://example.com/x.json\"}"))).isEqualTo(Shape.OPEN);
  }

  @Test
  void aSampleFixesTheFieldsItHas() throws Exception {
    Shape shape = ShapeSources.fromSample(JSON.readTree("{\"order\": {\"id\": \"o-1\", \"lines\": [{\"sku\": \"a\"}]}}"));
    assertThat(resolve(shape, "$.order.lines[0].sku").shape()).isEqualTo(Shape.STRING);
    assertThat(resolve(shape, "$.order.total").status()).isEqualTo(Resolution.Status.MISSING);
  }
}
