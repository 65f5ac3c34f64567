package dev.baton.validate;

import dev.baton.model.TaskState;
import java.util.regex.Pattern;

/** Task Resource ARNs: well formed, a pattern AWS knows, and free of placeholders before deploy. */
final class ResourceChecks {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  private ResourceChecks() {}

  static void checkTaskResource(TaskState task, Definition d, Findings f) {
    String resource = task.resource();
    if (resource.isEmpty()) {
      return; // reported by the reader
    }
    if (!isUri(resource)) {
      f.report(Rule.TASK_RESOURCE_ARN, at(task, d), "Resource of state '" + task.name() + "' is \"" + resource
          + "\", which is not a URI; AWS needs an ARN such as arn:aws:states:::lambda:invoke or"
          + " arn:aws:lambda:us-east-1:123456789012:function:my-function");
      return;
    }
    if (!resource.startsWith("arn:")) {
      f.report(Rule.TASK_RESOURCE_ARN, at(task, d), "Resource of state '" + task.name() + "' is \"" + resource
          + "\"; AWS only accepts ARNs (arn:...)");
      return;
    }
    // arn:partition:service:region:account:resource, read by the positions of its first five colons
    // (what split(":", 6) would give, without the array and the strings of every part). Each index
    // is the colon that ends the part it is named after.
    int afterArn = resource.indexOf(':');
    int afterPartition = resource.indexOf(':', afterArn + 1);
    int afterService = afterPartition < 0 ? -1 : resource.indexOf(':', afterPartition + 1);
    int afterRegion = afterService < 0 ? -1 : resource.indexOf(':', afterService + 1);
    int afterAccount = afterRegion < 0 ? -1 : resource.indexOf(':', afterRegion + 1);
    if (afterAccount < 0 || afterService == afterPartition + 1) {
      f.report(Rule.TASK_RESOURCE_ARN, at(task, d), "Resource of state '" + task.name() + "' is \"" + resource
          + "\", not a complete ARN (arn:partition:service:region:account:resource)");
      return;
    }
    boolean states = resource.startsWith("states", afterPartition + 1)
        && afterService == afterPartition + 1 + "states".length();
    String region = resource.substring(afterService + 1, afterRegion);
    String account = resource.substring(afterRegion + 1, afterAccount);
    if (states && region.isEmpty() && account.isEmpty()) {
      checkOptimised(task, resource, resource.substring(afterAccount + 1), d, f);
    } else if (looksLikePlaceholder(region, account) || resource.contains("${")) {
      f.report(Rule.LINT_PLACEHOLDER_ARN, at(task, d), "Resource of state '" + task.name() + "' holds a placeholder (\""
          + resource + "\"); substitute the real region and account before deploying, or AWS rejects it");
    }
  }

  private static String at(TaskState task, Definition d) {
    return d.pointerOf(task) + "/Resource";
  }

  /**
   * Whether the text is a URI: a scheme ({@code [A-Za-z][A-Za-z0-9+.-]*}), a colon, and at least one
   * more character, none a line terminator (what the pattern {@code [A-Za-z][A-Za-z0-9+.-]*:.+}
   * matches, checked by hand because every Task of a definition goes through here).
   */
  static boolean isUri(String text) {
    int n = text.length();
    if (n == 0 || !isAsciiLetter(text.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && isSchemeChar(text.charAt(i))) {
      i++;
    }
    if (i >= n - 1 || text.charAt(i) != ':') {
      return false;
    }
    for (int j = i + 1; j < n; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isSchemeChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
  }

  private static void checkOptimised(TaskState task, String resource, String action, Definition d, Findings f) {
    // arn:aws:states:::service:action[.pattern]
    int colon = action.indexOf(':');
    if (colon <= 0 || colon == action.length() - 1) {
      f.report(Rule.TASK_RESOURCE_ARN, at(task, d), "Resource of state '" + task.name() + "' is \"" + resource
          + "\"; an optimised integration is arn:aws:states:::service:action, e.g. arn:aws:states:::sns:publish");
      return;
    }
    String serviceAction = action;
    if (serviceAction.startsWith("aws-sdk:")) {
      serviceAction = serviceAction.substring("aws-sdk:".length());
    }
    int dot = serviceAction.indexOf('.');
    String suffix = dot < 0 ? "" : serviceAction.substring(dot);
    if (!isIntegrationPattern(suffix)) {
      f.report(Rule.TASK_RESOURCE_ARN, at(task, d), "Resource of state '" + task.name() + "' ends in \"" + suffix
          + "\"; the integration patterns are .sync, .sync:2 and .waitForTaskToken");
    }
  }

  /** Whether an optimised integration's suffix is none, {@code .sync}, {@code .sync:2} or {@code .waitForTaskToken}. */
  private static boolean isIntegrationPattern(String suffix) {
    return suffix.isEmpty() || suffix.equals(".sync") || suffix.equals(".sync:2") || suffix.equals(".waitForTaskToken");
  }

  private static boolean looksLikePlaceholder(String region, String account) {
    boolean badRegion = !region.isEmpty() && !REGION.matcher(region).matches();
    boolean badAccount = !account.isEmpty() && !ACCOUNT.matcher(account).matches();
    return badRegion || badAccount;
  }
}
