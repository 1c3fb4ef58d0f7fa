package dev.ao.api.schema;

/**
 * A field path rendered the way kube-apiserver renders {@code field.Path}: {@code spec.messages[0].text} for
 * properties and list indexes, {@code spec.reactions[ci-failed]} for map keys.
 */
public final class FieldPath {
  private static final FieldPath ROOT = new FieldPath("");

  private final String rendered;

  private FieldPath(String rendered) {
    this.rendered = rendered;
  }

  /** The path of the object itself; its children render without a leading dot. */
  public static FieldPath root() {
    return ROOT;
  }

  /** A path given in kube notation, e.g. {@code spec.versions[0]}; used for errors about the CRD itself. */
  public static FieldPath of(String rendered) {
    return new FieldPath(rendered);
  }

  public FieldPath child(String name) {
    return new FieldPath(rendered.isEmpty() ? name : rendered + "." + name);
  }

  public FieldPath index(int index) {
    return new FieldPath(rendered + "[" + index + "]");
  }

  public FieldPath key(String key) {
    return new FieldPath(rendered + "[" + key + "]");
  }

  /** Appends a CEL rule's resolved {@code fieldPath}: properties as children, map keys as {@code [key]}. */
  public FieldPath append(RuleFieldPath relative) {
    FieldPath p = this;
    for (RuleFieldPath.Segment segment : relative.segments()) {
      p = segment.mapKey() ? p.key(segment.name()) : p.child(segment.name());
    }
    return p;
  }

  public boolean isRoot() {
    return rendered.isEmpty();
  }

  @Override
  public String toString() {
    return rendered.isEmpty() ? "<root>" : rendered;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && other.rendered.equals(rendered);
  }

  @Override
  public int hashCode() {
    return rendered.hashCode();
  }
}
