package dev.ao.operator.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import dev.ao.operator.agent.AgentResolver;
import dev.ao.operator.agent.BuiltInAgentProfiles;
import dev.ao.operator.agent.ResolvedAgent;
import dev.ao.operator.testing.Fixtures;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgentPodFactoryTest {
  private static final AgentResolver AGENTS = new AgentResolver(BuiltInAgentProfiles.load("reg.io/ao", "9.9"));

  private static SessionPlan plan(Project project, Session session, String branch) {
    session.getMetadata().setUid("uid-1");
    ResolvedAgent agent = AGENTS.resolve(project.getSpec(), session.getSpec()).agent();
    return SessionPlanner.plan(session, project, agent, branch, SessionPlanner.issueOnly(session), 7420, 120);
  }

  private static Pod pod() {
    return AgentPodFactory.desired(plan(Fixtures.project("webapp"), Fixtures.issueSession("webapp-3", "webapp", "42"), "feat/42"));
  }

  @Test
  void should_run_the_runner_in_an_init_container_and_the_agent_container() {
    Pod pod = pod();
    assertThat(pod.getMetadata().getName()).isEqualTo("webapp-3-agent");
    assertThat(pod.getSpec().getInitContainers()).extracting(Container::getName).containsExactly("workspace");
    assertThat(pod.getSpec().getContainers()).extracting(Container::getName).containsExactly("agent");
    Container agent = pod.getSpec().getContainers().get(0);
    assertThat(agent.getImage()).isEqualTo("reg.io/ao/agent-claude-code:9.9");
    assertThat(agent.getCommand()).as("tini stays PID 1 (reaps orphans, forwards signals)").containsExactly("/usr/bin/tini", "--", "ao-runner", "run");
    assertThat(agent.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(agent.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
    assertThat(agent.getPorts()).singleElement().satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(7420));
    assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
  }

  @Test
  void should_apply_the_restricted_security_profile_and_no_service_account_token() {
    Pod pod = pod();
    assertThat(pod.getSpec().getAutomountServiceAccountToken()).isFalse();
    assertThat(pod.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSpec().getSecurityContext().getRunAsUser()).isEqualTo(10001L);
    assertThat(pod.getSpec().getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    for (Container c : List.of(pod.getSpec().getInitContainers().get(0), pod.getSpec().getContainers().get(0))) {
      SecurityContext sc = c.getSecurityContext();
      assertThat(sc.getAllowPrivilegeEscalation()).as(c.getName()).isFalse();
      assertThat(sc.getPrivileged()).isFalse();
      assertThat(sc.getRunAsNonRoot()).isTrue();
      assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
      assertThat(sc.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    }
  }

  @Test
  void should_pass_secrets_only_by_reference() {
    Pod pod = pod();
    Map<String, EnvVar> env = envOf(pod.getSpec().getContainers().get(0));
    EnvVar key = env.get("ANTHROPIC_API_KEY");
    assertThat(key.getValue()).isNull();
    assertThat(key.getValueFrom().getSecretKeyRef().getName()).isEqualTo("agent-keys");
    assertThat(key.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("anthropic");
    assertThat(pod.getSpec().getVolumes())
        .filteredOn(v -> v.getSecret() != null)
        .extracting(v -> v.getSecret().getSecretName())
        .containsExactlyInAnyOrder("webapp-3-runner", "github-token");
    String everything = pod.toString();
    assertThat(everything).doesNotContain("s3cr3t-value");
  }

  @Test
  void should_give_the_runner_its_contract_environment() throws Exception {
    Pod pod = pod();
    Map<String, EnvVar> init = envOf(pod.getSpec().getInitContainers().get(0));
    assertThat(init.get("AO_REPO_URL").getValue()).isEqualTo("https://github.com/acme/webapp.git");
    assertThat(init.get("AO_BASE_BRANCH").getValue()).isEqualTo("main");
    assertThat(init.get("AO_BRANCH").getValue()).isEqualTo("feat/42");
    assertThat(init.get("AO_SETUP_COMMANDS").getValue()).isEqualTo("[\"npm ci\"]");
    assertThat(init.get("AO_GIT_TOKEN_FILE").getValue()).isEqualTo("/var/run/ao/git/token");
    Map<String, EnvVar> agent = envOf(pod.getSpec().getContainers().get(0));
    JsonNode profile = new ObjectMapper().readTree(agent.get("AO_AGENT_PROFILE").getValue());
    assertThat(profile.get("name").asText()).isEqualTo("claude-code");
    assertThat(profile.get("promptDelivery").asText()).isEqualTo("post-launch");
    assertThat(profile.get("command").get(0).asText()).isEqualTo("claude");
    assertThat(agent.get("AO_RUNNER_TOKEN_FILE").getValue()).isEqualTo("/var/run/ao/runner/token");
    assertThat(agent.get("AO_PROMPT_FILE").getValue()).isEqualTo("/var/run/ao/runner/prompt");
    assertThat(agent.get("AO_EXIT_LINGER_SECONDS").getValue()).isEqualTo("120");
  }

  @Test
  void should_mount_the_workspace_pvc_for_the_checkout_and_the_agent_home() {
    Container agent = pod().getSpec().getContainers().get(0);
    assertThat(agent.getVolumeMounts())
        .filteredOn(m -> m.getName().equals("workspace"))
        .extracting(m -> m.getMountPath() + ":" + m.getSubPath())
        .containsExactlyInAnyOrder("/workspace:repo", "/home/agent:home");
    assertThat(pod().getSpec().getVolumes())
        .filteredOn(v -> v.getPersistentVolumeClaim() != null)
        .singleElement()
        .satisfies(v -> assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("webapp-3-workspace"));
  }

  @Test
  void should_not_mount_a_git_token_for_a_public_repository() {
    Project project = Fixtures.project("oss");
    project.getSpec().repo.tokenSecret = null;
    Pod pod = AgentPodFactory.desired(plan(project, Fixtures.promptSession("oss-1", "oss", "fix the docs"), "session/oss-1"));
    assertThat(pod.getSpec().getVolumes()).extracting(v -> v.getName()).doesNotContain("git-token");
  }

  @Test
  void should_use_the_session_agent_override() {
    Session session = Fixtures.issueSession("webapp-4", "webapp", "8");
    session.getSpec().agent = new dev.ao.api.v1alpha1.common.AgentSpec();
    session.getSpec().agent.profile = "codex";
    session.getSpec().agent.model = "gpt-5-codex";
    session.getSpec().agent.env = List.of(EnvVarSpec.fromSecret("OPENAI_API_KEY", "openai", "key"));
    Pod pod = AgentPodFactory.desired(plan(Fixtures.project("webapp"), session, "feat/8"));
    Container agent = pod.getSpec().getContainers().get(0);
    assertThat(agent.getImage()).isEqualTo("reg.io/ao/agent-codex:9.9");
    Map<String, EnvVar> env = envOf(agent);
    assertThat(env.get("AO_AGENT_PROFILE").getValue()).contains("--model=gpt-5-codex").contains("\"argument\"");
    assertThat(env).containsKeys("OPENAI_API_KEY", "ANTHROPIC_API_KEY");
  }

  @Test
  void should_give_only_orchestrators_a_service_account_limited_to_sessions_and_reading_projects() {
    Session orchestrator = Fixtures.promptSession("webapp-orchestrator", "webapp", "plan the sprint");
    orchestrator.getSpec().role = dev.ao.api.v1alpha1.session.SessionRole.ORCHESTRATOR;
    SessionPlan plan = plan(Fixtures.project("webapp"), orchestrator, "session/webapp-orchestrator");
    Pod pod = AgentPodFactory.desired(plan);
    assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("webapp-orchestrator-orchestrator");
    assertThat(pod.getSpec().getAutomountServiceAccountToken()).isTrue();
    var objects = OrchestratorAccessFactory.desired(plan);
    var role = (io.fabric8.kubernetes.api.model.rbac.Role) objects.get(1);
    assertThat(role.getRules()).extracting(r -> r.getResources().get(0) + ":" + String.join(",", r.getVerbs()))
        .containsExactly("sessions:get,list,watch,create,patch,update,delete", "sessions/status:get", "projects:get,list");
    var binding = (io.fabric8.kubernetes.api.model.rbac.RoleBinding) objects.get(2);
    assertThat(binding.getSubjects()).singleElement().satisfies(s -> assertThat(s.getName()).isEqualTo("webapp-orchestrator-orchestrator"));
    assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getOwnerReferences()).hasSize(1));

    Pod worker = pod();
    assertThat(worker.getSpec().getServiceAccountName()).isNull();
    assertThat(worker.getSpec().getAutomountServiceAccountToken()).isFalse();
  }

  private static Map<String, EnvVar> envOf(Container c) {
    return c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e, (a, b) -> b));
  }
}
