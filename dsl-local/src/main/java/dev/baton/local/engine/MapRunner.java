package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.local.HistoryEventType;
import dev.baton.local.functions.StatesError;
import dev.baton.model.ItemBatcher;
import dev.baton.model.MapState;
import dev.baton.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Map state, inline or distributed: items from ItemsPath/Items (or an ItemReader), each through
 * ItemSelector with {@code $$.Map.Item}, batched by ItemBatcher, run concurrently up to
 * MaxConcurrency in their own variable scopes, results kept in item order. Inline: the first
 * failing item fails the state. Distributed: failures count against
 * ToleratedFailureCount/Percentage, results may go to a ResultWriter. Internal API.
 */
final class MapRunner {

  /** The most iterations AWS runs at once in an inline Map, whatever MaxConcurrency says. */
  static final int INLINE_MAX_CONCURRENCY = 40;

  /** The most child executions AWS runs at once in a distributed Map. */
  static final int DISTRIBUTED_MAX_CONCURRENCY = 10_000;

  private MapRunner() {}

  static Step run(Fiber fiber, Frame f) {
    try {
      return prepare(fiber, f).launch();
    } catch (StatesError e) {
      return Recovery.handle(fiber, f, e.error(), e.cause(), again -> run(fiber, again));
    }
  }

  private static Iterations prepare(Fiber fiber, Frame f) {
    MapState state = (MapState) f.plan.state;
    JsonNode effective = f.plan.jsonata ? f.rawInput : Pipeline.inputPath(f);
    Ctx ctx = new Ctx(f, effective);
    JsonNode items;
    JsonNode source = null;
    if (state.itemReader().isPresent()) {
      JsonNode[] read = DistributedIo.readItems(f, state.itemReader().get(), ctx);
      items = read[0];
      source = read[1];
    } else if (f.plan.jsonata) {
      items = f.plan.items == null ? f.rawInput : Pipeline.jsonataValue(f.plan.items, ctx, "Items", f);
    } else {
      items = state.itemsPath().isPresent() ? ctx.read(state.itemsPath().get()) : effective;
      if (items == null) {
        throw new StatesError(StatesError.RUNTIME, "Invalid path '" + state.itemsPath().get().text()
            + "' in the ItemsPath of Map state '" + f.plan.name + "': it could not be found in '"
            + Payloads.preview(effective) + "'");
      }
    }
    if (items == null || !items.isArray()) {
      throw new StatesError(f.plan.jsonata ? StatesError.QUERY_EVALUATION_ERROR : StatesError.RUNTIME,
          "The items of Map state '" + f.plan.name + "' must be a JSON array, not "
              + Payloads.preview(items));
    }
    int maxConcurrency = state.maxConcurrency().map(v -> (int) StateRunner.integer(v, ctx, "MaxConcurrency"))
        .or(() -> state.maxConcurrencyPath().map(p -> ctx.read(p)).map(JsonNode::asInt))
        .orElse(0);
    List<JsonNode> inputs = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      inputs.add(select(f, effective, items.get(i), i, source));
    }
    List<Integer> weights = null;
    if (state.itemBatcher().isPresent()) {
      weights = new ArrayList<>();
      inputs = batch(f, ctx, state.itemBatcher().get(), inputs, weights);
    }
    // MaxConcurrency 0 (or absent) means no limit of the state's own, but AWS runs at most 40
    // iterations of an inline Map at once ("In this mode, the Map state supports up to 40
    // concurrent iterations": https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html)
    // and at most 10,000 child executions of a distributed one (state-map-distributed.html).
    int ceiling = f.plan.distributed ? DISTRIBUTED_MAX_CONCURRENCY : INLINE_MAX_CONCURRENCY;
    return new Iterations(fiber, f, inputs, weights,
        maxConcurrency <= 0 ? ceiling : Math.min(maxConcurrency, ceiling));
  }

  private static JsonNode select(Frame f, JsonNode effective, JsonNode item, int index, JsonNode source) {
    if (f.plan.itemSelector == null) {
      return item;
    }
    Frame itemFrame = new Frame(f.run, f.plan, f.variables, f.rawInput, f.enteredMillis);
    itemFrame.enteredEventId = f.enteredEventId;
    itemFrame.itemIndex = index;
    itemFrame.itemValue = item;
    itemFrame.itemSource = source;
    Ctx ctx = new Ctx(itemFrame, f.plan.jsonata ? f.rawInput : effective);
    return f.plan.jsonata
        ? Pipeline.jsonataValue(f.plan.itemSelector, ctx, "ItemSelector", f)
        : f.plan.itemSelector.eval(ctx);
  }

  private static List<JsonNode> batch(Frame f, Ctx ctx, ItemBatcher batcher, List<JsonNode> items,
      List<Integer> weights) {
    long maxItems = batcher.maxItemsPerBatch().map(v -> StateRunner.integer(v, ctx, "MaxItemsPerBatch"))
        .or(() -> batcher.maxItemsPerBatchPath().map(p -> ctx.read(p)).map(JsonNode::asLong))
        .orElse(Long.MAX_VALUE);
    long maxBytes = batcher.maxInputBytesPerBatch()
        .map(v -> StateRunner.integer(v, ctx, "MaxInputBytesPerBatch"))
        .or(() -> batcher.maxInputBytesPerBatchPath().map(p -> ctx.read(p)).map(JsonNode::asLong))
        .orElse((long) Payloads.MAX_BYTES);
    JsonNode batchInput = null;
    if (f.plan.batchInput != null) {
      batchInput = f.plan.jsonata ? Pipeline.jsonataValue(f.plan.batchInput, ctx, "BatchInput", f)
          : f.plan.batchInput.eval(ctx);
    }
    List<JsonNode> batches = new ArrayList<>();
    ArrayNode current = null;
    long bytes = 0;
    for (JsonNode item : items) {
      long size = Payloads.size(item, Long.MAX_VALUE) + 1;
      if (current != null && (current.size() >= maxItems || bytes + size > maxBytes)) {
        batches.add(wrap(current, batchInput));
        weights.add(current.size());
        current = null;
      }
      if (current == null) {
        current = Json.NODES.arrayNode();
        bytes = 16;
      }
      current.add(item);
      bytes += size;
    }
    if (current != null) {
      batches.add(wrap(current, batchInput));
      weights.add(current.size());
    }
    return batches;
  }

  private static JsonNode wrap(ArrayNode items, JsonNode batchInput) {
    ObjectNode o = Json.NODES.objectNode();
    if (batchInput != null) {
      o.set("BatchInput", batchInput);
    }
    o.set("Items", items);
    return o;
  }

  /** The iterations of one Map state entry. */
  private static final class Iterations {
    final Fiber fiber;
    final Frame f;
    final List<JsonNode> inputs;
    final List<Integer> weights;
    final int maxConcurrency;
    final JsonNode[] results;
    final boolean[] failedItem;
    final List<Fiber> children = new ArrayList<>();
    final List<FailedIteration> failures = new ArrayList<>();
    int nextIndex;
    int running;
    int finished;
    int failedItems;
    int totalItems;
    boolean over;

    Iterations(Fiber fiber, Frame f, List<JsonNode> inputs, List<Integer> weights, int maxConcurrency) {
      this.fiber = fiber;
      this.f = f;
      this.inputs = inputs;
      this.weights = weights;
      this.maxConcurrency = maxConcurrency;
      this.results = new JsonNode[inputs.size()];
      this.failedItem = new boolean[inputs.size()];
      int total = 0;
      for (int i = 0; i < inputs.size(); i++) {
        total += weight(i);
      }
      this.totalItems = total;
    }

    private int weight(int i) {
      return weights == null ? 1 : weights.get(i);
    }

    Step launch() {
      f.run.record(fiber, HistoryEventType.MapStateStarted, f.plan.name, null, null, null, null,
          inputs.size());
      if (f.plan.distributed) {
        f.run.record(fiber, HistoryEventType.MapRunStarted, f.plan.name, null, null, null, null, -1);
      }
      if (inputs.isEmpty()) {
        return complete();
      }
      startMore();
      return null;
    }

    private void startMore() {
      while (!over && running < maxConcurrency && nextIndex < inputs.size()) {
        int index = nextIndex++;
        running++;
        // A distributed Map's iterations are child executions with their own histories: the
        // parent records only the Map Run, so it can run far more items than 25,000 events allow.
        if (!f.plan.distributed) {
          f.run.record(fiber, HistoryEventType.MapIterationStarted, f.plan.name, null, null, null,
              null, index);
        }
        // A distributed Map's iterations are child executions: they cannot read outer variables.
        VariableScope scope = new VariableScope(f.plan.distributed ? null : fiber.variables);
        Fiber child = new Fiber(f.run, fiber, scope, f.plan.processor.start,
            inputs.get(index), fiber.quiet || f.plan.distributed, step -> done(index, step));
        child.lastEventId = fiber.lastEventId;
        children.add(child);
        child.start();
      }
    }

    private void done(int index, Step step) {
      if (over) {
        return;
      }
      running--;
      finished++;
      children.set(index, null);
      if (step.failed()) {
        if (!f.plan.distributed) {
          f.run.record(fiber, HistoryEventType.MapIterationFailed, f.plan.name, null, step.error,
              step.cause, null, index);
          fail(step.error, step.cause);
          return;
        }
        failedItem[index] = true;
        failedItems += weight(index);
        failures.add(new FailedIteration(index, inputs.get(index), step.error, step.cause));
        if (exceedsTolerance()) {
          fail(StatesError.EXCEED_TOLERATED_FAILURE_THRESHOLD, "The Map state '" + f.plan.name
              + "' had " + failedItems + " failed item(s) of " + totalItems
              + ", over its tolerated failure threshold; last error: " + step.error + ": " + step.cause);
          return;
        }
      } else {
        results[index] = step.output;
        if (!f.plan.distributed) {
          f.run.record(fiber, HistoryEventType.MapIterationSucceeded, f.plan.name, null, null, null,
              null, index);
        }
      }
      if (finished == inputs.size()) {
        over = true;
        fiber.resumeWith(this::complete);
      } else {
        startMore();
      }
    }

    private boolean exceedsTolerance() {
      MapState state = (MapState) f.plan.state;
      Ctx ctx = new Ctx(f, f.rawInput);
      Long count = state.toleratedFailureCount().map(v -> StateRunner.integer(v, ctx, "ToleratedFailureCount"))
          .or(() -> state.toleratedFailureCountPath().map(p -> ctx.read(p)).map(JsonNode::asLong))
          .orElse(null);
      BigDecimal percent = state.toleratedFailurePercentage().map(v -> percentage(v, ctx))
          .or(() -> state.toleratedFailurePercentagePath().map(p -> ctx.read(p)).map(JsonNode::decimalValue))
          .orElse(null);
      if (count == null && percent == null) {
        return failedItems > 0;
      }
      boolean overCount = count != null && failedItems > count;
      boolean overPercent = percent != null && BigDecimal.valueOf(failedItems * 100L)
          .compareTo(percent.multiply(BigDecimal.valueOf(totalItems))) > 0;
      return overCount || overPercent;
    }

    private BigDecimal percentage(Value<BigDecimal> v, Ctx ctx) {
      if (v instanceof Value.Literal<BigDecimal> l) {
        return l.value();
      }
      JsonNode n = ctx.jsonata(((Value.Expression<BigDecimal>) v).jsonata(), true);
      return n == null ? BigDecimal.ZERO : n.decimalValue();
    }

    private void fail(String error, String cause) {
      over = true;
      children.forEach(c -> {
        if (c != null) {
          c.cancel();
        }
      });
      f.run.dropStoppedCallbacks();
      if (f.plan.distributed) {
        f.run.record(fiber, HistoryEventType.MapRunFailed, f.plan.name, null, error, cause, null, -1);
      }
      fiber.resumeWith(() -> {
        Step outcome = Recovery.handle(fiber, f, error, cause, again -> run(fiber, again));
        // MapStateFailed once the state has failed for good: not before a retry, and before the
        // catcher's state (as LocalStack records it, matching AWS's histories).
        if (outcome != null) {
          f.run.record(fiber, HistoryEventType.MapStateFailed, f.plan.name, null, error, cause, null, -1);
        }
        return outcome;
      });
    }

    private Step complete() {
      try {
        JsonNode result;
        if (f.plan.distributed) {
          f.run.record(fiber, HistoryEventType.MapRunSucceeded, f.plan.name, null, null, null, null, -1);
        }
        f.run.record(fiber, HistoryEventType.MapStateSucceeded, f.plan.name, null, null, null, null, -1);
        MapState state = (MapState) f.plan.state;
        if (f.plan.distributed && state.resultWriter().isPresent()) {
          List<JsonNode> succeededInputs = new ArrayList<>();
          List<JsonNode> succeeded = new ArrayList<>();
          for (int i = 0; i < results.length; i++) {
            if (!failedItem[i]) {
              succeededInputs.add(inputs.get(i));
              succeeded.add(results[i]);
            }
          }
          result = DistributedIo.writeResults(f, state.resultWriter().get(), succeededInputs,
              succeeded, failures);
        } else {
          ArrayNode array = Json.NODES.arrayNode(results.length);
          for (int i = 0; i < results.length; i++) {
            if (!failedItem[i]) {
              array.add(results[i]);
            }
          }
          result = array;
        }
        return Step.next(f.plan.next, Pipeline.afterResult(f, result, result));
      } catch (StatesError e) {
        return Recovery.handle(fiber, f, e.error(), e.cause(), again -> run(fiber, again));
      }
    }
  }

  /** A distributed Map iteration that failed (for the ResultWriter's FAILED file). */
  record FailedIteration(int index, JsonNode input, String error, String cause) {}
}
