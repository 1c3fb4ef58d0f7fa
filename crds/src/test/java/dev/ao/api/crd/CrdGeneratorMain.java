package dev.ao.api.crd;

import dev.ao.api.v1alpha1.project.Project;
import dev.ao.api.v1alpha1.session.Session;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crdv2.generator.CRDGenerator;
import io.fabric8.crdv2.generator.CRDPostProcessor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import java.io.File;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Build step: generates the CRD YAML from the API types with Fabric8's CRDGenerator. Fabric8 sorts
 * printer columns by JSON path; we restore the order they are declared in on the class, which is
 * the order {@code kubectl get} shows.
 */
public final class CrdGeneratorMain {
  static final List<Class<? extends HasMetadata>> RESOURCES = List.of(Session.class, Project.class);

  public static void main(String[] args) {
    File out = new File(args.length > 0 ? args[0] : "target/classes/META-INF/fabric8");
    if (!out.isDirectory() && !out.mkdirs()) {
      throw new IllegalStateException("cannot create " + out);
    }
    int written =
        new CRDGenerator()
            .inOutputDir(out)
            .forCRDVersions("v1")
            .withParallelGenerationEnabled(false)
            .withPostProcessor(
                new CRDPostProcessor() {
                  @Override
                  public HasMetadata process(HasMetadata crd, String crdSpecVersion) {
                    return orderPrinterColumns(crd);
                  }
                })
            .customResourceClasses(RESOURCES)
            .generate();
    System.out.println("[crds] generated " + written + " CRDs into " + out);
  }

  private static HasMetadata orderPrinterColumns(HasMetadata resource) {
    CustomResourceDefinition crd = (CustomResourceDefinition) resource;
    Class<? extends HasMetadata> type =
        RESOURCES.stream()
            .filter(c -> c.getSimpleName().equals(crd.getSpec().getNames().getKind()))
            .findFirst()
            .orElseThrow();
    List<String> declared =
        Arrays.stream(type.getAnnotationsByType(AdditionalPrinterColumn.class)).map(AdditionalPrinterColumn::name).toList();
    Map<String, Integer> rank = new java.util.HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      rank.put(declared.get(i), i);
    }
    for (CustomResourceDefinitionVersion v : crd.getSpec().getVersions()) {
      List<CustomResourceColumnDefinition> cols = v.getAdditionalPrinterColumns();
      if (cols != null) {
        cols.sort(Comparator.comparing(c -> rank.getOrDefault(c.getName(), Integer.MAX_VALUE)));
      }
    }
    return crd;
  }

  private CrdGeneratorMain() {}
}
