package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One entry into a state during an execution, read from its history.
 *
 * @param name the state's name
 * @param input the state's raw input
 * @param output the state's output, empty when it did not exit (failed, or still running)
 * @param retries how many times its task was retried during this entry
 */
public record StateVisit(String name, JsonNode input, Optional<JsonNode> output, int retries) {}
