package dev.ao.cli;

import dev.ao.api.ApiGroup;
import dev.ao.cli.output.OutputOptions;
import dev.ao.cli.output.Printer;
import dev.ao.cli.support.CliContext;
import dev.ao.cli.support.Cluster;
import dev.ao.cli.support.ClusterConnector.Needs;
import dev.ao.cli.support.ClusterOptions;
import dev.ao.cli.support.ExitCodes;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "version", description = "Print the CLI's version and the versions of the agent-orchestrator CRDs in the cluster.")
public final class VersionCommand implements Callable<Integer> {
  private static final List<String> CRDS = List.of("sessions." + ApiGroup.GROUP, "projects." + ApiGroup.GROUP);

  @Spec CommandSpec spec;
  @Mixin ClusterOptions clusterOptions;
  @Mixin OutputOptions output;

  @Option(names = "--client", description = "Only the CLI's version; do not contact the cluster.")
  boolean clientOnly;

  private final CliContext ctx;

  public VersionCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Printer printer = new Printer(spec.commandLine().getOut());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("client", Map.of("version", CliVersion.get(), "apiVersion", ApiGroup.API_VERSION,
        "java", System.getProperty("java.version")));
    if (clientOnly) {
      printer.data(data, output.format, this::human);
      return ExitCodes.OK;
    }
    if (output.format.human()) {
      // The CLI's version is printed even when the cluster then turns out to be unreachable.
      printer.line(clientLine());
    }
    try (Cluster cluster = ctx.connector().connect(clusterOptions, Needs.REACHABLE)) {
      Map<String, Object> server = new LinkedHashMap<>();
      server.put("server", cluster.server());
      server.put("context", cluster.context());
      List<Map<String, Object>> crds = new ArrayList<>();
      for (String name : CRDS) {
        crds.add(crd(cluster, name));
      }
      server.put("crds", crds);
      data.put("cluster", server);
    }
    printer.data(data, output.format, out -> clusterLines(out, data));
    return ExitCodes.OK;
  }

  private Map<String, Object> crd(Cluster cluster, String name) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("name", name);
    CustomResourceDefinition crd;
    try {
      crd = cluster.client().apiextensions().v1().customResourceDefinitions().withName(name).get();
    } catch (KubernetesClientException e) {
      info.put("installed", "unknown");
      info.put("note", e.getCode() == 403 ? "not allowed to read CustomResourceDefinitions" : e.getMessage());
      return info;
    }
    if (crd == null) {
      info.put("installed", false);
      return info;
    }
    info.put("installed", true);
    List<String> versions = new ArrayList<>();
    String storage = null;
    for (CustomResourceDefinitionVersion v : crd.getSpec().getVersions()) {
      if (Boolean.TRUE.equals(v.getServed())) {
        versions.add(v.getName());
      }
      if (Boolean.TRUE.equals(v.getStorage())) {
        storage = v.getName();
      }
    }
    info.put("servedVersions", versions);
    info.put("storageVersion", storage);
    info.put("labels", crd.getMetadata().getLabels() == null ? Map.of() : crd.getMetadata().getLabels());
    if (!versions.contains(ApiGroup.VERSION)) {
      info.put("note", "does not serve " + ApiGroup.VERSION + ", which this CLI uses; upgrade the CRDs");
    }
    return info;
  }

  private static String clientLine() {
    return "ao CLI:      " + CliVersion.get() + " (API " + ApiGroup.API_VERSION + ", Java " + System.getProperty("java.version") + ")";
  }

  private void human(PrintWriter out) {
    out.println(clientLine());
  }

  @SuppressWarnings("unchecked")
  private static void clusterLines(PrintWriter out, Map<String, Object> data) {
    Map<String, Object> server = (Map<String, Object>) data.get("cluster");
    out.println("API server:  " + server.get("server") + (server.get("context") == null ? "" : " (context " + server.get("context") + ")"));
    for (Map<String, Object> crd : (List<Map<String, Object>>) server.get("crds")) {
      StringBuilder line = new StringBuilder("CRD ").append(crd.get("name")).append(": ");
      Object installed = crd.get("installed");
      if (Boolean.FALSE.equals(installed)) {
        line.append("not installed (kubectl apply -f helm/agent-orchestrator/crds/)");
      } else if ("unknown".equals(installed)) {
        line.append("unknown (").append(crd.get("note")).append(")");
      } else {
        line.append(String.join(", ", (List<String>) crd.get("servedVersions")))
            .append(" (storage ").append(crd.get("storageVersion")).append(")");
        Map<String, String> labels = (Map<String, String>) crd.get("labels");
        if (!labels.isEmpty()) {
          line.append(", labels ");
          labels.forEach((k, v) -> line.append(k).append('=').append(v).append(' '));
        }
        if (crd.get("note") != null) {
          line.append(" — ").append(crd.get("note"));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
