package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.Patterns;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/** Bounds on how many and how long Sessions run. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LimitsSpec {
  @Min(1)
  @Max(10000)
  @JsonPropertyDescription("Sessions whose agent may run at once; more wait in phase Queued. Unlimited when unset.")
  public Integer maxConcurrentSessions;

  @Pattern(Patterns.DURATION)
  @JsonPropertyDescription("Stop a Session's agent after this long, e.g. 24h.")
  public String maxSessionDuration;

  @Pattern(Patterns.DURATION)
  @JsonPropertyDescription("Idle time after which a Session counts as Stuck. Default 10m.")
  public String idleTimeout;
}
