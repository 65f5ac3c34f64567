package dev.baton.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Baton's annotation processor: generates typed paths for {@code @WorkflowData} types, checks the
 * string literals passed to DSL parameters marked as paths or expressions, validates and writes
 * {@code @StateMachine} workflows as ASL JSON, and indexes {@code @Workflow} methods.
 *
 * <p>Options: {@code -Abaton.flow=false} turns the data-flow check of {@code @StateMachine} types
 * off; {@code -Abaton.warningsAsErrors=true} makes warnings errors; {@code -Abaton.literals=false}
 * turns the literal checks off. No exception escapes into javac: an internal failure is reported
 * as one {@code [BatonInternalError]} naming the element being processed.
 */
@AutoService(Processor.class)
public final class BatonProcessor extends AbstractProcessor {
  static final String FLOW_OPTION = "baton.flow";
  static final String WARNINGS_AS_ERRORS_OPTION = "baton.warningsAsErrors";
  static final String LITERALS_OPTION = "baton.literals";

  private Reporter reporter;
  private PathsGenerator paths;
  private StateMachineProcessor stateMachines;
  private WorkflowIndexWriter index;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // "*": the literal checks look at every class, annotated or not.
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(FLOW_OPTION, WARNINGS_AS_ERRORS_OPTION, LITERALS_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new Reporter(env.getMessager(), option(WARNINGS_AS_ERRORS_OPTION, false));
    JavaTypes types = new JavaTypes(env.getTypeUtils(), env.getElementUtils());
    paths = new PathsGenerator(env.getElementUtils(), types);
    stateMachines = new StateMachineProcessor(env, reporter, new MirrorShapes(types, env.getElementUtils()),
        option(FLOW_OPTION, true));
    index = new WorkflowIndexWriter(env, reporter);
    if (option(LITERALS_OPTION, true)) {
      try {
        LiteralChecker.register(env);
      } catch (RuntimeException | LinkageError e) {
        reporter.note("Baton: string literals are not checked (" + e + ")");
      }
    }
  }

  private boolean option(String name, boolean fallback) {
    String value = processingEnv.getOptions().get(name);
    return value == null ? fallback : Boolean.parseBoolean(value.strip());
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement workflowData = processingEnv.getElementUtils().getTypeElement(PathsGenerator.WORKFLOW_DATA);
    if (workflowData != null) {
      java.util.Set<TypeElement> trees = new java.util.LinkedHashSet<>();
      for (Element element : round.getElementsAnnotatedWith(workflowData)) {
        guarded(element, () -> {
          if (checkData((TypeElement) element)) {
            trees.add(PathsGenerator.topLevel((TypeElement) element));
          }
        });
      }
      for (TypeElement top : trees) {
        guarded(top, () -> paths.generateTree(top).writeTo(processingEnv.getFiler()));
      }
    }
    TypeElement stateMachine = processingEnv.getElementUtils().getTypeElement(StateMachineProcessor.STATE_MACHINE);
    if (stateMachine != null) {
      for (Element element : round.getElementsAnnotatedWith(stateMachine)) {
        guarded(element, () -> stateMachines.process((TypeElement) element));
      }
    }
    index.compiled(round.getRootElements());
    TypeElement workflow = processingEnv.getElementUtils().getTypeElement(WorkflowIndexWriter.WORKFLOW);
    if (workflow != null) {
      for (Element element : round.getElementsAnnotatedWith(workflow)) {
        guarded(element, () -> index.add(element));
      }
    }
    if (round.processingOver()) {
      guarded(null, index::write);
    }
    return false;
  }

  private boolean checkData(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      reporter.error("BatonNotData", "@WorkflowData goes on a record or a class, not on "
          + type.getKind().name().toLowerCase(java.util.Locale.ROOT) + " " + type.getSimpleName(), type, null, null);
      return false;
    }
    return true;
  }

  /** Work on one element that must not let an exception into javac. */
  interface Work {
    /** Does the work. */
    void run() throws Exception;
  }

  private void guarded(Element element, Work work) {
    try {
      work.run();
    } catch (Exception | LinkageError | StackOverflowError e) {
      String where = element == null ? "the workflow index" : element.getKind().name().toLowerCase(java.util.Locale.ROOT)
          + " " + element;
      reporter.error("BatonInternalError", "Baton's processor failed on " + where + ": " + e
          + "; please report this with the element's source", element, null, null);
    }
  }
}
