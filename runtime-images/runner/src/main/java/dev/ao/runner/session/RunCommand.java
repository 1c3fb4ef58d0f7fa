package dev.ao.runner.session;

import dev.ao.runner.Env;
import dev.ao.runner.Log;
import dev.ao.runner.RunnerFailure;
import dev.ao.runner.SecretRedactor;
import dev.ao.runner.TerminationMessage;
import dev.ao.runner.activity.ActivityClassifier;
import dev.ao.runner.activity.ScreenPatterns;
import dev.ao.runner.activity.SessionLogProbe;
import dev.ao.runner.agent.ActivitySettings;
import dev.ao.runner.agent.AgentEnvironment;
import dev.ao.runner.agent.AgentProfile;
import dev.ao.runner.agent.LaunchCommand;
import dev.ao.runner.api.BearerToken;
import dev.ao.runner.api.RunnerApi;
import dev.ao.runner.delivery.DeliveryTimings;
import dev.ao.runner.delivery.MessageDispatcher;
import dev.ao.runner.delivery.MessageLedger;
import dev.ao.runner.delivery.PasteDelivery;
import dev.ao.runner.tmux.Tmux;
import dev.ao.runner.tmux.TmuxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/** {@code ao-runner run}: the agent container's entrypoint. */
@Command(name = "run", description = "Run the agent in tmux, mirror its terminal and serve the runner API.")
public final class RunCommand implements Callable<Integer> {
  static final String INITIAL_PROMPT_ID = "initial-prompt";
  private static final Duration EXIT_POLL = Duration.ofMillis(250);

  @Override
  public Integer call() throws InterruptedException {
    Env env = Env.system();
    TerminationMessage termination = new TerminationMessage(env.terminationMessagePath(), SecretRedactor.none());
    try {
      return run(env, RunSettings.from(env));
    } catch (RunnerFailure | TmuxException e) {
      Log.warn("run failed: " + termination.write(e.getMessage()));
      return 1;
    } catch (IOException e) {
      Log.warn("run failed: " + termination.write("runner failed: " + e));
      return 1;
    }
  }

  private int run(Env env, RunSettings settings) throws IOException, InterruptedException {
    Clock clock = Clock.systemUTC();
    BearerToken token = BearerToken.read(settings.tokenFile());
    AgentProfile profile = AgentProfile.parse(settings.profileJson());
    String prompt = readPrompt(settings.promptFile());
    if (!Files.isDirectory(settings.workspace())) {
      throw new RunnerFailure("workspace " + settings.workspace() + " does not exist");
    }
    ActivitySettings activity = profile.activity();
    ScreenPatterns ready = ScreenPatterns.compile(profile.readyPattern(), "readyPattern");
    ActivityClassifier classifier = new ActivityClassifier(
        ScreenPatterns.compile(activity.waitingInputPatterns(), "waitingInputPatterns"),
        ScreenPatterns.compile(activity.activePatterns(), "activePatterns"),
        Duration.ofSeconds(activity.idleAfterSeconds()));

    Path stateDir = Files.createTempDirectory("ao-runner-");
    Tmux tmux = new Tmux("tmux", settings.tmuxSocket());
    Instant startedAt = clock.instant();
    PaneStream stream = new PaneStream(stateDir.resolve("pane.fifo"), System.out, clock, startedAt);
    AgentProcess agent = new AgentProcess(tmux, stateDir, clock);
    MessageDispatcher dispatcher = new MessageDispatcher(
        new PasteDelivery(tmux, agent::alive, profile.submitKeys(), DeliveryTimings.DEFAULT, clock), new MessageLedger());
    // When the pod or local process is stopped, the agent goes with it (and so do the runner's files).
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      tmux.killServer();
      deleteQuietly(stateDir);
    }, "stop-agent"));

    List<String> argv = LaunchCommand.render(profile, prompt);
    Log.info("starting agent '" + profile.name() + "': " + argv.get(0) + " in " + settings.workspace()
        + " (tmux -L " + settings.tmuxSocket() + ", session " + Tmux.SESSION + ")");
    agent.start(settings.workspace(), argv, AgentEnvironment.of(env.all()), stream);
    dispatcher.holdUntil(() -> AgentReadiness.await(tmux, ready, stream, startedAt, clock, agent::alive));
    if (LaunchCommand.typePromptAfterLaunch(profile, prompt)) {
      dispatcher.submit(INITIAL_PROMPT_ID, prompt, false);
    }
    StatusReporter status = new StatusReporter(agent, stream, tmux, classifier,
        SessionLogProbe.of(settings.home(), activity.sessionLogGlob(), clock), dispatcher, clock, startedAt);
    try (RunnerApi api = RunnerApi.start(settings.bind(), settings.port(), token, status, dispatcher, tmux)) {
      Log.info("runner API listening on " + settings.bind() + ":" + api.port());
      AgentExit exit = agent.awaitExit(EXIT_POLL);
      Log.info("agent exited with code " + exit.code() + "; reporting it for " + settings.exitLingerSeconds()
          + " s before the runner stops");
      Thread.sleep(Duration.ofSeconds(settings.exitLingerSeconds()).toMillis());
      return exit.code() == null ? 1 : exit.code();
    } finally {
      dispatcher.close();
      tmux.killServer();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(file -> file.toFile().delete());
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // Temporary files only; the container's filesystem goes away anyway.
    }
  }

  private static String readPrompt(Path file) {
    if (file == null || !Files.exists(file)) {
      return null;
    }
    try {
      String prompt = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
      return prompt.isEmpty() ? null : prompt;
    } catch (IOException e) {
      throw new RunnerFailure("cannot read the prompt file " + file + ": " + e.getMessage());
    }
  }
}
