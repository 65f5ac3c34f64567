package dev.baton.dsl;

import static dev.baton.dsl.Baton.*;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.integrations.Lambda;
import dev.baton.model.*;
import java.math.BigInteger;
import java.time.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ZzProbeTest {
  static final String F = "arn:aws:lambda:us-east-1:123456789012:function:work";
  static void run(String label, java.util.concurrent.Callable<Object> c) {
    try { Object o = c.call(); System.out.println("PROBE " + label + " => " + (o instanceof StateMachine m ? new ObjectMapper().readTree(m.toJson()).get("States").toString() : o)); }
    catch (Throwable t) { System.out.println("PROBE " + label + " THROWS " + t.getClass().getSimpleName() + ": " + t.getMessage().replace("\n"," | ")); }
  }
  @Test void probe() {
    run("waitSecondsJsonataInJsonPath", () -> Workflow.startingWith(waitFor("W").seconds(jsonata("3"))).build());
    run("waitTimestampJsonataInJsonPath", () -> Workflow.startingWith(waitFor("W").timestamp(jsonata("'x'"))).build());
    run("failErrorJsonataInJsonPath", () -> Workflow.startingWith(fail("F").error(jsonata("'x'")).cause(jsonata("'y'"))).build());
    run("taskTimeoutJsonataInJsonPath", () -> Workflow.startingWith(task("T", Lambda.invoke(F)).timeoutSeconds(jsonata("3")).heartbeatSeconds(jsonata("1"))).build());
    run("mapMaxConcJsonataInJsonPath", () -> Workflow.startingWith(map("M").maxConcurrency(jsonata("3")).itemProcessor(pass("P"))).build());
    run("timeoutBoth", () -> Workflow.startingWith(task("T", Lambda.invoke(F)).timeoutSeconds(5).timeoutSecondsPath("$.t").heartbeatSeconds(2).heartbeatSecondsPath("$.h")).build());
    run("mapBoth", () -> Workflow.startingWith(map("M").distributed(ExecutionType.STANDARD).maxConcurrency(3).maxConcurrencyPath("$.m").toleratedFailureCount(1).toleratedFailureCountPath("$.c").toleratedFailurePercentage(1).toleratedFailurePercentagePath("$.p").itemProcessor(pass("P"))).build());
    run("taskArgumentsInJsonPath", () -> Workflow.startingWith(task("T", Lambda.invoke(F)).arguments(Map.of("a", 1))).build());
    run("parallelParamsJsonataInJsonPath", () -> Workflow.startingWith(parallel("P").branch(pass("B")).parameters(Map.of("a", jsonata("1")))).build());
    run("parallelArgsPathInJsonata", () -> Workflow.startingWith(parallel("P").branch(pass("B")).arguments(Map.of("a", path("$.x")))).queryLanguage(QueryLanguage.JSONATA).build());
    run("ruleAssignBadName", () -> choice("C").when(variable("$.a").isNull(), succeed("S"), r -> r.assign("1bad", 1)));
    run("catchAssignBadName", () -> Catch.onAllErrors().assign("1bad", 1));
    run("succeedOutputBad", () -> succeed("S").output(new Object()));
    run("succeedOutputBadJsonata", () -> succeed("S").output("{% ( %}"));
    run("ruleOutputBad", () -> choice("C").when(variable("$.a").isNull(), succeed("S"), r -> r.output(new Object())));
    run("catchOutputBad", () -> Catch.onAllErrors().output(new Object()));
    run("passResultPath", () -> Workflow.startingWith(pass("P").result(path("$.x"))).build());
    run("passResultJsonata", () -> Workflow.startingWith(pass("P").result(jsonata("1"))).build());
    run("passResultObject", () -> pass("P").result(new Object()));
    run("passResultNull", () -> Workflow.startingWith(pass("P").result(null)).build());
    run("numFloat", () -> Workflow.startingWith(choice("C").when(variable("$.a").numericEquals(1.1f), succeed("S"))).build());
    run("numNaN", () -> Workflow.startingWith(choice("C").when(variable("$.a").numericEquals(Double.NaN), succeed("S"))).build());
    run("numBigInt", () -> Workflow.startingWith(choice("C").when(variable("$.a").numericEquals(new BigInteger("123456789012345678901234567890")), succeed("S"))).build());
    run("failErrorJsonataAfterPath", () -> fail("F").errorPath("$.e").error(jsonata("'x'")).errorPath);
    run("ts", () -> Workflow.startingWith(choice("C").when(variable("$.a").timestampEquals(OffsetDateTime.of(2024,1,1,10,0,0,0, ZoneOffset.ofHours(2))), succeed("S"))
       .when(variable("$.a").timestampLessThan(OffsetDateTime.of(2024,1,1,10,0,0,500_000_000, ZoneOffset.UTC)), succeed("S2"))).build());
    run("waitTs", () -> Workflow.startingWith(waitFor("W").timestamp(OffsetDateTime.of(2024,1,1,1,30,0,0, ZoneOffset.ofHoursMinutes(5,30)))).build());
    run("distNull", () -> Workflow.startingWith(map("M").distributed(null).itemProcessor(pass("P"))).build());
    run("catchRp", () -> Catch.onAllErrors().resultPath("$.a[*]"));
    run("heartbeatPathInJsonata", () -> Workflow.startingWith(task("T", Lambda.invoke(F)).heartbeatSecondsPath("$.h")).queryLanguage(QueryLanguage.JSONATA).build());
    run("itemReaderParamsPathInJsonata", () -> Workflow.startingWith(map("M").distributed(ExecutionType.STANDARD).itemReader(ItemReader.builder().resource("arn:aws:states:::s3:getObject").parameters(Template.of(Map.of("Bucket", path("$.b")))).build()).itemProcessor(pass("P"))).queryLanguage(QueryLanguage.JSONATA).build());
    run("itemsMapPathInJsonata", () -> Workflow.startingWith(map("M").items(Map.of("a", path("$.b"))).itemProcessor(pass("P"))).queryLanguage(QueryLanguage.JSONATA).build());
    run("ruleAssignPathJsonata", () -> Workflow.startingWith(choice("C").when(jsonata("true"), succeed("S"), r -> r.assign("x", path("$.a")))).queryLanguage(QueryLanguage.JSONATA).build());
    run("credsJsonataInJsonPath", () -> Workflow.startingWith(task("T", Lambda.invoke(F)).credentials(jsonata("'r'"))).build());
    run("timeoutJsonataThenHeartbeatPath", () -> task("T", Lambda.invoke(F)).timeoutSeconds(10).heartbeatSeconds(jsonata("20")).timeoutSeconds(5).heartbeatSeconds);
    run("fragParallel", () -> { Fragment f = Fragment.of(parallel("Par").branch(pass("L1").next(pass("L2"))).branch(choice("Ch").when(variable("$.a").isNull(), succeed("Yes")).otherwise(fail("No"))).next(pass("After")));
       return Workflow.startingWith(f.insert("a-").next(f.insert("b-"))).build(); });
    run("fragLoop", () -> { PassStep body = pass("Body"); ChoiceStep again = choice("Again?"); body.next(again); again.when(variable("$.more").booleanEquals(true), body).otherwise(pass("Out"));
       Fragment f = Fragment.of(body); return Workflow.startingWith(f.insert("1 ").next(f.insert("2 "))).build(); });
    run("fragMap", () -> { Fragment f = Fragment.of(map("M").itemProcessor(task("T", Lambda.invoke(F)).catchAll(c -> c.next(pass("H")))));
       return Workflow.startingWith(f.insert("x ").next(f.insert("y "))).build(); });
    run("retryOrder", () -> Workflow.startingWith(task("T", Lambda.invoke(F)).retry(Retry.onAllErrors()).retry(Retry.on("X")).retry(Retry.on("States.ALL", "Y"))).build());
    run("parallelJsonataBranchLang", () -> Workflow.startingWith(parallel("P").queryLanguage(QueryLanguage.JSONATA).branch(pass("B").output(jsonata("1")))).build());
  }
}