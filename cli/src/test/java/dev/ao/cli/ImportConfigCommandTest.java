package dev.ao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.validation.ProjectValidator;
import dev.ao.cli.support.ExitCodes;
import dev.ao.cli.testing.CommandHarness;
import dev.ao.cli.testing.CommandHarness.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportConfigCommandTest {
  private CommandHarness ao;
  private Path config;

  @BeforeEach
  void setUp() throws IOException {
    ao = CommandHarness.withoutKubeconfig();
    Path dir = Files.createDirectories(ao.home().resolve("seed/docs"));
    config = copy("/seed/agent-orchestrator.yaml", dir.getParent().resolve("agent-orchestrator.yaml"));
    copy("/seed/docs/agent-rules.md", dir.resolve("agent-rules.md"));
  }

  @AfterEach
  void tearDown() {
    ao.close();
  }

  @Test
  void should_convert_each_project_with_tracker_agent_rules_reactions_and_notifiers() throws Exception {
    Result r = ao.run("import-config", config.toString());

    List<JsonNode> docs = docs(r.out());
    assertThat(docs).extracting(d -> d.get("kind").asText() + "/" + d.at("/metadata/name").asText()).containsExactly(
        "Project/webapp", "Project/billing-api",
        "Secret/webapp-github-token", "Secret/webapp-agent-keys", "Secret/webapp-linear-api-key", "Secret/ao-notifier-team-slack",
        "Secret/billing-api-github-token", "Secret/billing-api-agent-keys");
    JsonNode web = docs.get(0).get("spec");
    assertThat(web.at("/repo/url").asText()).isEqualTo("https://github.com/acme/webapp.git");
    assertThat(web.at("/repo/defaultBranch").asText()).isEqualTo("develop");
    assertThat(web.at("/sessionPrefix").asText()).isEqualTo("web");
    assertThat(web.at("/agent/profile").asText()).isEqualTo("claude-code");
    assertThat(web.at("/agent/model").asText()).isEqualTo("claude-sonnet-4");
    assertThat(web.at("/orchestrator/agent/model").asText()).isEqualTo("claude-opus-4");
    assertThat(web.at("/orchestrator/rules").asText()).isEqualTo("Spawn at most three workers at once.\n");
    assertThat(web.at("/agentRules").asText()).isEqualTo("Always run npm test before pushing.\n\nKeep pull requests under 400 lines.\n");
    assertThat(web.at("/workspace/setupCommands/0").asText()).isEqualTo("npm ci");
    assertThat(web.at("/tracker/type").asText()).isEqualTo("linear");
    assertThat(web.at("/tracker/linear/teamKey").asText()).isEqualTo("ENG");
    assertThat(web.at("/tracker/linear/apiKeySecret/name").asText()).isEqualTo("webapp-linear-api-key");
    assertThat(web.at("/scm/github/repository").asText()).isEqualTo("acme/webapp");

    // reactions: the project's entry over the global one, field by field; only what the user wrote
    assertThat(web.at("/reactions/ci-failed").toString()).isEqualTo("{\"retries\":5,\"escalateAfter\":\"30m\"}");
    assertThat(web.at("/reactions/changes-requested/action").asText()).isEqualTo("send-to-agent");
    assertThat(web.at("/reactions/changes-requested/escalateAfter").asText()).isEqualTo("3");
    assertThat(web.at("/reactions/approved-and-green").toString())
        .isEqualTo("{\"enabled\":true,\"action\":\"auto-merge\",\"priority\":\"action\"}");
    assertThat(web.at("/reactions/agent-stuck/threshold").asText()).isEqualTo("15m");
    assertThat(web.at("/reactions").has("agent-idle")).isFalse();

    // notifiers: routed priorities; the Slack URL goes to a Secret, never into the manifest
    assertThat(web.at("/notifiers/0/name").asText()).isEqualTo("team-slack");
    assertThat(web.at("/notifiers/0/type").asText()).isEqualTo("slack");
    assertThat(web.at("/notifiers/0/priorities").toString()).isEqualTo("[\"urgent\",\"action\",\"warning\"]");
    assertThat(web.at("/notifiers/0/slack/webhookUrlSecret/name").asText()).isEqualTo("ao-notifier-team-slack");
    assertThat(web.at("/notifiers/1/type").asText()).isEqualTo("webhook");
    assertThat(web.at("/notifiers/1/webhook/url").asText()).isEqualTo("https://hooks.acme.example/agent-orchestrator");
    assertThat(web.at("/notifiers/1/webhook/retries").asInt()).isEqualTo(5);
    assertThat(web.at("/notifiers/1/priorities").toString()).isEqualTo("[\"urgent\",\"info\"]");
    assertThat(web.at("/notifiers").size()).isEqualTo(2);
    assertThat(r.out() + r.err()).doesNotContain("sEcReTwEbHoOk");

    JsonNode billing = docs.get(1).get("spec");
    assertThat(billing.at("/repo/url").asText()).isEqualTo("https://github.com/acme/billing-api.git");
    assertThat(billing.at("/sessionPrefix").asText()).isEqualTo("billing");
    assertThat(billing.at("/agent/profile").asText()).isEqualTo("codex");
    assertThat(billing.at("/agent/env/0/name").asText()).isEqualTo("OPENAI_API_KEY");
    assertThat(billing.at("/orchestrator/agent/profile").asText()).isEqualTo("codex");
    assertThat(billing.at("/orchestrator/agent/model").asText()).isEqualTo("gpt-5-pro");
    assertThat(billing.at("/tracker/github/repository").asText()).isEqualTo("acme/billing-api");

    for (JsonNode doc : docs.subList(0, 2)) {
      Project p = new ObjectMapper().convertValue(doc, Project.class);
      assertThat(ProjectValidator.validate(p)).as("the operator accepts " + p.getMetadata().getName()).isEmpty();
    }
  }

  @Test
  void should_report_everything_that_could_not_be_carried_over() {
    Result r = ao.run("import-config", config.toString());

    assertThat(r.err()).contains(
        "Converted 2 project(s): webapp, billing-api",
        "Not carried over:",
        "  - port: there is no dashboard server",
        "  - readyThresholdMs: idle detection is per agent profile",
        "  - power: ",
        "  - lifecycle: the operator always runs the lifecycle",
        "  - dashboard: ",
        "  - defaults.runtime: every agent runs in its own pod",
        "  - defaults.workspace: ",
        "  - plugins[tracker-jira]: plugins are not loaded",
        "  - notifiers.audit.headers: custom headers are not sent",
        "  - notifiers.laptop: notifier plugin desktop has no counterpart",
        "  - reactions.agent-stuck.includeSummary: summaries are not included",
        "  - reactions.agent-idle: no event ever fired agent-idle in Agent Orchestrator",
        "  - projects.webapp.name: display names are not part of a Project",
        "  - projects.webapp.path: the workspace is a fresh clone",
        "  - projects.webapp.symlinks: ",
        "  - projects.webapp.scm.webhook: the operator polls GitHub",
        "  - projects.webapp.orchestratorSessionStrategy: ",
        "  - projects.Billing_API.agentConfig.permissions: agents run without permission prompts in their sandboxed pod; \"suggest\" has no equivalent",
        "  - projects.gitlab-thing.tracker: tracker plugin gitlab is not supported",
        "Carried over with a different meaning:",
        "  - reactions.ci-failed: partial override: the built-in action and message of ci-failed are kept",
        "  - reactions.approved-and-green: auto-merge now merges the PR",
        "  - notifiers.team-slack.webhookUrl: moved to Secret ao-notifier-team-slack (key url); the URL is not copied",
        "  - projects.webapp.agentRulesFile: the contents of docs/agent-rules.md were copied into spec.agentRules",
        "  - projects.Billing_API: the Project is named billing-api",
        "  - projects.Billing_API.sessionPrefix: \"Billing\" became \"billing\"",
        "Invalid, so not written (fix the Agent Orchestrator config or the manifest):",
        "  - projects.gitlab-thing: spec.repo: Required value",
        "Secrets to create (their values are not copied from the Agent Orchestrator config):",
        "  kubectl create secret generic ao-notifier-team-slack --from-literal=url=\"$TEAM_SLACK_WEBHOOK_URL\"",
        "  kubectl create secret generic webapp-linear-api-key --from-literal=token=\"$LINEAR_API_KEY\"");
  }

  @Test
  void should_exit_1_when_a_project_could_not_be_converted_into_a_valid_one() {
    assertThat(ao.run("import-config", config.toString()).exitCode()).isEqualTo(ExitCodes.USER_ERROR);
  }

  @Test
  void should_write_to_a_file_and_print_the_report_on_stdout() throws Exception {
    Result r = ao.run("import-config", config.toString(), "--out", ao.home().resolve("projects.yaml").toString(), "-n", "team-a");

    assertThat(r.out()).contains("Converted 2 project(s)", "Wrote " + ao.home().resolve("projects.yaml"),
        "kubectl -n team-a create secret generic webapp-github-token");
    assertThat(docs(Files.readString(ao.home().resolve("projects.yaml"))).get(0).at("/metadata/namespace").asText()).isEqualTo("team-a");
  }

  @Test
  void should_convert_a_flat_per_repo_config_as_one_project() throws Exception {
    Path flat = Files.createDirectories(ao.home().resolve("checkouts/shop")).resolve("agent-orchestrator.yaml");
    Files.writeString(flat, "repo: acme/shop\nagent: aider\nagentRules: Be brief.\n");

    Result r = ao.run("import-config", flat.toString(), "-o", "json");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode list = new ObjectMapper().readTree(r.out());
    assertThat(list.at("/items/0/metadata/name").asText()).isEqualTo("shop");
    assertThat(list.at("/items/0/spec/agent/profile").asText()).isEqualTo("aider");
    assertThat(list.at("/items/0/spec/agentRules").asText()).isEqualTo("Be brief.");
  }

  @Test
  void should_explain_a_missing_or_broken_file() throws Exception {
    Result missing = ao.run("import-config", "nope.yaml");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(missing.err()).contains("nope.yaml does not exist");

    Path broken = Files.writeString(ao.home().resolve("broken.yaml"), "projects: [unclosed\n");
    Result bad = ao.run("import-config", broken.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    assertThat(bad.err()).contains("is not valid YAML");
  }

  private static Path copy(String resource, Path target) throws IOException {
    try (InputStream in = ImportConfigCommandTest.class.getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
    return target;
  }

  private static List<JsonNode> docs(String yaml) throws Exception {
    return new ObjectMapper(new YAMLFactory()).readValues(new YAMLFactory().createParser(yaml), JsonNode.class).readAll()
        .stream().filter(n -> n != null && !n.isEmpty()).toList();
  }
}
