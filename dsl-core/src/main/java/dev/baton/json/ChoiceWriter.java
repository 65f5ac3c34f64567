package dev.baton.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.Condition;

/** Writes Choice states. */
final class ChoiceWriter {
  private ChoiceWriter() {}

  static void choice(ChoiceState s, ObjectNode node) {
    ArrayNode rules = node.putArray("Choices");
    for (ChoiceRule rule : s.choices()) {
      ObjectNode o = rules.addObject();
      rule.comment().ifPresent(c -> o.put("Comment", c));
      condition(rule.condition(), o);
      rule.output().ifPresent(t -> o.set("Output", AslWriter.template(t)));
      rule.assign().ifPresent(t -> o.set("Assign", AslWriter.template(t)));
      o.put("Next", rule.next());
    }
    s.defaultState().ifPresent(d -> node.put("Default", d));
    s.inputPath().ifPresent(p -> node.set("InputPath", AslWriter.path(p)));
    s.outputPath().ifPresent(p -> node.set("OutputPath", AslWriter.path(p)));
    s.output().ifPresent(t -> node.set("Output", AslWriter.template(t)));
    s.assign().ifPresent(t -> node.set("Assign", AslWriter.template(t)));
  }

  static void condition(Condition condition, ObjectNode o) {
    if (condition instanceof Condition.Comparison c) {
      o.put("Variable", c.variable().text());
      o.set(c.operator().aslName(), AslWriter.template(c.operand()));
    } else if (condition instanceof Condition.And and) {
      ArrayNode array = o.putArray("And");
      and.conditions().forEach(inner -> condition(inner, array.addObject()));
    } else if (condition instanceof Condition.Or or) {
      ArrayNode array = o.putArray("Or");
      or.conditions().forEach(inner -> condition(inner, array.addObject()));
    } else if (condition instanceof Condition.Not not) {
      condition(not.condition(), o.putObject("Not"));
    } else if (condition instanceof Condition.JsonataCondition j) {
      o.set("Condition", AslWriter.value(j.condition()));
    }
  }
}
