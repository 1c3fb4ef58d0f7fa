package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import dev.ao.cli.testing.GitRepos;
import dev.ao.cli.testing.ScriptedTerminal;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InitCommandTest {
  private static final String ANTHROPIC = "sk-ant-test-value-123";
  private static final String GITHUB = "ghp_test_value_456";

  private CommandHarness ao;
  private Path repo;

  @BeforeEach
  void setUp() throws Exception {
    ao = CommandHarness.withCluster();
    repo = GitRepos.cloneWithRemote(Files.createDirectories(ao.home().resolve("src")), "develop",
        "git@github.com:acme/webapp.git");
    Files.createDirectories(repo.resolve("packages/ui"));
    ao.workingDirectory(repo.resolve("packages/ui")).env("ANTHROPIC_API_KEY", ANTHROPIC).env("GITHUB_TOKEN", GITHUB);
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_write_a_project_manifest_from_the_git_remote_and_default_branch() throws Exception {
    Result r = ao.run("init", "--yes");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path file = repo.resolve("ao-project.yaml");
    assertThat(r.out()).contains(
        "Repository:     https://github.com/acme/webapp.git (remote origin, rewritten as https without credentials)",
        "Default branch: develop (origin/HEAD)",
        "Agent:          claude-code (keys found: ANTHROPIC_API_KEY)",
        "GitHub token:   $GITHUB_TOKEN",
        "Wrote " + file + ": Project webapp, Secrets webapp-github-token, webapp-agent-keys (keys only, no values).");
    String yaml = Files.readString(file);
    assertThat(yaml).doesNotContain(ANTHROPIC).doesNotContain(GITHUB);
    List<JsonNode> docs = docs(yaml);
    assertThat(docs).extracting(d -> d.get("kind").asText()).containsExactly("Project", "Secret", "Secret");
    JsonNode spec = docs.get(0).get("spec");
    assertThat(docs.get(0).at("/metadata/name").asText()).isEqualTo("webapp");
    assertThat(spec.at("/repo/url").asText()).isEqualTo("https://github.com/acme/webapp.git");
    assertThat(spec.at("/repo/defaultBranch").asText()).isEqualTo("develop");
    assertThat(spec.at("/repo/tokenSecret/name").asText()).isEqualTo("webapp-github-token");
    assertThat(spec.at("/agent/profile").asText()).isEqualTo("claude-code");
    assertThat(spec.at("/agent/env/0/name").asText()).isEqualTo("ANTHROPIC_API_KEY");
    assertThat(spec.at("/agent/env/0/secretKeyRef/name").asText()).isEqualTo("webapp-agent-keys");
    assertThat(spec.at("/tracker/github/repository").asText()).isEqualTo("acme/webapp");
    assertThat(docs.get(1).at("/stringData/token").asText()).isEmpty();
    assertThat(docs.get(2).at("/stringData/anthropic-api-key").asText()).isEmpty();
    assertThat(yaml).contains("kubectl create secret generic webapp-agent-keys --from-literal=anthropic-api-key=\"$ANTHROPIC_API_KEY\"");
  }

  @Test
  void should_apply_the_project_and_create_missing_secrets_from_the_environment_without_printing_them() {
    Result r = ao.run("init", "--yes", "--apply");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Project webapp created in namespace team-a",
        "Secret webapp-github-token created from $GITHUB_TOKEN (values not shown)",
        "Secret webapp-agent-keys created from $ANTHROPIC_API_KEY (values not shown)",
        "Next: ao start webapp").doesNotContain(ANTHROPIC).doesNotContain(GITHUB);
    assertThat(r.err()).doesNotContain(ANTHROPIC).doesNotContain(GITHUB);
    Project p = ao.fixtures().getProject("webapp");
    assertThat(p.getSpec().repo.defaultBranch).isEqualTo("develop");
    Secret keys = ao.client().secrets().inNamespace(CommandHarness.NAMESPACE).withName("webapp-agent-keys").get();
    assertThat(value(keys, "anthropic-api-key")).isEqualTo(ANTHROPIC);
  }

  @Test
  void should_leave_existing_secrets_alone_and_say_how_to_create_ones_it_cannot() {
    ao.client().secrets().inNamespace(CommandHarness.NAMESPACE).resource(new SecretBuilder()
        .withNewMetadata().withName("webapp-agent-keys").endMetadata()
        .withStringData(Map.of("anthropic-api-key", "existing")).build()).create();
    ao.env("GITHUB_TOKEN", null);

    Result r = ao.run("init", "--yes", "--apply", "--force");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Secret webapp-agent-keys exists; left as is",
        "Secret webapp-github-token is missing and $GITHUB_TOKEN not set; create it with:"
            + " kubectl -n team-a create secret generic webapp-github-token --from-literal=token=\"$GITHUB_TOKEN\"");
    assertThat(ao.client().secrets().inNamespace(CommandHarness.NAMESPACE).withName("webapp-github-token").get()).isNull();
  }

  @Test
  void should_update_an_existing_project_on_apply() {
    ao.run("init", "--yes", "--apply");

    Result r = ao.run("init", "--yes", "--apply", "--force", "--default-branch", "main", "--agent", "aider");

    assertThat(r.out()).contains("Project webapp updated");
    Project p = ao.fixtures().getProject("webapp");
    assertThat(p.getSpec().repo.defaultBranch).isEqualTo("main");
    assertThat(p.getSpec().agent.profile).isEqualTo("aider");
  }

  @Test
  void should_ask_when_a_terminal_is_attached() throws Exception {
    ScriptedTerminal terminal = new ScriptedTerminal("frontend", "", "main", "codex");
    ao.terminal(terminal).env("OPENAI_API_KEY", "sk-openai");

    Result r = ao.run("init");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(terminal.questions()).containsExactly(
        "Project name [webapp]: ",
        "Repository clone URL [https://github.com/acme/webapp.git]: ",
        "Default branch [develop]: ",
        "Agent (claude-code, codex, aider, opencode) [claude-code]: ");
    JsonNode project = docs(Files.readString(repo.resolve("ao-project.yaml"))).get(0);
    assertThat(project.at("/metadata/name").asText()).isEqualTo("frontend");
    assertThat(project.at("/spec/repo/defaultBranch").asText()).isEqualTo("main");
    assertThat(project.at("/spec/agent/profile").asText()).isEqualTo("codex");
    assertThat(project.at("/spec/agent/env/0/name").asText()).isEqualTo("OPENAI_API_KEY");
  }

  @Test
  void should_write_to_stdout_with_the_summary_on_stderr() throws Exception {
    Result r = ao.run("init", "--yes", "-f", "-");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(docs(r.out())).hasSize(3);
    assertThat(r.err()).contains("Repository:");
    assertThat(repo.resolve("ao-project.yaml")).doesNotExist();
  }

  @Test
  void should_refuse_to_overwrite_without_force() {
    assertThat(ao.run("init", "--yes").exitCode()).isZero();

    Result again = ao.run("init", "--yes");

    assertThat(again.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(again.err()).contains("ao-project.yaml already exists; pass --force");
  }

  @Test
  void should_validate_with_the_operators_rules_and_write_nothing() {
    Result r = ao.run("init", "--yes", "--default-branch", "feat..x");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("Project webapp is invalid; nothing was created:",
        "spec.repo.defaultBranch: Invalid value \"feat..x\": must be a valid git branch name");
    assertThat(repo.resolve("ao-project.yaml")).doesNotExist();
  }

  @Test
  void should_explain_when_not_in_a_git_repository() throws Exception {
    ao.workingDirectory(Files.createDirectories(ao.home().resolve("not-a-repo")));

    Result r = ao.run("init", "--yes");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(r.err()).contains("is not inside a git repository", "--repo-url");
  }

  private static List<JsonNode> docs(String yaml) throws Exception {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
    return mapper.readValues(new YAMLFactory().createParser(yaml), JsonNode.class).readAll().stream()
        .filter(n -> n != null && !n.isEmpty()).toList();
  }

  private static String value(Secret s, String key) {
    if (s.getStringData() != null && s.getStringData().containsKey(key)) {
      return s.getStringData().get(key);
    }
    return new String(Base64.getDecoder().decode(s.getData().get(key)), StandardCharsets.UTF_8);
  }
}
