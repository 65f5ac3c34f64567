package dev.baton.integrations;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.model.Template;
import java.util.Map;
import java.util.StringJoiner;

/** Renders a template as compact ASL JSON text, {@code .$} keys included, to assert exact shapes and order. */
final class TemplateText {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TemplateText() {}

  static String render(Template template) {
    if (template instanceof Template.ObjectTemplate object) {
      StringJoiner joiner = new StringJoiner(",", "{", "}");
      for (Map.Entry<String, Template> entry : object.fields().entrySet()) {
        String key = entry.getValue() instanceof Template.Dynamic ? entry.getKey() + ".$" : entry.getKey();
        joiner.add(quote(key) + ":" + render(entry.getValue()));
      }
      return joiner.toString();
    }
    if (template instanceof Template.ArrayTemplate array) {
      StringJoiner joiner = new StringJoiner(",", "[", "]");
      array.items().forEach(item -> joiner.add(render(item)));
      return joiner.toString();
    }
    if (template instanceof Template.Dynamic dynamic) {
      return quote(dynamic.text());
    }
    if (template instanceof Template.JsonataValue jsonata) {
      return quote(jsonata.expression().text());
    }
    return ((Template.Literal) template).value().toString();
  }

  /** Renders the integration's parameters, or {@code none}. */
  static String parameters(Integration integration) {
    return integration.parameters().map(TemplateText::render).orElse("none");
  }

  private static String quote(String text) {
    try {
      return MAPPER.writeValueAsString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
