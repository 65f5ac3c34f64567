package dev.baton.json;

import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.Condition;

/** Writes Choice states. */
final class ChoiceWriter {
  private ChoiceWriter() {}

  static void choice(ChoiceState s, CanonicalWriter w) {
    w.key("Choices").beginArray();
    for (ChoiceRule rule : s.choices()) {
      w.beginObject();
      rule.comment().ifPresent(c -> w.key("Comment").string(c));
      condition(rule.condition(), w);
      rule.output().ifPresent(t -> AslWriter.template(t, w.key("Output")));
      rule.assign().ifPresent(t -> AslWriter.template(t, w.key("Assign")));
      w.key("Next").string(rule.next());
      w.endObject();
    }
    w.endArray();
    s.defaultState().ifPresent(d -> w.key("Default").string(d));
    s.inputPath().ifPresent(p -> AslWriter.path(p, w.key("InputPath")));
    AslWriter.output(s, w);
  }

  /** The members of one condition, written into the rule's (or an enclosing condition's) object. */
  private static void condition(Condition condition, CanonicalWriter w) {
    if (condition instanceof Condition.Comparison c) {
      w.key("Variable").string(c.variable().text());
      AslWriter.template(c.operand(), w.key(c.operator().aslName()));
    } else if (condition instanceof Condition.And and) {
      conditions("And", and.conditions(), w);
    } else if (condition instanceof Condition.Or or) {
      conditions("Or", or.conditions(), w);
    } else if (condition instanceof Condition.Not not) {
      w.key("Not").beginObject();
      condition(not.condition(), w);
      w.endObject();
    } else if (condition instanceof Condition.JsonataCondition j) {
      AslWriter.value(j.condition(), w.key("Condition"));
    }
  }

  private static void conditions(String operator, java.util.List<Condition> conditions, CanonicalWriter w) {
    w.key(operator).beginArray();
    for (Condition inner : conditions) {
      w.beginObject();
      condition(inner, w);
      w.endObject();
    }
    w.endArray();
  }
}
