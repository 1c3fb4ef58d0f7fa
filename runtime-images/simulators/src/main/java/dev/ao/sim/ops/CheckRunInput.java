package dev.ao.sim.ops;

import dev.ao.sim.model.CheckAnnotation;
import dev.ao.sim.model.CheckConclusion;
import dev.ao.sim.model.CheckStatus;
import java.util.List;

/** The fields of a Checks API create or update; nulls mean "not given". */
public record CheckRunInput(
    String name,
    String headSha,
    CheckStatus status,
    CheckConclusion conclusion,
    String detailsUrl,
    String externalId,
    String title,
    String summary,
    String text,
    List<CheckAnnotation> annotations) {

  public CheckRunInput {
    annotations = annotations == null ? List.of() : List.copyOf(annotations);
  }

  public static CheckRunInput of(String name, String headSha, CheckStatus status, CheckConclusion conclusion) {
    return new CheckRunInput(name, headSha, status, conclusion, null, null, null, null, null, List.of());
  }
}
