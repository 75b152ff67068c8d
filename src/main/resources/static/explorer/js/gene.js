// "/gene/{id}": identifiers, aliases, curated relations, pathways, and expression across all contrasts.
import { gql, h, layout, pathId, fmt, loading, showError, DataTable, exportButtons, escapeXml, diverging, pubLinks } from './common.js';

const main = layout('/gene');
const id = pathId();
document.title = `${id} · GlueGraph`;
const body = h('div', { id: 'gene' });
main.append(body);
loading(body, 'Loading ' + id);

const Q = `query Gene($id: ID!) {
  gene(id: $id) {
    id symbol hgncId entrezId ensemblId name aliases previousSymbols locusType
    relations(includeUnreviewed: true) {
      claimId predicate sign status context
      source { __typename ... on Gene { id symbol } ... on Drug { id name } }
      target { __typename ... on Gene { id symbol } ... on Drug { id name } }
      evidence { statement publication { id pmid doi title year journal retracted } }
    }
    pathways(first: 500) { totalCount edges { node { id name collection size } } }
    expression { contrast { id name numerator denominator } baseMean log2FoldChange lfcSE pvalue padj }
  }
}`;

const nodeName = (n) => (n.__typename === 'Drug' ? n.name : n.symbol);
const nodeLink = (n) => h('a', { href: (n.__typename === 'Drug' ? '/drug/' : '/gene/') + encodeURIComponent(nodeName(n)) }, nodeName(n));

function expressionSvg(rows) {
  const rowH = 26, left = 240, w = 640, plotW = w - left - 30;
  const height = 40 + rows.length * rowH;
  const lo = Math.min(-1, ...rows.map((r) => (r.log2FoldChange ?? 0) - 2 * (r.lfcSE ?? 0)));
  const hi = Math.max(1, ...rows.map((r) => (r.log2FoldChange ?? 0) + 2 * (r.lfcSE ?? 0)));
  const X = (v) => left + ((v - lo) / (hi - lo)) * plotW;
  const max = Math.max(1, Math.abs(lo), Math.abs(hi));
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${w}" height="${height}" fill="#fff"/>`,
    `<line x1="${X(0)}" y1="10" x2="${X(0)}" y2="${height - 24}" stroke="#57606a"/>`,
    `<text x="${left + plotW / 2}" y="${height - 6}" text-anchor="middle">log2 fold change (± 2 SE)</text>`];
  rows.forEach((r, i) => {
    const y = 24 + i * rowH;
    parts.push(`<text x="${left - 8}" y="${y + 4}" text-anchor="end">${escapeXml(r.contrast.name)}</text>`);
    if (r.log2FoldChange === null) { parts.push(`<text x="${X(0) + 6}" y="${y + 4}" fill="#57606a">NA</text>`); return; }
    const se = r.lfcSE ?? 0;
    parts.push(`<line x1="${X(r.log2FoldChange - 2 * se)}" y1="${y}" x2="${X(r.log2FoldChange + 2 * se)}" y2="${y}" stroke="#1b1f24"/>`,
      `<circle cx="${X(r.log2FoldChange)}" cy="${y}" r="6" fill="${diverging(r.log2FoldChange, max)}" stroke="#1b1f24"><title>${escapeXml(r.contrast.name)}: ${fmt(r.log2FoldChange)} (padj ${fmt(r.padj)})</title></circle>`,
      `<text x="${w - 4}" y="${y + 4}" text-anchor="end" fill="#57606a">${r.padj !== null && r.padj < 0.05 ? '*' : ''}</text>`);
  });
  parts.push('</svg>');
  return { svg: parts.join(''), width: w, height };
}

async function run() {
  let g;
  try {
    g = (await gql(Q, { id })).gene;
  } catch (e) {
    showError(body, e, `“${id}”: `);
    return;
  }
  if (!g) {
    body.replaceChildren(h('h1', {}, id), h('div', { class: 'error', role: 'alert' },
      `No gene is known as “${id}” (tried symbols, aliases, previous symbols, HGNC, Entrez and Ensembl ids).`));
    return;
  }
  document.title = `${g.symbol} · GlueGraph`;
  const relTable = h('div', { id: 'relations' });
  const pathTable = h('div', { id: 'pathways' });
  const exprTable = h('div', { id: 'expression-table' });
  const exprPlot = h('div', { id: 'expression-plot', class: 'plot' });
  body.replaceChildren(
    h('h1', {}, g.symbol, ' ', h('span', { class: 'muted' }, g.name || '')),
    h('div', { class: 'row' },
      h('section', { class: 'col card', 'aria-labelledby': 'ids-h' }, h('h2', { id: 'ids-h' }, 'Identifiers'),
        h('dl', { class: 'facts', id: 'identifiers' },
          h('dt', {}, 'HGNC'), h('dd', {}, g.hgncId ? h('a', { href: 'https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/' + g.hgncId, rel: 'noopener', target: '_blank' }, g.hgncId) : '—'),
          h('dt', {}, 'Entrez'), h('dd', {}, g.entrezId || '—'),
          h('dt', {}, 'Ensembl'), h('dd', {}, g.ensemblId || '—'),
          h('dt', {}, 'Locus type'), h('dd', {}, g.locusType || '—'),
          h('dt', {}, 'Aliases'), h('dd', {}, g.aliases.length ? g.aliases.map((a) => h('span', { class: 'pill' }, a)) : '—'),
          h('dt', {}, 'Previous symbols'), h('dd', {}, g.previousSymbols.length ? g.previousSymbols.map((a) => h('span', { class: 'pill' }, a)) : '—'))),
      h('section', { class: 'col card', 'aria-labelledby': 'expr-h' }, h('h2', { id: 'expr-h' }, 'Expression across contrasts'),
        g.expression.length ? [exprPlot, exportButtons(g.symbol + '_expression', () => expressionSvg(g.expression)), exprTable]
          : h('p', { class: 'muted' }, 'No stored contrast measured this gene.'))),
    h('h2', {}, `Curated relations (${g.relations.length})`), relTable,
    h('h2', {}, `Pathways (${g.pathways.totalCount})`), pathTable);

  new DataTable(relTable, {
    caption: 'Relations in which ' + g.symbol + ' takes part (accepted and under review)', filename: g.symbol + '_relations', rows: g.relations,
    columns: [
      { label: 'Source', value: (r) => nodeName(r.source), render: (r) => nodeLink(r.source) },
      { label: 'Predicate', value: (r) => r.predicate },
      { label: 'Target', value: (r) => nodeName(r.target), render: (r) => nodeLink(r.target) },
      { label: 'Sign', value: (r) => r.sign, num: true },
      { label: 'Status', value: (r) => r.status },
      { label: 'Evidence', value: (r) => r.evidence.map((e) => e.publication.pmid ? 'PMID:' + e.publication.pmid : 'DOI:' + e.publication.doi).join(' '),
        render: (r) => h('span', {}, r.evidence.map((e) => h('div', {}, pubLinks(e.publication), e.publication.retracted ? ' (retracted)' : '', e.statement ? h('div', { class: 'muted' }, e.statement) : null))) },
    ],
  });
  new DataTable(pathTable, {
    caption: 'Pathways and gene sets that contain ' + g.symbol, filename: g.symbol + '_pathways', pageSize: 15,
    rows: g.pathways.edges.map((e) => e.node),
    columns: [
      { label: 'Pathway', value: (p) => p.name, render: (p) => h('a', { href: '/pathway/' + encodeURIComponent(p.id) }, p.name) },
      { label: 'Id', value: (p) => p.id },
      { label: 'Collection', value: (p) => p.collection },
      { label: 'Size', value: (p) => p.size, num: true },
    ],
  });
  if (g.expression.length) {
    exprPlot.innerHTML = expressionSvg(g.expression).svg;
    new DataTable(exprTable, {
      caption: 'Results of ' + g.symbol + ' in every stored contrast', filename: g.symbol + '_expression', rows: g.expression,
      columns: [
        { label: 'Contrast', value: (r) => r.contrast.name, render: (r) => h('a', { href: '/contrast/' + encodeURIComponent(r.contrast.name) }, r.contrast.name) },
        { label: 'baseMean', value: (r) => r.baseMean, num: true },
        { label: 'log2FC', value: (r) => r.log2FoldChange, num: true },
        { label: 'lfcSE', value: (r) => r.lfcSE, num: true },
        { label: 'pvalue', value: (r) => r.pvalue, num: true },
        { label: 'padj', value: (r) => r.padj, num: true },
      ],
    });
  }
}
run();
