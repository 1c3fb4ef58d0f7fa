package dev.ao.sim.ops;

import dev.ao.sim.model.CheckConclusion;
import java.time.Duration;

/**
 * One check run a simulated CI reports for a push.
 *
 * @param conclusion the result; null leaves the run in progress until someone completes it
 * @param delay how long the run stays in progress before the conclusion is reported
 */
public record CiOutcome(String name, CheckConclusion conclusion, Duration delay, String summary) {

  public CiOutcome {
    delay = delay == null ? Duration.ZERO : delay;
  }

  public static CiOutcome immediately(String name, CheckConclusion conclusion) {
    return new CiOutcome(name, conclusion, Duration.ZERO, null);
  }
}
