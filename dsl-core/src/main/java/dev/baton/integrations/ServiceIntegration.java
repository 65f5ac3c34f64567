package dev.baton.integrations;

import dev.baton.model.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared base of the typed integrations that call an AWS service action through an
 * {@code arn:aws:states:::service:action} resource: an immutable value holding the
 * {@link ServiceAction}, the {@link IntegrationPattern} and the request fields in insertion order.
 *
 * <p>Every setter returns a new instance. A subclass declares its service action and its typed
 * setters, each a one-line call to {@link #with(String, Object)}; the request is written as
 * {@code Parameters} in a JSONPath state and as {@code Arguments} in a JSONata state, and a
 * {@link dev.baton.expr.Path} value is written under its field name with {@code .$} appended.
 *
 * @param <T> the concrete integration type, returned by every setter
 */
public abstract class ServiceIntegration<T extends ServiceIntegration<T>> implements Integration {
  private final ServiceAction serviceAction;
  private final IntegrationPattern pattern;
  private final Map<String, Template> fields;
  /** The request as a template, made once: every build of a workflow asks for it. */
  private final Template.ObjectTemplate request;

  /**
   * Creates an integration; subclasses call it from their constructor.
   *
   * @param serviceAction the called action, required
   * @param pattern the integration pattern, required and supported by the action
   * @param fields the request fields in order, copied
   * @throws IllegalArgumentException when the action does not support the pattern
   */
  protected ServiceIntegration(
      ServiceAction serviceAction, IntegrationPattern pattern, Map<String, Template> fields) {
    this.serviceAction = Objects.requireNonNull(serviceAction, "serviceAction");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    serviceAction.requireSupported(pattern);
    // The template copies the fields into an unmodifiable map in their order, which is kept.
    this.request = new Template.ObjectTemplate(fields);
    this.fields = request.fields();
  }

  /**
   * A copy of this integration with another pattern and other fields; each subclass returns a new
   * instance of itself.
   */
  protected abstract T copy(IntegrationPattern pattern, Map<String, Template> fields);

  /** The called service action: its ARN name, supported patterns and required fields. */
  public ServiceAction serviceAction() {
    return serviceAction;
  }

  /** The integration pattern: the suffix of the {@code Resource} ARN; default request-response. */
  @Override
  public IntegrationPattern pattern() {
    return pattern;
  }

  /** The Task state's ASL {@code Resource}, e.g. {@code arn:aws:states:::glue:startJobRun.sync}. */
  @Override
  public String resource() {
    return serviceAction.resource(pattern);
  }

  /** The request: ASL {@code Parameters} (JSONPath) or {@code Arguments} (JSONata); {@code {}} when no field is set. */
  @Override
  public Optional<Template.ObjectTemplate> parameters() {
    return Optional.of(request);
  }

  /** The value of one request field by its AWS name, if it is set. */
  public Optional<Template> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * The fields AWS requires that are not set yet, in documented order; empty when the request is
   * complete. The validator reports them; setting them is the caller's job.
   */
  public List<String> missingRequiredFields() {
    List<String> missing = new ArrayList<>();
    for (String required : serviceAction.requiredFields()) {
      if (!fields.containsKey(required)) {
        missing.add(required);
      }
    }
    return List.copyOf(missing);
  }

  /**
   * Whether the request passes the task token ({@code $$.Task.Token} in JSONPath,
   * {@code $states.context.Task.Token} in JSONata), which a {@code .waitForTaskToken} task needs
   * so that the callee can call SendTaskSuccess.
   */
  public boolean passesTaskToken() {
    return fields.values().stream().anyMatch(Fields::containsTaskToken);
  }

  /**
   * Uses the given integration pattern (the {@code Resource} suffix).
   *
   * @throws IllegalArgumentException when the service action does not support it, naming the
   *     action, the pattern and the supported ones
   */
  public T pattern(IntegrationPattern pattern) {
    serviceAction.requireSupported(pattern);
    return copy(pattern, fields);
  }

  /** Calls the service and continues with its response: no suffix. The default. */
  public T requestResponse() {
    return pattern(IntegrationPattern.REQUEST_RESPONSE);
  }

  /**
   * Runs a job and waits for it to complete: the {@code .sync} suffix.
   *
   * @throws IllegalArgumentException when the service action does not support {@code .sync}
   */
  public T sync() {
    return pattern(IntegrationPattern.RUN_JOB);
  }

  /**
   * Runs a job and waits, with its output parsed as JSON: the {@code .sync:2} suffix (Step
   * Functions StartExecution only).
   *
   * @throws IllegalArgumentException when the service action does not support {@code .sync:2}
   */
  public T syncJson() {
    return pattern(IntegrationPattern.RUN_JOB_JSON);
  }

  /**
   * Waits until the task token is sent back with SendTaskSuccess or SendTaskFailure: the
   * {@code .waitForTaskToken} suffix. Pass the token in the request ({@link #passesTaskToken()}).
   *
   * @throws IllegalArgumentException when the service action does not support it
   */
  public T waitForTaskToken() {
    return pattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
  }

  /**
   * Sets one request field by its AWS API name, for fields without a typed setter (AWS adds
   * fields faster than libraries). The value is converted by {@link Template#of(Object)}.
   *
   * @param name the PascalCase AWS field name, without {@code .$}
   * @param value a literal, a Path, an Intrinsic, a Jsonata, a Map or a List; not null
   */
  public T field(String name, Object value) {
    return with(Fields.requireFieldName(name), value);
  }

  /** Sets {@code field} to {@code value} converted by {@link Template#of(Object)}, keeping its place if already set. */
  protected final T with(String field, Object value) {
    Template template = Fields.toTemplate(field, value);
    Map<String, Template> copy = new LinkedHashMap<>(fields);
    copy.put(field, template);
    return copy(pattern, copy);
  }

  /**
   * Sets {@code field} as the first request field and removes the {@code replaced} ones: for
   * one-of fields such as SNS's TopicArn, TargetArn and PhoneNumber.
   */
  protected final T withFirst(String field, Object value, String... replaced) {
    Template template = Fields.requireValue(field, value);
    Map<String, Template> copy = new LinkedHashMap<>();
    copy.put(field, template);
    List<String> removed = Arrays.asList(replaced);
    fields.forEach((name, existing) -> {
      if (!name.equals(field) && !removed.contains(name)) {
        copy.put(name, existing);
      }
    });
    return copy(pattern, copy);
  }

  /**
   * Puts one entry into the object held by {@code field}, creating it when unset.
   *
   * @throws IllegalArgumentException when the field holds a path, JSONata or a non-object value
   */
  protected final T withEntry(String field, String key, Object value) {
    Objects.requireNonNull(key, field + " key");
    Template entry = Fields.toTemplate(field + "." + key, value);
    Fields.checkKeys(field, new Template.ObjectTemplate(Map.of(key, entry)));
    Template current = fields.get(field);
    Map<String, Template> object = new LinkedHashMap<>();
    if (current instanceof Template.ObjectTemplate existing) {
      object.putAll(existing.fields());
    } else if (current != null) {
      throw new IllegalArgumentException("cannot put '" + key + "' into " + field
          + ": it is set to a " + kind(current) + ", not an object");
    }
    object.put(key, entry);
    return with(field, new Template.ObjectTemplate(object));
  }

  /**
   * Appends one item to the array held by {@code field}, creating it when unset.
   *
   * @throws IllegalArgumentException when the field holds a path, JSONata or a non-array value
   */
  protected final T withItem(String field, Object item) {
    Template template = Fields.toTemplate(field, item);
    Template current = fields.get(field);
    List<Template> items = new ArrayList<>();
    if (current instanceof Template.ArrayTemplate existing) {
      items.addAll(existing.items());
    } else if (current != null) {
      throw new IllegalArgumentException("cannot add an item to " + field
          + ": it is set to a " + kind(current) + ", not an array");
    }
    items.add(template);
    return with(field, new Template.ArrayTemplate(items));
  }

  /** The request fields in order, unmodifiable. */
  protected final Map<String, Template> fields() {
    return fields;
  }

  private static String kind(Template template) {
    if (template instanceof Template.Dynamic) {
      return "path";
    }
    if (template instanceof Template.JsonataValue) {
      return "JSONata expression";
    }
    if (template instanceof Template.ArrayTemplate) {
      return "array";
    }
    if (template instanceof Template.ObjectTemplate) {
      return "object";
    }
    return "literal";
  }

  /** Two integrations are equal when they are of the same class with the same action, pattern and fields in the same order. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    ServiceIntegration<?> that = (ServiceIntegration<?>) other;
    return serviceAction.equals(that.serviceAction)
        && pattern == that.pattern
        && fields.equals(that.fields)
        && List.copyOf(fields.keySet()).equals(List.copyOf(that.fields.keySet()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceAction, pattern, fields);
  }

  /** The resource and the request field names, for messages and debugging. */
  @Override
  public String toString() {
    return resource() + " " + fields.keySet();
  }
}
