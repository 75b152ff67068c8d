package org.gluegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

/**
 * Every type, field, input field and enum value of the schema files has a description, so that GraphiQL's docs,
 * codegen and schema linters can show one for each; and every object a client caches has an {@code id}.
 */
class SchemaDescriptionsTest {

    static TypeDefinitionRegistry registry() throws IOException {
        TypeDefinitionRegistry all = new TypeDefinitionRegistry();
        try (var files = Files.list(Path.of("src/main/resources/graphql"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".graphqls")).sorted().toList()) {
                all.merge(new SchemaParser().parse(Files.readString(f)));
            }
        }
        return all;
    }

    private static boolean described(Description d) {
        return d != null && !d.getContent().isBlank();
    }

    @Test
    void everyTypeFieldInputFieldAndEnumValueHasADescription() throws IOException {
        TypeDefinitionRegistry r = registry();
        List<String> missing = new ArrayList<>();
        for (TypeDefinition<?> t : r.types().values()) {
            if (!(t instanceof graphql.language.DescribedNode<?> d) || !described(d.getDescription())) {
                missing.add(t.getName());
            }
            if (t instanceof ObjectTypeDefinition o) {
                o.getFieldDefinitions().stream().filter(f -> !described(f.getDescription()))
                        .forEach(f -> missing.add(o.getName() + "." + f.getName()));
            } else if (t instanceof InputObjectTypeDefinition i) {
                i.getInputValueDefinitions().stream().filter(f -> !described(f.getDescription()))
                        .forEach(f -> missing.add(i.getName() + "." + f.getName()));
            } else if (t instanceof EnumTypeDefinition e) {
                e.getEnumValueDefinitions().stream().filter(v -> !described(v.getDescription()))
                        .forEach(v -> missing.add(e.getName() + "." + v.getName()));
            }
        }
        r.scalars().values().stream().filter(s -> !s.getName().matches("Int|Float|String|Boolean|ID"))
                .filter(s -> !described(s.getDescription())).forEach(s -> missing.add(s.getName()));
        r.objectTypeExtensions().values().stream().flatMap(List::stream).forEach(x -> x.getFieldDefinitions().stream()
                .filter(f -> !described(f.getDescription())).forEach(f -> missing.add(x.getName() + "." + f.getName())));
        assertThat(missing).as("schema elements without a description").isEmpty();
    }

    @Test
    void cachedObjectsHaveAnIdAndPagesTellBothEnds() throws IOException {
        TypeDefinitionRegistry r = registry();
        for (String type : List.of("Gene", "Drug", "Pathway", "Contrast", "Claim", "Revision", "Publication")) {
            ObjectTypeDefinition o = (ObjectTypeDefinition) r.getType(type).orElseThrow();
            assertThat(o.getFieldDefinitions()).as(type).anyMatch(f -> f.getName().equals("id")
                    && f.getType().toString().contains("ID"));
        }
        ObjectTypeDefinition page = (ObjectTypeDefinition) r.getType("PageInfo").orElseThrow();
        assertThat(page.getFieldDefinitions()).extracting(f -> f.getName())
                .contains("hasNextPage", "endCursor", "hasPreviousPage", "startCursor");
    }
}
