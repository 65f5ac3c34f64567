package dev.baton.benchmarks;

import dev.baton.dsl.WorkflowBuildException;
import dev.baton.model.StateMachine;

/**
 * The {@link WorkflowShape} workflow with as many blocks as fit under the AWS definition limit of
 * 1,048,576 bytes, as Baton writes it (canonical, indented JSON).
 *
 * @param blocks the number of blocks ({@value WorkflowShape#STATES_PER_BLOCK} states each)
 * @param machine the Baton model
 * @param json Baton's JSON of it
 * @param bytes its size in UTF-8 bytes
 */
public record LargeDefinition(int blocks, StateMachine machine, String json, int bytes) {
  /** How far under the limit the definition may end: less than one block. */
  public static final int MAX_SLACK_BYTES = 16_384;

  /** The largest workflow whose Baton JSON is smaller than 1,048,576 bytes. */
  public static LargeDefinition nearAwsLimit() {
    return largestUnder(WorkflowShape.AWS_DEFINITION_LIMIT_BYTES);
  }

  /** The workflow with the most blocks whose Baton JSON is smaller than {@code limit} bytes. */
  public static LargeDefinition largestUnder(int limit) {
    int perBlock = of(2).bytes() - of(1).bytes();
    int blocks = Math.max(1, limit / perBlock);
    LargeDefinition candidate = ofOrNull(blocks);
    while ((candidate == null || candidate.bytes() >= limit) && blocks > 1) {
      candidate = ofOrNull(--blocks);
    }
    while (true) {
      LargeDefinition bigger = ofOrNull(blocks + 1);
      if (bigger == null || bigger.bytes() >= limit) {
        return candidate;
      }
      candidate = bigger;
      blocks++;
    }
  }

  private static LargeDefinition of(int blocks) {
    StateMachine machine = BatonWorkflows.build(blocks);
    String json = machine.toJson();
    return new LargeDefinition(blocks, machine, json, WorkflowShape.utf8Bytes(json));
  }

  /** The workflow, or null when {@code Workflow.build()} refuses it for being over the AWS size limit. */
  private static LargeDefinition ofOrNull(int blocks) {
    try {
      return of(blocks);
    } catch (WorkflowBuildException e) {
      if (e.problems().stream().anyMatch(p -> p.contains("quota.definition-size"))) {
        return null;
      }
      throw e;
    }
  }
}
