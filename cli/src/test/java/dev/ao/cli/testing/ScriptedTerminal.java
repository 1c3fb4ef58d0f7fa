package dev.ao.cli.testing;

import dev.ao.cli.support.Terminal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A terminal with a person who answers from a script, recording the questions asked. */
public final class ScriptedTerminal implements Terminal {
  private final Deque<String> answers;
  private final List<String> questions = new ArrayList<>();

  public ScriptedTerminal(String... answers) {
    this.answers = new ArrayDeque<>(List.of(answers));
  }

  @Override
  public boolean interactive() {
    return true;
  }

  @Override
  public String ask(String question) {
    questions.add(question);
    return answers.isEmpty() ? null : answers.poll();
  }

  public List<String> questions() {
    return questions;
  }
}
