// GraphiQL against this server's /graphql; the starting query is a short tour of the schema.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var query = [
    '# GlueGraph: ask how lenalidomide reaches MYC, coloured by the demonstration contrast.',
    '{',
    '  mechanism(drug: "lenalidomide", target: "MYC", contrast: "lenalidomide_vs_dmso_synthetic") {',
    '    predictedSign consistent',
    '    nodes { ... on Drug { name } ... on Gene { id symbol } }',
    '    relations { predicate sign evidence { publication { pmid doi title } } }',
    '    observed { log2FoldChange padj }',
    '  }',
    '}',
    ''
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: query, defaultEditorToolsVisibility: true }));
})();
