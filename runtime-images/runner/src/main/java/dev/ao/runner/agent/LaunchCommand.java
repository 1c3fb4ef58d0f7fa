package dev.ao.runner.agent;

import java.util.ArrayList;
import java.util.List;

/** Renders the profile's argv template with the initial prompt. */
public final class LaunchCommand {
  public static final String PROMPT = "{{prompt}}";

  private LaunchCommand() {}

  /**
   * With argument delivery and a prompt, {@code {{prompt}}} is replaced by the prompt (also inside
   * an element such as {@code --message={{prompt}}}). Otherwise elements carrying the placeholder
   * are dropped: the prompt will be typed after launch, or there is none.
   */
  public static List<String> render(AgentProfile profile, String prompt) {
    boolean substitute = profile.promptAsArgument() && prompt != null && !prompt.isEmpty();
    List<String> argv = new ArrayList<>();
    for (String element : profile.command()) {
      if (!element.contains(PROMPT)) {
        argv.add(element);
      } else if (substitute) {
        argv.add(element.replace(PROMPT, prompt));
      }
    }
    return argv;
  }

  /** True when the prompt still has to be typed into the running agent. */
  public static boolean typePromptAfterLaunch(AgentProfile profile, String prompt) {
    if (prompt == null || prompt.isEmpty()) {
      return false;
    }
    return !profile.promptAsArgument() || profile.command().stream().noneMatch(e -> e.contains(PROMPT));
  }
}
