package dev.baton.validate;

import dev.baton.expr.Jsonata;
import dev.baton.model.Catcher;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.Condition;
import dev.baton.model.FailState;
import dev.baton.model.MapState;
import dev.baton.model.ParallelState;
import dev.baton.model.State;
import dev.baton.model.TaskState;
import dev.baton.model.Template;
import dev.baton.model.Value;
import dev.baton.model.WaitState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every template and JSONata expression of a state, with the JSON pointer it sits at and what the
 * place allows ({@code $states.result}, {@code $states.errorOutput}).
 */
final class Expressions {
  private Expressions() {}

  /** Where a template sits and what it may refer to. */
  record Place(Where where, String field, Template template, boolean resultAvailable, boolean errorAvailable,
      TemplateFacts facts) {
    Place(Where where, String field, Template template, boolean resultAvailable, boolean errorAvailable) {
      this(where, field, template, resultAvailable, errorAvailable, TemplateFacts.of(template));
    }

    /** The template's JSON pointer. */
    String pointer() {
      return where.pointer();
    }
  }

  /** A JSONata expression and where it is. */
  record Located(Where where, Place place, Jsonata jsonata) {
    /** The expression's JSON pointer. */
    String pointer() {
      return where.pointer();
    }
  }

  /** The places of the state at {@code p}. */
  static List<Place> places(Where p) {
    State state = p.state();
    List<Place> places = new ArrayList<>();
    boolean producesResult = state instanceof TaskState || state instanceof ParallelState || state instanceof MapState;
    state.output().ifPresent(t -> places.add(new Place(p.field("Output"), "Output", t, producesResult, false)));
    state.assign().ifPresent(t -> places.add(new Place(p.field("Assign"), "Assign", t, producesResult, false)));
    if (state instanceof TaskState task) {
      add(places, p, "Parameters", task.parameters());
      add(places, p, "Arguments", task.arguments());
      add(places, p, "ResultSelector", task.resultSelector());
      add(places, p, "Credentials", task.credentials());
      value(places, p, "TimeoutSeconds", task.timeoutSeconds());
      value(places, p, "HeartbeatSeconds", task.heartbeatSeconds());
    } else if (state instanceof dev.baton.model.PassState pass) {
      add(places, p, "Parameters", pass.parameters());
    } else if (state instanceof ParallelState parallel) {
      add(places, p, "Parameters", parallel.parameters());
      add(places, p, "Arguments", parallel.arguments());
      add(places, p, "ResultSelector", parallel.resultSelector());
    } else if (state instanceof MapState map) {
      add(places, p, "Items", map.items());
      add(places, p, "ItemSelector", map.itemSelector());
      add(places, p, "Parameters", map.legacyParameters());
      add(places, p, "ResultSelector", map.resultSelector());
      value(places, p, "MaxConcurrency", map.maxConcurrency());
      value(places, p, "ToleratedFailurePercentage", map.toleratedFailurePercentage());
      value(places, p, "ToleratedFailureCount", map.toleratedFailureCount());
      map.itemReader().ifPresent(r -> {
        add(places, p.field("ItemReader"), "Parameters", r.parameters());
        add(places, p.field("ItemReader"), "Arguments", r.arguments());
        r.readerConfig().ifPresent(c -> value(places, p.field("ItemReader/ReaderConfig"), "MaxItems", c.maxItems()));
      });
      map.itemBatcher().ifPresent(b -> {
        add(places, p.field("ItemBatcher"), "BatchInput", b.batchInput());
        value(places, p.field("ItemBatcher"), "MaxItemsPerBatch", b.maxItemsPerBatch());
        value(places, p.field("ItemBatcher"), "MaxInputBytesPerBatch", b.maxInputBytesPerBatch());
      });
      map.resultWriter().ifPresent(w -> {
        add(places, p.field("ResultWriter"), "Parameters", w.parameters());
        add(places, p.field("ResultWriter"), "Arguments", w.arguments());
      });
    } else if (state instanceof WaitState wait) {
      value(places, p, "Seconds", wait.seconds());
      value(places, p, "Timestamp", wait.timestamp());
    } else if (state instanceof FailState fail) {
      value(places, p, "Error", fail.error());
      value(places, p, "Cause", fail.cause());
    } else if (state instanceof ChoiceState choice) {
      List<ChoiceRule> rules = choice.choices();
      for (int i = 0; i < rules.size(); i++) {
        ChoiceRule rule = rules.get(i);
        int index = i;
        rule.output().ifPresent(t -> places.add(new Place(rule(p, index, "Output"), "Output", t, false, false)));
        rule.assign().ifPresent(t -> places.add(new Place(rule(p, index, "Assign"), "Assign", t, false, false)));
        if (rule.condition() instanceof Condition.JsonataCondition c) {
          c.condition().expression().ifPresent(j -> places.add(
              new Place(rule(p, index, "Condition"), "Condition", new Template.JsonataValue(j), false, false)));
        }
      }
    }
    List<Catcher> catchers = state.catchers();
    for (int i = 0; i < catchers.size(); i++) {
      Catcher catcher = catchers.get(i);
      if (catcher.output().isPresent() || catcher.assign().isPresent()) {
        Where at = p.field("Catch").index(i);
        catcher.output().ifPresent(t -> places.add(new Place(at.field("Output"), "Output", t, false, true)));
        catcher.assign().ifPresent(t -> places.add(new Place(at.field("Assign"), "Assign", t, false, true)));
      }
    }
    return places;
  }

  private static Where rule(Where state, int index, String field) {
    return state.field("Choices").index(index).field(field);
  }

  private static void add(List<Place> places, Where p, String field, Optional<Template> template) {
    template.ifPresent(t -> places.add(new Place(p.field(field), field, t, false, false)));
  }

  private static void value(List<Place> places, Where p, String field, Optional<? extends Value<?>> value) {
    value.flatMap(Value::expression).ifPresent(j ->
        places.add(new Place(p.field(field), field, new Template.JsonataValue(j), false, false)));
  }

  /** Every JSONata expression of a place, with its own pointer. */
  static List<Located> jsonata(Place place) {
    // Most templates hold no JSONata: the place's facts say so without another walk.
    if (!place.facts().hasJsonata()) {
      return List.of();
    }
    List<Located> found = new ArrayList<>();
    collect(place.template(), place.where(), place, found);
    return found;
  }

  private static void collect(Template template, Where where, Place place, List<Located> found) {
    if (template instanceof Template.JsonataValue value) {
      found.add(new Located(where, place, value.expression()));
    } else if (template instanceof Template.ObjectTemplate object) {
      object.fields().forEach((name, child) -> collect(child,
          where.member(child instanceof Template.Dynamic ? name + ".$" : name), place, found));
    } else if (template instanceof Template.ArrayTemplate array) {
      for (int i = 0; i < array.items().size(); i++) {
        collect(array.items().get(i), where.index(i), place, found);
      }
    }
  }
}
