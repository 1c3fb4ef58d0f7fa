package dev.ao.cli.bench;

import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.session.Activity;
import dev.ao.api.v1alpha1.session.PullRequestStatus;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionSpec;
import dev.ao.api.v1alpha1.session.SessionStatus;
import dev.ao.cli.testing.TestCluster;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A test API server filled with Sessions that look like a busy team's, and a kubeconfig pointing at it. */
final class BenchCluster implements AutoCloseable {
  static final String NAMESPACE = "bench";
  private static final SessionPhase[] PHASES = {
    SessionPhase.Working, SessionPhase.PROpen, SessionPhase.CIFailed, SessionPhase.ReviewPending, SessionPhase.Approved
  };

  /** Held so the setting is not garbage-collected: the mock server logs every request at INFO. */
  private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  static {
    MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final TestCluster cluster = TestCluster.start(true);

  KubernetesClient client() {
    return cluster.client();
  }

  /** n Sessions of Project webapp in namespace bench, each with a status and most with a PR. */
  BenchCluster populate(int n) throws InterruptedException {
    Project p = new Project();
    p.setMetadata(new ObjectMetaBuilder().withName("webapp").withNamespace(NAMESPACE).build());
    p.setSpec(new ProjectSpec());
    p.getSpec().repo = new RepoSpec();
    p.getSpec().repo.url = "https://github.com/acme/webapp.git";
    p.getSpec().repo.tokenSecret = new SecretKeyRef("webapp-github-token", "token");
    p.getSpec().sessionPrefix = "web";
    client().resources(Project.class).inNamespace(NAMESPACE).resource(p).create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 1; i <= n; i++) {
      int k = i;
      pool.submit(() -> createSession(k));
    }
    pool.shutdown();
    if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException("populating the bench cluster took too long");
    }
    return this;
  }

  private void createSession(int i) {
    Session s = new Session();
    s.setMetadata(new ObjectMetaBuilder().withName("web-" + i).withNamespace(NAMESPACE).build());
    s.setSpec(new SessionSpec());
    s.getSpec().project = "webapp";
    s.getSpec().issue = String.valueOf(1000 + i);
    Session created = client().resources(Session.class).inNamespace(NAMESPACE).resource(s).create();
    created.setStatus(new SessionStatus());
    created.getStatus().phase = PHASES[i % PHASES.length];
    created.getStatus().activity = i % 3 == 0 ? Activity.Idle : Activity.Active;
    created.getStatus().branch = "feat/" + (1000 + i) + "-some-work";
    created.getStatus().pod = "web-" + i + "-agent";
    if (i % 4 != 0) {
      created.getStatus().pr = new PullRequestStatus();
      created.getStatus().pr.number = i;
      created.getStatus().pr.state = "open";
      created.getStatus().pr.ci = i % 5 == 2 ? "failing" : "passing";
      created.getStatus().pr.reviewDecision = "review_required";
      created.getStatus().pr.url = "https://github.com/acme/webapp/pull/" + i;
    }
    client().resources(Session.class).inNamespace(NAMESPACE).resource(created).updateStatus();
  }

  Path kubeconfig(Path dir) throws IOException {
    Path file = dir.resolve("kubeconfig-bench.yaml");
    Files.writeString(file, """
        apiVersion: v1
        kind: Config
        clusters:
        - name: bench
          cluster:
            server: %s
        contexts:
        - name: bench
          context:
            cluster: bench
            user: bench
            namespace: %s
        current-context: bench
        users:
        - name: bench
          user:
            token: not-a-real-token
        """.formatted(cluster.url(), NAMESPACE));
    return file;
  }

  @Override
  public void close() {
    cluster.close();
  }
}
