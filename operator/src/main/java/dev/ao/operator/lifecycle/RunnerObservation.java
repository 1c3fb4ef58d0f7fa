package dev.ao.operator.lifecycle;

import dev.ao.api.v1alpha1.session.Activity;
import java.time.Instant;

/** What the in-pod runner's status endpoint said, or that it could not be reached. */
public record RunnerObservation(boolean reachable, Activity activity, Instant lastOutputAt, Integer exitCode, String error) {
  public static RunnerObservation unreachable(String error) {
    return new RunnerObservation(false, null, null, null, error);
  }

  public static RunnerObservation of(Activity activity, Instant lastOutputAt, Integer exitCode) {
    return new RunnerObservation(true, activity, lastOutputAt, exitCode, null);
  }
}
