package dev.baton.examples;

import dev.baton.model.StateMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes every example workflow as {@code <dir>/<name>.asl.json}. Run by {@code mvn package}.
 *
 * <p>Each file is written to a temporary file first and then moved into place, so a failure never
 * leaves a half-written definition behind.
 */
public final class WriteDefinitions {
  private WriteDefinitions() {}

  /**
   * Writes the definitions.
   *
   * @param args one argument: the output directory
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WriteDefinitions OUTPUT_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    int count = 0;
    for (Map.Entry<String, Supplier<StateMachine>> workflow : ExampleWorkflows.all().entrySet()) {
      String json = workflow.getValue().get().toJson();
      Path target = dir.resolve(workflow.getKey() + ".asl.json");
      Path temporary = Files.createTempFile(dir, workflow.getKey(), ".tmp");
      Files.writeString(temporary, json, StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.printf("wrote %-45s %6d bytes, %3d states%n", dir.relativize(target),
          json.getBytes(StandardCharsets.UTF_8).length, workflow.getValue().get().allStates().size());
      count++;
    }
    System.out.printf("%d workflow definitions written to %s%n", count, dir);
  }
}
