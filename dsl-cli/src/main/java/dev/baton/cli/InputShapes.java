package dev.baton.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.baton.flow.FlowHints;
import dev.baton.flow.ShapeSources;
import dev.baton.validate.ValidationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The validation options of {@code --no-flow}, {@code --input-schema} and {@code --input-sample}. */
final class InputShapes {
  private InputShapes() {}

  /** A schema or sample file that cannot be used, with a message naming it. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  static ValidationOptions options(boolean noFlow, String schemaFile, String sampleFile) throws BadInput {
    ValidationOptions options = ValidationOptions.defaults();
    if (noFlow) {
      options = options.withoutFlow();
    }
    if (schemaFile != null && sampleFile != null) {
      throw new BadInput("--input-schema and --input-sample both describe the input; give one");
    }
    if (schemaFile != null) {
      options = options.withHints(FlowHints.none().withInput(ShapeSources.fromSchema(read(schemaFile, "--input-schema"))));
    } else if (sampleFile != null) {
      options = options.withHints(FlowHints.none().withInput(ShapeSources.fromSample(read(sampleFile, "--input-sample"))));
    }
    return options;
  }

  private static JsonNode read(String file, String option) throws BadInput {
    String text;
    try {
      text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInput(option + " " + file + ": no such file");
    } catch (IOException | RuntimeException e) {
      throw new BadInput(option + " " + file + ": cannot read it (" + e.getMessage() + ")");
    }
    boolean yaml = file.endsWith(".yaml") || file.endsWith(".yml");
    try {
      return (yaml ? new YAMLMapper() : new ObjectMapper()).readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadInput(option + " " + file + ": not valid " + (yaml ? "YAML" : "JSON") + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInput(option + " " + file + ": cannot read it (" + e.getMessage() + ")");
    }
  }
}
