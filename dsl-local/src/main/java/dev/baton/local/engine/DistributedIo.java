package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.local.functions.StatesError;
import dev.baton.model.ItemReader;
import dev.baton.model.ResultWriter;
import java.util.List;

/** A distributed Map's ItemReader and ResultWriter over the engine's object store. Internal API. */
final class DistributedIo {

  private DistributedIo() {}

  static JsonNode readItems(Frame f, ItemReader reader, Ctx ctx) {
    throw new StatesError(StatesError.ITEM_READER_FAILED, "item readers are not available yet");
  }

  static JsonNode writeResults(Frame f, ResultWriter writer, List<JsonNode> succeeded,
      List<MapRunner.FailedIteration> failed) {
    throw new StatesError(StatesError.RESULT_WRITER_FAILED, "result writers are not available yet");
  }
}
