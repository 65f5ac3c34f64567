package dev.baton.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.baton.expr.Intrinsic;
import dev.baton.expr.Jsonata;
import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Checks, after javac has attributed each class, every string literal (or String constant) passed
 * to a parameter marked {@code @PathExpression}, {@code @ReferencePathExpression},
 * {@code @IntrinsicExpression} or {@code @JsonataExpression}, with the same parsers the DSL uses at
 * run time; a bad one is a javac error on the argument. Needs javac's tree API: under another
 * compiler the check is skipped with a note.
 */
final class LiteralChecker implements TaskListener {
  private static final String MARKERS = "dev.baton.annotations.";

  /** A kind of expression a marked parameter takes: its marker, its diagnostic id, its parser. */
  private enum Marker {
    PATH("PathExpression", "BatonBadPath", "a path", Path::of),
    REFERENCE_PATH("ReferencePathExpression", "BatonBadReferencePath", "a Reference Path", ReferencePath::of),
    INTRINSIC("IntrinsicExpression", "BatonBadIntrinsic", "an intrinsic function", Intrinsic::parse),
    JSONATA("JsonataExpression", "BatonBadJsonata", "a JSONata expression", Jsonata::of);

    final String annotation;
    final String id;
    final String what;
    final Consumer<String> parser;

    Marker(String simpleName, String id, String what, Consumer<String> parser) {
      this.annotation = MARKERS + simpleName;
      this.id = id;
      this.what = what;
      this.parser = parser;
    }
  }

  private final Trees trees;

  private LiteralChecker(Trees trees) {
    this.trees = trees;
  }

  /**
   * Registers the checker with the running javac.
   *
   * @throws IllegalArgumentException when the compiler is not javac
   */
  static void register(ProcessingEnvironment env) {
    JavacTask task = JavacTask.instance(env);
    task.addTaskListener(new LiteralChecker(Trees.instance(env)));
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
      return;
    }
    CompilationUnitTree unit = event.getCompilationUnit();
    TreePath type = trees.getPath(event.getTypeElement());
    if (unit == null || type == null) {
      return;
    }
    try {
      new Scanner(unit).scan(type, null);
    } catch (RuntimeException | LinkageError e) {
      trees.printMessage(Kind.ERROR, "[BatonInternalError] Baton's literal check failed on "
          + event.getTypeElement() + ": " + e + "; please report this with the class's source", type.getLeaf(), unit);
    }
  }

  private final class Scanner extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;

    Scanner(CompilationUnitTree unit) {
      this.unit = unit;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      check(call.getArguments());
      return super.visitMethodInvocation(call, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree call, Void unused) {
      check(call.getArguments());
      return super.visitNewClass(call, unused);
    }

    private void check(List<? extends ExpressionTree> arguments) {
      if (arguments.isEmpty()) {
        return;
      }
      Element element = trees.getElement(getCurrentPath());
      if (!(element instanceof ExecutableElement method)) {
        return;
      }
      List<? extends VariableElement> parameters = method.getParameters();
      for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
        if (method.isVarArgs() && i == parameters.size() - 1) {
          break;
        }
        List<Marker> markers = markers(parameters.get(i));
        if (!markers.isEmpty()) {
          checkArgument(arguments.get(i), markers, method);
        }
      }
    }

    private void checkArgument(ExpressionTree argument, List<Marker> markers, ExecutableElement method) {
      String text = constant(argument);
      if (text == null) {
        return; // computed at run time: the DSL checks it when it runs
      }
      RuntimeException first = null;
      Marker firstMarker = null;
      for (Marker marker : markers) {
        try {
          marker.parser.accept(text);
          return;
        } catch (RuntimeException e) {
          boolean better = firstMarker == null || marker == Marker.INTRINSIC && text.startsWith("States.");
          if (better) {
            first = e;
            firstMarker = marker;
          }
        }
      }
      String owner = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
      String what = markers.size() == 1 ? firstMarker.what
          : String.join(" or ", markers.stream().map(m -> m.what).toList());
      trees.printMessage(Kind.ERROR, "[" + firstMarker.id + "] " + owner + " takes " + what + ": "
          + first.getMessage(), argument, unit);
    }

    /** The value of a string literal or String constant (possibly parenthesised), or null. */
    private String constant(ExpressionTree argument) {
      ExpressionTree tree = argument;
      while (tree instanceof ParenthesizedTree parenthesized) {
        tree = parenthesized.getExpression();
      }
      if (tree instanceof LiteralTree literal) {
        return literal.getValue() instanceof String s ? s : null;
      }
      if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
        Element element = trees.getElement(new TreePath(getCurrentPath(), tree));
        if (element != null && element.getKind() == ElementKind.FIELD
            && ((VariableElement) element).getConstantValue() instanceof String s) {
          return s;
        }
      }
      return null;
    }
  }

  private static List<Marker> markers(VariableElement parameter) {
    List<Marker> found = new ArrayList<>(2);
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.startsWith(MARKERS)) {
        for (Marker marker : Marker.values()) {
          if (marker.annotation.equals(name)) {
            found.add(marker);
          }
        }
      }
    }
    return found;
  }
}
