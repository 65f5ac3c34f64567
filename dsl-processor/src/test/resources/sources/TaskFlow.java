package demo;

import dev.baton.annotations.Catch;
import dev.baton.annotations.Fail;
import dev.baton.annotations.Retry;
import dev.baton.annotations.StateMachine;
import dev.baton.annotations.Succeed;
import dev.baton.annotations.Task;

@StateMachine(name = "task-flow", comment = "Tasks with retries and catchers", timeoutSeconds = 300)
interface TaskFlow {
  @Task(resource = "arn:aws:states:::lambda:invoke",
      parameters = """
          {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:fetch", "Payload.$": "$"}""",
      resultSelector = """
          {"body.$": "$.Payload"}""",
      resultPath = "$.fetched",
      timeoutSeconds = 60,
      next = TaskFlow.DONE)
  @Retry(errors = {"Lambda.ServiceException", "Lambda.TooManyRequestsException"}, intervalSeconds = 2,
      maxAttempts = 6, backoffRate = 1.5)
  @Catch(errors = "States.ALL", resultPath = "$.error", next = TaskFlow.FAILED)
  String FETCH = "Fetch";

  @Succeed
  String DONE = "Done";

  @Fail(error = "FetchFailed", cause = "the fetch failed")
  String FAILED = "Failed";
}
