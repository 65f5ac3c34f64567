package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parallel and inline Map: ordering, concurrency on the virtual clock, failures. */
class ParallelMapTest {

  private static final String LAMBDA = "'Resource':'arn:aws:lambda:us-east-1:1:function:f'";

  private static TaskMock slowEcho(long seconds) {
    return inv -> MockResponse.success(inv.input()).after(Duration.ofSeconds(seconds));
  }

  @Test
  void parallelRunsBranchesConcurrentlyAndKeepsBranchOrder() {
    LocalEngine engine = LocalEngine.builder().mock("Slow", slowEcho(30)).mock("Fast", slowEcho(10)).build();
    Execution e = engine.start(Asl.machine("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
        + "{'StartAt':'Slow','States':{'Slow':{'Type':'Task'," + LAMBDA + ",'ResultSelector':{'b':'slow'},'End':true}}},"
        + "{'StartAt':'Fast','States':{'Fast':{'Type':'Task'," + LAMBDA + ",'ResultSelector':{'b':'fast'},'End':true}}}"
        + "],'End':true}}}"), json("{}"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("[{'b':'slow'},{'b':'fast'}]"));
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(e.history()).extracting(HistoryEvent::type)
        .contains(HistoryEventType.ParallelStateEntered, HistoryEventType.ParallelStateStarted,
            HistoryEventType.ParallelStateSucceeded, HistoryEventType.ParallelStateExited);
  }

  @Test
  void aFailingBranchFailsTheParallelWithItsErrorAndStopsTheOthers() {
    LocalEngine engine = LocalEngine.builder().mock("Slow", slowEcho(100))
        .mock("Bad", Mocks.responding(MockResponse.failure("Broken", "branch 2").after(Duration.ofSeconds(5))))
        .build();
    Execution e = engine.start(Asl.machine("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
        + "{'StartAt':'Slow','States':{'Slow':{'Type':'Task'," + LAMBDA + ",'Next':'After'},'After':{'Type':'Pass','End':true}}},"
        + "{'StartAt':'Bad','States':{'Bad':{'Type':'Task'," + LAMBDA + ",'End':true}}}"
        + "],'Catch':[{'ErrorEquals':['Broken'],'ResultPath':'$.err','Next':'Handled'}],'End':true},"
        + "'Handled':{'Type':'Pass','End':true}}}"), json("{}"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("{'err':{'Error':'Broken','Cause':'branch 2'}}"));
    assertThat(e.statesEntered()).doesNotContain("After");
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void failStateInABranchPropagatesItsError() {
    Execution e = LocalEngine.create().start(Asl.machine("""
        {'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':[
          {'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Inner','Cause':'c'}}}],'End':true}}}"""), json("{}"));
    assertThat(e.error()).contains("Inner");
    assertThat(e.cause()).contains("c");
  }

  @Test
  void mapKeepsItemOrderAndHonoursMaxConcurrency() {
    List<Integer> order = new ArrayList<>();
    LocalEngine engine = LocalEngine.builder().mock("Work", inv -> {
      int v = inv.input().asInt();
      order.add(v);
      return MockResponse.success(json(String.valueOf(v * 10))).after(Duration.ofSeconds(10 - v));
    }).build();
    Execution e = engine.start(Asl.machine("{'StartAt':'M','States':{'M':{'Type':'Map','MaxConcurrency':2,"
        + "'ItemProcessor':{'StartAt':'Work','States':{'Work':{'Type':'Task'," + LAMBDA + ",'End':true}}},"
        + "'End':true}}}"), json("[1,2,3,4,5]"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("[10,20,30,40,50]"));
    // 2 at a time: item 1 (9 s) and 2 (8 s); 3 starts at 8 (7 s, ends 15); 4 at 9 (6 s, ends 15); 5 at 15 (5 s).
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(20));
    assertThat(order).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void mapWithoutMaxConcurrencyRunsAllAtOnce() {
    LocalEngine engine = LocalEngine.builder().mock("Work", slowEcho(10)).build();
    Execution e = engine.start(Asl.machine("{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.xs',"
        + "'ItemProcessor':{'StartAt':'Work','States':{'Work':{'Type':'Task'," + LAMBDA + ",'End':true}}},"
        + "'ResultPath':'$.out','End':true}}}"), json("{'xs':[1,2,3,4,5,6,7,8]}"));
    assertThat(e.duration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(e.output().orElseThrow().get("out")).isEqualTo(json("[1,2,3,4,5,6,7,8]"));
    assertThat(e.history()).filteredOn(h -> h.type() == HistoryEventType.MapIterationStarted).hasSize(8);
    // each iteration's first event points back at its MapIterationStarted
    var events = e.history();
    for (HistoryEvent started : events.stream().filter(h -> h.type() == HistoryEventType.MapIterationStarted).toList()) {
      assertThat(events).anySatisfy(h -> {
        assertThat(h.type()).isEqualTo(HistoryEventType.TaskStateEntered);
        assertThat(h.previousEventId()).isEqualTo(started.id());
      });
    }
  }

  @Test
  void mapOverANonArrayIsRuntime() {
    Execution e = LocalEngine.create().start(Asl.machine("""
        {'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.xs',
          'ItemProcessor':{'StartAt':'X','States':{'X':{'Type':'Pass','End':true}}},'End':true}}}"""),
        json("{'xs':{'a':1}}"));
    assertThat(e.error()).contains("States.Runtime");
  }

  @Test
  void emptyMapGivesEmptyArray() {
    Execution e = LocalEngine.create().start(Asl.machine("""
        {'StartAt':'M','States':{'M':{'Type':'Map',
          'ItemProcessor':{'StartAt':'X','States':{'X':{'Type':'Pass','End':true}}},'End':true}}}"""), json("[]"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("[]"));
  }

  @Test
  void legacyIteratorAndParametersStillWork() {
    Execution e = LocalEngine.create().start(Asl.machine("""
        {'StartAt':'M','States':{'M':{'Type':'Map','Parameters':{'i.$':'$$.Map.Item.Index','v.$':'$$.Map.Item.Value'},
          'Iterator':{'StartAt':'X','States':{'X':{'Type':'Pass','End':true}}},'End':true}}}"""), json("['a','b']"));
    assertThat(e.output().orElseThrow()).isEqualTo(json("[{'i':0,'v':'a'},{'i':1,'v':'b'}]"));
  }

  @Test
  void iterationsInsideAStoppedBranchStopToo() {
    int[] calls = {0};
    LocalEngine engine = LocalEngine.builder()
        .mock("Bad", Mocks.responding(MockResponse.failure("Broken", "now").after(Duration.ofSeconds(1))))
        .mock("Work", inv -> {
          calls[0]++;
          return MockResponse.success(inv.input()).after(Duration.ofSeconds(10));
        })
        .build();
    Execution e = engine.start(Asl.machine("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
        + "{'StartAt':'Bad','States':{'Bad':{'Type':'Task'," + LAMBDA + ",'End':true}}},"
        + "{'StartAt':'M','States':{'M':{'Type':'Map','MaxConcurrency':1,'ItemProcessor':{'StartAt':'Work','States':{"
        + "'Work':{'Type':'Task'," + LAMBDA + ",'End':true}}},'End':true}}}],'End':true}}}"), json("[1,2,3]"));
    assertThat(e.error()).contains("Broken");
    assertThat(calls[0]).isEqualTo(1);
    assertThat(e.statesEntered()).containsOnlyOnce("Work");
  }
}
