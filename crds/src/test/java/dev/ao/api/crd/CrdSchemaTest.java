package dev.ao.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.ao.api.schema.CrdDefinitionChecks;
import dev.ao.api.schema.CrdSchemaValidator;
import dev.ao.api.schema.ValidationResult;
import dev.ao.api.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated CRDs as a user meets them through {@code kubectl apply}: the examples are accepted, bad specs are
 * refused with a message naming the field, defaults are filled in. Each refused spec is also refused by the
 * Java side (binding to the API types plus {@code SessionValidator}/{@code ProjectValidator}) at the same field,
 * so the CLI and the operator agree with the API server.
 */
class CrdSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theGeneratedCrdsWouldBeAcceptedByTheApiServer() {
    assertThat(CrdDefinitionChecks.check(GeneratedCrds.SESSIONS.crd())).isEmpty();
    assertThat(CrdDefinitionChecks.check(GeneratedCrds.PROJECTS.crd())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleResources")
  void everyExampleIsAccepted(String where, JsonNode resource) {
    ValidationResult result = GeneratedCrds.forKind(resource.path("kind").asText()).create(resource);

    assertThat(result.messages()).as("%s: %s", where, result).isEmpty();
    assertThat(JavaSideValidation.validate(resource)).as(where).isEmpty();
  }

  static Stream<Arguments> exampleResources() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(RepoFiles.examples())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        int index = 0;
        for (JsonNode doc : documents(file)) {
          String kind = doc.path("kind").asText();
          assertThat(kind).as("%s document %d: examples hold Projects, Sessions and the Secrets they use", file, index)
              .isIn("Project", "Session", "Secret");
          if (!kind.equals("Secret")) {
            out.add(Arguments.of(file.getFileName() + "#" + index + " " + kind, doc));
          }
          index++;
        }
      }
    }
    assertThat(out).as("examples found under %s", RepoFiles.examples()).hasSizeGreaterThanOrEqualTo(4);
    return out.stream();
  }

  @Test
  void everySecretTheExampleProjectReferencesIsInTheSecretsExample() throws IOException {
    List<String> defined = new ArrayList<>();
    for (JsonNode secret : documents(RepoFiles.examples().resolve("secrets-webapp.yaml"))) {
      secret.path("stringData").fieldNames().forEachRemaining(key -> defined.add(secret.path("metadata").path("name").asText() + "/" + key));
    }
    List<String> referenced = new ArrayList<>();
    for (String file : List.of("project-webapp.yaml", "session-agent-override.yaml")) {
      ValidationResult defaulted = GeneratedCrds.forKind(documents(RepoFiles.examples().resolve(file)).get(0).path("kind").asText())
          .create(documents(RepoFiles.examples().resolve(file)).get(0));
      defaulted.object().findParents("name").stream()
          .filter(ref -> ref.has("key") && ref.size() == 2)
          .forEach(ref -> referenced.add(ref.path("name").asText() + "/" + ref.path("key").asText()));
    }

    assertThat(referenced).isNotEmpty();
    assertThat(defined).containsAll(referenced);
  }

  @Test
  void theErrorTheExamplesReadmeQuotesIsWhatKubectlPrints() throws IOException {
    ObjectNode session = (ObjectNode) documents(RepoFiles.examples().resolve("session-issue.yaml")).get(0);
    ((ObjectNode) session.get("spec")).put("branch", "a..b");

    String printed = GeneratedCrds.SESSIONS.create(session).kubectlMessage();

    assertThat(printed).startsWith("The Session \"webapp-123\" is invalid: spec.branch: Invalid value: \"a..b\":");
    assertThat(Files.readString(RepoFiles.examples().resolve("README.md"))).contains(printed);
  }

  // ---- refused specs ---------------------------------------------------------------------------------

  /**
   * A spec the API server refuses, where, and a fragment of what it says; {@code stored} is the object being
   * updated, or null for a create.
   */
  record Refused(String what, JsonNode manifest, JsonNode stored, String field, String message) {
    Refused(String what, JsonNode manifest, String field, String message) {
      this(what, manifest, null, field, message);
    }

    ValidationResult submit() {
      CrdSchemaValidator crd = GeneratedCrds.forKind(manifest.path("kind").asText());
      return stored == null ? crd.create(manifest) : crd.update(manifest, stored);
    }

    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Refused> refusedSpecs() {
    return Stream.of(
        new Refused("Session without spec.project", session("issue: '42'"), "spec.project", "spec.project: Required value"),
        new Refused("worker Session with neither issue nor prompt", session("project: webapp"), "spec",
            "spec: Invalid value: a worker Session needs spec.issue or spec.prompt"),
        new Refused("issue that is no issue reference", session("project: webapp\nissue: fix the login"), "spec.issue",
            "spec.issue: Invalid value: \"fix the login\": spec.issue in body should match"),
        new Refused("branch with '..'", session("project: webapp\nprompt: p\nbranch: a..b"), "spec.branch",
            "spec.branch: Invalid value: \"a..b\": must be a valid git branch name: no '..'"),
        new Refused("branch ending in .lock", session("project: webapp\nprompt: p\nbranch: feat/x.lock"), "spec.branch",
            "Invalid value: \"feat/x.lock\": must be a valid git branch name"),
        new Refused("branch starting with '-'", session("project: webapp\nprompt: p\nbranch: -x"), "spec.branch",
            "spec.branch: Invalid value: \"-x\": spec.branch in body should match '^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$'"),
        new Refused("branch with a space", session("project: webapp\nprompt: p\nbranch: my branch"), "spec.branch",
            "Invalid value: \"my branch\": spec.branch in body should match"),
        new Refused("unknown role", session("project: webapp\nprompt: p\nrole: boss"), "spec.role",
            "spec.role: Unsupported value: \"boss\": supported values: \"orchestrator\", \"worker\""),
        new Refused("101 messages", session("project: webapp\nprompt: p\nmessages:\n" + messages(101)), "spec.messages",
            "spec.messages: Too many: 101: must have at most 100 items"),
        new Refused("duplicate message ids",
            session("project: webapp\nprompt: p\nmessages:\n- {id: m1, text: a}\n- {id: m1, text: b}"), "spec.messages",
            "spec.messages: Invalid value: message ids must be unique"),
        new Refused("message without text", session("project: webapp\nprompt: p\nmessages:\n- {id: m1}"),
            "spec.messages[0].text", "spec.messages[0].text: Required value"),
        new Refused("message text over 16384 characters",
            session("project: webapp\nprompt: p\nmessages:\n- id: m1\n  text: " + "x".repeat(16385)),
            "spec.messages[0].text", "spec.messages[0].text: Too long: may not be more than 16384 bytes"),
        new Refused("env var with both value and secretKeyRef",
            session("project: webapp\nprompt: p\nagent:\n  env:\n  - {name: TOKEN, value: x, secretKeyRef: {name: s}}"),
            "spec.agent.env[0]", "spec.agent.env[0]: Invalid value: set exactly one of value or secretKeyRef"),
        new Refused("env var with a bad name",
            session("project: webapp\nprompt: p\nagent:\n  env:\n  - {name: 1TOKEN, value: x}"), "spec.agent.env[0].name",
            "spec.agent.env[0].name: Invalid value: \"1TOKEN\": spec.agent.env[0].name in body should match"),
        new Refused("field the schema does not have (typo)", session("project: webapp\npromt: p"), "spec.promt",
            "unknown field \"spec.promt\""),
        new Refused("Project without repo.url", project("repo: {defaultBranch: main}"), "spec.repo.url",
            "spec.repo.url: Required value"),
        new Refused("Project without repo", project("sessionPrefix: web"), "spec.repo", "spec.repo: Required value"),
        new Refused("repo URL that is no clone URL", project("repo: {url: 'ftp://acme.example/webapp'}"), "spec.repo.url",
            "spec.repo.url: Invalid value: \"ftp://acme.example/webapp\": spec.repo.url in body should match"),
        new Refused("uppercase sessionPrefix", project(REPO + "sessionPrefix: WebApp"), "spec.sessionPrefix",
            "spec.sessionPrefix: Invalid value: \"WebApp\": spec.sessionPrefix in body should match"),
        new Refused("sessionPrefix over 20 characters", project(REPO + "sessionPrefix: abcdefghijklmnopqrstu"),
            "spec.sessionPrefix", "Invalid value: \"abcdefghijklmnopqrstu\": spec.sessionPrefix in body should match"),
        new Refused("workspace.size lots", project(REPO + "workspace: {size: lots}"), "spec.workspace.size",
            "spec.workspace.size: Invalid value: \"lots\": spec.workspace.size in body should match"),
        new Refused("pollInterval '5 minutes'", project(REPO + "scm: {pollInterval: 5 minutes}"), "spec.scm.pollInterval",
            "spec.scm.pollInterval: Invalid value: \"5 minutes\": spec.scm.pollInterval in body should match"),
        new Refused("unknown reaction key", project(REPO + "reactions: {ci-broke: {retries: 1}}"), "spec.reactions",
            "spec.reactions: Invalid value: unknown reaction key; supported keys: ci-failed,"),
        new Refused("reaction action explode", project(REPO + "reactions: {ci-failed: {action: explode}}"),
            "spec.reactions.ci-failed.action",
            "spec.reactions.ci-failed.action: Unsupported value: \"explode\": supported values: \"auto-merge\", \"notify\", \"send-to-agent\""),
        new Refused("maxConcurrentSessions 0", project(REPO + "limits: {maxConcurrentSessions: 0}"),
            "spec.limits.maxConcurrentSessions",
            "spec.limits.maxConcurrentSessions: Invalid value: 0: spec.limits.maxConcurrentSessions in body should be greater than or equal to 1"),
        new Refused("maxConcurrentSessions as text", project(REPO + "limits: {maxConcurrentSessions: five}"),
            "spec.limits.maxConcurrentSessions",
            "spec.limits.maxConcurrentSessions: Invalid value: \"string\": spec.limits.maxConcurrentSessions in body must be of type integer: \"string\""),
        new Refused("tracker type linear without the linear section", project(REPO + "tracker: {type: linear}"),
            "spec.tracker.linear", "spec.tracker.linear: Required value: tracker.type linear needs tracker.linear"),
        new Refused("duplicate agent profile names",
            project(REPO + "agentProfiles:\n- {name: gemini, image: a}\n- {name: gemini, image: b}"), "spec.agentProfiles",
            "spec.agentProfiles: Invalid value: agent profile names must be unique"),
        new Refused("notifier type slack without the slack section", project(REPO + "notifiers:\n- {name: team, type: slack}"),
            "spec.notifiers[0].slack", "spec.notifiers[0].slack: Required value: type slack needs slack.webhookUrlSecret"),
        new Refused("notifier type webhook without the webhook section",
            project(REPO + "notifiers:\n- {name: audit, type: webhook}"), "spec.notifiers[0].webhook",
            "spec.notifiers[0].webhook: Required value: type webhook needs webhook.url"),
        new Refused("duplicate notifier names",
            project(REPO + "notifiers:\n- {name: team, type: webhook, webhook: {url: 'https://a.example'}}\n"
                + "- {name: team, type: webhook, webhook: {url: 'https://b.example'}}"),
            "spec.notifiers", "spec.notifiers: Invalid value: notifier names must be unique"),
        new Refused("repo.defaultBranch ending in '/'",
            project("repo: {url: 'https://github.com/acme/webapp.git', defaultBranch: release/}"), "spec.repo.defaultBranch",
            "spec.repo.defaultBranch: Invalid value: \"release/\": must be a valid git branch name"),
        new Refused("empty prompt", session("project: webapp\nprompt: ''"), "spec.prompt",
            "spec.prompt: Invalid value: \"\": spec.prompt in body should be at least 1 chars long"));
  }

  // Transition rules compare a change with the stored object. Only the API server has that object, so these
  // rules are schema-only: SessionValidator sees one Session and cannot check them.
  static Stream<Refused> refusedUpdates() {
    return Stream.of(
        new Refused("changing spec.project", session("project: other\nprompt: p"), session("project: webapp\nprompt: p"),
            "spec.project",
            "spec.project: Invalid value: \"other\": spec.project is immutable; create a new Session for another Project"),
        new Refused("changing spec.branch", session("project: webapp\nprompt: p\nbranch: feat/b"),
            session("project: webapp\nprompt: p\nbranch: feat/a"), "spec.branch",
            "spec.branch: Invalid value: spec.branch is immutable once set"),
        new Refused("removing spec.branch", session("project: webapp\nprompt: p"),
            session("project: webapp\nprompt: p\nbranch: feat/a"), "spec.branch",
            "spec.branch: Invalid value: spec.branch is immutable once set"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSpecs")
  void theApiServerRefusesTheSpecNamingTheField(Refused refused) {
    ValidationResult result = refused.submit();

    assertThat(result.isValid()).as("%s was accepted", refused.what()).isFalse();
    assertThat(result.messages()).as(result.kubectlMessage())
        .anySatisfy(m -> assertThat(m).contains(refused.message()));
    assertThat(result.errors()).as(result.kubectlMessage()).anySatisfy(e -> assertThat(e.field()).isEqualTo(refused.field()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSpecs")
  void theJavaSideRefusesItAtTheSameField(Refused refused) {
    List<Violation> violations = JavaSideValidation.validate(refused.manifest());

    assertThat(violations).as("%s passed the Java side", refused.what()).isNotEmpty();
    assertThat(violations).extracting(Violation::field).as("%s", violations).contains(refused.field());
  }

  // ---- updates: transition rules ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedUpdates")
  void theApiServerRefusesTheUpdateNamingTheField(Refused refused) {
    ValidationResult result = refused.submit();

    assertThat(result.messages()).containsExactly(refused.message());
    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo(refused.field()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedUpdates")
  void transitionRulesAreSchemaOnlyTheJavaSideSeesOneObject(Refused refused) {
    assertThat(JavaSideValidation.validate(refused.manifest())).isEmpty();
  }

  @Test
  void everyCelRuleOfTheCrdsIsExercisedByARefusedSpec() {
    List<String> produced = Stream.concat(refusedSpecs(), refusedUpdates())
        .flatMap(r -> r.submit().messages().stream()).toList();
    List<String> ruleMessages = new ArrayList<>();
    collectRuleMessages(GeneratedCrds.SESSIONS.schema(), ruleMessages);
    collectRuleMessages(GeneratedCrds.PROJECTS.schema(), ruleMessages);

    assertThat(ruleMessages).hasSizeGreaterThanOrEqualTo(12);
    for (String message : ruleMessages) {
      assertThat(produced).as("no refused spec triggers the rule \"%s\"; add one to refusedSpecs()", message)
          .anySatisfy(m -> assertThat(m).contains(message));
    }
  }

  private static void collectRuleMessages(dev.ao.api.schema.SchemaNode schema, List<String> out) {
    schema.validations().forEach(rule -> out.add(rule.message()));
    schema.properties().values().forEach(p -> collectRuleMessages(p, out));
    if (schema.items() != null) {
      collectRuleMessages(schema.items(), out);
    }
    if (schema.additionalProperties() != null) {
      collectRuleMessages(schema.additionalProperties(), out);
    }
  }

  @Test
  void settingABranchLaterAndAppendingMessagesAreAllowed() {
    ValidationResult result = GeneratedCrds.SESSIONS.update(
        session("project: webapp\nprompt: p\nbranch: feat/a\nmessages:\n- {id: m1, text: a}\n- {id: m2, text: b}"),
        session("project: webapp\nprompt: p\nmessages:\n- {id: m1, text: a}"));

    assertThat(result.messages()).isEmpty();
  }

  @Test
  void transitionRulesDoNotRunOnCreate() {
    assertThat(GeneratedCrds.SESSIONS.create(session("project: other\nprompt: p\nbranch: feat/b")).messages()).isEmpty();
  }

  // ---- defaults ------------------------------------------------------------------------------------------

  @Test
  void roleDefaultsToWorker() {
    ValidationResult result = GeneratedCrds.SESSIONS.create(session("project: webapp\nissue: '42'"));

    assertThat(result.isValid()).as(result.kubectlMessage()).isTrue();
    assertThat(result.object().at("/spec/role").asText()).isEqualTo("worker");
  }

  @Test
  void anOrchestratorNeedsNeitherIssueNorPrompt() {
    assertThat(GeneratedCrds.SESSIONS.create(session("project: webapp\nrole: orchestrator")).messages()).isEmpty();
  }

  @Test
  void repoDefaultBranchDefaultsToMainAndSecretKeysToToken() {
    ValidationResult result = GeneratedCrds.PROJECTS.create(project("repo:\n  url: https://github.com/acme/webapp.git\n  tokenSecret: {name: gh}"));

    assertThat(result.isValid()).as(result.kubectlMessage()).isTrue();
    assertThat(result.object().at("/spec/repo/defaultBranch").asText()).isEqualTo("main");
    assertThat(result.object().at("/spec/repo/tokenSecret/key").asText()).isEqualTo("token");
  }

  @Test
  void nestedDefaultsApplyOnlyInsideSectionsThatArePresent() {
    JsonNode withoutScm = GeneratedCrds.PROJECTS.create(project(REPO)).object();
    JsonNode withScm = GeneratedCrds.PROJECTS.create(project(REPO + "scm: {}")).object();

    assertThat(withoutScm.at("/spec").has("scm")).isFalse();
    assertThat(withScm.at("/spec/scm/pollInterval").asText()).isEqualTo("30s");
    assertThat(withScm.at("/spec/scm/type").asText()).isEqualTo("github");
  }

  @Test
  void kubectlShowsAllErrorsAsAList() {
    ValidationResult result = GeneratedCrds.SESSIONS.create(session("issue: 'x y'\nrole: boss"));

    assertThat(result.kubectlMessage()).isEqualTo("""
        The Session "s1" is invalid: \n\
        * spec.issue: Invalid value: "x y": spec.issue in body should match '^(#?[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{0,9}-[0-9]{1,10}|https?://[^\\s]+)$'
        * spec.role: Unsupported value: "boss": supported values: "orchestrator", "worker"
        * spec.project: Required value""");
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  private static final String REPO = "repo: {url: 'https://github.com/acme/webapp.git'}\n";

  static JsonNode session(String spec) {
    return manifest("Session", "s1", spec);
  }

  static JsonNode project(String spec) {
    return manifest("Project", "webapp", spec);
  }

  private static JsonNode manifest(String kind, String name, String spec) {
    String indented = spec.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    return CrdSchemaValidator.parse(
        "apiVersion: agent-orchestrator.io/v1alpha1\nkind: " + kind + "\nmetadata:\n  name: " + name + "\nspec:\n" + indented + "\n");
  }

  private static String messages(int count) {
    return IntStream.range(0, count).mapToObj(i -> "- {id: m" + i + ", text: hello}").collect(Collectors.joining("\n"));
  }

  static List<JsonNode> documents(Path file) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
      YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
        if (d != null && !d.isNull() && !d.isEmpty()) {
          docs.add(d);
        }
      });
    }
    return docs;
  }
}
