package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The standard introspection query (the npm {@code graphql} package's getIntrospectionQuery(), as GraphiQL, codegen
 * and schema linters send it; the text is a test resource written by bench/http-audit/introspection-query.mjs) is
 * answered under the default limits, and the schema it describes is the one the schema files declare.
 */
class IntrospectionTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    private static String resource(String path) throws IOException {
        try (InputStream in = IntrospectionTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
            .includeDirectives("deprecated"::equals).includeDirectiveDefinitions(false).includeScalarTypes(true)
            .includeSchemaDefinition(false)
            .includeIntrospectionTypes(false));

    @Test
    @SuppressWarnings("unchecked")
    void theStandardIntrospectionQueryDescribesTheDeclaredSchema() throws IOException {
        String query = resource("graphql-test/introspection/IntrospectionQuery.graphql");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.parseMediaType("application/graphql-response+json")));
        var response = http.postForEntity("/graphql", new HttpEntity<>(Map.of("query", query,
                "operationName", "IntrospectionQuery"), headers), Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).doesNotContainKey("errors");
        Map<String, Object> data = (Map<String, Object>) response.getBody().get("data");
        assertThat(data).containsKey("__schema");

        Document described = new IntrospectionResultToSchema().createSchemaDefinition(data);
        GraphQLSchema served = schema(new SchemaParser().buildRegistry(described));

        TypeDefinitionRegistry declared = new TypeDefinitionRegistry();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
            try (InputStream in = r.getInputStream()) {
                declared.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        String expected = PRINTER.print(schema(declared));
        String actual = PRINTER.print(served);
        assertThat(actual).contains("type Query").contains("mechanism(").contains("enum ClaimStatus");
        assertThat(actual).isEqualTo(expected);
    }

    /** A schema from type definitions with the scalars the server wires (their descriptions come from the wiring). */
    private static GraphQLSchema schema(TypeDefinitionRegistry registry) {
        var wiring = RuntimeWiring.newRuntimeWiring().scalar(ExtendedScalars.Json);
        // unions and interfaces need a type resolver to build; this schema is only printed, never executed
        registry.types().values().stream()
                .filter(t -> t instanceof graphql.language.UnionTypeDefinition
                        || t instanceof graphql.language.InterfaceTypeDefinition)
                .forEach(t -> wiring.type(graphql.schema.idl.TypeRuntimeWiring.newTypeWiring(t.getName())
                        .typeResolver(env -> null)));
        return new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
    }

    @Test
    void introspectionInBadFaithIsStillRefused() {
        // __Type.fields twice in one path: graphql-java's good-faith check, which is why introspection may skip ours
        String query = "{ __schema { types { fields { type { fields { name } } } } } }";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.postForEntity("/graphql", new HttpEntity<>(Map.of("query", query), headers), String.class);
        assertThat(response.getBody()).contains("errors").contains("good faith");
    }
}
