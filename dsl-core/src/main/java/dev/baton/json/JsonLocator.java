package dev.baton.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of JSON pointers in a JSON text, in one streaming pass.
 *
 * <p>Locations are only needed when something is reported, so they are looked up afterwards
 * instead of being recorded for every value of every definition read.
 */
public final class JsonLocator {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLocator() {}

  /** A 1-based line and column. */
  public record Position(int line, int column) {}

  /**
   * The position of each pointer that exists in {@code text}: of the member name for object
   * members, of the value for array elements and the root.
   */
  public static Map<String, Position> locate(String text, Set<String> pointers) {
    Map<String, Position> found = new HashMap<>();
    if (pointers.isEmpty()) {
      return found;
    }
    Deque<Frame> stack = new ArrayDeque<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token;
      String pending = "";
      while ((token = parser.nextToken()) != null && found.size() < pointers.size()) {
        JsonLocation at = parser.currentTokenLocation();
        if (token == JsonToken.FIELD_NAME) {
          pending = JsonPointers.child(stack.peek().pointer, parser.currentName());
          record(found, pointers, pending, at);
          continue;
        }
        String pointer;
        if (stack.isEmpty()) {
          pointer = "";
          record(found, pointers, pointer, at);
        } else if (stack.peek().array) {
          if (token == JsonToken.END_ARRAY) {
            stack.pop();
            continue;
          }
          pointer = JsonPointers.child(stack.peek().pointer, stack.peek().index++);
          record(found, pointers, pointer, at);
        } else {
          if (token == JsonToken.END_OBJECT) {
            stack.pop();
            continue;
          }
          pointer = pending;
        }
        if (token == JsonToken.START_OBJECT) {
          stack.push(new Frame(pointer, false));
        } else if (token == JsonToken.START_ARRAY) {
          stack.push(new Frame(pointer, true));
        }
      }
    } catch (IOException e) {
      // Best effort: the text was already read once; positions found so far are still right.
    }
    return found;
  }

  private static void record(Map<String, Position> found, Set<String> pointers, String pointer, JsonLocation at) {
    if (pointers.contains(pointer) && !found.containsKey(pointer)) {
      found.put(pointer, new Position(at.getLineNr(), at.getColumnNr()));
    }
  }

  private static final class Frame {
    final String pointer;
    final boolean array;
    int index;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }
}
