package org.gluegraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.gluegraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

class SmokeTest extends IntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void mechanism() {
        var r = graphQl.documentName("mechanism").variable("drug", "lenalidomide").variable("target", "MYC").execute();
        System.out.println(r.path("mechanism").entity(Object.class).get());
        var g = graphQl.document("{ gene(id: \"Ikaros\") { symbol hgncId } a: gene(id:\"ADAR1\") { symbol } about { version dataVersion counts } }").execute();
        System.out.println(g.path("").entity(Object.class).get());
    }
}
