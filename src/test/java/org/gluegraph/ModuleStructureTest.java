package org.gluegraph;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout's rules, checked on the compiled classes: every module (a direct sub-package of org.gluegraph) may use
 * only the modules listed for it below (dependencies point down, from features to infrastructure), and no two
 * packages depend on each other in a cycle. A new module must be added here with its place.
 */
class ModuleStructureTest {

    /** Each module and the modules it may depend on (besides itself). Order: bottom to top. */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("shared");
        allow("expression", "shared");                       // the DESeq2 engine: plain Java
        allow("graph", "shared");                             // driver, transactions, named Cypher, schema, version
        allow("seed", "graph", "shared");                     // the loader framework
        allow("security", "shared");
        allow("web", "graph", "security", "shared");          // GraphQL configuration, error mapping, limits
        allow("about", "graph", "web", "shared");
        allow("gene", "graph", "seed", "web", "shared");
        allow("drug", "graph", "seed", "web", "shared");
        allow("pathway", "gene", "graph", "seed", "security", "web", "shared");
        allow("curation", "gene", "drug", "graph", "seed", "security", "web", "shared");
        allow("contrast", "expression", "gene", "graph", "seed", "security", "web", "shared");
        allow("knowledge", "gene", "drug", "graph", "seed", "web", "shared");   // imported public knowledge
        allow("mechanism", "curation", "contrast", "knowledge", "gene", "drug", "pathway", "graph", "web", "shared");
        allow("enrichment", "contrast", "pathway", "gene", "graph", "web", "shared");
        allow("explorer", "web", "shared");                   // the web pages: they use only the public API
        // cli may start the application, whose configuration class is the root package
        allow("cli", "", "about", "curation", "contrast", "enrichment", "expression", "gene", "graph", "knowledge", "seed",
                "shared");
    }

    private static void allow(String module, String... below) {
        ALLOWED.put(module, Set.of(below));
    }

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gluegraph");
    }

    private static String module(String className) {
        if (!className.startsWith("org.gluegraph.")) {
            return null;
        }
        String rest = className.substring("org.gluegraph.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot); // "" is the application's root package
    }

    @Test
    void everyModuleIsListed() {
        Set<String> found = new TreeSet<>();
        classes.forEach(c -> {
            String m = module(c.getName());
            if (m != null && !m.isEmpty()) {
                found.add(m);
            }
        });
        assertThat(ALLOWED.keySet()).containsAll(found);
    }

    @Test
    void dependenciesPointDown() {
        List<String> violations = new java.util.ArrayList<>();
        classes.forEach(c -> {
            String from = module(c.getName());
            if (from == null || from.isEmpty()) {
                return; // the root package starts the application: it may use everything
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = module(d.getTargetClass().getName());
                if (to == null || to.equals(from)) {
                    continue;
                }
                if (!ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                    violations.add(from + " -> " + (to.isEmpty() ? "(root)" : to) + ": " + d.getDescription());
                }
            }
        });
        assertThat(violations).as("dependencies outside the allowed table").isEmpty();
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.gluegraph.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void engineIsSpringFree() {
        List<String> springUse = new java.util.ArrayList<>();
        classes.stream().filter(c -> c.getPackageName().startsWith("org.gluegraph.expression")
                        || c.getPackageName().startsWith("org.gluegraph.enrichment.internal")
                        || c.getPackageName().startsWith("org.gluegraph.shared"))
                .forEach(c -> c.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getPackageName().startsWith("org.springframework"))
                        .forEach(d -> springUse.add(d.getDescription())));
        assertThat(springUse).isEmpty();
    }
}
