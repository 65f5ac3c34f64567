package dev.baton.processor;

import dev.baton.flow.Shape;
import dev.baton.flow.Shape.Field;
import dev.baton.flow.Shape.ObjectShape;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The flow-check shape of a type being compiled: what {@code dev.baton.flow.JavaShapes.of(Type)}
 * gives for the loaded class at run time, computed from javac's model because the class does not
 * exist yet while the processor runs.
 */
final class MirrorShapes {
  private final JavaTypes types;
  private final Elements elements;

  MirrorShapes(JavaTypes types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** The shape of {@code type}'s JSON form. */
  Shape of(TypeMirror type) {
    return of(type, new HashSet<>());
  }

  private Shape of(TypeMirror type, Set<String> inProgress) {
    switch (types.kind(type)) {
      case STRING:
        return Shape.STRING;
      case NUMBER:
        return Shape.NUMBER;
      case BOOLEAN:
        return Shape.BOOLEAN;
      case ARRAY:
        return Shape.ArrayShape.of(types.elementType(type).map(t -> of(t, inProgress)).orElse(Shape.OPEN));
      case ANY_OBJECT:
        return ObjectShape.anyObject("");
      case OPEN:
        return Shape.OPEN;
      default:
        break;
    }
    TypeElement element = types.typeElement(type);
    String name = element.getQualifiedName().toString();
    if (!inProgress.add(name)) {
      return Shape.OPEN; // a recursive type: what is inside is not followed again
    }
    try {
      Map<String, Field> fields = new LinkedHashMap<>();
      for (DataProperties.Property p : DataProperties.of(element, elements)) {
        fields.put(p.jsonName(), new Field(of(p.type(), inProgress), !types.isOptional(p.type())));
      }
      return new ObjectShape(fields, DataProperties.isOpen(element, elements),
          "the JSON of " + element.getSimpleName());
    } finally {
      inProgress.remove(name);
    }
  }
}
