package dev.ao.cli.output;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** All command output goes through here, to the command line's own writer, in the format -o asked for. */
public final class Printer {
  private final PrintWriter out;

  public Printer(PrintWriter out) {
    this.out = out;
  }

  public PrintWriter writer() {
    return out;
  }

  public void line(String text) {
    out.println(text);
    out.flush();
  }

  public void table(Table table) {
    table.print(out);
  }

  /** Objects: a table (built only when needed), a kubectl-style List in JSON/YAML, or one name per line. */
  public void objects(List<? extends HasMetadata> items, OutputFormat format, Supplier<Table> table) {
    switch (format) {
      case table, wide -> table(table.get());
      case json -> line(Serializer.prettyJson(list(items)));
      case yaml -> out.print(Serializer.yaml(list(items)));
      case name -> items.forEach(i -> out.println(name(i)));
    }
    out.flush();
  }

  /** One object: the command's human text, or the object itself. */
  public void object(HasMetadata item, OutputFormat format, Consumer<PrintWriter> human) {
    switch (format) {
      case table, wide -> human.accept(out);
      case json -> line(Serializer.prettyJson(item));
      case yaml -> out.print(Serializer.yaml(item));
      case name -> out.println(name(item));
    }
    out.flush();
  }

  /** Data that is not a Kubernetes object (ao version): human text, or JSON/YAML of the map. */
  public void data(Object data, OutputFormat format, Consumer<PrintWriter> human) {
    switch (format) {
      case json -> line(Serializer.prettyJson(data));
      case yaml -> out.print(Serializer.yaml(data));
      default -> human.accept(out);
    }
    out.flush();
  }

  /** kubectl's -o name form: session.agent-orchestrator.io/webapp-1. */
  public static String name(HasMetadata item) {
    String group = item.getApiVersion() != null && item.getApiVersion().contains("/")
        ? "." + item.getApiVersion().substring(0, item.getApiVersion().indexOf('/')) : "";
    return item.getKind().toLowerCase(java.util.Locale.ROOT) + group + "/" + item.getMetadata().getName();
  }

  private static Map<String, Object> list(List<? extends HasMetadata> items) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    list.put("items", items);
    return list;
  }
}
