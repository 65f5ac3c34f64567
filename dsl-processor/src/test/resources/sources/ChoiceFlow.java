package demo;

import dev.baton.annotations.Choice;
import dev.baton.annotations.Fail;
import dev.baton.annotations.Rule;
import dev.baton.annotations.StateMachine;
import dev.baton.annotations.Succeed;

@StateMachine(name = "choice-flow", inputType = Shipment.class)
interface ChoiceFlow {
  @Choice(rules = {
      @Rule(variable = "$.weight", operator = "NumericGreaterThan", value = "30", next = "Heavy"),
      @Rule(variable = "$.express", operator = "BooleanEquals", value = "true", next = "Express"),
      @Rule(json = """
          {"And": [{"Variable": "$.country", "StringEquals": "FR"}, {"Variable": "$.weight", "NumericLessThan": 2}]}""",
          next = "Express")},
      defaultNext = "Standard")
  String ROUTE = "Route";

  @Fail(error = "TooHeavy")
  String HEAVY = "Heavy";

  @Succeed
  String EXPRESS = "Express";

  @Succeed
  String STANDARD = "Standard";
}
