package dev.ao.operator.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.project.AgentProfile;
import dev.ao.operator.agent.ResolvedAgent;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment contract with the in-pod runner (see runtime-images/README.md): what the
 * {@code workspace} init container and the {@code run} agent container read.
 */
final class RunnerEnv {
  static final String WORKSPACE_DIR = "/workspace";
  static final String HOME_DIR = "/home/agent";
  static final String GIT_TOKEN_DIR = "/var/run/ao/git";
  static final String RUNNER_DIR = "/var/run/ao/runner";
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunnerEnv() {}

  static List<EnvVar> workspace(SessionPlan plan) {
    List<EnvVar> env = new ArrayList<>();
    env.add(literal("AO_WORKSPACE", WORKSPACE_DIR));
    env.add(literal("AO_REPO_URL", plan.repoUrl()));
    env.add(literal("AO_BASE_BRANCH", plan.baseBranch()));
    env.add(literal("AO_BRANCH", plan.branch()));
    env.add(literal("AO_GIT_TOKEN_FILE", GIT_TOKEN_DIR + "/token"));
    env.add(literal("AO_GIT_AUTHOR_NAME", plan.authorName()));
    env.add(literal("AO_GIT_AUTHOR_EMAIL", plan.authorEmail()));
    env.add(literal("AO_SETUP_COMMANDS", json(plan.setupCommands() == null ? List.of() : plan.setupCommands())));
    env.add(literal("HOME", HOME_DIR));
    return env;
  }

  static List<EnvVar> agent(SessionPlan plan) {
    List<EnvVar> env = new ArrayList<>();
    env.add(literal("AO_WORKSPACE", WORKSPACE_DIR));
    env.add(literal("AO_SESSION", plan.name()));
    env.add(literal("AO_PROJECT", plan.session().getSpec().project));
    if (plan.session().getSpec().issue != null) {
      env.add(literal("AO_ISSUE_ID", plan.session().getSpec().issue));
    }
    env.add(literal("AO_BRANCH", plan.branch()));
    env.add(literal("AO_AGENT_PROFILE", json(profileJson(plan.agent()))));
    env.add(literal("AO_PROMPT_FILE", RUNNER_DIR + "/prompt"));
    env.add(literal("AO_RUNNER_TOKEN_FILE", RUNNER_DIR + "/token"));
    env.add(literal("AO_RUNNER_PORT", Integer.toString(plan.runnerPort())));
    env.add(literal("AO_EXIT_LINGER_SECONDS", Integer.toString(plan.exitLingerSeconds())));
    env.add(literal("AO_GIT_TOKEN_FILE", GIT_TOKEN_DIR + "/token"));
    env.add(literal("HOME", HOME_DIR));
    for (EnvVarSpec e : plan.agent().env()) {
      env.add(toEnvVar(e));
    }
    return env;
  }

  /** The profile as the runner reads it from AO_AGENT_PROFILE. */
  static Map<String, Object> profileJson(ResolvedAgent agent) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", agent.profile());
    p.put("command", agent.command());
    p.put("promptDelivery", agent.promptDelivery() == AgentProfile.PromptDelivery.ARGUMENT ? "argument" : "post-launch");
    p.put("submitKeys", agent.submitKeys());
    p.put("readyPattern", agent.readyPattern());
    AgentProfile.ActivityDetection a = agent.activity();
    Map<String, Object> activity = new LinkedHashMap<>();
    activity.put("waitingInputPatterns", a == null || a.waitingInputPatterns == null ? List.of() : a.waitingInputPatterns);
    activity.put("activePatterns", a == null || a.activePatterns == null ? List.of() : a.activePatterns);
    activity.put("idleAfterSeconds", a == null || a.idleAfterSeconds == null ? 30 : a.idleAfterSeconds);
    activity.put("sessionLogGlob", a == null ? null : a.sessionLogGlob);
    p.put("activity", activity);
    return p;
  }

  static EnvVar toEnvVar(EnvVarSpec e) {
    if (e.secretKeyRef != null) {
      return new EnvVarBuilder()
          .withName(e.name)
          .withNewValueFrom()
          .withNewSecretKeyRef()
          .withName(e.secretKeyRef.name)
          .withKey(e.secretKeyRef.keyOrDefault())
          .endSecretKeyRef()
          .endValueFrom()
          .build();
    }
    return literal(e.name, e.value);
  }

  private static EnvVar literal(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value).build();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
