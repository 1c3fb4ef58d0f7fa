package dev.ao.api.schema;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CEL type of each schema node, declared the way the API server declares {@code self}: objects with
 * properties are structs whose fields are the (escaped) property names, maps are {@code map(string, T)}, arrays
 * {@code list(T)}, int-or-string and schemaless nodes {@code dyn}. So a rule that names a field the schema does
 * not have, or compares a string with an int, fails to compile, as it does at CRD creation.
 *
 * <p>At evaluation the values are plain maps and lists ({@link CelValues}); field selection on them behaves like
 * the API server's: {@code has()} tests presence and selecting an absent field is a "no such key" error.
 */
final class CelTypes implements CelTypeProvider {
  private final Map<String, StructType> structs = new LinkedHashMap<>();

  /** The CEL type of {@code schema}; {@code name} makes struct type names unique and readable (the path). */
  CelType typeOf(SchemaNode schema, String name) {
    if (schema == null || schema.intOrString()) {
      return SimpleType.DYN;
    }
    String type = schema.type();
    if (type == null) {
      return SimpleType.DYN;
    }
    return switch (type) {
      case "string" -> SimpleType.STRING;
      case "integer" -> SimpleType.INT;
      case "number" -> SimpleType.DOUBLE;
      case "boolean" -> SimpleType.BOOL;
      case "array" -> ListType.create(typeOf(schema.items(), name + ".@items"));
      case "object" -> objectType(schema, name);
      default -> SimpleType.DYN;
    };
  }

  private CelType objectType(SchemaNode schema, String name) {
    if (!schema.properties().isEmpty()) {
      return struct(schema, name);
    }
    if (schema.additionalProperties() != null) {
      return MapType.create(SimpleType.STRING, typeOf(schema.additionalProperties(), name + ".@values"));
    }
    return SimpleType.DYN;
  }

  private StructType struct(SchemaNode schema, String name) {
    StructType existing = structs.get(name);
    if (existing != null) {
      return existing;
    }
    Map<String, CelType> fields = new LinkedHashMap<>();
    schema.properties().forEach((prop, sub) -> CelPropertyNames.escape(prop)
        .ifPresent(escaped -> fields.put(escaped, typeOf(sub, name + "." + prop))));
    StructType complete = StructType.create(name, ImmutableSet.copyOf(fields.keySet()), f -> Optional.ofNullable(fields.get(f)));
    structs.put(name, complete);
    return complete;
  }

  @Override
  public ImmutableCollection<CelType> types() {
    return ImmutableList.copyOf(structs.values());
  }

  @Override
  public Optional<CelType> findType(String typeName) {
    return Optional.ofNullable(structs.get(typeName));
  }
}
