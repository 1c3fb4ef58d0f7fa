package dev.ao.api.v1alpha1.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ao.api.v1alpha1.common.Patterns;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** A message for the agent. Delivered once, in list order; the id makes delivery idempotent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Message {
  @Required
  @Pattern(Patterns.MESSAGE_ID)
  @Size(max = Patterns.MESSAGE_ID_MAX)
  @JsonPropertyDescription("Unique id within the Session (letters, digits, '.', '_', '-'; at most 63).")
  public String id;

  @Required
  @Size(min = 1, max = 16384)
  @JsonPropertyDescription("Text typed into the agent's terminal; multi-line allowed.")
  public String text;

  public Message() {}

  public Message(String id, String text) {
    this.id = id;
    this.text = text;
  }
}
