package dev.ao.api.v1alpha1.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.Patterns;
import dev.ao.api.v1alpha1.common.SecretKeyRef;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * A place people are told about Sessions. Kubernetes Events are always written; these are extra.
 * Each type has its own typed section.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
    value = "self.type != 'slack' || has(self.slack)",
    message = "type slack needs slack.webhookUrlSecret",
    fieldPath = ".slack",
    reason = "FieldValueRequired")
@ValidationRule(
    value = "self.type != 'webhook' || has(self.webhook)",
    message = "type webhook needs webhook.url",
    fieldPath = ".webhook",
    reason = "FieldValueRequired")
public class NotifierSpec {
  @Required
  @Pattern(Patterns.PROFILE_NAME)
  @Size(max = Patterns.PROFILE_NAME_MAX)
  @JsonPropertyDescription("Notifier name, unique in the Project.")
  public String name;

  @Required
  @JsonPropertyDescription("slack (incoming webhook) or webhook (generic JSON POST, HMAC-signed).")
  public Type type;

  @Size(max = 4)
  @JsonPropertyDescription("Priorities routed here: urgent, action, warning, info. All when unset.")
  public List<Priority> priorities;

  @JsonPropertyDescription("Slack incoming webhook settings.")
  public Slack slack;

  @JsonPropertyDescription("Generic webhook settings.")
  public Webhook webhook;

  /** Notifier kinds. */
  public enum Type {
    @JsonProperty("slack")
    SLACK,
    @JsonProperty("webhook")
    WEBHOOK
  }

  /** Slack incoming webhook; the URL is a secret. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Slack {
    @Required
    @JsonPropertyDescription("Secret key holding the incoming-webhook URL.")
    public SecretKeyRef webhookUrlSecret;
  }

  /** Generic JSON webhook. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Webhook {
    @Required
    @Size(max = 1024)
    @Pattern(Patterns.HTTP_URL)
    @JsonPropertyDescription("URL receiving a JSON POST per notification.")
    public String url;

    @JsonPropertyDescription("Secret key with the HMAC-SHA256 key; the signature goes in X-AO-Signature-256.")
    public SecretKeyRef hmacSecret;

    @Min(0)
    @Max(10)
    @JsonPropertyDescription("Retries with exponential backoff on failure. Default 3.")
    public Integer retries;
  }
}
