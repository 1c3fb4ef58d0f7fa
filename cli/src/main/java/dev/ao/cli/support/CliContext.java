package dev.ao.cli.support;

/** What commands are given instead of building it themselves: the cluster connector, the environment, external programs. */
public record CliContext(ClusterConnector connector, Environment env, ExternalCommands external) {

  public static CliContext system() {
    Environment env = Environment.system();
    return new CliContext(new KubeconfigConnector(env), env, new ExternalCommands(env));
  }

  public static CliContext of(ClusterConnector connector, Environment env) {
    return new CliContext(connector, env, new ExternalCommands(env));
  }
}
