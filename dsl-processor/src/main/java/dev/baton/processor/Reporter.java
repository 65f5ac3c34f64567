package dev.baton.processor;

import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports Baton's findings to javac on the element, annotation and annotation value concerned,
 * each message starting with a stable id in brackets ({@code [BatonUnknownState]}, or a validator
 * rule id such as {@code [flow.path-missing]}).
 *
 * <p>A warning is suppressed by {@code @SuppressWarnings("baton:<id>")} (or {@code "baton"} for all)
 * on the element or any element enclosing it; with {@code -Abaton.warningsAsErrors=true} warnings
 * that are not suppressed become errors.
 */
final class Reporter {
  private final Messager messager;
  private final boolean warningsAsErrors;
  private int errors;

  Reporter(Messager messager, boolean warningsAsErrors) {
    this.messager = messager;
    this.warningsAsErrors = warningsAsErrors;
  }

  /** An error on an element, optionally on one of its annotations and one of that annotation's values. */
  void error(String id, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    errors++;
    print(Kind.ERROR, id, message, element, annotation, value);
  }

  /** A warning, unless suppressed; an error with {@code -Abaton.warningsAsErrors=true}. */
  void warning(String id, String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    if (isSuppressed(id, element)) {
      return;
    }
    if (warningsAsErrors) {
      error(id, message + " (a warning made an error by -Abaton.warningsAsErrors=true)", element, annotation, value);
    } else {
      print(Kind.WARNING, id, message, element, annotation, value);
    }
  }

  /** A note, for information only. */
  void note(String message) {
    messager.printMessage(Kind.NOTE, message);
  }

  /** How many errors were reported so far. */
  int errorCount() {
    return errors;
  }

  private void print(Kind kind, String id, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    String text = "[" + id + "] " + message;
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (annotation == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, annotation);
    } else {
      messager.printMessage(kind, text, element, annotation, value);
    }
  }

  /** Whether {@code @SuppressWarnings("baton")} or {@code ("baton:<id>")} is on the element or an enclosing one. */
  static boolean isSuppressed(String id, Element element) {
    String wanted = "baton:" + id.toLowerCase(Locale.ROOT);
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String key : List.of(suppress.value())) {
          String k = key.toLowerCase(Locale.ROOT);
          if (k.equals("baton") || k.equals(wanted)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
