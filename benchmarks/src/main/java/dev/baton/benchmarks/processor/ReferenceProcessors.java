package dev.baton.benchmarks.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Two processors that give the floor under any processor's cost on {@link GeneratedProject}, so that
 * Baton's figures can be read against what javac charges regardless of the processor's work:
 *
 * <ul>
 *   <li>{@link #noOp()}: supports Baton's annotations, generates nothing; what javac charges for
 *       running annotation processing at all;
 *   <li>{@link #requiredFiles()}: writes the files the issue requires of Baton's processor, with
 *       empty bodies and no checks: per top-level {@code @WorkflowData} type a {@code <Name>Paths}
 *       source with one class for it (and its {@code At}) and one nested class per nested
 *       {@code @WorkflowData} type, per {@code @StateMachine} type a {@code <Name>Workflow} source and
 *       its {@code stepfunctions/<name>.asl.json}, and the workflow index. Any processor that
 *       generates typed paths and a class per workflow makes javac create, parse, enter and write at
 *       least these.
 * </ul>
 */
final class ReferenceProcessors {
  private static final Set<String> BATON_ANNOTATIONS = Set.of("dev.baton.annotations.*");

  private ReferenceProcessors() {}

  /** A processor that runs and generates nothing. */
  static Processor noOp() {
    return new Base() {
      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
      }
    };
  }

  /** A processor that writes the files Baton's processor must write, empty. */
  static Processor requiredFiles() {
    return new RequiredFiles();
  }

  private abstract static class Base extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return BATON_ANNOTATIONS;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }
  }

  private static final class RequiredFiles extends Base {
    private final List<String> workflows = new ArrayList<>();

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      try {
        TypeElement data = processingEnv.getElementUtils().getTypeElement("dev.baton.annotations.WorkflowData");
        Set<TypeElement> tops = new LinkedHashSet<>();
        for (Element e : round.getElementsAnnotatedWith(data)) {
          Element top = e;
          while (top.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
            top = top.getEnclosingElement();
          }
          tops.add((TypeElement) top);
        }
        for (TypeElement top : tops) {
          StringBuilder nested = new StringBuilder();
          for (Element member : top.getEnclosedElements()) {
            if (member.getAnnotation(dev.baton.annotations.WorkflowData.class) != null) {
              nested.append("  public static final class ").append(member.getSimpleName()).append("Paths {}\n");
            }
          }
          writeSource(top, top.getSimpleName() + "Paths",
              "  public static final class At {}\n" + nested);
        }
        TypeElement machine = processingEnv.getElementUtils().getTypeElement("dev.baton.annotations.StateMachine");
        for (Element e : round.getElementsAnnotatedWith(machine)) {
          String name = name(e);
          writeSource((TypeElement) e, e.getSimpleName() + "Workflow", "");
          try (Writer out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
              "stepfunctions/" + name + ".asl.json", e).openWriter()) {
            out.write("{}\n");
          }
          workflows.add(name);
        }
        if (round.processingOver()) {
          try (Writer out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
              "META-INF/baton/workflows.index").openWriter()) {
            out.write(String.join("\n", workflows));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }

    private void writeSource(TypeElement origin, String simpleName, String body) throws IOException {
      String pkg = processingEnv.getElementUtils().getPackageOf(origin).getQualifiedName().toString();
      try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + simpleName, origin).openWriter()) {
        out.write("package " + pkg + ";\n\npublic final class " + simpleName + " {\n" + body + "}\n");
      }
    }

    private static String name(Element e) {
      for (AnnotationMirror a : e.getAnnotationMirrors()) {
        for (var entry : a.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("name")) {
            return entry.getValue().getValue().toString();
          }
        }
      }
      return e.getSimpleName().toString();
    }
  }
}
