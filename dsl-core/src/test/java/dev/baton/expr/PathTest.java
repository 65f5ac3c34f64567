package dev.baton.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.expr.PathSegment.DeepScan;
import dev.baton.expr.PathSegment.Field;
import dev.baton.expr.PathSegment.Filter;
import dev.baton.expr.PathSegment.Index;
import dev.baton.expr.PathSegment.Slice;
import dev.baton.expr.PathSegment.Union;
import dev.baton.expr.PathSegment.Wildcard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathTest {

  @Test
  void dollarAloneIsTheWholeInput() {
    Path p = Path.of("$");
    assertThat(p).isInstanceOf(ReferencePath.class);
    assertThat(p.root()).isEqualTo(Path.Root.INPUT);
    assertThat(p.segments()).isEmpty();
    assertThat(p.variableName()).isEmpty();
    assertThat(p.text()).isEqualTo("$");
  }

  @Test
  void contextObjectPaths() {
    assertThat(Path.of("$$").root()).isEqualTo(Path.Root.CONTEXT);
    assertThat(Path.of("$$").segments()).isEmpty();
    Path id = Path.of("$$.Execution.Id");
    assertThat(id.root()).isEqualTo(Path.Root.CONTEXT);
    assertThat(id.segments()).containsExactly(new Field("Execution"), new Field("Id"));
    assertThat(id.isReference()).isTrue();
    assertThat(Path.of("$$.Map.Item.Value").isReference()).isTrue();
  }

  @Test
  void variablePaths() {
    Path p = Path.of("$myVar.field[0]");
    assertThat(p.root()).isEqualTo(Path.Root.VARIABLE);
    assertThat(p.variableName()).contains("myVar");
    assertThat(p.segments()).containsExactly(new Field("field"), new Index(0));
    assertThat(p).isInstanceOf(ReferencePath.class);
    assertThat(Path.of("$_x1").variableName()).contains("_x1");
    assertThat(Path.of("$v['a b']").segments()).containsExactly(new Field("a b"));
  }

  @Test
  void dotAndBracketFields() {
    assertThat(Path.of("$.order.items").segments())
        .containsExactly(new Field("order"), new Field("items"));
    assertThat(Path.of("$['a b']").segments()).containsExactly(new Field("a b"));
    assertThat(Path.of("$[\"a b\"]").segments()).containsExactly(new Field("a b"));
    assertThat(Path.of("$['']").segments()).containsExactly(new Field(""));
    // the AWS documentation writes $.abc.['def ghi']
    assertThat(Path.of("$.abc.['def ghi']").segments())
        .containsExactly(new Field("abc"), new Field("def ghi"));
    // Jayway-style lenient dot names
    assertThat(Path.of("$.order-id.x:y").segments())
        .containsExactly(new Field("order-id"), new Field("x:y"));
    assertThat(Path.of("$.größe").segments()).containsExactly(new Field("größe"));
  }

  @Test
  void escapesInQuotedNames() {
    assertThat(Path.of("$['it\\'s']").segments()).containsExactly(new Field("it's"));
    assertThat(Path.of("$[\"say \\\"hi\\\"\"]").segments())
        .containsExactly(new Field("say \"hi\""));
    assertThat(Path.of("$['back\\\\slash']").segments()).containsExactly(new Field("back\\slash"));
    assertThat(Path.of("$['a\\u00e9\\n']").segments()).containsExactly(new Field("aé\n"));
    assertThat(Path.of("$['a.b[0]']").segments()).containsExactly(new Field("a.b[0]"));
    assertThat(Path.of("$['it\"s']").segments()).containsExactly(new Field("it\"s"));
  }

  @Test
  void everyNonReferenceSegmentKind() {
    assertThat(Path.of("$.a[*]").segments()).containsExactly(new Field("a"), new Wildcard());
    assertThat(Path.of("$.a.*").segments()).containsExactly(new Field("a"), new Wildcard());
    assertThat(Path.of("$.a[-1]").segments()).containsExactly(new Field("a"), new Index(-1));
    assertThat(Path.of("$.a[1:3]").segments())
        .containsExactly(new Field("a"), new Slice(1, 3, null));
    assertThat(Path.of("$.a[:2]").segments())
        .containsExactly(new Field("a"), new Slice(null, 2, null));
    assertThat(Path.of("$.a[-2:]").segments())
        .containsExactly(new Field("a"), new Slice(-2, null, null));
    assertThat(Path.of("$.a[::2]").segments())
        .containsExactly(new Field("a"), new Slice(null, null, 2));
    assertThat(Path.of("$.a[0:10:3]").segments())
        .containsExactly(new Field("a"), new Slice(0, 10, 3));
    assertThat(Path.of("$.a[0,1]").segments())
        .containsExactly(new Field("a"), new Union(List.of(0, 1)));
    assertThat(Path.of("$['a', 'b']").segments()).containsExactly(new Union(List.of("a", "b")));
    assertThat(Path.of("$..name").segments()).containsExactly(new DeepScan("name"));
    assertThat(Path.of("$..*").segments()).containsExactly(new DeepScan(null));
    assertThat(Path.of("$..['a b']").segments()).containsExactly(new DeepScan("a b"));
    assertThat(Path.of("$.a[?(@.price < 10)]").segments())
        .containsExactly(new Field("a"), new Filter("@.price < 10"));
    for (String text :
        List.of("$.a[*]", "$.a.*", "$.a[-1]", "$.a[1:3]", "$.a[0,1]", "$..x", "$.a[?(@.b)]")) {
      assertThat(Path.of(text)).as(text).isNotInstanceOf(ReferencePath.class);
      assertThat(Path.of(text).isReference()).as(text).isFalse();
    }
  }

  @Test
  void filtersMayContainQuotesParenthesesBracketsAndRegexes() {
    assertThat(Path.of("$.a[?(@.x == ')')]").segments().get(1)).isEqualTo(new Filter("@.x == ')'"));
    assertThat(Path.of("$.a[?((@.x > 1) && (@.y < 2))]").segments().get(1))
        .isEqualTo(new Filter("(@.x > 1) && (@.y < 2)"));
    assertThat(Path.of("$.a[?(@.tags[0] == \"x]\")]").segments().get(1))
        .isEqualTo(new Filter("@.tags[0] == \"x]\""));
    assertThat(Path.of("$.a[?(@.name =~ /^(a|b\\/c$/)]").segments().get(1))
        .isEqualTo(new Filter("@.name =~ /^(a|b\\/c$/"));
    assertThat(Path.of("$.a[?(@.x in ['a','b'])].c").segments()).hasSize(3);
  }

  @Test
  void whitespaceInsideBracketsIsAllowed() {
    assertThat(Path.of("$[ 'a' ]").segments()).containsExactly(new Field("a"));
    assertThat(Path.of("$.a[ 0 ]").segments()).containsExactly(new Field("a"), new Index(0));
    assertThat(Path.of("$.a[ ?(@.b) ]").segments().get(1)).isEqualTo(new Filter("@.b"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a.b              | 0  | must start with '$'",
        "\" $.a\"        | 0  | leading whitespace",
        "$.a.             | 3  | ends with '.'",
        "$.a[             | 3  | never closed",
        "$.a['x           | 4  | unterminated quoted name",
        "$.a[0            | 3  | never closed",
        "$.a[0x]          | 5  | expected ']'",
        "$.a]             | 3  | without a matching '['",
        "$.a b            | 3  | whitespace",
        "$.a[?(@.x < 1]   | 13 | inside the filter",
        "$.a[?(@.x < 1    | 5  | filter is never closed",
        "$.a[?(@.x == 'a)]| 13 | unterminated string",
        "$.a[?()]         | 5  | filter is empty",
        "$.a[?@.x]        | 5  | [?(condition)]",
        "$.a[(@.length-1)]| 4  | script expressions",
        "$.a[b]           | 4  | must be quoted",
        "$.a[]            | 3  | empty brackets",
        "$.a..            | 3  | ends with '..'",
        "$...a            | 3  | '...'",
        "$..[0]           | 4  | quoted name",
        "$.a[0:1:0]       | 8  | step must not be 0",
        "$.a[0,'b']       | 6  | only integers",
        "$['a',0]         | 6  | only quoted names",
        "$.a[99999999999] | 4  | too large",
        "$.a.length()     | 10 | functions",
        "$$abc            | 2  | context object",
        "$1               | 1  | variable name",
        "$.'a'            | 2  | in brackets",
        "$['a\\x']        | 4  | unsupported escape",
        "$['\\u12']       | 3  | 4 hex digits",
        "$.a[-]           | 5  | expected a digit",
        "States.Array(1)  | 0  | Intrinsic.parse",
        "@.a              | 0  | filter",
      })
  void invalidPathsReportWhatAndWhere(String text, int position, String messagePart) {
    assertThatThrownBy(() -> Path.of(text))
        .isInstanceOfSatisfying(
            ExpressionException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.expression()).isEqualTo(text);
              assertThat(e.getMessage()).contains(messagePart);
              assertThat(e.getMessage()).contains("at position " + position + " in '" + text + "'");
              assertThat(e.hint()).isNotBlank();
            });
  }

  @Test
  void nullAndEmptyAreRejected() {
    assertThatThrownBy(() -> Path.of(null))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("null");
    assertThatThrownBy(() -> Path.of(""))
        .isInstanceOfSatisfying(
            ExpressionException.class, e -> assertThat(e.position()).isZero());
  }

  @Test
  void textIsKeptVerbatim() {
    for (String text : List.of("$.a['b'].c", "$[ \"x\" ]", "$.a[?( @.b )]", "$.a[01]")) {
      assertThat(Path.of(text).text()).isEqualTo(text);
      assertThat(Path.of(text).toString()).isEqualTo(text);
    }
  }

  @Test
  void equalityIsOnText() {
    assertThat(Path.of("$.a")).isEqualTo(Path.of("$.a")).hasSameHashCodeAs(Path.of("$.a"));
    assertThat(Path.of("$.a")).isNotEqualTo(Path.of("$['a']"));
    assertThat(Path.of("$.a[*]")).isEqualTo(Path.of("$.a[*]"));
  }

  @Test
  void fieldAndIndexExtendPaths() {
    Path p = Path.of("$").field("order").field("line items").index(2).field("it's");
    assertThat(p.text()).isEqualTo("$.order['line items'][2]['it\\'s']");
    assertThat(p).isInstanceOf(ReferencePath.class);
    assertThat(p.segments())
        .containsExactly(
            new Field("order"), new Field("line items"), new Index(2), new Field("it's"));
    assertThat(Path.of(p.text())).isEqualTo(p);
    assertThat(Path.of(p.text()).segments()).isEqualTo(p.segments());

    Path wild = Path.of("$.a[*]").field("b");
    assertThat(wild.text()).isEqualTo("$.a[*].b");
    assertThat(wild).isNotInstanceOf(ReferencePath.class);
    assertThatThrownBy(wild::asReference)
        .isInstanceOfSatisfying(
            ExpressionException.class, e -> assertThat(e.position()).isEqualTo(3));

    assertThat(Path.of("$$").field("Execution").field("Id").text()).isEqualTo("$$.Execution.Id");
    assertThat(Path.of("$v").index(0).text()).isEqualTo("$v[0]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a", "_b1", "a b", "1abc", "", "it's", "back\\slash", "tab\there", "é", "a-b", "x\u0001"
      })
  void fieldNamesRoundTrip(String name) {
    Path p = Path.of("$.root").field(name);
    Path reparsed = Path.of(p.text());
    assertThat(reparsed.segments()).isEqualTo(p.segments());
    assertThat(reparsed).isInstanceOf(ReferencePath.class);
  }

  @Test
  void negativeIndexIsRejectedByTheBuilder() {
    assertThatThrownBy(() -> Path.of("$.a").index(-1))
        .isInstanceOf(ExpressionException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void toSourceRewritesLenientDotNamesForIntrinsics() {
    assertThat(Path.of("$.a.b").toSource()).isEqualTo("$.a.b");
    assertThat(Path.of("$.order-id").toSource()).isEqualTo("$['order-id']");
    assertThat(Path.of("$['order-id']").toSource()).isEqualTo("$['order-id']");
    assertThat(Path.of("$.a[?(@.b == 'x')]").toSource()).isEqualTo("$.a[?(@.b == 'x')]");
  }

  @Test
  void segmentsAreImmutable() {
    List<PathSegment> segments = Path.of("$.a.b").segments();
    assertThatThrownBy(() -> segments.add(new Field("c")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void segmentToSource() {
    assertThat(new Field("a").toSource()).isEqualTo(".a");
    assertThat(new Field("a b").toSource()).isEqualTo("['a b']");
    assertThat(new Index(-1).toSource()).isEqualTo("[-1]");
    assertThat(new Wildcard().toSource()).isEqualTo("[*]");
    assertThat(new Slice(1, null, 2).toSource()).isEqualTo("[1::2]");
    assertThat(new Union(List.of("a", "b")).toSource()).isEqualTo("['a','b']");
    assertThat(new Union(List.of(0, 1)).toSource()).isEqualTo("[0,1]");
    assertThat(new DeepScan("x").toSource()).isEqualTo("..x");
    assertThat(new DeepScan(null).toSource()).isEqualTo("..*");
    assertThat(new Filter("@.a").toSource()).isEqualTo("[?(@.a)]");
    assertThatThrownBy(() -> new Union(List.of("a", 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
