package dev.ao.cli.support;

import dev.ao.cli.output.Serializer;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The production connector: the kubeconfig kubectl would use (--kubeconfig, $KUBECONFIG, ~/.kube/config,
 * or the pod's service account inside a cluster), then {@link Preflight} before the first API call.
 */
public final class KubeconfigConnector implements ClusterConnector {
  /** A CLI reports failures at once; the user can run it again. The client's default is 10 retries. */
  private static final int RETRIES = 0;
  private static final int CONNECT_TIMEOUT_MS = 5_000;

  private final Environment env;

  public KubeconfigConnector(Environment env) {
    this.env = env;
  }

  @Override
  public Cluster connect(ClusterOptions options, Needs needs) {
    Config config = config(options);
    config.setRequestRetryBackoffLimit(RETRIES);
    config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
    String context = config.getCurrentContext() == null ? null : config.getCurrentContext().getName();
    String namespace = options.namespace != null ? options.namespace
        : config.getNamespace() != null ? config.getNamespace() : "default";
    Preflight.checkReachable(config.getMasterUrl(), context);
    // One serializer for the client and the printer: building a second costs tens of milliseconds per command.
    KubernetesClient client = new KubernetesClientBuilder()
        .withConfig(config)
        .withHttpClientFactory(new JdkHttpClientFactory())
        .withKubernetesSerialization(Serializer.get())
        .build();
    Cluster cluster = new Cluster(client, namespace, config.getMasterUrl(), context);
    if (needs == Needs.AO_API) {
      try {
        Preflight.checkAoApi(cluster);
      } catch (RuntimeException e) {
        cluster.close();
        throw e;
      }
    }
    return cluster;
  }

  private Config config(ClusterOptions options) {
    Optional<Path> file = kubeconfigFile(options);
    if (file.isEmpty()) {
      if (env.get("KUBERNETES_SERVICE_HOST").isPresent()) {
        // Inside a pod (e.g. the orchestrator agent running `ao spawn`): the service account.
        return Config.autoConfigure(options.context);
      }
      throw CliException.cluster("No kubeconfig found (looked at " + String.join(", ", candidates(options)) + ")."
          + " Point KUBECONFIG or --kubeconfig at your cluster's kubeconfig, or run the product locally with `ao local up`.");
    }
    Config config = Config.fromKubeconfig(options.context, file.get().toFile());
    NamedContext current = config.getCurrentContext();
    if (options.context != null && (current == null || !options.context.equals(current.getName()))) {
      throw CliException.userError("No context \"" + options.context + "\" in " + file.get() + "; contexts: "
          + contextNames(config) + ". Pick one with --context, or see `kubectl config get-contexts`.");
    }
    if (current == null) {
      throw CliException.userError(file.get() + " has no current context; pass --context (" + contextNames(config)
          + ") or run `kubectl config use-context <name>`.");
    }
    return config;
  }

  private static String contextNames(Config config) {
    List<String> names = config.getContexts() == null ? List.of()
        : config.getContexts().stream().map(NamedContext::getName).toList();
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private Optional<Path> kubeconfigFile(ClusterOptions options) {
    if (options.kubeconfig != null) {
      if (!Files.isRegularFile(options.kubeconfig)) {
        throw CliException.userError("--kubeconfig " + options.kubeconfig + " does not exist.");
      }
      return Optional.of(options.kubeconfig);
    }
    return candidates(options).stream().map(Path::of).filter(Files::isRegularFile).findFirst();
  }

  private List<String> candidates(ClusterOptions options) {
    List<String> files = new ArrayList<>();
    if (options.kubeconfig != null) {
      files.add(options.kubeconfig.toString());
    }
    env.get("KUBECONFIG").ifPresent(v -> {
      for (String f : v.split(File.pathSeparator)) {
        if (!f.isBlank()) {
          files.add(f);
        }
      }
    });
    if (env.get("KUBECONFIG").isEmpty()) {
      files.add(env.home().resolve(".kube").resolve("config").toString());
    }
    return files;
  }
}
