package org.gluegraph.explorer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The explorer's page paths (part of the contract) forwarded to their static pages under {@code /explorer/}. The
 * pages are plain HTML and ES modules that call only {@code /graphql} and {@code /api/}; the browser libraries they
 * use (Cytoscape.js, GraphiQL, React) are WebJars in the jar, so nothing is fetched from elsewhere. The {@code {id}}
 * of a page is read by the page from its own URL and passed to the API as it is.
 */
@Controller
class ExplorerController {

    @GetMapping("/")
    String search() {
        return "forward:/explorer/index.html";
    }

    @GetMapping("/drug/{id}")
    String drug() {
        return "forward:/explorer/drug.html";
    }

    @GetMapping("/gene/{id}")
    String gene() {
        return "forward:/explorer/gene.html";
    }

    @GetMapping("/pathway/{id}")
    String pathway() {
        return "forward:/explorer/pathway.html";
    }

    @GetMapping("/contrast/{id}")
    String contrast() {
        return "forward:/explorer/contrast.html";
    }

    @GetMapping("/enrichment")
    String enrichment() {
        return "forward:/explorer/enrichment.html";
    }

    @GetMapping("/upload")
    String upload() {
        return "forward:/explorer/upload.html";
    }

    @GetMapping("/curation")
    String curation() {
        return "forward:/explorer/curation.html";
    }

    /** GraphiQL from the jar (Spring's own page loads its scripts from a CDN and is blank offline; it is turned off). */
    @GetMapping("/graphiql")
    String graphiql() {
        return "forward:/explorer/graphiql.html";
    }
}
