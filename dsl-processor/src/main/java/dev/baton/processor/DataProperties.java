package dev.baton.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The JSON properties Jackson writes for a type, read from its source at compile time, as
 * {@code dev.baton.flow.JavaShapes} reads them by reflection at run time: a record's components, a
 * class's public getters ({@code getX}, {@code isX} for booleans), renamed by {@code @JsonProperty}
 * and left out by {@code @JsonIgnore} (matched by simple name, so jackson-annotations is optional).
 */
final class DataProperties {
  private DataProperties() {}

  /**
   * One property.
   *
   * @param jsonName the name in JSON
   * @param type its Java type
   * @param element the component or getter it comes from
   */
  record Property(String jsonName, TypeMirror type, Element element) {}

  /** The properties of {@code type}, in declaration order. */
  static List<Property> of(TypeElement type, Elements elements) {
    return type.getKind() == ElementKind.RECORD ? record(type) : bean(type, elements);
  }

  /** Whether a {@code @JsonAnySetter} or {@code @JsonAnyGetter} opens the object to other fields. */
  static boolean isOpen(TypeElement type, Elements elements) {
    return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
        .anyMatch(m -> annotation(m, "JsonAnySetter").isPresent() || annotation(m, "JsonAnyGetter").isPresent());
  }

  private static List<Property> record(TypeElement type) {
    List<Property> all = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      ExecutableElement accessor = component.getAccessor();
      if (ignored(component) || accessor != null && ignored(accessor)) {
        continue;
      }
      String name = renamed(component).or(() -> accessor == null ? Optional.empty() : renamed(accessor))
          .orElse(component.getSimpleName().toString());
      all.add(new Property(name, component.asType(), component));
    }
    return all;
  }

  private static List<Property> bean(TypeElement type, Elements elements) {
    Map<String, Property> byName = new LinkedHashMap<>();
    Map<String, VariableElement> fields = new LinkedHashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(elements.getAllMembers(type))) {
      fields.putIfAbsent(field.getSimpleName().toString(), field);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Set<Modifier> modifiers = method.getModifiers();
      if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC)
          || !method.getParameters().isEmpty()
          || ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      String property = property(method);
      if (property == null || ignored(method) || annotation(method, "JsonAnyGetter").isPresent()) {
        continue;
      }
      VariableElement field = fields.get(property);
      if (field != null && ignored(field)) {
        continue;
      }
      String name = renamed(method).or(() -> field == null ? Optional.empty() : renamed(field)).orElse(property);
      byName.putIfAbsent(name, new Property(name, method.getReturnType(), method));
    }
    return new ArrayList<>(byName.values());
  }

  private static String property(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    TypeKind returns = method.getReturnType().getKind();
    if (name.startsWith("get") && name.length() > 3 && returns != TypeKind.VOID) {
      return Character.toLowerCase(name.charAt(3)) + name.substring(4);
    }
    if (name.startsWith("is") && name.length() > 2 && returns == TypeKind.BOOLEAN) {
      return Character.toLowerCase(name.charAt(2)) + name.substring(3);
    }
    return null;
  }

  private static boolean ignored(Element element) {
    return annotation(element, "JsonIgnore").map(a -> {
      Object value = value(a, "value");
      return value == null || Boolean.TRUE.equals(value);
    }).orElse(false);
  }

  private static Optional<String> renamed(Element element) {
    return annotation(element, "JsonProperty").map(a -> value(a, "value")).map(String::valueOf)
        .filter(s -> !s.isEmpty());
  }

  private static Optional<AnnotationMirror> annotation(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private static Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }
}
