package dev.baton.validate;

import dev.baton.model.TaskState;
import java.util.regex.Pattern;

/** Task Resource ARNs: well formed, a pattern AWS knows, and free of placeholders before deploy. */
final class ResourceChecks {
  private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
  private static final Pattern OPTIMISED_SUFFIX = Pattern.compile("(\\.sync(:2)?|\\.waitForTaskToken)?");

  private ResourceChecks() {}

  static void checkTaskResource(TaskState task, String pointer, Findings f) {
    String resource = task.resource();
    String at = pointer + "/Resource";
    if (resource.isEmpty()) {
      return; // reported by the reader
    }
    if (!URI_SCHEME.matcher(resource).matches()) {
      f.report(Rule.TASK_RESOURCE_ARN, at, "Resource of state '" + task.name() + "' is \"" + resource
          + "\", which is not a URI; AWS needs an ARN such as arn:aws:states:::lambda:invoke or"
          + " arn:aws:lambda:us-east-1:123456789012:function:my-function");
      return;
    }
    if (!resource.startsWith("arn:")) {
      f.report(Rule.TASK_RESOURCE_ARN, at, "Resource of state '" + task.name() + "' is \"" + resource
          + "\"; AWS only accepts ARNs (arn:...)");
      return;
    }
    String[] parts = resource.split(":", 6);
    if (parts.length < 6 || parts[2].isEmpty()) {
      f.report(Rule.TASK_RESOURCE_ARN, at, "Resource of state '" + task.name() + "' is \"" + resource
          + "\", not a complete ARN (arn:partition:service:region:account:resource)");
      return;
    }
    String service = parts[2];
    if (service.equals("states") && parts[3].isEmpty() && parts[4].isEmpty()) {
      checkOptimised(task, resource, parts[5], at, f);
    } else if (looksLikePlaceholder(parts[3], parts[4]) || resource.contains("${")) {
      f.report(Rule.LINT_PLACEHOLDER_ARN, at, "Resource of state '" + task.name() + "' holds a placeholder (\""
          + resource + "\"); substitute the real region and account before deploying, or AWS rejects it");
    }
  }

  private static void checkOptimised(TaskState task, String resource, String action, String at, Findings f) {
    // arn:aws:states:::service:action[.pattern]
    int colon = action.indexOf(':');
    if (colon <= 0 || colon == action.length() - 1) {
      f.report(Rule.TASK_RESOURCE_ARN, at, "Resource of state '" + task.name() + "' is \"" + resource
          + "\"; an optimised integration is arn:aws:states:::service:action, e.g. arn:aws:states:::sns:publish");
      return;
    }
    String serviceAction = action;
    if (serviceAction.startsWith("aws-sdk:")) {
      serviceAction = serviceAction.substring("aws-sdk:".length());
    }
    int dot = serviceAction.indexOf('.');
    String suffix = dot < 0 ? "" : serviceAction.substring(dot);
    if (!OPTIMISED_SUFFIX.matcher(suffix).matches()) {
      f.report(Rule.TASK_RESOURCE_ARN, at, "Resource of state '" + task.name() + "' ends in \"" + suffix
          + "\"; the integration patterns are .sync, .sync:2 and .waitForTaskToken");
    }
  }

  private static boolean looksLikePlaceholder(String region, String account) {
    boolean badRegion = !region.isEmpty() && !REGION.matcher(region).matches();
    boolean badAccount = !account.isEmpty() && !ACCOUNT.matcher(account).matches();
    return badRegion || badAccount;
  }
}
