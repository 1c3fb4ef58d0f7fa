package dev.ao.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ao.api.v1alpha1.session.SessionPhase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/reference/crds.md is generated from the CRDs; a checked-in copy that no longer matches misleads users. */
class CrdReferenceDocTest {

  @Test
  void theCheckedInReferenceIsUpToDate() throws IOException {
    Path checkedIn = RepoFiles.checkedInReference();

    assertThat(checkedIn).as("%s is missing; create it with: %s", checkedIn, RepoFiles.REFRESH_COMMAND).exists();
    String difference = CheckedInCrdsTest.FirstDifference.between(
        Files.readAllLines(checkedIn), Files.readAllLines(RepoFiles.generatedReference()));
    assertThat(difference)
        .as("docs/reference/crds.md is stale (%s).%nRefresh it with: %s%n", difference, RepoFiles.REFRESH_COMMAND)
        .isEmpty();
  }

  @Test
  void theReferenceDocumentsFieldsRulesColumnsAndPhases() throws IOException {
    String doc = Files.readString(RepoFiles.generatedReference());

    assertThat(doc)
        .contains("### Session.spec\n")
        .contains("| `project` | string | yes |  | pattern `^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`; at most 253 characters; rule: spec.project is immutable; create a new Session for another Project (checked on update) |")
        .contains("| `role` | string |  | `worker` | one of `orchestrator`, `worker` |")
        .contains("- Rule: a worker Session needs spec.issue or spec.prompt\n")
        .contains("### Project.spec.reactions[key]\n")
        .contains("| `maxConcurrentSessions` | integer |  |  | 1 to 10000 |")
        .contains("| Phase | string | `.status.phase` | always |")
        .contains("| Branch | string | `.status.branch` | wide |");
    for (SessionPhase phase : SessionPhase.values()) {
      assertThat(doc).contains("| `" + phase.name() + "` | " + phase.description().replace("<", "&lt;"));
    }
  }
}
