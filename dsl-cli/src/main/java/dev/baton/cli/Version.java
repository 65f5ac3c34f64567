package dev.baton.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code baton --version} prints: the project version written into the jar by the build. */
final class Version implements IVersionProvider {
  private static final String RESOURCE = "/dev/baton/cli/version.properties";

  /** The project version, or {@code unknown} when the resource is missing (an unfiltered build). */
  static String project() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "baton " + project(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
          + System.getProperty("java.vendor") + ")"
    };
  }
}
