package dev.ao.api.crd;

import dev.ao.api.schema.CrdSchemaValidator;

/** The schema validators for the CRDs this build generated, loaded once. */
final class GeneratedCrds {
  static final CrdSchemaValidator SESSIONS = CrdSchemaValidator.load(RepoFiles.generatedCrd("sessions"));
  static final CrdSchemaValidator PROJECTS = CrdSchemaValidator.load(RepoFiles.generatedCrd("projects"));

  private GeneratedCrds() {}

  static CrdSchemaValidator forKind(String kind) {
    return switch (kind) {
      case "Session" -> SESSIONS;
      case "Project" -> PROJECTS;
      default -> throw new IllegalArgumentException("no CRD for kind " + kind);
    };
  }
}
