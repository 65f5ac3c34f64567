package dev.baton.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A hand-written, single-pass parser for ASL JSONPath paths.
 *
 * <p>Paths are parsed for every field of every state, so this parser reads each character once,
 * allocates a builder only for quoted names that contain escapes, and never backtracks. It works
 * either on a whole string ({@link #parse}) or on a path embedded in an intrinsic function call
 * ({@link #parseEmbedded}), where the path ends at a top-level {@code ,}, {@code )} or whitespace
 * and error positions are offsets into the whole intrinsic text.
 */
final class PathParser extends PathScanner {

  private static final String TRAILING_DOT_HINT =
      "remove the trailing '.' or add a field name after it";

  private static final String SEGMENT_HINT =
      "a path continues with .name, ['name'], [index], [*], [start:end], ..name or [?(filter)]";

  private final boolean embedded;
  private final ArrayList<PathSegment> segments = new ArrayList<>(4);
  private int firstNonReferenceOffset = -1;
  private PathSegment firstNonReference;

  private PathParser(String src, int start, boolean embedded) {
    super(src, start);
    this.embedded = embedded;
  }

  /** Parses a whole string as a path; the result is a {@link ReferencePath} when it is one. */
  static Path parse(String text) {
    if (text == null) {
      throw new ExpressionException(
          "the path is null", null, -1, "pass a JSONPath starting with '$', e.g. $.order.id");
    }
    if (text.isEmpty()) {
      throw new ExpressionException(
          "the path is empty", text, 0, "write $ for the whole input, or e.g. $.order.id");
    }
    PathParser parser = new PathParser(text, 0, false);
    return parser.parsePath();
  }

  /**
   * Parses the path that starts at {@code start} (a {@code $}) inside an intrinsic function call;
   * the path's text ends where the path syntax ends.
   */
  static Path parseEmbedded(String src, int start) {
    return new PathParser(src, start, true).parsePath();
  }

  /**
   * Returns whether a valid standalone path text is also read unchanged inside an intrinsic
   * function, where dot-notation names are limited to letters, digits and {@code _}.
   */
  static boolean embedsAsIs(String text) {
    try {
      return parseEmbedded(text, 0).text().length() == text.length();
    } catch (ExpressionException e) {
      return false;
    }
  }

  private Path parsePath() {
    int start = pos;
    if (src.charAt(pos) != '$') {
      throw new ExpressionException(
          "a path must start with '$' but starts with " + describe(src.charAt(pos)),
          src,
          pos,
          missingDollarHint());
    }
    pos++;
    Path.Root root = Path.Root.INPUT;
    String variable = null;
    if (pos < length) {
      char c = src.charAt(pos);
      if (c == '$') {
        root = Path.Root.CONTEXT;
        pos++;
        if (pos < length && PathSyntax.isIdentifierPart(src.charAt(pos))) {
          fail(
              "'$$' is the context object and must be followed by '.' or '['",
              pos,
              "write e.g. $$.Execution.Id; a variable is written with a single '$', e.g. $myVar");
        }
      } else if (PathSyntax.isIdentifierStart(c)) {
        int nameStart = pos;
        while (pos < length && PathSyntax.isIdentifierPart(src.charAt(pos))) {
          pos++;
        }
        root = Path.Root.VARIABLE;
        variable = src.substring(nameStart, pos);
      } else if (c >= '0' && c <= '9') {
        fail(
            "a variable name must start with a letter or '_'",
            pos,
            "rename the variable, e.g. $v" + c + "; variable names match [A-Za-z_][A-Za-z0-9_]*");
      }
    }
    parseSegments();
    String text = src.substring(start, pos);
    List<PathSegment> segs =
        segments.isEmpty() ? List.of() : Collections.unmodifiableList(segments);
    if (firstNonReference == null) {
      return new ReferencePath(text, root, variable, segs);
    }
    return new Path(text, root, variable, segs, firstNonReferenceOffset - start);
  }

  private void parseSegments() {
    while (pos < length) {
      char c = src.charAt(pos);
      if (c == '.') {
        parseDot();
      } else if (c == '[') {
        parseBracket(pos);
      } else if (embedded && (c == ',' || c == ')' || Character.isWhitespace(c))) {
        return;
      } else {
        unexpected(c);
      }
    }
  }

  private void parseDot() {
    int dotPos = pos++;
    if (pos == length) {
      fail("the path ends with '.'", dotPos, TRAILING_DOT_HINT);
    }
    char c = src.charAt(pos);
    if (c == '.') {
      parseDeepScan(dotPos);
    } else if (c == '*') {
      pos++;
      add(new PathSegment.Wildcard(), dotPos);
    } else if (c == '[') {
      // AWS documents the form $.abc.['def ghi']; Jayway reads '.[' like '['.
      parseBracket(dotPos);
    } else if (isNamePart(c)) {
      add(new PathSegment.Field(readDotName()), dotPos);
      checkNoFunctionCall();
    } else if (embedded && (c == ',' || c == ')' || Character.isWhitespace(c))) {
      fail("the path ends with '.'", dotPos, TRAILING_DOT_HINT);
    } else if (c == '\'' || c == '"') {
      fail(
          "a quoted name must be written in brackets",
          pos,
          "write ['name'] instead of .'name', e.g. $['my field']");
    } else {
      fail(
          "expected a field name after '.' but found " + describe(c),
          pos,
          "write names that contain " + describe(c) + " in brackets, e.g. ['a" + c + "b']");
    }
  }

  private void parseDeepScan(int dotPos) {
    pos++;
    if (pos == length) {
      fail("the path ends with '..'", dotPos, "write ..name or ..* after the deep scan");
    }
    char c = src.charAt(pos);
    if (c == '*') {
      pos++;
      add(new PathSegment.DeepScan(null), dotPos);
    } else if (c == '[') {
      int open = pos++;
      skipWhitespace();
      if (pos < length && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')) {
        String name = readQuoted();
        skipWhitespace();
        expectClose(open);
        add(new PathSegment.DeepScan(name), dotPos);
      } else {
        fail(
            "after '..' a bracket may only hold one quoted name",
            pos,
            "write ..name, ..['name'] or ..*; an index after a deep scan is not supported");
      }
    } else if (c == '.') {
      fail("'...' is not valid JSONPath", pos, "use '..' for a deep scan or '.' for a field");
    } else if (isNamePart(c)) {
      add(new PathSegment.DeepScan(readDotName()), dotPos);
      checkNoFunctionCall();
    } else {
      fail(
          "expected a field name or '*' after '..' but found " + describe(c),
          pos,
          "write ..name, ..['name'] or ..*");
    }
  }

  private void parseBracket(int segmentStart) {
    int open = pos++;
    skipWhitespace();
    if (pos == length) {
      fail("'[' is never closed", open, "add the missing ']'");
    }
    char c = src.charAt(pos);
    if (c == '\'' || c == '"') {
      parseQuotedNames(open, segmentStart);
    } else if (c == '*') {
      pos++;
      skipWhitespace();
      expectClose(open);
      add(new PathSegment.Wildcard(), segmentStart);
    } else if (c == '?') {
      pos++;
      skipWhitespace();
      if (pos == length || src.charAt(pos) != '(') {
        fail("a filter must be written [?(condition)]", pos, "e.g. $.items[?(@.price < 10)]");
      }
      String condition = readFilter();
      skipWhitespace();
      expectClose(open);
      add(new PathSegment.Filter(condition), segmentStart);
    } else if (c == '(') {
      fail(
          "script expressions [(...)] are not supported",
          pos,
          "use an index such as [-1], or a filter such as [?(@.id == 1)]");
    } else if (c == ']') {
      fail("empty brackets '[]'", open, "put an index, a quoted name or '*' inside the brackets");
    } else if (c == '-' || c == ':' || (c >= '0' && c <= '9')) {
      parseNumeric(open, segmentStart);
    } else if (PathSyntax.isIdentifierStart(c)) {
      fail(
          "a field name in brackets must be quoted",
          pos,
          "write ['" + c + "...'] with single quotes, or use dot notation .name");
    } else {
      fail(
          "unexpected " + describe(c) + " inside '[...]'",
          pos,
          "brackets hold a quoted name, an index, '*', a slice [start:end] or a filter [?(...)]");
    }
  }

  private void parseQuotedNames(int open, int segmentStart) {
    String first = readQuoted();
    skipWhitespace();
    if (pos < length && src.charAt(pos) == ',') {
      List<Object> names = new ArrayList<>(4);
      names.add(first);
      while (pos < length && src.charAt(pos) == ',') {
        pos++;
        skipWhitespace();
        if (pos == length || (src.charAt(pos) != '\'' && src.charAt(pos) != '"')) {
          fail(
              "a union of names must list only quoted names",
              pos,
              "write e.g. ['a','b']; a union cannot mix names and indices");
        }
        names.add(readQuoted());
        skipWhitespace();
      }
      expectClose(open);
      add(new PathSegment.Union(names), segmentStart);
    } else {
      expectClose(open);
      add(new PathSegment.Field(first), segmentStart);
    }
  }

  private void parseNumeric(int open, int segmentStart) {
    Integer first = src.charAt(pos) == ':' ? null : readInteger();
    skipWhitespace();
    char c = pos < length ? src.charAt(pos) : 0;
    if (c == ':') {
      pos++;
      skipWhitespace();
      Integer end = startsInteger() ? readInteger() : null;
      skipWhitespace();
      Integer step = null;
      if (pos < length && src.charAt(pos) == ':') {
        pos++;
        skipWhitespace();
        int stepPos = pos;
        step = startsInteger() ? readInteger() : null;
        if (step != null && step == 0) {
          fail("a slice step must not be 0", stepPos, "use a positive step such as [0:10:2]");
        }
        skipWhitespace();
      }
      expectClose(open);
      add(new PathSegment.Slice(first, end, step), segmentStart);
    } else if (c == ',') {
      List<Object> indices = new ArrayList<>(4);
      indices.add(first);
      while (pos < length && src.charAt(pos) == ',') {
        pos++;
        skipWhitespace();
        if (!startsInteger()) {
          fail(
              "a union of indices must list only integers",
              pos,
              "write e.g. [0,1]; a union cannot mix indices and names");
        }
        indices.add(readInteger());
        skipWhitespace();
      }
      expectClose(open);
      add(new PathSegment.Union(indices), segmentStart);
    } else {
      expectClose(open);
      add(new PathSegment.Index(first), segmentStart);
    }
  }

  private String readDotName() {
    int start = pos;
    while (pos < length && isNamePart(src.charAt(pos))) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private boolean isNamePart(char c) {
    return embedded ? PathSyntax.isShorthandNamePart(c) : PathSyntax.isLenientNamePart(c);
  }

  private void checkNoFunctionCall() {
    if (pos < length && src.charAt(pos) == '(') {
      fail(
          "JSONPath functions such as length() are not supported in ASL paths",
          pos,
          "use an intrinsic function such as States.ArrayLength($.items), or JSONata");
    }
  }

  private void expectClose(int open) {
    if (pos < length && src.charAt(pos) == ']') {
      pos++;
      return;
    }
    if (pos == length) {
      fail("'[' is never closed", open, "add the missing ']'");
    }
    fail(
        "expected ']' but found " + describe(src.charAt(pos)),
        pos,
        "close the '[' opened at position " + open);
  }

  private void add(PathSegment segment, int offset) {
    segments.add(segment);
    if (firstNonReference == null && !segment.isReference()) {
      firstNonReference = segment;
      firstNonReferenceOffset = offset;
    }
  }

  private void unexpected(char c) {
    if (Character.isWhitespace(c)) {
      fail(
          "unexpected whitespace in the path",
          pos,
          "remove it; a field name with spaces is written in brackets, e.g. $['my field']");
    } else if (c == ']') {
      fail("unexpected ']' without a matching '['", pos, SEGMENT_HINT);
    } else if (c == '(') {
      fail("unexpected '(' in the path", pos, "JSONPath functions and scripts are not supported");
    } else if (embedded
        && !segments.isEmpty()
        && segments.get(segments.size() - 1) instanceof PathSegment.Field field
        && PathSyntax.isLenientNamePart(c)) {
      int end = pos;
      while (end < length && PathSyntax.isLenientNamePart(src.charAt(end))) {
        end++;
      }
      String intended = field.name() + src.substring(pos, end);
      StringBuilder quoted = new StringBuilder();
      PathSyntax.appendField(quoted, intended);
      fail(
          "unexpected " + describe(c) + " in the path",
          pos,
          "inside an intrinsic function dot notation only allows letters, digits and '_';"
              + " write "
              + quoted
              + " instead of ."
              + intended);
    } else {
      fail("unexpected " + describe(c) + " in the path", pos, SEGMENT_HINT);
    }
  }

  private String missingDollarHint() {
    char c = src.charAt(pos);
    if (Character.isWhitespace(c)) {
      return "remove the leading whitespace";
    }
    if (src.startsWith("States.", pos)) {
      return "this looks like an intrinsic function; use Intrinsic.parse for it";
    }
    if (src.startsWith("{%", pos)) {
      return "this looks like a JSONata expression; use Jsonata.parseTemplate for it";
    }
    if (c == '@') {
      return "'@' is only valid inside a filter; a path starts with $, $$ or $variable";
    }
    return "write $ for the state input, $$ for the context object or $name for a variable,"
        + " e.g. $."
        + (PathSyntax.isIdentifierStart(c)
            ? src.substring(pos, Math.min(length, pos + 40))
            : "field");
  }
}
