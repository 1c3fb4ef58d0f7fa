package dev.ao.bench.operator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The operator process of the benchmark. It runs in its own JVM so that its heap and CPU are its own, not the API
 * server's or the GitHub simulator's. It answers on stdout to one-word commands on stdin ({@code stats},
 * {@code heap}, {@code stop}); protocol lines start with {@code @}, anything else is log. Stdin closing (the
 * benchmark went away) stops it too.
 *
 * <p>Usage: {@code OperatorNodeMain <api-server-url|kubeconfig> <shared|per-session> <namespace>}; {@code kubeconfig}
 * reads the kubeconfig named by the {@code KUBECONFIG} environment variable.
 */
public final class OperatorNodeMain {
  static final String READY = "@ready";
  static final String STATS = "@stats ";

  private OperatorNodeMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: OperatorNodeMain <api-server-url|kubeconfig> <shared|per-session> <namespace>");
      System.exit(2);
    }
    PrintStream out = System.out;
    ObjectMapper json = new ObjectMapper();
    try (OperatorNode node = OperatorNode.start(args[0], PollingMode.of(args[1]), args[2]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      out.println(READY);
      out.flush();
      for (String line = in.readLine(); line != null && !"stop".equals(line.strip()); line = in.readLine()) {
        switch (line.strip()) {
          case "stats" -> out.println(STATS + json.writeValueAsString(node.stats(false)));
          case "heap" -> out.println(STATS + json.writeValueAsString(node.stats(true)));
          default -> out.println("@error unknown command " + line.strip());
        }
        out.flush();
      }
    }
    System.exit(0);
  }
}
