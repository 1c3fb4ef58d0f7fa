package dev.ao.api.v1alpha1.session;

import dev.ao.api.ApiGroup;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** One agent working on one task: its own branch, workspace volume and pod. */
@Group(ApiGroup.GROUP)
@Version(ApiGroup.VERSION)
@ShortNames({"aos", "sess"})
@AdditionalPrinterColumn(name = "Project", jsonPath = ".spec.project", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Issue", jsonPath = ".spec.issue", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Activity", jsonPath = ".status.activity", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "PR", jsonPath = ".status.pr.number", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "CI", jsonPath = ".status.pr.ci", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(
    name = "Branch", jsonPath = ".status.branch", type = AdditionalPrinterColumn.Type.STRING, priority = 1)
@AdditionalPrinterColumn(
    name = "Review", jsonPath = ".status.pr.reviewDecision", type = AdditionalPrinterColumn.Type.STRING, priority = 1)
@AdditionalPrinterColumn(
    name = "Message", jsonPath = ".status.message", type = AdditionalPrinterColumn.Type.STRING, priority = 1)
public class Session extends CustomResource<SessionSpec, SessionStatus> implements Namespaced {}
