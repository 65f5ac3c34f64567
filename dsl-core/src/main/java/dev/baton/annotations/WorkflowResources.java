package dev.baton.annotations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads the ASL JSON that Baton's annotation processor wrote for a {@link StateMachine} type
 * ({@code stepfunctions/<name>.asl.json} in the class output). The generated {@code
 * <Type>Workflow.json()} calls it, so that the generated class stays a few lines long: javac
 * compiles it again in every build of the user's project.
 */
public final class WorkflowResources {
  private WorkflowResources() {}

  /**
   * The text of {@code resource}, read with {@code anchor}'s class loader.
   *
   * @param anchor a class whose class loader sees the resource (the generated class); required
   * @param resource the resource's path, e.g. {@code stepfunctions/order-flow.asl.json}; required
   * @return the JSON text (UTF-8)
   * @throws IllegalStateException when the resource is not on the class path (the class was not
   *     compiled with the processor, or the resource was left out of the jar)
   * @throws UncheckedIOException when reading it fails
   */
  public static String json(Class<?> anchor, String resource) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(resource, "resource");
    ClassLoader loader = anchor.getClassLoader() != null ? anchor.getClassLoader() : ClassLoader.getSystemClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path; was it compiled with Baton's processor?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
