package dev.baton.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.model.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one walk of a template that the payload-quota, JSONata and literal-path checks share. */
class TemplateFactsTest {

  @Test
  void sizeCountsBracketsMembersAndElements() {
    assertThat(facts(Map.of("a", "x")).size()).isEqualTo(2 + (1 + 4 + 3));
    assertThat(facts(List.of(1, "\u00e9")).size()).isEqualTo(2 + (1 + 1) + (4 + 1));
    assertThat(facts(Map.of("p", Path.of("$.a"))).size()).isEqualTo(2 + (1 + 4 + 5));
    assertThat(facts(Map.of()).size()).isEqualTo(2);
  }

  @Test
  void findsJsonataAnywhere() {
    assertThat(facts(Map.of("a", "x")).hasJsonata()).isFalse();
    assertThat(facts(Map.of("a", List.of(Map.of("b", Jsonata.of("$states.input"))))).hasJsonata()).isTrue();
  }

  @Test
  void findsPathLikeTextOnlyAsAFieldValue() {
    assertThat(facts(Map.of("k", "$.x")).hasPathLikeText()).isTrue();
    assertThat(facts(Map.of("k", Map.of("j", "$$.Task.Token"))).hasPathLikeText()).isTrue();
    assertThat(facts(Map.of("k", List.of(Map.of("j", "$[0]")))).hasPathLikeText()).isTrue();
    assertThat(facts(Map.of("k", List.of("$.x"))).hasPathLikeText()).isFalse();
    assertThat(facts(Map.of("k", "x $.y")).hasPathLikeText()).isFalse();
    assertThat(facts(Map.of("k", Path.of("$.x"))).hasPathLikeText()).isFalse();
  }

  private static TemplateFacts facts(Object value) {
    Object ordered = value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value;
    return TemplateFacts.of(Template.of(ordered));
  }
}
