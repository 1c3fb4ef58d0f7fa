package dev.ao.e2e;

import java.time.Duration;

/** The operator release the test classes share; installed once, by whichever class needs it first. */
final class NodeFixture {
  private static boolean installed;

  private NodeFixture() {}

  static synchronized void operatorInstalled(RealNode node) {
    if (installed && OperatorRelease.deployment(node) != null) {
      return;
    }
    if (OperatorRelease.deployment(node) == null) {
      OperatorRelease.install(node);
    }
    OperatorRelease.awaitAvailable(node, 1, Duration.ofMinutes(3));
    installed = true;
  }

  static synchronized void forget() {
    installed = false;
  }
}
