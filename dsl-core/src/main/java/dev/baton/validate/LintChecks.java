package dev.baton.validate;

import dev.baton.expr.ExpressionException;
import dev.baton.expr.Path;
import dev.baton.model.State;
import dev.baton.model.Template;
import java.util.List;

/**
 * Probable mistakes in valid definitions: a path written as a literal string under a key without
 * {@code .$} (the seed article's Glue Arguments trouble).
 */
final class LintChecks {
  private LintChecks() {}

  static void check(Definition d, Findings f) {
    List<State> states = d.allStates();
    for (int i = 0; i < states.size(); i++) {
      State state = states.get(i);
      if (d.isJsonata(state)) {
        continue;
      }
      for (Expressions.Place place : d.placesAt(i)) {
        if (place.facts().hasPathLikeText()) {
          literalPaths(place.template(), place.where(), null, state, f);
        }
      }
    }
  }

  private static void literalPaths(Template template, Where where, String key, State state, Findings f) {
    if (template instanceof Template.ObjectTemplate object) {
      object.fields().forEach((name, child) -> literalPaths(child,
          where.member(child instanceof Template.Dynamic ? name + ".$" : name), name, state, f));
    } else if (template instanceof Template.ArrayTemplate array) {
      for (int i = 0; i < array.items().size(); i++) {
        literalPaths(array.items().get(i), where.index(i), null, state, f);
      }
    } else if (key != null && template instanceof Template.Literal literal && literal.value().isTextual()
        && looksLikePath(literal.value().textValue())) {
      f.report(Rule.LINT_PATH_WITHOUT_DOLLAR_KEY, where.pointer(), "'" + key + "' in state '" + state.name()
          + "' is the literal text \"" + literal.value().textValue() + "\", which looks like a path; did you mean '"
          + key + ".$' so that the path is evaluated?");
    }
  }

  private static boolean looksLikePath(String text) {
    if (!TemplateFacts.startsLikePath(text)) {
      return false;
    }
    try {
      Path.of(text);
      return true;
    } catch (ExpressionException e) {
      return false;
    }
  }
}
