package dev.ao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The CLI's own version, written into the jar by the build. */
final class CliVersion {
  private CliVersion() {}

  static String get() {
    try (InputStream in = CliVersion.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
