package dev.baton.local.functions;

import static dev.baton.local.functions.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.baton.expr.Path;
import org.junit.jupiter.api.Test;

class JsonPathReaderTest {

  private static final JsonNode STORE =
      json(
          "{'store':{'book':["
              + "{'category':'reference','author':'Nigel Rees','title':'Sayings','price':8.95},"
              + "{'category':'fiction','author':'Evelyn Waugh','title':'Sword','price':12.99},"
              + "{'category':'fiction','author':'Herman Melville','title':'Moby Dick','isbn':'0-553','price':8.99},"
              + "{'category':'fiction','author':'J. R. R. Tolkien','title':'LOTR','isbn':'0-395','price':22.99}],"
              + "'bicycle':{'color':'red','price':19.95}},'expensive':10}");

  private static JsonNode read(String path, JsonNode root) {
    return JsonPathReader.read(Path.of(path), root);
  }

  @Test
  void dollarAloneIsTheRoot() {
    assertThat(read("$", STORE)).isSameAs(STORE);
  }

  @Test
  void definitePathsReturnTheNodeItself() {
    assertThat(read("$.store.bicycle.color", STORE)).isEqualTo(json("'red'"));
    assertThat(read("$.store.book[1].author", STORE)).isEqualTo(json("'Evelyn Waugh'"));
    assertThat(read("$['store']['bicycle']", STORE)).isSameAs(STORE.get("store").get("bicycle"));
    assertThat(read("$.store.book[-1].title", STORE)).isEqualTo(json("'LOTR'"));
  }

  @Test
  void unresolvedDefinitePathsReturnJavaNull() {
    assertThat(read("$.nope", STORE)).isNull();
    assertThat(read("$.store.book[4]", STORE)).isNull();
    assertThat(read("$.store.book[-5]", STORE)).isNull();
    assertThat(read("$.expensive.x", STORE)).isNull();
    assertThat(read("$.store[0]", STORE)).isNull();
    assertThat(read("$.a", json("[1]"))).isNull();
  }

  @Test
  void aJsonNullMemberResolvesToNullNode() {
    assertThat(read("$.a", json("{'a':null}"))).isEqualTo(NullNode.getInstance());
  }

  @Test
  void variableAndContextPathsReadTheRootTheCallerPasses() {
    Path variable = Path.of("$order.items[0]");
    assertThat(variable.segments()).hasSize(2);
    assertThat(JsonPathReader.read(variable, json("{'items':[5]}"))).isEqualTo(json("5"));
    assertThat(read("$$.Execution.Id", json("{'Execution':{'Id':'x'}}"))).isEqualTo(json("'x'"));
  }

  @Test
  void wildcardsCollectEveryMemberOrElement() {
    assertThat(read("$.store.book[*].author", STORE))
        .isEqualTo(json("['Nigel Rees','Evelyn Waugh','Herman Melville','J. R. R. Tolkien']"));
    assertThat(read("$.store.bicycle.*", STORE)).isEqualTo(json("['red',19.95]"));
    assertThat(read("$.store.book[*].isbn", STORE)).isEqualTo(json("['0-553','0-395']"));
    assertThat(read("$.expensive[*]", STORE)).isEqualTo(json("[]"));
  }

  @Test
  void deepScanFollowsJaywayOrder() {
    assertThat(read("$..author", STORE))
        .isEqualTo(json("['Nigel Rees','Evelyn Waugh','Herman Melville','J. R. R. Tolkien']"));
    assertThat(read("$..price", STORE)).isEqualTo(json("[8.95,12.99,8.99,22.99,19.95]"));
    assertThat(read("$..*", json("{'a':{'b':1},'c':2}"))).isEqualTo(json("[{'b':1},2,1]"));
    assertThat(read("$..book[2].title", STORE)).isEqualTo(json("['Moby Dick']"));
  }

  @Test
  void slicesFollowPythonBounds() {
    JsonNode nums = json("[0,1,2,3,4,5]");
    assertThat(read("$[1:3]", nums)).isEqualTo(json("[1,2]"));
    assertThat(read("$[-2:]", nums)).isEqualTo(json("[4,5]"));
    assertThat(read("$[:2]", nums)).isEqualTo(json("[0,1]"));
    assertThat(read("$[::2]", nums)).isEqualTo(json("[0,2,4]"));
    assertThat(read("$[3:]", nums)).isEqualTo(json("[3,4,5]"));
    assertThat(read("$[10:20]", nums)).isEqualTo(json("[]"));
    assertThat(read("$[::-1]", nums)).isEqualTo(json("[5,4,3,2,1,0]"));
    // the spec's Parameters example: "last3.$": "$.vals[3:]"
    assertThat(read("$.vals[3:]", json("{'vals':[0,10,20,30,40,50]}"))).isEqualTo(json("[30,40,50]"));
  }

  @Test
  void unionsOfIndicesAndNames() {
    assertThat(read("$[0,-1,9]", json("[1,2,3]"))).isEqualTo(json("[1,3]"));
    assertThat(read("$['a','b'].x", json("{'a':{'x':1},'b':{'x':2}}"))).isEqualTo(json("[1,2]"));
    // Jayway: a multi-property leaf gives one object per parent with the members present
    assertThat(read("$.store.book[0]['author','title','nope']", STORE))
        .isEqualTo(json("[{'author':'Nigel Rees','title':'Sayings'}]"));
  }

  @Test
  void filtersCompareAndTestExistence() {
    assertThat(read("$.store.book[?(@.price < 10)].title", STORE))
        .isEqualTo(json("['Sayings','Moby Dick']"));
    assertThat(read("$.store.book[?(@.isbn)].title", STORE)).isEqualTo(json("['Moby Dick','LOTR']"));
    assertThat(read("$.store.book[?(!@.isbn)].title", STORE)).isEqualTo(json("['Sayings','Sword']"));
    assertThat(read("$.store.book[?(@.category == 'fiction' && @.price > 20)].title", STORE))
        .isEqualTo(json("['LOTR']"));
    assertThat(read("$.store.book[?(@.category == 'reference' || @.price > 20)].title", STORE))
        .isEqualTo(json("['Sayings','LOTR']"));
    assertThat(read("$.store.book[?(@.price <= $.expensive)].price", STORE))
        .isEqualTo(json("[8.95,8.99]"));
    assertThat(read("$.store.book[?(@.author =~ /.*REES/i)].title", STORE))
        .isEqualTo(json("['Sayings']"));
    assertThat(read("$.store.book[?(@.author =~ /Rees/)].title", STORE)).isEqualTo(json("[]"));
    assertThat(read("$.store.book[?(@.title in ['LOTR','Sword'])].price", STORE))
        .isEqualTo(json("[12.99,22.99]"));
    assertThat(read("$.store.book[?(@.title nin ['LOTR','Sword'])].price", STORE))
        .isEqualTo(json("[8.95,8.99]"));
    assertThat(read("$.store.book[?(@.title size 4)].title", STORE)).isEqualTo(json("['LOTR']"));
    assertThat(read("$.store.book[?((@.price > 9) && !(@.isbn))].title", STORE))
        .isEqualTo(json("['Sword']"));
  }

  @Test
  void filterArrayOperators() {
    JsonNode items = json("[{'t':['a','b']},{'t':['c']},{'t':[]}]");
    assertThat(read("$[?(@.t subsetof ['a','b','x'])].t", items)).isEqualTo(json("[['a','b'],[]]"));
    assertThat(read("$[?(@.t anyof ['b','c'])].t", items)).isEqualTo(json("[['a','b'],['c']]"));
    assertThat(read("$[?(@.t noneof ['a'])].t", items)).isEqualTo(json("[['c'],[]]"));
    assertThat(read("$[?(@.t empty true)].t", items)).isEqualTo(json("[[]]"));
  }

  @Test
  void filterTypeMismatchesAreFalse() {
    JsonNode items = json("[{'v':1},{'v':'1'},{'v':null},{}]");
    assertThat(read("$[?(@.v == 1)]", items)).isEqualTo(json("[{'v':1}]"));
    assertThat(read("$[?(@.v < 2)]", items)).isEqualTo(json("[{'v':1}]"));
    assertThat(read("$[?(@.v == null)]", items)).isEqualTo(json("[{'v':null}]"));
    assertThat(read("$[?(@.v != 1)]", items)).isEqualTo(json("[{'v':'1'},{'v':null},{}]"));
  }

  @Test
  void filtersOnScalarsAndAgainstTheRoot() {
    assertThat(read("$[?(@ > 2)]", json("[1,2,3,4]"))).isEqualTo(json("[3,4]"));
    JsonNode doc = json("{'allowed':['a','c'],'items':[{'t':'a'},{'t':'b'},{'t':'c'}]}");
    assertThat(read("$.items[?(@.t in $.allowed)].t", doc)).isEqualTo(json("['a','c']"));
    assertThat(read("$.items[?(@.t == \"b\")]", doc)).isEqualTo(json("[{'t':'b'}]"));
    assertThat(read("$.items[?(@['t'] != 'b')].t", doc)).isEqualTo(json("['a','c']"));
  }

  @Test
  void aFilterOnAnObjectTestsTheObjectItself() {
    assertThat(read("$.a[?(@.x == 1)]", json("{'a':{'x':1}}"))).isEqualTo(json("[{'x':1}]"));
  }

  @Test
  void filterSyntaxThatCannotBeEvaluatedIsARuntimeError() {
    assertThatThrownBy(() -> read("$[?(@.a === 1)]", json("[]")))
        .isInstanceOfSatisfying(
            StatesError.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.Runtime");
              assertThat(e.cause()).contains("[?(@.a === 1)]");
            });
  }

  @Test
  void definiteness() {
    assertThat(JsonPathReader.isDefinite(Path.of("$.a[0][-1]['b c']"))).isTrue();
    assertThat(JsonPathReader.isDefinite(Path.of("$.a[*]"))).isFalse();
    assertThat(JsonPathReader.isDefinite(Path.of("$..a"))).isFalse();
  }
}
