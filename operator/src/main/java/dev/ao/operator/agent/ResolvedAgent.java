package dev.ao.operator.agent;

import dev.ao.api.v1alpha1.common.EnvVarSpec;
import dev.ao.api.v1alpha1.project.AgentProfile;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;

/**
 * The agent a Session actually runs, after merging the built-in profile, the Project's profile
 * override, the Project's agent defaults and the Session's override.
 */
public record ResolvedAgent(
    String profile,
    String image,
    List<String> command,
    AgentProfile.PromptDelivery promptDelivery,
    List<String> submitKeys,
    String readyPattern,
    AgentProfile.ActivityDetection activity,
    List<String> apiKeyEnv,
    List<EnvVarSpec> env,
    ResourceRequirements resources) {}
