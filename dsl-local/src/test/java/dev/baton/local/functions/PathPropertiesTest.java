package dev.baton.local.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the path reader and the result path writer over random documents. */
class PathPropertiesTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Provide
  Arbitrary<JsonNode> documents() {
    return json(3);
  }

  private static Arbitrary<JsonNode> json(int depth) {
    Arbitrary<JsonNode> scalars =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-5, 5).map(NODES::numberNode),
            Arbitraries.of("a", "b", "x y").map(NODES::textNode),
            Arbitraries.of(NODES.booleanNode(true), NODES.nullNode()));
    if (depth == 0) {
      return scalars;
    }
    Arbitrary<JsonNode> child = json(depth - 1);
    Arbitrary<JsonNode> arrays =
        child.list().ofMaxSize(3).map(l -> {
          ArrayNode a = NODES.arrayNode();
          l.forEach(a::add);
          return a;
        });
    Arbitrary<JsonNode> objects =
        Arbitraries.maps(Arbitraries.of("a", "b", "c", "d e"), child).ofMaxSize(3).map(m -> {
          ObjectNode o = NODES.objectNode();
          m.forEach(o::set);
          return o;
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, scalars),
        net.jqwik.api.Tuple.of(2, arrays),
        net.jqwik.api.Tuple.of(3, objects));
  }

  @Provide
  Arbitrary<List<Object>> steps() {
    return Arbitraries.oneOf(
            Arbitraries.of("a", "b", "c", "d e").map(s -> (Object) s),
            Arbitraries.integers().between(-1, 3).map(i -> (Object) i))
        .list()
        .ofMaxSize(4);
  }

  private static Path pathOf(List<Object> steps) {
    StringBuilder sb = new StringBuilder("$");
    for (Object s : steps) {
      sb.append(s instanceof String name ? "['" + name + "']" : "[" + s + "]");
    }
    return Path.of(sb.toString());
  }

  /** The reference walk: JSON pointer navigation, with negative indices counted from the end. */
  private static JsonNode walk(JsonNode node, List<Object> steps) {
    for (Object s : steps) {
      if (node == null) {
        return null;
      }
      if (s instanceof String name) {
        node = node.isObject() ? node.get(name) : null;
      } else {
        int i = (Integer) s;
        node = node.isArray() ? node.get(i < 0 ? node.size() + i : i) : null;
      }
    }
    return node;
  }

  @Property
  void definitePathsAgreeWithWalkingTheTree(
      @ForAll("documents") JsonNode document, @ForAll("steps") List<Object> steps) {
    assertThat(JsonPathReader.read(pathOf(steps), document)).isSameAs(walk(document, steps));
  }

  @Property
  void theWriterNeverMutatesItsTargetAndTheValueReadsBack(
      @ForAll("documents") JsonNode document, @ForAll("steps") List<Object> steps) {
    List<Object> reference = new ArrayList<>();
    for (Object s : steps) {
      reference.add(s instanceof Integer i ? Math.abs(i) : s);
    }
    ReferencePath path = pathOf(reference).asReference();
    JsonNode before = document.deepCopy();
    JsonNode value = NODES.textNode("written");
    try {
      JsonNode written = ResultPathWriter.write(path, document, value);
      assertThat(JsonPathReader.read(path, written)).isSameAs(value);
    } catch (StatesError e) {
      assertThat(e.error()).isEqualTo(StatesError.RESULT_PATH_MATCH_FAILURE);
    }
    assertThat(document).isEqualTo(before);
  }
}
