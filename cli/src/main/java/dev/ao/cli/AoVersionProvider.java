package dev.ao.cli;

import picocli.CommandLine.IVersionProvider;

/** `ao --version`: the CLI only; `ao version` also reports the cluster's CRDs. */
public final class AoVersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"ao " + CliVersion.get()};
  }
}
