package dev.ao.runner.agent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.runner.RunnerFailure;
import java.util.List;

/**
 * The resolved agent profile the operator passes in {@code AO_AGENT_PROFILE}. Unknown fields are
 * ignored so the operator can add fields without breaking older runner images.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentProfile(
    String name,
    List<String> command,
    String promptDelivery,
    List<String> submitKeys,
    String readyPattern,
    ActivitySettings activity) {

  public static final String ARGUMENT = "argument";
  public static final String POST_LAUNCH = "post-launch";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public AgentProfile {
    if (command == null || command.isEmpty()) {
      throw new RunnerFailure("agent profile has no command");
    }
    command = List.copyOf(command);
    name = name == null ? "agent" : name;
    promptDelivery = promptDelivery == null ? POST_LAUNCH : promptDelivery;
    if (!promptDelivery.equals(ARGUMENT) && !promptDelivery.equals(POST_LAUNCH)) {
      throw new RunnerFailure("agent profile promptDelivery must be 'argument' or 'post-launch', got '" + promptDelivery + "'");
    }
    submitKeys = submitKeys == null || submitKeys.isEmpty() ? List.of("Enter") : List.copyOf(submitKeys);
    readyPattern = readyPattern == null || readyPattern.isBlank() ? null : readyPattern;
    activity = activity == null ? ActivitySettings.DEFAULT : activity;
  }

  public static AgentProfile parse(String json) {
    if (json == null || json.isBlank()) {
      throw new RunnerFailure("AO_AGENT_PROFILE is not set");
    }
    try {
      return JSON.readValue(json, AgentProfile.class);
    } catch (Exception e) {
      // Jackson wraps what the constructor throws; the constructor's reason is the useful one.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof RunnerFailure failure) {
          throw failure;
        }
      }
      throw new RunnerFailure("AO_AGENT_PROFILE is not a valid agent profile: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  public boolean promptAsArgument() {
    return ARGUMENT.equals(promptDelivery);
  }
}
