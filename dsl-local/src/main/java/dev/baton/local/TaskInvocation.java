package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One call of a Task state's resource, as a mock sees it.
 *
 * @param stateName the Task state's name
 * @param resource the state's {@code Resource} ARN
 * @param input the effective input: what {@code Parameters} (JSONPath) or {@code Arguments}
 *     (JSONata) produced, or the state input when they are absent
 * @param context the context object ({@code $$} / {@code $states.context}) at this call
 * @param attempt the attempt of this state entry: 0 for the first call, 1 for the first retry, ...
 * @param callIndex how many times this state was called before in this execution (all entries
 *     and attempts together; 0 for the first call)
 * @param taskToken the task token ({@code $$.Task.Token}) for {@code .waitForTaskToken} resources
 */
public record TaskInvocation(
    String stateName,
    String resource,
    JsonNode input,
    JsonNode context,
    int attempt,
    int callIndex,
    Optional<String> taskToken) {}
