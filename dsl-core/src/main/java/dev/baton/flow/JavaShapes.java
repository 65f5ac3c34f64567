package dev.baton.flow;

import dev.baton.flow.Shape.Field;
import dev.baton.flow.Shape.ObjectShape;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of the JSON that Jackson writes for a Java type: records and POJOs become closed
 * objects (Jackson's {@code @JsonProperty} names, {@code @JsonIgnore}, and {@code @JsonAnySetter}
 * or {@code @JsonAnyGetter} opening the object are honoured), collections and arrays become arrays,
 * maps open objects, and {@code Optional} properties maybe-present fields.
 */
public final class JavaShapes {
  private JavaShapes() {}

  /** The shape of {@code type}'s JSON form. */
  public static Shape of(Type type) {
    return of(type, new HashSet<>());
  }

  private static Shape of(Type type, Set<Type> inProgress) {
    if (type instanceof WildcardType wildcard) {
      return of(wildcard.getUpperBounds()[0], inProgress);
    }
    if (type instanceof GenericArrayType array) {
      return Shape.ArrayShape.of(of(array.getGenericComponentType(), inProgress));
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] args = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return Shape.ArrayShape.of(of(args[0], inProgress));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return ObjectShape.anyObject("");
      }
      if (raw == Optional.class) {
        return of(args[0], inProgress);
      }
      return of(raw, inProgress);
    }
    if (!(type instanceof Class<?> cls)) {
      return Shape.OPEN;
    }
    if (cls == String.class || cls == char.class || cls == Character.class || cls.isEnum()
        || java.time.temporal.Temporal.class.isAssignableFrom(cls) || cls == java.util.UUID.class) {
      return Shape.STRING;
    }
    if (cls.isPrimitive() && cls != boolean.class || Number.class.isAssignableFrom(cls)) {
      return Shape.NUMBER;
    }
    if (cls == boolean.class || cls == Boolean.class) {
      return Shape.BOOLEAN;
    }
    if (cls.isArray()) {
      return Shape.ArrayShape.of(of(cls.getComponentType(), inProgress));
    }
    if (Collection.class.isAssignableFrom(cls)) {
      return Shape.ArrayShape.of(Shape.OPEN);
    }
    if (Map.class.isAssignableFrom(cls) || cls == Object.class || cls.isInterface()
        || cls.getName().startsWith("com.fasterxml.jackson.")) {
      return ObjectShape.anyObject("");
    }
    if (!inProgress.add(cls)) {
      return Shape.OPEN; // a recursive type: what is inside is not followed again
    }
    try {
      return cls.isRecord() ? record(cls, inProgress) : bean(cls, inProgress);
    } finally {
      inProgress.remove(cls);
    }
  }

  private static Shape record(Class<?> cls, Set<Type> inProgress) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (RecordComponent component : cls.getRecordComponents()) {
      if (ignored(component.getAnnotations()) || ignored(component.getAccessor().getAnnotations())) {
        continue;
      }
      String name = renamed(component.getAnnotations()).or(() -> renamed(component.getAccessor().getAnnotations()))
          .orElse(component.getName());
      fields.put(name, new Field(of(component.getGenericType(), inProgress), required(component.getType())));
    }
    return new ObjectShape(fields, false, "the JSON of " + cls.getSimpleName());
  }

  private static Shape bean(Class<?> cls, Set<Type> inProgress) {
    Map<String, Field> fields = new LinkedHashMap<>();
    boolean open = false;
    for (Method method : cls.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      if (hasAnnotation(method.getAnnotations(), "JsonAnyGetter")) {
        open = true;
        continue;
      }
      String property = property(method);
      if (property == null || ignored(method.getAnnotations()) || ignoredField(cls, property)) {
        continue;
      }
      String name = renamed(method.getAnnotations()).or(() -> fieldRename(cls, property)).orElse(property);
      fields.put(name, new Field(of(method.getGenericReturnType(), inProgress), required(method.getReturnType())));
    }
    for (Method method : cls.getMethods()) {
      open |= hasAnnotation(method.getAnnotations(), "JsonAnySetter");
    }
    return new ObjectShape(fields, open, "the JSON of " + cls.getSimpleName());
  }

  private static String property(Method method) {
    String name = method.getName();
    if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != void.class) {
      return Character.toLowerCase(name.charAt(3)) + name.substring(4);
    }
    if (name.startsWith("is") && name.length() > 2 && (method.getReturnType() == boolean.class)) {
      return Character.toLowerCase(name.charAt(2)) + name.substring(3);
    }
    return null;
  }

  /**
   * Jackson writes every property, null ones as {@code null}, so a field is there unless it is an
   * {@code Optional} (which users commonly configure to be left out when empty).
   */
  private static boolean required(Class<?> type) {
    return type != Optional.class;
  }

  private static boolean ignoredField(Class<?> cls, String property) {
    try {
      return ignored(cls.getDeclaredField(property).getAnnotations());
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  private static Optional<String> fieldRename(Class<?> cls, String property) {
    try {
      return renamed(cls.getDeclaredField(property).getAnnotations());
    } catch (NoSuchFieldException e) {
      return Optional.empty();
    }
  }

  // Jackson annotations are read by name so that Baton does not need jackson-annotations at run time.
  private static boolean ignored(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals("JsonIgnore")) {
        return (Boolean) attribute(a, "value", Boolean.TRUE);
      }
    }
    return false;
  }

  private static Optional<String> renamed(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals("JsonProperty")) {
        String value = (String) attribute(a, "value", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static boolean hasAnnotation(Annotation[] annotations, String simpleName) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static Object attribute(Annotation annotation, String name, Object fallback) {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (ReflectiveOperationException e) {
      return fallback;
    }
  }
}
