package dev.baton.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.Template;
import java.util.Map;

/**
 * What three checks need to know of a template, found in one walk of it: its compact JSON size
 * (the payload quota), whether it holds a JSONata expression (the JSONata checks) and whether a
 * field holds literal text that starts like a path (the lint of keys without {@code .$}). Each
 * check then walks only the rare templates that concern it, instead of every template three times.
 *
 * @param size about the compact JSON size in UTF-8 bytes: 2 for brackets, each member's name and 4
 *     (quotes, colon, comma) and value, each element and 1 (comma)
 * @param hasJsonata whether a {@link Template.JsonataValue} is anywhere in the template
 * @param hasPathLikeText whether an object field holds a text literal starting with {@code $.},
 *     {@code $$.} or {@code $[}
 */
record TemplateFacts(long size, boolean hasJsonata, boolean hasPathLikeText) {

  static TemplateFacts of(Template template) {
    Walk walk = new Walk();
    long size = walk.size(template, false);
    return new TemplateFacts(size, walk.jsonata, walk.pathLike);
  }

  private static final class Walk {
    boolean jsonata;
    boolean pathLike;

    /** The compact size of a template, noting what it holds; {@code field} when it is an object field's value. */
    long size(Template template, boolean field) {
      if (template instanceof Template.Literal literal) {
        JsonNode value = literal.value();
        if (field && value.isTextual() && startsLikePath(value.textValue())) {
          pathLike = true;
        }
        return QuotaChecks.size(value);
      }
      if (template instanceof Template.JsonataValue value) {
        jsonata = true;
        return QuotaChecks.utf8(value.expression().text()) + 2;
      }
      if (template instanceof Template.Dynamic dynamic) {
        return QuotaChecks.utf8(dynamic.text()) + 2;
      }
      long total = 2;
      if (template instanceof Template.ArrayTemplate array) {
        for (Template item : array.items()) {
          total += size(item, false) + 1;
        }
        return total;
      }
      for (Map.Entry<String, Template> member : ((Template.ObjectTemplate) template).fields().entrySet()) {
        total += QuotaChecks.utf8(member.getKey()) + 4 + size(member.getValue(), true);
      }
      return total;
    }
  }

  /** The cheap first test of {@link LintChecks}: text that may be a path. */
  static boolean startsLikePath(String text) {
    return text.startsWith("$.") || text.startsWith("$$.") || text.startsWith("$[");
  }
}
