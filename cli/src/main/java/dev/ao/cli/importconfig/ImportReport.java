package dev.ao.cli.importconfig;

import dev.ao.cli.manifest.SecretPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What `ao import-config` did with each part of the seed config: carried, carried with a change of meaning, or not. */
public final class ImportReport {
  /** One finding: the seed config path it is about and what to know. */
  public record Item(String path, String text) {}

  private final List<String> converted = new ArrayList<>();
  private final List<Item> notCarried = new ArrayList<>();
  private final List<Item> changed = new ArrayList<>();
  private final List<Item> invalid = new ArrayList<>();
  private final List<SecretPlan> secrets = new ArrayList<>();

  public void converted(String project) {
    converted.add(project);
  }

  public void notCarried(String path, String why) {
    notCarried.add(new Item(path, why));
  }

  public void changed(String path, String note) {
    changed.add(new Item(path, note));
  }

  public void invalid(String project, String violation) {
    invalid.add(new Item(project, violation));
  }

  public void secret(SecretPlan plan) {
    secrets.add(plan);
  }

  public List<Item> notCarried() {
    return List.copyOf(notCarried);
  }

  public List<Item> changed() {
    return List.copyOf(changed);
  }

  public List<Item> invalid() {
    return List.copyOf(invalid);
  }

  public List<SecretPlan> secrets() {
    return List.copyOf(secrets);
  }

  public void print(PrintWriter out, String namespace) {
    out.println("Converted " + converted.size() + " project(s)" + (converted.isEmpty() ? "." : ": " + String.join(", ", converted)));
    section(out, "Not carried over:", notCarried);
    section(out, "Carried over with a different meaning:", changed);
    section(out, "Invalid, so not written (fix the Agent Orchestrator config or the manifest):", invalid);
    if (!secrets.isEmpty()) {
      out.println("Secrets to create (their values are not copied from the Agent Orchestrator config):");
      secrets.forEach(s -> out.println("  " + s.kubectlCreate(namespace)));
    }
    out.flush();
  }

  private static void section(PrintWriter out, String title, List<Item> items) {
    if (items.isEmpty()) {
      return;
    }
    out.println(title);
    items.forEach(i -> out.println("  - " + i.path() + ": " + i.text()));
  }
}
