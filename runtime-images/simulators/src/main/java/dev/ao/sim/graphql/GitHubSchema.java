package dev.ao.sim.graphql;

import dev.ao.sim.http.SimUrls;
import dev.ao.sim.ops.Operations;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds the executable schema: the SDL in {@code github.graphqls} wired to the model. */
public final class GitHubSchema {

  private static final String SDL = "/dev/ao/sim/graphql/github.graphqls";

  private GitHubSchema() {}

  public static GraphQLSchema build(Operations ops, SimUrls urls) {
    SchemaContext ctx = new SchemaContext(ops, urls);
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
        .scalar(StringScalars.dateTime())
        .scalar(StringScalars.uri())
        .scalar(StringScalars.gitObjectId());
    new QueryWiring(ctx).wire(wiring);
    new PullRequestWiring(ctx).wire(wiring);
    new CommitWiring(ctx).wire(wiring);
    new ReviewWiring(ctx).wire(wiring);
    new IssueWiring(ctx).wire(wiring);
    new ActorWiring(ctx).wire(wiring);
    new MutationWiring(ctx).wire(wiring);
    return new SchemaGenerator().makeExecutableSchema(typeDefinitions(), wiring.build());
  }

  static TypeDefinitionRegistry typeDefinitions() {
    try (InputStream in = GitHubSchema.class.getResourceAsStream(SDL)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SDL);
      }
      return new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
