package dev.baton.processor;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where each part of a generated definition comes from in the source: JSON pointers mapped to the
 * element, annotation and annotation value that wrote them, so that a validator finding at
 * {@code /States/Notify/Parameters/Message.$} is reported on the {@code parameters} value of the
 * {@code @Task} of the member that declares "Notify".
 */
final class Origins {
  /**
   * One origin.
   *
   * @param element the member or type
   * @param annotation the annotation on it, or null
   * @param value the annotation value, or null
   */
  record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {}

  private final Map<String, Origin> byPointer = new HashMap<>();

  /** Records that what is at {@code pointer} (and below) comes from {@code origin}. */
  void put(String pointer, Origin origin) {
    byPointer.put(pointer, origin);
  }

  /** The origin of the closest recorded pointer at or above {@code pointer}; the root's origin at worst. */
  Origin find(String pointer) {
    String p = pointer;
    while (true) {
      Origin origin = byPointer.get(p);
      if (origin != null || p.isEmpty()) {
        return origin;
      }
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
  }
}
