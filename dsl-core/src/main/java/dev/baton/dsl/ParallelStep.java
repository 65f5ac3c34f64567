package dev.baton.dsl;

import dev.baton.model.Template;
import java.util.ArrayList;
import java.util.List;

/** A Parallel step: runs its branches concurrently; its result is the array of their outputs, in order. */
public final class ParallelStep extends ResilientStep<ParallelStep> {
  final List<Chainable> branches = new ArrayList<>();
  Template parameters;
  Template arguments;

  ParallelStep(String name) {
    super(name);
  }

  /** Appends a branch to ASL {@code Branches}: a chain of steps of its own scope. */
  public ParallelStep branch(Chainable branch) {
    if (branch == null) {
      throw misuse("a branch cannot be null");
    }
    branches.add(branch);
    return this;
  }

  /** Sets ASL {@code Parameters} (JSONPath states): the input of every branch. */
  public ParallelStep parameters(Object parameters) {
    this.parameters = template("Parameters", parameters);
    return this;
  }

  /** Sets ASL {@code Arguments} (JSONata states): the input of every branch. */
  public ParallelStep arguments(Object arguments) {
    this.arguments = template("Arguments", arguments);
    return this;
  }

  @Override
  ParallelStep copyAs(String newName) {
    ParallelStep copy = new ParallelStep(newName);
    copyResilientTo(copy);
    copy.branches.addAll(branches);
    copy.parameters = parameters;
    copy.arguments = arguments;
    return copy;
  }
}
