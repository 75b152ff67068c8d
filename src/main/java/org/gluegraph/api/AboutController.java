package org.gluegraph.api;

import org.gluegraph.graph.About;
import org.gluegraph.graph.AboutService;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AboutController {

    private final AboutService about;

    AboutController(AboutService about) {
        this.about = about;
    }

    @QueryMapping
    About about() {
        return about.about();
    }
}
