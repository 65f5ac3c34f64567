package dev.baton.local;

import static dev.baton.local.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Execution#stateVisits()} pairs each exit with its own entry, also under concurrency. */
class StateVisitsTest {

  private static final String LAMBDA = "'Resource':'arn:aws:lambda:us-east-1:1:function:f'";

  /** Item n takes n seconds and returns n * 10: the first item entered finishes first. */
  private static LocalEngine timesTen() {
    return LocalEngine.builder().mock("Work", inv -> {
      int v = inv.input().asInt();
      return MockResponse.success(json(String.valueOf(v * 10))).after(Duration.ofSeconds(v));
    }).build();
  }

  @Test
  void concurrentMapIterationsOfOneStateKeepTheirOwnInputAndOutput() {
    Execution e = timesTen().start(Asl.machine("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemProcessor':{'StartAt':'Work','States':{'Work':{'Type':'Task'," + LAMBDA + ",'End':true}}},"
        + "'End':true}}}"), json("[1,2,3]"));
    List<StateVisit> work = e.visitsOf("Work");
    assertThat(work).hasSize(3);
    for (StateVisit v : work) {
      assertThat(v.output()).as("visit with input " + v.input())
          .contains(json(String.valueOf(v.input().asInt() * 10)));
    }
    assertThat(e.visitsOf("M").get(0).output()).contains(json("[10,20,30]"));
  }

  @Test
  void concurrentParallelBranchesWithSameNamedStatesArePairedPerBranch() {
    // Both branches have a state named "Work"; the first branch's is entered first and ends first.
    Execution e = timesTen().start(Asl.machine("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
        + "{'StartAt':'Work','States':{'Work':{'Type':'Task'," + LAMBDA + ",'End':true}}},"
        + "{'StartAt':'Two','States':{'Two':{'Type':'Pass','Result':2,'Next':'Work'},"
        + "'Work':{'Type':'Task'," + LAMBDA + ",'End':true}}}],'End':true}}}"), json("1"));
    List<StateVisit> work = e.visitsOf("Work");
    assertThat(work).hasSize(2);
    assertThat(work.get(0).input()).isEqualTo(json("1"));
    assertThat(work.get(0).output()).contains(json("10"));
    assertThat(work.get(1).input()).isEqualTo(json("2"));
    assertThat(work.get(1).output()).contains(json("20"));
  }

  @Test
  void retriesAreCountedOnTheirOwnIterationsVisit() {
    LocalEngine engine = LocalEngine.builder().mock("Work", inv -> {
      int v = inv.input().asInt();
      // item 1 fails on its first call and succeeds on the retry; item 2 never fails
      if (v == 1 && inv.attempt() == 0) {
        return MockResponse.failure("Busy", "try again");
      }
      return MockResponse.success(json(String.valueOf(v))).after(Duration.ofSeconds(5));
    }).build();
    Execution e = engine.start(Asl.machine("{'StartAt':'M','States':{'M':{'Type':'Map',"
        + "'ItemProcessor':{'StartAt':'Work','States':{'Work':{'Type':'Task'," + LAMBDA + ","
        + "'Retry':[{'ErrorEquals':['Busy'],'IntervalSeconds':1}],'End':true}}},'End':true}}}"), json("[1,2]"));
    List<StateVisit> work = e.visitsOf("Work");
    assertThat(work).extracting(v -> v.input().asInt()).containsExactly(1, 2);
    assertThat(work).extracting(StateVisit::retries).containsExactly(1, 0);
  }
}
