package dev.ao.runner.agent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** How activity is detected for one agent: terminal patterns, quiet time and its own session logs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivitySettings(
    List<String> waitingInputPatterns,
    List<String> activePatterns,
    Integer idleAfterSeconds,
    String sessionLogGlob) {

  static final ActivitySettings DEFAULT = new ActivitySettings(null, null, null, null);

  public ActivitySettings {
    waitingInputPatterns = waitingInputPatterns == null ? List.of() : List.copyOf(waitingInputPatterns);
    activePatterns = activePatterns == null ? List.of() : List.copyOf(activePatterns);
    idleAfterSeconds = idleAfterSeconds == null || idleAfterSeconds < 1 ? 30 : idleAfterSeconds;
    sessionLogGlob = sessionLogGlob == null || sessionLogGlob.isBlank() ? null : sessionLogGlob;
  }
}
