package demo;

import dev.baton.annotations.Map;
import dev.baton.annotations.Parallel;
import dev.baton.annotations.Pass;
import dev.baton.annotations.StateMachine;
import dev.baton.annotations.Task;

@StateMachine(name = "parallel-map-flow")
interface ParallelMapFlow {
  @Parallel(branches = {Left.class, Right.class}, resultPath = "$.both", next = "Each")
  String BOTH = "Both";

  @Map(itemProcessor = PerItem.class, itemsPath = "$.items", maxConcurrency = 4,
      itemSelector = """
          {"item.$": "$$.Map.Item.Value"}""", resultPath = "$.results")
  String EACH = "Each";

  interface Left {
    @Pass(result = "1")
    String ONE = "One";
  }

  interface Right {
    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:right")
    String TWO = "Two";
  }

  interface PerItem {
    @Task(resource = "arn:aws:states:::lambda:invoke", parameters = """
        {"FunctionName": "price", "Payload.$": "$.item"}""", next = "Keep")
    String PRICE = "Price";

    @Pass
    String KEEP = "Keep";
  }
}
