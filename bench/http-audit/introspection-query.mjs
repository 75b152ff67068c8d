// Writes the `graphql` package's standard introspection query (getIntrospectionQuery() with its default options,
// what GraphiQL, codegen and schema linters send) to the test resource the Maven tests run, so that they need no npm.
import { writeFileSync } from 'node:fs';
import { getIntrospectionQuery, version } from 'graphql';

const out = '../../src/test/resources/graphql-test/introspection/IntrospectionQuery.graphql';
writeFileSync(out, `# getIntrospectionQuery() of the npm package graphql ${version}, default options\n`
  + `# (written by bench/http-audit/introspection-query.mjs)\n${getIntrospectionQuery()}\n`);
console.log(`wrote ${out}`);
