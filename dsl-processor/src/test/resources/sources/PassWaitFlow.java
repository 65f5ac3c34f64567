package demo;

import dev.baton.annotations.Pass;
import dev.baton.annotations.StateMachine;
import dev.baton.annotations.Wait;

@StateMachine(name = "pass-wait-flow")
interface PassWaitFlow {
  @Pass(result = """
      {"attempt": 1, "tags": ["a", "b"]}""", resultPath = "$.meta", next = "Pause")
  String START = "Start";

  @Wait(seconds = 10, next = "Until")
  String PAUSE = "Pause";

  @Wait(timestamp = "2030-01-01T00:00:00Z", next = "Shape")
  String UNTIL = "Until";

  @Pass(parameters = """
      {"attempt.$": "$.meta.attempt"}""", outputPath = "$")
  String SHAPE = "Shape";
}
