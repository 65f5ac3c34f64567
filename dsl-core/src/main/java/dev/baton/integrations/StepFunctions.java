package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.RUN_JOB;
import static dev.baton.integrations.IntegrationPattern.RUN_JOB_JSON;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.model.QueryLanguage;
import dev.baton.model.Template;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWS Step Functions StartExecution through {@code arn:aws:states:::states:startExecution}: start
 * another state machine, request-response (default), {@code .sync} (wait, output as a JSON
 * string), {@code .sync:2} (wait, output as JSON) or {@code .waitForTaskToken}.
 *
 * <p>{@link #startExecutionOf(String)} starts another Baton workflow of the same project by name:
 * its ARN is a placeholder the deployer fills in, and {@link #startsWorkflow()} tells the deployer
 * to deploy that workflow first.
 */
public final class StepFunctions extends ServiceIntegration<StepFunctions> {
  /** {@code states:startExecution}: request-response, {@code .sync}, {@code .sync:2} and {@code .waitForTaskToken}. */
  public static final ServiceAction START_EXECUTION = ServiceAction.of("states", "startExecution",
      EnumSet.of(REQUEST_RESPONSE, RUN_JOB, RUN_JOB_JSON, WAIT_FOR_TASK_TOKEN), "StateMachineArn");

  /** The input field that links the child execution to its parent in the console. */
  public static final String STARTED_BY_FIELD = "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID";

  /** The ARN prefix of a workflow started by name, before the deployer substitutes region and account. */
  public static final String WORKFLOW_ARN_PREFIX = "arn:aws:states:${AWS::Region}:${AWS::AccountId}:stateMachine:";

  private static final Pattern STATE_MACHINE_NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]{1,80}");

  private final String workflowName;

  private StepFunctions(IntegrationPattern pattern, Map<String, Template> fields, String workflowName) {
    super(START_EXECUTION, pattern, fields);
    this.workflowName = workflowName;
  }

  @Override
  protected StepFunctions copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new StepFunctions(pattern, fields, workflowName);
  }

  /**
   * Starts an execution of a state machine, request-response.
   *
   * @param stateMachineArn ASL {@code StateMachineArn}, required: an ARN, a placeholder, or a Path or Jsonata
   */
  public static StepFunctions startExecution(Object stateMachineArn) {
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("StateMachineArn", Fields.requireValue("StateMachineArn", stateMachineArn));
    return new StepFunctions(REQUEST_RESPONSE, fields, null);
  }

  /**
   * Starts an execution of another workflow of this project by name, request-response. The
   * {@code StateMachineArn} is written as
   * {@code arn:aws:states:${AWS::Region}:${AWS::AccountId}:stateMachine:NAME}, which the deployer
   * substitutes.
   *
   * @param workflowName the started workflow's state machine name: 1 to 80 characters, no spaces,
   *     brackets, wildcards or {@code " # % \ ^ | ~ ` $ & , ; : /}
   */
  public static StepFunctions startExecutionOf(String workflowName) {
    Fields.requireText("workflow name", workflowName);
    if (!STATE_MACHINE_NAME.matcher(workflowName).matches()) {
      throw new IllegalArgumentException("'" + workflowName + "' is not a valid state machine name: "
          + "use 1 to 80 characters without spaces, brackets, wildcards or \" # % \\ ^ | ~ ` $ & , ; : /");
    }
    Map<String, Template> fields = new LinkedHashMap<>();
    fields.put("StateMachineArn", Fields.toTemplate("StateMachineArn", WORKFLOW_ARN_PREFIX + workflowName));
    return new StepFunctions(REQUEST_RESPONSE, fields, workflowName);
  }

  /** The workflow started by name with {@link #startExecutionOf(String)}; empty for an ARN. */
  @Override
  public Optional<String> startsWorkflow() {
    return Optional.ofNullable(workflowName);
  }

  /** ASL {@code Input}: the child execution's input, an object or a JSON string; default {@code {}}. */
  public StepFunctions input(Object input) {
    return with("Input", input);
  }

  /** ASL {@code Name}: the execution name, unique per state machine for 90 days; default a generated UUID. */
  public StepFunctions name(Object name) {
    return with("Name", name);
  }

  /**
   * Links the child execution to this one in the console by putting
   * {@code "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id"} into {@code Input};
   * for a JSONPath state. Use {@link #associateWithParent(QueryLanguage)} in a JSONata state.
   *
   * @throws IllegalArgumentException when Input is set to something other than an object
   */
  public StepFunctions associateWithParent() {
    return associateWithParent(QueryLanguage.JSONPATH);
  }

  /**
   * Links the child execution to this one in the console, with the execution ID written in the
   * given query language ({@code $$.Execution.Id} or {@code {% $states.context.Execution.Id %}}).
   *
   * @throws IllegalArgumentException when Input is set to something other than an object
   */
  public StepFunctions associateWithParent(QueryLanguage language) {
    Objects.requireNonNull(language, "language");
    Object executionId = language == QueryLanguage.JSONATA
        ? Jsonata.of("$states.context.Execution.Id")
        : Path.of("$$.Execution.Id");
    return withEntry("Input", STARTED_BY_FIELD, executionId);
  }

  /** Also compares the workflow started by name. */
  @Override
  public boolean equals(Object other) {
    return super.equals(other) && Objects.equals(workflowName, ((StepFunctions) other).workflowName);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hashCode(workflowName);
  }
}
