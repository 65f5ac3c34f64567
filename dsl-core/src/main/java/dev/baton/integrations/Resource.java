package dev.baton.integrations;

import dev.baton.model.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The escape hatch: any {@code Resource} string, pattern suffix included, with optional request
 * parameters; for services Baton has no typed helper for, and for definitions read back from ASL.
 *
 * <p>Nothing is checked beyond a non-blank resource and well-formed parameter names; the
 * validator checks what it knows about the ARN.
 */
public final class Resource implements Integration {
  private final String resource;
  private final Template.ObjectTemplate parameters;

  private Resource(String resource, Template.ObjectTemplate parameters) {
    this.resource = resource;
    this.parameters = parameters;
  }

  /**
   * A task calling this resource, without parameters.
   *
   * @param arn the ASL {@code Resource}, required: an ARN such as
   *     {@code arn:aws:states:::emr:createCluster.sync}, or a placeholder such as {@code ${TaskArn}}
   */
  public static Resource of(String arn) {
    return new Resource(Fields.requireText("Resource", arn), null);
  }

  /** The ASL {@code Resource}, as given. */
  @Override
  public String resource() {
    return resource;
  }

  /** ASL {@code Parameters} or {@code Arguments}, if set; default none. */
  @Override
  public Optional<Template.ObjectTemplate> parameters() {
    return Optional.ofNullable(parameters);
  }

  /**
   * ASL {@code Parameters} / {@code Arguments}: replaces the request with these fields, in the
   * map's order; a {@link Template.ObjectTemplate} is taken as it is.
   *
   * @param parameters a map from field name (without {@code .$}) to a literal, Path, Intrinsic,
   *     Jsonata, Map or List, or an ObjectTemplate
   */
  public Resource parameters(Object parameters) {
    Template template = Fields.toTemplate("Parameters", parameters);
    if (!(template instanceof Template.ObjectTemplate object)) {
      throw new IllegalArgumentException("Parameters must be an object, not " + parameters);
    }
    return new Resource(resource, object);
  }

  /**
   * Sets one request field, creating the parameters if unset.
   *
   * @param name the field name, without {@code .$}
   * @param value a literal, Path, Intrinsic, Jsonata, Map or List
   */
  public Resource parameter(String name, Object value) {
    Objects.requireNonNull(name, "parameter name");
    if (name.isBlank() || name.endsWith(".$")) {
      throw new IllegalArgumentException("parameter name '" + name + "' must be non-blank and written "
          + "without .$; pass a Path as the value instead");
    }
    Map<String, Template> fields = new LinkedHashMap<>();
    if (parameters != null) {
      fields.putAll(parameters.fields());
    }
    fields.put(name, Fields.toTemplate(name, value));
    return new Resource(resource, new Template.ObjectTemplate(fields));
  }

  /** Two resources are equal when their ARNs and their parameters, in order, are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Resource that
        && resource.equals(that.resource)
        && Objects.equals(parameters, that.parameters)
        && keys(parameters).equals(keys(that.parameters));
  }

  private static List<String> keys(Template.ObjectTemplate template) {
    return template == null ? List.of() : List.copyOf(template.fields().keySet());
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, parameters);
  }

  /** The resource and its parameter names. */
  @Override
  public String toString() {
    return resource + (parameters == null ? "" : " " + parameters.fields().keySet());
  }
}
