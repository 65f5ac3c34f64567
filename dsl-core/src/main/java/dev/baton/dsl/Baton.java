package dev.baton.dsl;

import dev.baton.annotations.IntrinsicExpression;
import dev.baton.annotations.JsonataExpression;
import dev.baton.annotations.PathExpression;
import dev.baton.annotations.ReferencePathExpression;

import dev.baton.expr.ExpressionException;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import dev.baton.integrations.Integration;
import dev.baton.model.Condition;
import java.util.List;

/**
 * The entry points of the DSL, meant for {@code import static dev.baton.dsl.Baton.*}: one factory
 * per state type, and the expressions (paths, JSONata, Choice conditions).
 *
 * <pre>{@code
 * var done = succeed("Done");
 * StateMachine machine = Workflow.startingWith(
 *         task("Fetch", Lambda.invoke("fetch").payload(path("$.request")))
 *             .resultPath("$.fetched")
 *             .next(choice("Found?")
 *                 .when(variable("$.fetched.Payload.found").booleanEquals(true), done)
 *                 .otherwise(fail("NotFound").error("NotFound"))))
 *     .build();
 * }</pre>
 */
public final class Baton {
  private Baton() {}

  /** A Task state named {@code name} that calls {@code integration} (Lambda, SNS, Glue, any SDK call, ...). */
  public static TaskStep task(String name, Integration integration) {
    return new TaskStep(name, integration);
  }

  /** A Pass state. */
  public static PassStep pass(String name) {
    return new PassStep(name);
  }

  /** A Choice state; add rules with {@link ChoiceStep#when}. */
  public static ChoiceStep choice(String name) {
    return new ChoiceStep(name);
  }

  /** A Wait state; set its duration with {@link WaitStep#seconds(int)} or another duration method. */
  public static WaitStep waitFor(String name) {
    return new WaitStep(name);
  }

  /** A Succeed state. */
  public static SucceedStep succeed(String name) {
    return new SucceedStep(name);
  }

  /** A Fail state. */
  public static FailStep fail(String name) {
    return new FailStep(name);
  }

  /** A Parallel state; add branches with {@link ParallelStep#branch}. */
  public static ParallelStep parallel(String name) {
    return new ParallelStep(name);
  }

  /** A Map state; set its item processor with {@link MapStep#itemProcessor}. */
  public static MapStep map(String name) {
    return new MapStep(name);
  }

  /**
   * A JSONPath path: {@code $.a.b} (state input), {@code $$.Execution.Id} (context object) or
   * {@code $name.field} (a variable). Used as a value, it is written under a {@code .$} key.
   *
   * @throws IllegalArgumentException when the text is not a valid path, saying where and why
   */
  public static Path path(@PathExpression String text) {
    return Path.of(text);
  }

  /** A Reference Path: a path that selects a single node (no wildcards, filters or slices). */
  public static ReferencePath ref(@ReferencePathExpression String text) {
    return ReferencePath.of(text);
  }

  /** An intrinsic function such as {@code States.Format('Hi {}', $.name)}; see also {@link dev.baton.expr.Intrinsics}. */
  public static Intrinsic intrinsic(@IntrinsicExpression String text) {
    return Intrinsic.parse(text);
  }

  /** A JSONata expression, given without its {@code {% %}} delimiters: {@code jsonata("$states.input.id")}. */
  public static Jsonata jsonata(@JsonataExpression String expression) {
    return Jsonata.of(expression);
  }

  /** The value a Choice rule tests (ASL {@code Variable}): {@code variable("$.status").stringEquals("DONE")}. */
  public static ChoiceVariable variable(@PathExpression String path) {
    try {
      return new ChoiceVariable(Path.of(path));
    } catch (ExpressionException e) {
      throw new IllegalArgumentException("a Choice Variable must be a path: " + e.getMessage(), e);
    }
  }

  /** The value a Choice rule tests, from a path built in Java. */
  public static ChoiceVariable variable(Path path) {
    return new ChoiceVariable(path);
  }

  /** ASL {@code And}: every condition holds. */
  public static Condition and(Condition... conditions) {
    if (conditions.length == 0) {
      throw new IllegalArgumentException("And needs at least one condition");
    }
    return new Condition.And(List.of(conditions));
  }

  /** ASL {@code Or}: at least one condition holds. */
  public static Condition or(Condition... conditions) {
    if (conditions.length == 0) {
      throw new IllegalArgumentException("Or needs at least one condition");
    }
    return new Condition.Or(List.of(conditions));
  }

  /** ASL {@code Not}: the condition does not hold. */
  public static Condition not(Condition condition) {
    return new Condition.Not(condition);
  }
}
