package dev.baton.examples;

import dev.baton.examples.seed.ArticleWorkflows;
import dev.baton.model.StateMachine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every example workflow by its name: the name is the file name under
 * {@code target/stepfunctions/} and, later, the state machine's name in AWS.
 */
public final class ExampleWorkflows {
  private ExampleWorkflows() {}

  /** The workflows, in a stable order. */
  public static Map<String, Supplier<StateMachine>> all() {
    Map<String, Supplier<StateMachine>> all = new LinkedHashMap<>();
    // The article's corrected workflows; its published versions are kept, known-bad, for the tests.
    all.put("article-glue-job", ArticleWorkflows::glueJobCorrected);
    all.put("article-glue-job-with-error-notification", ArticleWorkflows::glueJobWithErrorNotificationCorrected);
    all.put("article-glue-job-choice", ArticleWorkflows::glueJobChoiceCorrected);
    all.put("nightly-settlement", dev.baton.examples.modern.NightlySettlement::workflow);
    return all;
  }
}
