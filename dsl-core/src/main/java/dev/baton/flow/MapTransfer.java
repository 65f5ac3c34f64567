package dev.baton.flow;

import dev.baton.model.MapState;
import dev.baton.model.ProcessorMode;
import dev.baton.model.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Map state's result: its items, each item's input, and the array of the processor's outputs. */
final class MapTransfer {
  private static final Place ITEM_SELECTOR = Place.of("ItemSelector");
  private static final Place BATCH_INPUT = Place.of("BatchInput");
  private static final Place ITEMS = Place.of("Items");
  private static final Place ITEMS_PATH = Place.of("ItemsPath");
  private MapTransfer() {}

  static Shape result(FlowAnalyzer analyzer, MapState map, Shape effective, Variables vars, Evaluator ev, Place p,
      boolean jsonata) {
    Shape item = items(map, effective, vars, ev, p, jsonata, analyzer);
    Shape context = TaskResults.context(analyzer.hints.input(), item, false);
    Shape processorInput = item;
    Evaluator.Env env = new Evaluator.Env(effective, null, null, context, vars);
    Template selector = map.itemSelector().orElse(map.legacyParameters().orElse(null));
    if (selector != null) {
      processorInput = ev.template(selector, env, p.then(map.itemSelector().isPresent() ? "/ItemSelector" : "/Parameters"),
          ITEM_SELECTOR);
    }
    if (map.itemBatcher().isPresent()) {
      Map<String, Shape.Field> batch = new LinkedHashMap<>();
      batch.put("Items", new Shape.Field(Shape.ArrayShape.of(processorInput), true));
      map.itemBatcher().get().batchInput().ifPresent(t ->
          batch.put("BatchInput", new Shape.Field(ev.template(t, env, p.then("/ItemBatcher/BatchInput"), BATCH_INPUT), true)));
      processorInput = new Shape.ObjectShape(batch, false, "the batch that ItemBatcher of state '" + map.name() + "' builds");
    }
    boolean distributed = map.itemProcessor().flatMap(i -> i.processorConfig()).flatMap(c -> c.mode())
        .orElse(ProcessorMode.INLINE) == ProcessorMode.DISTRIBUTED;
    // Child executions of a distributed Map do not see the parent's variables.
    Shape out = analyzer.runProcessor(map, processorInput, distributed ? Variables.NONE : vars);
    if (map.resultWriter().isPresent()) {
      return Shape.ObjectShape.closed(Map.of("MapRunArn", Shape.STRING, "ResultWriterDetails", Shape.OPEN),
          "the result of Map state '" + map.name() + "', whose ResultWriter exports the outputs");
    }
    return Shape.ArrayShape.of(out instanceof Shape.Nothing ? Shape.OPEN : out);
  }

  private static Shape items(MapState map, Shape effective, Variables vars, Evaluator ev, Place p, boolean jsonata,
      FlowAnalyzer analyzer) {
    if (map.itemReader().isPresent()) {
      return Shape.OPEN;
    }
    Shape array = effective;
    Evaluator.Env env = new Evaluator.Env(effective, null, null, analyzer.context(false), vars);
    if (jsonata && map.items().isPresent()) {
      array = ev.template(map.items().get(), env, p.then("/Items"), ITEMS);
    } else if (!jsonata && map.itemsPath().isPresent()) {
      array = ev.read(map.itemsPath().get(), env, p.then("/ItemsPath"), ITEMS_PATH);
    }
    if (array instanceof Shape.ArrayShape a) {
      return a.items();
    }
    return Shape.OPEN;
  }
}
