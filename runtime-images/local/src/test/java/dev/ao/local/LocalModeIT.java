package dev.ao.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ao.api.v1alpha1.common.SecretKeyRef;
import dev.ao.api.v1alpha1.project.AgentProfile;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.project.RepoSpec;
import dev.ao.api.v1alpha1.project.ScmSpec;
import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.api.v1alpha1.session.SessionPhase;
import dev.ao.api.v1alpha1.session.SessionSpec;
import dev.ao.local.supervise.BuiltJars;
import dev.ao.local.supervise.LocalUp;
import dev.ao.sim.GitHubSimulator;
import dev.ao.sim.SimulatorOptions;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Local mode end to end: embedded API, the real operator process, the executor running the real runner. */
class LocalModeIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private Path dir;
  private GitHubSimulator github;
  private LocalUp local;
  private int port;

  @BeforeEach
  void start() throws Exception {
    dir = Files.createTempDirectory("local-mode-it");
    github = GitHubSimulator.start(SimulatorOptions.defaults().withDataDir(dir.resolve("github")));
    github.control().addToken("local-token", "dev");
    github.control().createRepo(dev.ao.sim.model.RepoSpec.of("acme", "webapp"));
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    local = up();
  }

  private LocalUp up() throws Exception {
    return LocalUp.start(new LocalUp.Options(new LocalPaths(dir.resolve("data")), port, BuiltJars.operator(), Path.of(System.getProperty("ao.runner.jar"))));
  }

  @AfterEach
  void stop() {
    if (local != null) {
      local.close();
    }
    github.close();
  }

  private Path lineAgent() throws IOException {
    Path script = dir.resolve("line-agent.sh");
    Files.writeString(script, "#!/usr/bin/env bash\necho ready\nwhile IFS= read -r -p '> ' line; do printf '%s\\n' \"$line\" >> \"" + dir.resolve("agent.log") + "\"; done\n");
    script.toFile().setExecutable(true);
    return script;
  }

  private void createProject(KubernetesClient client, String repoUrl) throws IOException {
    client.resource(new SecretBuilder().withNewMetadata().withName("git").withNamespace("default").endMetadata()
        .addToStringData("token", "local-token").build()).create();
    Project p = new Project();
    p.setMetadata(new ObjectMetaBuilder().withName("webapp").withNamespace("default").build());
    p.setSpec(new ProjectSpec());
    p.getSpec().repo = new RepoSpec();
    p.getSpec().repo.url = repoUrl;
    p.getSpec().repo.tokenSecret = new SecretKeyRef("git", "token");
    p.getSpec().scm = new ScmSpec();
    p.getSpec().scm.github = new ScmSpec.GitHubScm();
    p.getSpec().scm.github.apiUrl = github.apiUrl();
    p.getSpec().scm.pollInterval = "1s";
    AgentProfile scripted = new AgentProfile();
    scripted.name = "scripted";
    scripted.image = "local";
    scripted.command = List.of(lineAgent().toString());
    scripted.promptDelivery = AgentProfile.PromptDelivery.POST_LAUNCH;
    scripted.readyPattern = "> ";
    p.getSpec().agentProfiles = List.of(scripted);
    p.getSpec().agent = new AgentSpec();
    p.getSpec().agent.profile = "scripted";
    client.resource(p).create();
  }

  private static Session session(String name, String prompt) {
    Session s = new Session();
    s.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("default").build());
    s.setSpec(new SessionSpec());
    s.getSpec().project = "webapp";
    s.getSpec().prompt = prompt;
    return s;
  }

  private Session get(KubernetesClient client, String name) {
    return client.resources(Session.class).inNamespace("default").withName(name).get();
  }

  @Test
  void runs_a_session_as_local_processes_and_stops_them_when_it_is_deleted() throws Exception {
    KubernetesClient client = local.api().client();
    createProject(client, github.cloneUrl("acme", "webapp"));
    client.resource(session("webapp-1", "Write the changelog")).create();

    await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
      Session s = get(client, "webapp-1");
      assertThat(s.getStatus()).isNotNull();
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Working);
      assertThat(Files.exists(dir.resolve("agent.log")) ? Files.readString(dir.resolve("agent.log")) : "").contains("Write the changelog");
    });
    Path checkout = dir.resolve("data/volumes/default/webapp-1-workspace/repo");
    assertThat(checkout.resolve("README.md")).exists();
    List<Long> pids = local.executor().pids("default", "webapp-1-agent");
    assertThat(pids).isNotEmpty();

    client.resources(Session.class).inNamespace("default").withName("webapp-1").delete();

    await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
      assertThat(get(client, "webapp-1")).isNull();
      assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("pid " + pid).isEmpty());
    });
  }

  @Test
  void a_failing_workspace_init_shows_its_termination_message_in_session_status() throws Exception {
    KubernetesClient client = local.api().client();
    createProject(client, github.cloneUrl("acme", "no-such-repo"));
    client.resource(session("webapp-2", "anything")).create();

    await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
      Session s = get(client, "webapp-2");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Errored);
      assertThat(s.getStatus().message).contains("workspace preparation failed").containsIgnoringCase("not found").doesNotContain("local-token");
    });
  }

  @Test
  void keeps_projects_and_sessions_across_a_restart_and_refuses_a_taken_port() throws Exception {
    KubernetesClient client = local.api().client();
    createProject(client, github.cloneUrl("acme", "webapp"));
    client.resource(session("webapp-3", "Keep me")).create();
    await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(get(client, "webapp-3").getStatus().phase).isEqualTo(SessionPhase.Working));

    assertThatThrownBy(this::up).hasMessageContaining("already");
    local.close();
    local = null;
    assertThatThrownBy(() -> dev.ao.local.api.LocalApiServer.start(github.port(), dir.resolve("other")))
        .hasMessageContaining("port " + github.port() + " on 127.0.0.1 is already in use");

    local = up();
    KubernetesClient again = local.api().client();
    assertThat(again.resources(Project.class).inNamespace("default").withName("webapp").get()).isNotNull();
    await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
      Session s = get(again, "webapp-3");
      assertThat(s.getStatus().branch).isEqualTo("session/webapp-3");
      assertThat(s.getStatus().phase).isEqualTo(SessionPhase.Working);
    });
  }
}
