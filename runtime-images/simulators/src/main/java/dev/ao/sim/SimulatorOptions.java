package dev.ao.sim;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How to start a {@link GitHubSimulator}.
 *
 * @param port 0 for an ephemeral port
 * @param dataDir where the bare git repositories live; null for a temporary directory deleted on close
 * @param clock the simulated "now" (timestamps, rate-limit windows)
 */
public record SimulatorOptions(String host, int port, Path dataDir, Clock clock) {

  public SimulatorOptions {
    host = host == null ? "127.0.0.1" : host;
    clock = clock == null ? Clock.systemUTC() : clock;
  }

  /** 127.0.0.1, an ephemeral port, a temporary data directory, the system clock. */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions("127.0.0.1", 0, null, null);
  }

  public SimulatorOptions withPort(int newPort) {
    return new SimulatorOptions(host, newPort, dataDir, clock);
  }

  public SimulatorOptions withDataDir(Path dir) {
    return new SimulatorOptions(host, port, dir, clock);
  }

  public SimulatorOptions withClock(Clock newClock) {
    return new SimulatorOptions(host, port, dataDir, newClock);
  }
}
