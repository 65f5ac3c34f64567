package dev.baton.examples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project in src/it/bad-path fails javac on its bad path literal, with the message, file and line. */
class BadPathProjectTest {
  private static final Path PROJECT = Path.of("src/it/bad-path");

  @Test
  void javacFailsOnTheBadPathLiteral(@TempDir Path out) throws IOException {
    Path source = PROJECT.resolve("src/main/java/demo/BadPath.java");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      // the processor is found on the test class path (dsl-processor is a provided dependency)
      List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-implicit:none",
          "-classpath", System.getProperty("java.class.path"), "-processorpath", System.getProperty("java.class.path")));
      boolean compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
      assertThat(compiled).isFalse();
    }
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.getMessage(Locale.ROOT)).startsWith("[BatonBadPath] Baton.path takes a path: ")
          .contains("'$.orders[0.id'");
      assertThat(Path.of(error.getSource().toUri())).isEqualTo(source.toAbsolutePath());
      assertThat(error.getLineNumber()).isEqualTo(lineOf(source, "path(\"$.orders[0.id\")"));
      assertThat(error.getColumnNumber()).isEqualTo(columnOf(source, "\"$.orders[0.id\""));
    });
    assertThat(out.resolve("demo/BadPath.class")).doesNotExist();
  }

  private static long lineOf(Path file, String snippet) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError(snippet + " not in " + file);
  }

  private static long columnOf(Path file, String snippet) throws IOException {
    return Files.readAllLines(file).get((int) lineOf(file, snippet) - 1).indexOf(snippet) + 1;
  }
}
