package dev.ao.cli.support;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which cluster and namespace a command talks to, as kubectl spells it. Mixed into every cluster command. */
public class ClusterOptions {
  @Option(names = "--context", paramLabel = "<name>", description = "kubeconfig context to use (default: the current context).")
  public String context;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "<namespace>",
      description = "Namespace (default: the context's namespace, else `default`).")
  public String namespace;

  @Option(
      names = "--kubeconfig",
      paramLabel = "<file>",
      description = "kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).")
  public Path kubeconfig;
}
