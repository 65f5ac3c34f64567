package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.baton.local.items.FailedItem;
import dev.baton.local.items.ItemReaders;
import dev.baton.local.items.ResultWriters;
import dev.baton.local.items.SucceededItem;
import dev.baton.model.ItemReader;
import dev.baton.model.ReaderConfig;
import dev.baton.model.ResultWriter;
import dev.baton.model.Template;
import dev.baton.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A distributed Map's ItemReader and ResultWriter over the engine's object store (files or
 * memory standing in for S3). Internal API.
 */
final class DistributedIo {

  private DistributedIo() {}

  /**
   * Reads the items; returns {items array, source} where the source ({@code $$.Map.Item.Source})
   * is the {@code s3://bucket/key} URI of the object read, or null when the items come from a
   * listing.
   */
  static JsonNode[] readItems(Frame f, ItemReader reader, Ctx ctx) {
    JsonNode params = evaluate(f, f.plan.jsonata ? reader.arguments() : reader.parameters(), ctx, "ItemReader");
    Optional<ReaderConfig> config = reader.readerConfig();
    long maxItems = 0;
    if (config.isPresent()) {
      ReaderConfig c = config.get();
      if (c.maxItems().isPresent() && c.maxItems().get() instanceof Value.Expression<Integer>) {
        maxItems = StateRunner.integer(c.maxItems().get(), ctx, "MaxItems");
      } else if (c.maxItems().isPresent()) {
        maxItems = ((Value.Literal<Integer>) c.maxItems().get()).value();
      } else if (c.maxItemsPath().isPresent()) {
        JsonNode v = ctx.read(c.maxItemsPath().get());
        maxItems = v == null ? 0 : v.asLong();
      }
    }
    List<JsonNode> items = ItemReaders.read(reader, params, f.run.engine.objectStore, maxItems);
    ArrayNode array = Json.NODES.arrayNode(items.size());
    array.addAll(items);
    JsonNode source = null;
    if (reader.resource().endsWith(":s3:getObject") && params.hasNonNull("Key")) {
      source = Json.NODES.textNode("s3://" + params.path("Bucket").asText() + "/" + params.get("Key").asText());
    }
    return new JsonNode[] {array, source};
  }

  static JsonNode writeResults(Frame f, ResultWriter writer, List<JsonNode> inputs,
      List<JsonNode> outputs, List<MapRunner.FailedIteration> failures) {
    Ctx ctx = new Ctx(f, f.rawInput);
    JsonNode params = evaluate(f, f.plan.jsonata ? writer.arguments() : writer.parameters(), ctx, "ResultWriter");
    List<SucceededItem> succeeded = new ArrayList<>(outputs.size());
    for (int i = 0; i < outputs.size(); i++) {
      succeeded.add(new SucceededItem(inputs.get(i), outputs.get(i)));
    }
    List<FailedItem> failed = new ArrayList<>(failures.size());
    for (MapRunner.FailedIteration failure : failures) {
      failed.add(new FailedItem(failure.input(), failure.error(), failure.cause()));
    }
    String mapRunArn = "arn:aws:states:" + f.run.engine.region + ":" + f.run.engine.account
        + ":mapRun:" + f.run.plan.name + "/" + f.plan.name + ":" + f.run.name + "-" + f.enteredMillis;
    return ResultWriters.writeItems(writer, params, mapRunArn, succeeded, failed,
        f.run.engine.objectStore, new SchedulerClock(f.run.scheduler));
  }

  private static JsonNode evaluate(Frame f, Optional<Template> template, Ctx ctx, String field) {
    if (template.isEmpty()) {
      return Json.NODES.objectNode();
    }
    Compiled compiled = Compiled.compile(template.get());
    return f.plan.jsonata ? Pipeline.jsonataValue(compiled, new Ctx(f, f.rawInput), field, f)
        : compiled.eval(ctx);
  }
}
