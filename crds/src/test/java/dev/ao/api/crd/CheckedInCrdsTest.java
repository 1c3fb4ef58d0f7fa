package dev.ao.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Helm installs, and {@code kubectl apply -f helm/agent-orchestrator/crds/} applies, the checked-in CRDs; they
 * must be exactly what the build generates from the Java types, or the cluster enforces an outdated schema.
 */
class CheckedInCrdsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sessions", "projects"})
  void theCheckedInCrdIsTheGeneratedOne(String plural) throws IOException {
    Path checkedIn = RepoFiles.checkedInCrd(plural);
    Path generated = RepoFiles.generatedCrd(plural);

    assertThat(checkedIn).as("%s is missing; create it with: %s", checkedIn, RepoFiles.REFRESH_COMMAND).exists();
    String difference = FirstDifference.between(Files.readAllLines(checkedIn), Files.readAllLines(generated));
    assertThat(difference)
        .as("%s differs from the CRD generated from the Java types (%s).%nRefresh it with: %s%n",
            RepoFiles.repoRoot().relativize(checkedIn), difference, RepoFiles.REFRESH_COMMAND)
        .isEmpty();
  }

  /** Where two versions of a file first differ, for a failure message a person can act on. */
  static final class FirstDifference {
    private FirstDifference() {}

    static String between(List<String> checkedIn, List<String> generated) {
      int n = Math.min(checkedIn.size(), generated.size());
      for (int i = 0; i < n; i++) {
        if (!checkedIn.get(i).equals(generated.get(i))) {
          return "line " + (i + 1) + ": checked in `" + checkedIn.get(i).strip() + "`, generated `" + generated.get(i).strip() + "`";
        }
      }
      if (checkedIn.size() != generated.size()) {
        return "checked in has " + checkedIn.size() + " lines, generated " + generated.size();
      }
      return "";
    }
  }
}
