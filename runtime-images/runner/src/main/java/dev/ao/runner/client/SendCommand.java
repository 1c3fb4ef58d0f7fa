package dev.ao.runner.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ao.runner.Env;
import dev.ao.runner.RunnerFailure;
import dev.ao.runner.api.BearerToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ao-runner send}: deliver a message through the local runner API (used via kubectl exec). */
@Command(name = "send", description = "Send a message to the agent through the local runner and wait until it is confirmed.")
public final class SendCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--id", description = "Message id; repeating an id never delivers twice. Default: random.")
  String id;

  @ArgGroup(multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "TEXT", description = "Message text.")
    String text;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the message from FILE ('-' for stdin).")
    String file;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Env env = Env.system();
    String messageId = id != null ? id : "send-" + UUID.randomUUID();
    String text = source.text != null ? source.text : readFile(source.file);
    String token;
    try {
      token = BearerToken.readFile(env.path("AO_RUNNER_TOKEN_FILE", "/var/run/ao/runner/token"));
    } catch (RunnerFailure e) {
      err.println(e.getMessage());
      return 1;
    }
    URI uri = URI.create("http://127.0.0.1:" + env.integer("AO_RUNNER_PORT", 7420) + "/v1/messages");
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("id", messageId, "text", text))))
        .build();
    HttpResponse<String> response;
    try {
      response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      err.println("cannot reach the runner at " + uri + ": " + e.getMessage());
      return 1;
    }
    JsonNode body = JSON.readTree(response.body());
    if (response.statusCode() == 200) {
      out.println("Delivered " + messageId + " at " + body.path("deliveredAt").asText()
          + (body.path("duplicate").asBoolean() ? " (already delivered earlier; not sent again)" : ""));
      return 0;
    }
    err.println(body.path("status").asText("Failed") + " " + messageId + " (HTTP " + response.statusCode() + "): "
        + body.path("error").asText(response.body()));
    return 1;
  }

  private static String readFile(String file) throws IOException {
    return file.equals("-")
        ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
        : Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }
}
