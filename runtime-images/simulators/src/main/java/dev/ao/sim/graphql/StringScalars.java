package dev.ao.sim.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * String-shaped custom scalars: GitHub's {@code DateTime} (ISO-8601, seconds), {@code URI}, {@code GitObjectID},
 * and Linear's {@code DateTime}. An {@link Instant} is written as ISO-8601; input stays a string.
 */
public final class StringScalars {

  private StringScalars() {}

  static GraphQLScalarType dateTime() {
    return stringScalar("DateTime", "An ISO-8601 encoded UTC date string.");
  }

  static GraphQLScalarType uri() {
    return stringScalar("URI", "An RFC 3986, RFC 3987, and RFC 6570 (level 4) compliant URI string.");
  }

  static GraphQLScalarType gitObjectId() {
    return stringScalar("GitObjectID", "A Git object ID.");
  }

  public static GraphQLScalarType stringScalar(String name, String description) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .description(description)
        .coercing(new Coercing<Object, String>() {
          @Override
          public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant instant) {
              return instant.truncatedTo(ChronoUnit.SECONDS).toString();
            }
            return value.toString();
          }

          @Override
          public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return input.toString();
          }

          @Override
          public Object parseLiteral(
              Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue string) {
              return string.getValue();
            }
            throw new CoercingParseLiteralException(name + " must be a string");
          }
        })
        .build();
  }
}
