package dev.ao.sim.ops;

import dev.ao.sim.model.CheckConclusion;
import java.time.Duration;
import java.util.List;

/**
 * "CI mode": decides which check runs a push produces and how they end. Set per repository; runs on every branch
 * push (including seed commits and merges into the base).
 */
@FunctionalInterface
public interface CiPolicy {

  List<CiOutcome> checksFor(CiPush push);

  /** Every push gets one check with the same conclusion. */
  static CiPolicy fixed(String checkName, CheckConclusion conclusion) {
    return push -> List.of(CiOutcome.immediately(checkName, conclusion));
  }

  /** Every push gets one check with the same conclusion, reported after {@code delay}. */
  static CiPolicy delayed(String checkName, CheckConclusion conclusion, Duration delay) {
    return push -> List.of(new CiOutcome(checkName, conclusion, delay, null));
  }

  /**
   * The n-th push to a branch gets the n-th conclusion and later pushes the last one: {@code sequence("ci", FAILURE,
   * SUCCESS)} fails a branch's first push and passes its fix, the demo's story.
   */
  static CiPolicy sequence(String checkName, List<CheckConclusion> conclusions) {
    return sequence(checkName, conclusions, Duration.ZERO);
  }

  /** Like {@link #sequence(String, List)}, each conclusion reported {@code delay} after the push. */
  static CiPolicy sequence(String checkName, List<CheckConclusion> conclusions, Duration delay) {
    if (conclusions.isEmpty()) {
      throw new IllegalArgumentException("a sequence needs at least one conclusion");
    }
    List<CheckConclusion> steps = List.copyOf(conclusions);
    return push -> {
      int index = Math.min(push.pushNumber(), steps.size()) - 1;
      return List.of(new CiOutcome(checkName, steps.get(index), delay, null));
    };
  }

  /** Every push gets a check that stays in progress until completed through the API. */
  static CiPolicy pending(String checkName) {
    return push -> List.of(new CiOutcome(checkName, null, Duration.ZERO, null));
  }
}
