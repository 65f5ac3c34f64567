package dev.baton.local.functions;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.baton.expr.ExpressionException;
import dev.baton.expr.Path;
import dev.baton.expr.PathSegment;
import dev.baton.json.JsonTrees;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A compiled JSONPath filter condition, the text between {@code [?(} and {@code )]}, evaluated the
 * way Jayway JsonPath (which AWS uses) evaluates it.
 *
 * <p>Grammar: {@code ||}, {@code &&}, prefix {@code !}, parentheses, and comparisons {@code left
 * op right} or a lone operand (an existence test for a path, the truth of a literal). Operands are
 * {@code @...} (the current element), {@code $...} (the document root), numbers, quoted strings,
 * {@code true}, {@code false}, {@code null}, JSON arrays and objects (single quotes allowed) and
 * {@code /regex/flags}. Operators: {@code == != < <= > >= =~ in nin subsetof anyof noneof size
 * empty}. Values of different JSON types are never equal and never ordered (unlike Jayway, a number
 * does not equal a numeric string). {@code =~} must match the whole string, as in Jayway.
 */
final class FilterExpression {

  private static final int CACHE_LIMIT = 10_000;
  private static final Map<String, FilterExpression> CACHE = new ConcurrentHashMap<>();
  private static final JsonMapper LENIENT =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private final String text;
  private final Node root;

  private FilterExpression(String text, Node root) {
    this.text = text;
    this.root = root;
  }

  /** Returns the compiled condition, compiling it on first use (the cache is bounded). */
  static FilterExpression compiled(String text) {
    FilterExpression cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    FilterExpression compiled = new FilterExpression(text, new Parser(text).parseAll());
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(text, compiled);
    }
    return compiled;
  }

  /** Returns whether the condition holds for {@code element} ({@code @}). */
  boolean test(JsonNode element, JsonNode documentRoot) {
    return root.test(element, documentRoot);
  }

  @Override
  public String toString() {
    return text;
  }

  private sealed interface Node permits Or, And, Not, Compare, Exists {
    boolean test(JsonNode current, JsonNode documentRoot);
  }

  private record Or(Node left, Node right) implements Node {
    @Override
    public boolean test(JsonNode current, JsonNode documentRoot) {
      return left.test(current, documentRoot) || right.test(current, documentRoot);
    }
  }

  private record And(Node left, Node right) implements Node {
    @Override
    public boolean test(JsonNode current, JsonNode documentRoot) {
      return left.test(current, documentRoot) && right.test(current, documentRoot);
    }
  }

  private record Not(Node operand) implements Node {
    @Override
    public boolean test(JsonNode current, JsonNode documentRoot) {
      return !operand.test(current, documentRoot);
    }
  }

  /** A lone operand: a path exists (a non-empty result when indefinite), a literal is truthy. */
  private record Exists(Operand operand) implements Node {
    @Override
    public boolean test(JsonNode current, JsonNode documentRoot) {
      if (operand instanceof PathOperand p) {
        JsonNode value = p.value(current, documentRoot);
        return value != null && (p.definite || value.size() > 0);
      }
      JsonNode value = operand.value(current, documentRoot);
      return value.isBoolean() ? value.booleanValue() : !value.isNull();
    }
  }

  private record Compare(Operand left, String operator, Operand right) implements Node {
    @Override
    public boolean test(JsonNode current, JsonNode documentRoot) {
      JsonNode l = left.value(current, documentRoot);
      JsonNode r = right.value(current, documentRoot);
      if (l == null || r == null) {
        return operator.equals("!=") && (l != null || r != null);
      }
      return switch (operator) {
        case "==" -> JsonTrees.equal(l, r);
        case "!=" -> !JsonTrees.equal(l, r);
        case "<" -> order(l, r) < 0 && comparable(l, r);
        case "<=" -> order(l, r) <= 0 && comparable(l, r);
        case ">" -> order(l, r) > 0 && comparable(l, r);
        case ">=" -> order(l, r) >= 0 && comparable(l, r);
        case "=~" -> l.isTextual() && ((RegexOperand) right).pattern.matcher(l.textValue()).matches();
        case "in" -> contains(r, l);
        case "nin" -> r.isArray() && !contains(r, l);
        case "subsetof" -> l.isArray() && r.isArray() && all(l, r, true);
        case "anyof" -> l.isArray() && r.isArray() && !all(l, r, false);
        case "noneof" -> l.isArray() && r.isArray() && all(l, r, false);
        case "size" -> r.isNumber() && size(l) >= 0
            && BigDecimal.valueOf(size(l)).compareTo(r.decimalValue()) == 0;
        case "empty" -> r.isBoolean() && size(l) >= 0 && (size(l) == 0) == r.booleanValue();
        default -> false;
      };
    }

    private static boolean comparable(JsonNode l, JsonNode r) {
      return (l.isNumber() && r.isNumber()) || (l.isTextual() && r.isTextual());
    }

    private static int order(JsonNode l, JsonNode r) {
      if (l.isNumber() && r.isNumber()) {
        return l.decimalValue().compareTo(r.decimalValue());
      }
      if (l.isTextual() && r.isTextual()) {
        return l.textValue().compareTo(r.textValue());
      }
      return 0;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
      if (!array.isArray()) {
        return false;
      }
      for (JsonNode element : array) {
        if (JsonTrees.equal(element, value)) {
          return true;
        }
      }
      return false;
    }

    /** {@code all(l, r, true)}: every element of l is in r; {@code false}: none is. */
    private static boolean all(JsonNode l, JsonNode r, boolean in) {
      for (JsonNode element : l) {
        if (contains(r, element) != in) {
          return false;
        }
      }
      return true;
    }

    private static long size(JsonNode node) {
      if (node.isArray()) {
        return node.size();
      }
      return node.isTextual() ? node.textValue().length() : -1;
    }
  }

  private sealed interface Operand permits PathOperand, LiteralOperand, RegexOperand {
    /** The operand's value, or null when a definite path does not resolve. */
    JsonNode value(JsonNode current, JsonNode documentRoot);
  }

  private record PathOperand(boolean fromRoot, List<PathSegment> segments, boolean definite)
      implements Operand {
    @Override
    public JsonNode value(JsonNode current, JsonNode documentRoot) {
      return JsonPathReader.read(segments, fromRoot ? documentRoot : current, documentRoot);
    }
  }

  private record LiteralOperand(JsonNode literal) implements Operand {
    @Override
    public JsonNode value(JsonNode current, JsonNode documentRoot) {
      return literal;
    }
  }

  private record RegexOperand(Pattern pattern) implements Operand {
    @Override
    public JsonNode value(JsonNode current, JsonNode documentRoot) {
      return TextNode.valueOf(pattern.pattern());
    }
  }

  /** Recursive-descent parser over the condition text. */
  private static final class Parser {
    private static final List<String> WORD_OPERATORS =
        List.of("subsetof", "anyof", "noneof", "nin", "in", "size", "empty");

    private final String src;
    private int pos;

    Parser(String src) {
      this.src = src;
    }

    Node parseAll() {
      Node node = parseOr();
      skipSpace();
      if (pos < src.length()) {
        throw error("unexpected '" + src.charAt(pos) + "'");
      }
      return node;
    }

    private Node parseOr() {
      Node left = parseAnd();
      while (consume("||")) {
        left = new Or(left, parseAnd());
      }
      return left;
    }

    private Node parseAnd() {
      Node left = parseUnary();
      while (consume("&&")) {
        left = new And(left, parseUnary());
      }
      return left;
    }

    private Node parseUnary() {
      skipSpace();
      if (pos < src.length() && src.charAt(pos) == '!' && !src.startsWith("!=", pos)) {
        pos++;
        return new Not(parseUnary());
      }
      if (pos < src.length() && src.charAt(pos) == '(') {
        pos++;
        Node inner = parseOr();
        if (!consume(")")) {
          throw error("expected ')'");
        }
        return inner;
      }
      Operand left = parseOperand(false);
      String operator = parseOperator();
      if (operator == null) {
        return new Exists(left);
      }
      Operand right = parseOperand(operator.equals("=~"));
      if (operator.equals("=~") && !(right instanceof RegexOperand)) {
        throw error("=~ needs a regular expression such as /abc.*/i on its right");
      }
      return new Compare(left, operator, right);
    }

    private String parseOperator() {
      skipSpace();
      for (String op : List.of("==", "!=", "<=", ">=", "=~", "<", ">")) {
        if (src.startsWith(op, pos)) {
          pos += op.length();
          return op;
        }
      }
      for (String op : WORD_OPERATORS) {
        int end = pos + op.length();
        if (src.startsWith(op, pos)
            && (end == src.length() || !Character.isLetterOrDigit(src.charAt(end)))) {
          pos = end;
          return op;
        }
      }
      return null;
    }

    private Operand parseOperand(boolean regexAllowed) {
      skipSpace();
      if (pos >= src.length()) {
        throw error("expected a value");
      }
      char c = src.charAt(pos);
      if (c == '@' || c == '$') {
        return parsePath();
      }
      if (c == '/' && regexAllowed) {
        return parseRegex();
      }
      if (c == '\'' || c == '"') {
        return new LiteralOperand(TextNode.valueOf(readString(c)));
      }
      if (c == '[' || c == '{') {
        int start = pos;
        skipBalanced();
        try {
          return new LiteralOperand(LENIENT.readTree(src.substring(start, pos)));
        } catch (Exception e) {
          throw error("the JSON value " + src.substring(start, pos) + " is not valid");
        }
      }
      if (c == '-' || (c >= '0' && c <= '9')) {
        int start = pos++;
        while (pos < src.length() && "0123456789.eE+-".indexOf(src.charAt(pos)) >= 0) {
          pos++;
        }
        try {
          return new LiteralOperand(DecimalNode.valueOf(new BigDecimal(src.substring(start, pos))));
        } catch (NumberFormatException e) {
          throw error("'" + src.substring(start, pos) + "' is not a number");
        }
      }
      for (String word : List.of("true", "false", "null")) {
        if (src.startsWith(word, pos)) {
          pos += word.length();
          return new LiteralOperand(
              switch (word) {
                case "true" -> BooleanNode.TRUE;
                case "false" -> BooleanNode.FALSE;
                default -> NullNode.getInstance();
              });
        }
      }
      throw error("unexpected '" + c + "'");
    }

    private Operand parsePath() {
      boolean fromRoot = src.charAt(pos) == '$';
      int start = pos++;
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '[') {
          skipBalanced();
        } else if (c == '.' || c == '*' || c == '_' || c == '-' || Character.isLetterOrDigit(c)) {
          pos++;
        } else {
          break;
        }
      }
      String pathText = "$" + src.substring(start + 1, pos);
      try {
        List<PathSegment> segments = Path.of(pathText).segments();
        return new PathOperand(fromRoot, segments, JsonPathReader.isDefinite(segments));
      } catch (ExpressionException e) {
        throw error("the path " + src.substring(start, pos) + " is not valid: " + e.getMessage());
      }
    }

    private Operand parseRegex() {
      int open = pos++;
      StringBuilder pattern = new StringBuilder();
      while (pos < src.length() && src.charAt(pos) != '/') {
        if (src.charAt(pos) == '\\' && pos + 1 < src.length()) {
          pattern.append(src.charAt(pos++));
        }
        pattern.append(src.charAt(pos++));
      }
      if (pos >= src.length()) {
        throw error("the regular expression opened at " + open + " is not closed");
      }
      pos++;
      int flags = 0;
      while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
        char f = src.charAt(pos++);
        flags |=
            switch (f) {
              case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
              case 'm' -> Pattern.MULTILINE;
              case 's' -> Pattern.DOTALL;
              case 'x' -> Pattern.COMMENTS;
              default -> throw error("unknown regular expression flag '" + f + "'");
            };
      }
      try {
        return new RegexOperand(Pattern.compile(pattern.toString(), flags));
      } catch (RuntimeException e) {
        throw error("the regular expression /" + pattern + "/ is not valid");
      }
    }

    private String readString(char quote) {
      StringBuilder sb = new StringBuilder();
      pos++;
      while (pos < src.length() && src.charAt(pos) != quote) {
        char c = src.charAt(pos++);
        if (c == '\\' && pos < src.length()) {
          c = src.charAt(pos++);
        }
        sb.append(c);
      }
      if (pos >= src.length()) {
        throw error("a string is not closed");
      }
      pos++;
      return sb.toString();
    }

    /** Moves past a bracketed or braced group, honouring quotes. */
    private void skipBalanced() {
      int depth = 0;
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '\'' || c == '"') {
          readString(c);
          continue;
        }
        if (c == '[' || c == '{') {
          depth++;
        } else if (c == ']' || c == '}') {
          depth--;
          if (depth == 0) {
            pos++;
            return;
          }
        }
        pos++;
      }
      throw error("a bracket is not closed");
    }

    private boolean consume(String token) {
      skipSpace();
      if (src.startsWith(token, pos)) {
        pos += token.length();
        return true;
      }
      return false;
    }

    private void skipSpace() {
      while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
        pos++;
      }
    }

    private StatesError error(String problem) {
      return new StatesError(
          StatesError.RUNTIME,
          "the JSONPath filter [?(" + src + ")] cannot be evaluated: " + problem + " at " + pos);
    }
  }
}
