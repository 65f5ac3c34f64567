package dev.baton.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What a Java type is in JSON, seen through javac's type model: the same rules as {@code JavaShapes}. */
final class JavaTypes {
  private static final List<String> STRING_LIKE = List.of("java.lang.String", "java.lang.Character",
      "java.util.UUID", "java.lang.CharSequence");

  private final Types types;
  private final TypeMirror collection;
  private final TypeMirror map;
  private final TypeMirror temporal;
  private final TypeMirror number;

  JavaTypes(Types types, Elements elements) {
    this.types = types;
    this.collection = erased(elements, "java.util.Collection");
    this.map = erased(elements, "java.util.Map");
    this.temporal = erased(elements, "java.time.temporal.Temporal");
    this.number = erased(elements, "java.lang.Number");
  }

  private TypeMirror erased(Elements elements, String name) {
    return types.erasure(elements.getTypeElement(name).asType());
  }

  /** The kinds of JSON a Java type can be. */
  enum Kind { STRING, NUMBER, BOOLEAN, ARRAY, ANY_OBJECT, OBJECT, OPEN }

  /** The JSON kind of {@code type}, with {@code Optional<T>} and wildcards unwrapped. */
  Kind kind(TypeMirror type) {
    TypeMirror t = unwrap(type);
    switch (t.getKind()) {
      case BOOLEAN:
        return Kind.BOOLEAN;
      case CHAR:
        return Kind.STRING;
      case BYTE: case SHORT: case INT: case LONG: case FLOAT: case DOUBLE:
        return Kind.NUMBER;
      case ARRAY:
        return Kind.ARRAY;
      case DECLARED:
        break;
      default:
        return Kind.OPEN;
    }
    TypeElement element = (TypeElement) ((DeclaredType) t).asElement();
    String name = element.getQualifiedName().toString();
    TypeMirror raw = types.erasure(t);
    if (STRING_LIKE.contains(name) || element.getKind() == ElementKind.ENUM || types.isAssignable(raw, temporal)) {
      return Kind.STRING;
    }
    if (name.equals("java.lang.Boolean")) {
      return Kind.BOOLEAN;
    }
    if (types.isAssignable(raw, number)) {
      return Kind.NUMBER;
    }
    if (types.isAssignable(raw, collection)) {
      return Kind.ARRAY;
    }
    if (types.isAssignable(raw, map) || name.equals("java.lang.Object") || element.getKind() == ElementKind.INTERFACE
        || name.startsWith("com.fasterxml.jackson.")) {
      return Kind.ANY_OBJECT;
    }
    return Kind.OBJECT;
  }

  /** The element type of an array or collection type, when it is known. */
  Optional<TypeMirror> elementType(TypeMirror type) {
    TypeMirror t = unwrap(type);
    if (t instanceof ArrayType array) {
      return Optional.of(array.getComponentType());
    }
    if (t instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
      return Optional.of(unwrap(declared.getTypeArguments().get(0)));
    }
    return Optional.empty();
  }

  /** The type element of an object type. */
  TypeElement typeElement(TypeMirror type) {
    return (TypeElement) ((DeclaredType) unwrap(type)).asElement();
  }

  /** Whether the type is {@code Optional<T>} (a maybe-present field). */
  boolean isOptional(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.Optional");
  }

  /** The type with {@code Optional<T>} and wildcards unwrapped to {@code T}. */
  TypeMirror unwrap(TypeMirror type) {
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null ? type : unwrap(wildcard.getExtendsBound());
    }
    if (isOptional(type) && !((DeclaredType) type).getTypeArguments().isEmpty()) {
      return unwrap(((DeclaredType) type).getTypeArguments().get(0));
    }
    return type;
  }
}
