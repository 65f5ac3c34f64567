package dev.baton.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.expr.Jsonata;
import dev.baton.local.functions.StatesError;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Evaluates JSONata for the engine (delegates to the functions package). Internal API. */
final class JsonataBridge {

  JsonataBridge(RandomGenerator random) {}

  JsonNode evaluate(Jsonata expression, JsonNode states, Map<String, JsonNode> variables) {
    throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "JSONata is not available yet");
  }
}
