package dev.baton.flow;

/**
 * One place where a state reads data: a path or a JSONata reference, where it is written, and what
 * reading it on the analysed shapes gave.
 *
 * @param place the JSON pointer of the field holding the path or expression
 * @param named how messages name the place, e.g. "Parameters 'Message.$'"
 * @param text the path or reference as written, e.g. "$.data.lambdaresult"
 * @param variable the variable read, when the reference starts with {@code $name}, else null
 * @param resolution what reading it gave
 * @param searchRoot the shape that "did you mean" suggestions search, with its root text
 * @param searchRootText the root text of the search, {@code $} or {@code $states.input}
 */
record Read(Place place, Place named, String text, String variable, Resolution resolution, Shape searchRoot,
    String searchRootText) {

  /** The JSON pointer of the field holding the path or expression. */
  String pointer() {
    return place.toString();
  }

  /** How messages name the place, e.g. "Parameters 'Message.$'". */
  String what() {
    return named.toString();
  }
}
