package demo;

import dev.baton.annotations.Choice;
import dev.baton.annotations.Rule;
import dev.baton.annotations.StateMachine;
import dev.baton.annotations.Succeed;
import dev.baton.annotations.Task;

@StateMachine(name = "jsonata-flow", queryLanguage = "JSONata")
interface JsonataFlow {
  @Task(resource = "arn:aws:states:::lambda:invoke",
      arguments = """
          {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:score", "Payload": "{% $states.input %}"}""",
      output = "{% $states.result.Payload %}",
      assign = """
          {"score": "{% $states.result.Payload.score %}"}""",
      next = "Good?")
  String SCORE = "Score";

  @Choice(rules = @Rule(condition = "{% $score > 10 %}", next = "Yes"), defaultNext = "No")
  String GOOD = "Good?";

  @Succeed
  String YES = "Yes";

  @Succeed(output = "{% {'score': $score} %}")
  String NO = "No";
}
