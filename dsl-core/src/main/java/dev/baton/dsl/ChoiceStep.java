package dev.baton.dsl;

import dev.baton.expr.Jsonata;
import dev.baton.model.Condition;
import dev.baton.model.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * A Choice step: goes to the first rule's target whose condition holds, else to
 * {@link #otherwise}. Without otherwise, no match fails the execution with
 * {@code States.NoChoiceMatched}.
 */
public final class ChoiceStep extends FlowStep<ChoiceStep> {
  /** One rule under construction: its condition, target and options. */
  record Rule(Condition condition, Chainable target, RuleOptions options) {}

  /**
   * The optional parts of a Choice rule: ASL {@code Comment}, {@code Assign} and (JSONata states)
   * {@code Output}. Immutable; each setter returns a changed copy.
   */
  public static final class RuleOptions {
    final String comment;
    final java.util.Map<String, Template> assign;
    final Template output;

    private RuleOptions(String comment, java.util.Map<String, Template> assign, Template output) {
      this.comment = comment;
      this.assign = assign;
      this.output = output;
    }

    static final RuleOptions NONE = new RuleOptions(null, null, null);

    /** Sets the rule's ASL {@code Comment}. */
    public RuleOptions comment(String comment) {
      return new RuleOptions(comment, assign, output);
    }

    /** Adds a variable to the rule's ASL {@code Assign}, assigned when the rule matches. */
    public RuleOptions assign(String variable, Object value) {
      dev.baton.model.VariableNames.problem(variable).ifPresent(problem -> {
        throw new IllegalArgumentException("rule Assign: " + problem);
      });
      java.util.Map<String, Template> copy = assign == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(assign);
      copy.put(variable, Template.of(value));
      return new RuleOptions(comment, copy, output);
    }

    /** Sets the rule's ASL {@code Output} (JSONata states): the Choice state's output when the rule matches. */
    public RuleOptions output(Object output) {
      return new RuleOptions(comment, assign, Template.of(output));
    }
  }

  final List<Rule> rules = new ArrayList<>();
  Chainable otherwise;

  ChoiceStep(String name) {
    super(name);
  }

  /** Appends a rule to ASL {@code Choices}: when {@code condition} holds, go to {@code target}. */
  public ChoiceStep when(Condition condition, Chainable target) {
    return when(condition, target, r -> r);
  }

  /**
   * Appends a rule with options: {@code when(cond, target, r -> r.assign("retries", 0).comment("why"))}.
   */
  public ChoiceStep when(Condition condition, Chainable target, java.util.function.UnaryOperator<RuleOptions> options) {
    if (condition == null || target == null) {
      throw misuse("a Choice rule needs a condition and a target");
    }
    RuleOptions applied;
    try {
      applied = options.apply(RuleOptions.NONE);
    } catch (IllegalArgumentException e) {
      throw misuse("a Choice rule's options: " + e.getMessage());
    }
    rules.add(new Rule(condition, target, applied));
    return this;
  }

  /** Appends a JSONata rule (ASL {@code Condition}, JSONata states): when the expression is true, go to {@code target}. */
  public ChoiceStep when(Jsonata condition, Chainable target) {
    return when(Condition.JsonataCondition.of(condition), target);
  }

  /** Appends a JSONata rule with options (Assign, Output, Comment). */
  public ChoiceStep when(Jsonata condition, Chainable target, java.util.function.UnaryOperator<RuleOptions> options) {
    return when(Condition.JsonataCondition.of(condition), target, options);
  }

  /** Sets ASL {@code Default}: where to go when no rule holds. */
  public ChoiceStep otherwise(Chainable target) {
    if (otherwise != null) {
      throw misuse("otherwise(...) is already set to '" + otherwise.startStep().name() + "'");
    }
    this.otherwise = target;
    return this;
  }

  @Override
  ChoiceStep copyAs(String newName) {
    ChoiceStep copy = new ChoiceStep(newName);
    copyFlowTo(copy);
    copy.rules.addAll(rules);
    copy.otherwise = otherwise;
    return copy;
  }
}
