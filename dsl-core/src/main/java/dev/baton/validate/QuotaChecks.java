package dev.baton.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.model.PassState;
import dev.baton.model.State;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** AWS quotas: the definition's size and the size of static payloads. */
final class QuotaChecks {
  /** The largest definition AWS accepts, in bytes. */
  static final int MAX_DEFINITION_BYTES = 1_048_576;
  /** The largest payload AWS passes between states, in bytes. */
  static final int MAX_PAYLOAD_BYTES = 262_144;

  private QuotaChecks() {}

  static void check(Definition d, long definitionBytes, Findings f) {
    if (definitionBytes > MAX_DEFINITION_BYTES) {
      f.report(Rule.QUOTA_DEFINITION_SIZE, "", "the definition is " + definitionBytes + " bytes; AWS accepts at most "
          + MAX_DEFINITION_BYTES + " (1 MiB): move large static data to S3 or split the workflow");
    }
    // Only a definition larger than the payload quota can hold a payload over it.
    if (definitionBytes <= MAX_PAYLOAD_BYTES) {
      return;
    }
    List<State> states = d.allStates();
    for (int i = 0; i < states.size(); i++) {
      State state = states.get(i);
      if (state instanceof PassState pass) {
        pass.result().ifPresent(result -> report(size(result), Where.of(d, state).field("Result"), state, f));
      }
      for (Expressions.Place place : d.placesAt(i)) {
        report(place.facts().size(), place.where(), state, f);
      }
    }
  }

  private static void report(long bytes, Where where, State state, Findings f) {
    if (bytes > MAX_PAYLOAD_BYTES) {
      f.report(Rule.QUOTA_PAYLOAD_SIZE, where.pointer(), "this static payload of state '" + state.name() + "' is about "
          + bytes + " bytes; AWS passes at most " + MAX_PAYLOAD_BYTES + " (256 KiB) between states");
    }
  }

  /** The compact JSON size of a JSON value, in bytes, without building the text. */
  static long size(JsonNode node) {
    if (node.isTextual()) {
      return utf8(node.textValue()) + 2;
    }
    if (!node.isContainerNode()) {
      return node.asText().length();
    }
    long total = 2;
    if (node.isArray()) {
      for (JsonNode item : node) {
        total += size(item) + 1;
      }
      return total;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      total += utf8(field.getKey()) + 4 + size(field.getValue());
    }
    return total;
  }

  /** The UTF-8 length of a text, counted without encoding it (every key and string of every template comes here). */
  static long utf8(String text) {
    long bytes = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        // A lone surrogate is encoded as '?' (1 byte) by String.getBytes; any other char takes 3.
        bytes += Character.isSurrogate(c) ? 1 : 3;
      }
    }
    return bytes;
  }
}
