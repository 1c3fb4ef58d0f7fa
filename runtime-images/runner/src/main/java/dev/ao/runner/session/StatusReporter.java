package dev.ao.runner.session;

import dev.ao.runner.activity.ActivityClassifier;
import dev.ao.runner.activity.ActivityInputs;
import dev.ao.runner.activity.SessionLogProbe;
import dev.ao.runner.delivery.MessageDispatcher;
import dev.ao.runner.tmux.Tmux;
import dev.ao.runner.tmux.TmuxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Observes the agent at the moment of the request and classifies its activity. */
public final class StatusReporter {
  private final AgentProcess agent;
  private final PaneStream stream;
  private final Tmux tmux;
  private final ActivityClassifier classifier;
  private final SessionLogProbe sessionLogs;
  private final MessageDispatcher dispatcher;
  private final Clock clock;
  private final Instant startedAt;

  public StatusReporter(
      AgentProcess agent,
      PaneStream stream,
      Tmux tmux,
      ActivityClassifier classifier,
      SessionLogProbe sessionLogs,
      MessageDispatcher dispatcher,
      Clock clock,
      Instant startedAt) {
    this.agent = agent;
    this.stream = stream;
    this.tmux = tmux;
    this.classifier = classifier;
    this.sessionLogs = sessionLogs;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.startedAt = startedAt;
  }

  public RunnerStatus status() {
    Optional<AgentExit> exit = agent.checkExit();
    List<String> screen = exit.isPresent() ? List.of() : screen();
    ActivityInputs inputs =
        new ActivityInputs(
            exit.isPresent(),
            clock.instant(),
            stream.lastOutputAt(),
            sessionLogs == null ? null : sessionLogs.latestModification(),
            screen);
    return new RunnerStatus(
        exit.isEmpty(),
        classifier.classify(inputs),
        stream.lastOutputAt(),
        startedAt,
        exit.map(AgentExit::code).orElse(null),
        dispatcher.deliveredCount());
  }

  private List<String> screen() {
    try {
      return tmux.screen();
    } catch (TmuxException e) {
      return List.of();
    }
  }
}
