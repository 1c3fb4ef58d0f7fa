package dev.ao.operator.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.common.AgentSpec;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.project.AgentProfile;
import dev.ao.api.v1alpha1.project.OrchestratorSpec;
import dev.ao.api.v1alpha1.project.ProjectSpec;
import dev.ao.api.v1alpha1.session.SessionRole;
import dev.ao.api.v1alpha1.session.SessionSpec;
import dev.ao.operator.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentResolverTest {
  private final AgentResolver resolver = new AgentResolver(BuiltInAgentProfiles.load("reg", "1.0"));

  @Test
  void should_ship_the_four_built_in_agents_as_data() {
    ProjectSpec project = Fixtures.project("p").getSpec();
    assertThat(resolver.availableProfiles(project)).containsExactly("claude-code", "codex", "aider", "opencode");
    for (String name : List.of("claude-code", "codex", "aider", "opencode")) {
      AgentProfile p = resolver.profile(project, name).orElseThrow();
      assertThat(p.image).isEqualTo("reg/agent-" + name + ":1.0");
      assertThat(p.command).isNotEmpty();
      assertThat(p.apiKeyEnv).isNotEmpty();
    }
  }

  @Test
  void should_default_to_claude_code_and_drop_the_model_flag_without_a_model() {
    ResolvedAgent a = resolver.resolve(Fixtures.project("p").getSpec(), new SessionSpec()).agent();
    assertThat(a.profile()).isEqualTo("claude-code");
    assertThat(a.command()).containsExactly("claude", "--dangerously-skip-permissions");
  }

  @Test
  void should_add_an_agent_from_project_data_without_code() {
    ProjectSpec project = Fixtures.project("p").getSpec();
    AgentProfile goose = new AgentProfile();
    goose.name = "goose";
    goose.image = "reg/goose:2";
    goose.command = List.of("goose", "session", "--model={{model}}");
    goose.promptDelivery = AgentProfile.PromptDelivery.POST_LAUNCH;
    project.agentProfiles = List.of(goose);
    project.agent.profile = "goose";
    project.agent.model = "m1";
    ResolvedAgent a = resolver.resolve(project, new SessionSpec()).agent();
    assertThat(a.image()).isEqualTo("reg/goose:2");
    assertThat(a.command()).containsExactly("goose", "session", "--model=m1");
    assertThat(resolver.availableProfiles(project)).contains("goose");
  }

  @Test
  void should_override_only_the_fields_a_project_sets_on_a_built_in_profile() {
    ProjectSpec project = Fixtures.project("p").getSpec();
    AgentProfile override = new AgentProfile();
    override.name = "codex";
    override.image = "mirror.local/codex:pinned";
    project.agentProfiles = List.of(override);
    AgentProfile merged = resolver.profile(project, "codex").orElseThrow();
    assertThat(merged.image).isEqualTo("mirror.local/codex:pinned");
    assertThat(merged.command).contains("{{prompt}}");
    assertThat(merged.promptDelivery).isEqualTo(AgentProfile.PromptDelivery.ARGUMENT);
  }

  @Test
  void should_layer_session_over_project_and_merge_env_by_name() {
    ProjectSpec project = Fixtures.project("p").getSpec();
    SessionSpec session = new SessionSpec();
    session.agent = new AgentSpec();
    session.agent.model = "opus";
    session.agent.args = List.of("--verbose");
    session.agent.env = List.of(EnvVarSpec.literal("DEBUG", "1"), EnvVarSpec.fromSecret("ANTHROPIC_API_KEY", "mine", "k"));
    ResolvedAgent a = resolver.resolve(project, session).agent();
    assertThat(a.command()).containsExactly("claude", "--dangerously-skip-permissions", "--model=opus", "--verbose");
    assertThat(a.env()).extracting(e -> e.name).containsExactly("ANTHROPIC_API_KEY", "DEBUG");
    assertThat(a.env().get(0).secretKeyRef.name).isEqualTo("mine");
  }

  @Test
  void should_use_the_orchestrator_agent_for_orchestrator_sessions() {
    ProjectSpec project = Fixtures.project("p").getSpec();
    project.orchestrator = new OrchestratorSpec();
    project.orchestrator.agent = new AgentSpec();
    project.orchestrator.agent.profile = "codex";
    SessionSpec orchestrator = new SessionSpec();
    orchestrator.role = SessionRole.ORCHESTRATOR;
    assertThat(resolver.resolve(project, orchestrator).agent().profile()).isEqualTo("codex");
    assertThat(resolver.resolve(project, new SessionSpec()).agent().profile()).isEqualTo("claude-code");
  }

  @Test
  void should_name_the_available_profiles_when_one_is_unknown() {
    ProjectSpec project = Fixtures.project("p").getSpec();
    project.agent.profile = "cursor";
    AgentResolver.Resolution r = resolver.resolve(project, new SessionSpec());
    assertThat(r.isOk()).isFalse();
    assertThat(r.error()).contains("\"cursor\" not found").contains("claude-code, codex, aider, opencode").contains("spec.agentProfiles");
  }
}
