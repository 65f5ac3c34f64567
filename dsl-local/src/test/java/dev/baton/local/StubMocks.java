package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps the conformance corpus's {@code stubs.json} specs onto {@link Mocks}. */
final class StubMocks {

  private StubMocks() {}

  static TaskMock fromStub(JsonNode spec) {
    if (spec.has("return")) {
      return Mocks.returning(spec.get("return"));
    }
    if (spec.path("echo").asBoolean(false)) {
      return Mocks.echo();
    }
    if (spec.has("merge")) {
      return Mocks.merging(spec.get("merge"));
    }
    if (spec.has("throw")) {
      JsonNode t = spec.get("throw");
      return Mocks.failing(t.get("error").asText(), t.path("cause").asText(""));
    }
    if (spec.has("sequence")) {
      List<TaskMock> mocks = new ArrayList<>();
      spec.get("sequence").forEach(s -> mocks.add(fromStub(s)));
      return Mocks.sequence(mocks.toArray(TaskMock[]::new));
    }
    throw new IllegalArgumentException("unknown stub spec " + spec);
  }
}
