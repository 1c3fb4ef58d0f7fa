package dev.ao.cli.support;

/** Opens the cluster a command talks to; injected so tests and the real kubeconfig use the same commands. */
public interface ClusterConnector {
  /** What a command needs from the cluster before its first API call. */
  enum Needs {
    /** An API server that answers (ao version reports on the CRDs itself). */
    REACHABLE,
    /** An API server that serves Sessions and Projects. */
    AO_API
  }

  /** Connects and runs the preflight checks; throws {@link CliException} with the fix when a check fails. */
  Cluster connect(ClusterOptions options, Needs needs);
}
