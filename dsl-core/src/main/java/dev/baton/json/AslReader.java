package dev.baton.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.model.StateMachine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads ASL JSON into the model, reporting every problem at once.
 *
 * <p>Problems that prevent building the model are reported here: JSON syntax, duplicate keys,
 * unknown fields and fields a state type does not allow, wrong JSON types, missing required
 * fields, unknown enum values, and expressions that do not parse. Rules about the definition as a
 * whole (targets, reachability, ...) belong to the validator.
 */
public final class AslReader {
  private AslReader() {}

  /**
   * What reading found.
   *
   * @param stateMachine the model, when the definition had no error
   * @param problems every problem found, with source positions when the text was read
   * @param partial the best-effort model even when there were errors (states and fields that could
   *     not be read are left out), for checks that report everything at once; absent when the text
   *     is not a JSON object
   * @param unreadableStates names of states left out of {@code partial} because they could not be read
   */
  public record Result(Optional<StateMachine> stateMachine, List<Diagnostic> problems,
      Optional<StateMachine> partial, java.util.Set<String> unreadableStates) {
    /** Creates a result, copying the problems. */
    public Result {
      problems = List.copyOf(problems);
      unreadableStates = java.util.Set.copyOf(unreadableStates);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
      return problems.stream().anyMatch(Diagnostic::isError);
    }
  }

  /**
   * Reads a definition.
   *
   * @throws AslParseException listing every problem when the text is not a readable definition
   */
  public static StateMachine read(String json) {
    Result result = readLenient(json);
    if (result.hasErrors() || result.stateMachine().isEmpty()) {
      throw new AslParseException(result.problems());
    }
    return result.stateMachine().get();
  }

  /** Reads a definition, never throwing for bad input: the problems say what is wrong. */
  public static Result readLenient(String json) {
    JsonTreeReader.Result tree = JsonTreeReader.read(json);
    List<Diagnostic> problems = new ArrayList<>(tree.problems());
    StateMachine partial = null;
    Set<String> unreadable = Set.of();
    if (tree.root() != null) {
      ModelReader reader = new ModelReader();
      partial = reader.readStateMachine(tree.root());
      unreadable = reader.unreadableStates();
      problems.addAll(locate(json, reader.problems()));
    }
    boolean errors = problems.stream().anyMatch(Diagnostic::isError);
    return new Result(Optional.ofNullable(errors ? null : partial), problems, Optional.ofNullable(partial), unreadable);
  }

  /** Reads an already-parsed tree (no source positions are known). */
  public static Result readTree(JsonNode root) {
    ModelReader reader = new ModelReader();
    StateMachine machine = reader.readStateMachine(root);
    List<Diagnostic> problems = reader.problems();
    boolean errors = problems.stream().anyMatch(Diagnostic::isError);
    return new Result(Optional.ofNullable(errors ? null : machine), problems, Optional.ofNullable(machine),
        reader.unreadableStates());
  }

  /** Adds the line and column of each diagnostic's pointer in {@code json} (or of its nearest existing parent). */
  public static List<Diagnostic> locate(String json, List<Diagnostic> problems) {
    if (problems.isEmpty()) {
      return problems;
    }
    // Every pointer and its ancestors, found in one pass: a missing field is reported on its parent.
    Set<String> pointers = new HashSet<>();
    for (Diagnostic p : problems) {
      String pointer = p.pointer();
      while (pointers.add(pointer) && !pointer.isEmpty()) {
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
      }
    }
    Map<String, JsonLocator.Position> positions = JsonLocator.locate(json, pointers);
    List<Diagnostic> located = new ArrayList<>(problems.size());
    for (Diagnostic problem : problems) {
      JsonLocator.Position at = nearest(problem.pointer(), positions, json);
      located.add(at == null ? problem : problem.at(at.line(), at.column()));
    }
    return located;
  }

  /** The position of the pointer, or of its nearest existing ancestor (a missing field is reported on its object). */
  private static JsonLocator.Position nearest(String pointer, Map<String, JsonLocator.Position> positions, String json) {
    String at = pointer;
    while (true) {
      JsonLocator.Position position = positions.get(at);
      if (position != null || at.isEmpty()) {
        return position;
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }
}
