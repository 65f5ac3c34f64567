package dev.baton.benchmarks.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The validation conformance corpus, {@code valid/*.json} then {@code invalid/*.json}, read from
 * {@code dsl-core/src/test/resources/conformance/validation} under the working directory, or from the
 * directory named by the system property {@value #PROPERTY}.
 */
public final class ValidationCorpus {
  /** System property naming the corpus directory (the one holding {@code valid/} and {@code invalid/}). */
  public static final String PROPERTY = "baton.validation.dir";
  static final String DEFAULT_DIR = "dsl-core/src/test/resources/conformance/validation";

  private ValidationCorpus() {}

  /** The corpus directory. */
  public static Path dir() {
    Path dir = Path.of(System.getProperty(PROPERTY, DEFAULT_DIR));
    if (!Files.isDirectory(dir.resolve("valid")) || !Files.isDirectory(dir.resolve("invalid"))) {
      throw new IllegalStateException("no validation corpus at " + dir.toAbsolutePath()
          + ": run from the repository root or set -D" + PROPERTY + "=DIR");
    }
    return dir;
  }

  /** The text of every definition, valid ones first. */
  public static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (String sub : List.of("valid", "invalid")) {
      try (Stream<Path> files = Files.list(dir().resolve(sub))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }
}
