// "/drug/{id}": the mechanism as a graph, coloured by a chosen contrast (?contrast=), evidence of a clicked edge,
// and the resistance table with the contrast's support.
import { gql, h, layout, pathId, param, setParam, fmt, loading, showError, DataTable, contrastPicker, legendSvg, scaleMax,
  exportButtons, download, pubLinks, NO_DATA, diverging } from './common.js';
import { drawGraph, graphSvg, keyboardNavigation, checksOf, checkText, CHECK, SIGN, PREDICATE_STYLE, DRUG_COLOUR } from './mechanism.js';

const main = layout('/drug');
const id = pathId();
document.title = `${id} · GlueGraph`;
const head = h('div', { id: 'drug-head' });
const controls = h('div', { class: 'toolbar', id: 'controls' });
// role application: a screen reader passes the arrow keys to the graph (keyboardNavigation), which describes the
// focused node or edge in the live region below it
const graphBox = h('div', { id: 'graph', role: 'application', 'aria-roledescription': 'graph',
  'aria-label': 'Mechanism graph: arrow keys move between nodes and edges, Enter opens one; the same nodes and edges are listed in the tables below',
  'aria-describedby': 'graph-focus' });
const graphFocus = h('p', { id: 'graph-focus', class: 'muted', 'aria-live': 'polite', 'aria-atomic': 'true' });
const legend = h('div', { class: 'legend', id: 'legend' });
const evidence = h('aside', { id: 'evidence', class: 'card', 'aria-live': 'polite' }, h('h2', {}, 'Evidence'),
  h('p', { class: 'muted' }, 'Click an edge (or choose “Evidence” in the edge table) to see its publications and statements.'));
const nodeTable = h('div', { id: 'nodes' });
const edgeTable = h('div', { id: 'edges' });
const resistance = h('div', { id: 'resistance' });
const status = h('p', { id: 'status', role: 'status', class: 'muted' });
main.append(head, controls, status,
  h('div', { class: 'row' }, h('div', { class: 'col', style: 'flex: 3 1 600px' }, graphBox, graphFocus, legend, h('div', { id: 'graph-export' })),
    h('div', { class: 'col', style: 'flex: 1 1 300px' }, evidence)),
  h('h2', {}, 'Resistance'), resistance,
  h('h2', {}, 'Nodes and edges of the graph'), h('div', { class: 'row' }, h('div', { class: 'col' }, nodeTable), h('div', { class: 'col' }, edgeTable)));

// The paths are asked for with the same hops and review filter as the view, so that every path's end point and
// last claim are drawn; their expressionCheck (the API's verdict, at the level where the last claim acts) marks them.
const VIEW = `query View($id: ID!, $contrast: ID, $unrev: Boolean, $checked: Boolean!) {
  graphView(input: {drug: $id, contrast: $contrast, maxHops: 3, includeUnreviewed: $unrev}) {
    nodes { id label kind log2FoldChange padj }
    edges { id source target relation sign evidenceCount pmids dois }
  }
  mechanism(drug: $id, maxHops: 3, contrast: $contrast, includeUnreviewed: $unrev) @include(if: $checked) {
    predictedSign expressionCheck
    nodes { ... on Gene { id } ... on Drug { id } }
    relations { claimId level }
  }
  resistanceMechanisms(drug: $id, contrast: $contrast, includeUnreviewed: $unrev) {
    gene { id symbol } direction expressionCheck observed { log2FoldChange padj }
    relation { claimId status level evidence { publication { id pmid doi title } } }
  }
}`;

const CLAIM = `query Claim($id: ID!) { claim(id: $id) { id status version submittedBy
  relation { predicate sign context status level
    source { __typename ... on Gene { symbol } ... on Drug { name } } target { __typename ... on Gene { symbol } ... on Drug { name } }
    evidence { statement publication { id pmid doi title journal year retracted } } } } }`;

let drug = null;
let cy = null;
let checks = { byNode: new Map(), byEdge: new Map() };
const LEVEL_HELP = {
  TRANSCRIPT: 'the target’s mRNA changes: RNA-seq can test it',
  PROTEIN: 'the target’s protein changes or is bound: its mRNA need not move',
  ACTIVITY: 'the target’s activity changes without a change of its amount',
};
// for automation and the browser tests: the drawn Cytoscape instance and the scale bound in use
window.explorer = window.explorer || {};

const nodeName = (n) => (n.__typename === 'Drug' ? n.name : n.symbol);

async function showEvidence(edge) {
  evidence.replaceChildren(h('h2', {}, 'Evidence'), h('p', { class: 'muted' }, 'Loading…'));
  try {
    const c = (await gql(CLAIM, { id: edge.id })).claim;
    const r = c.relation;
    evidence.replaceChildren(h('h2', {}, 'Evidence'),
      h('p', {}, h('strong', {}, `${nodeName(r.source)} ${r.predicate} ${nodeName(r.target)}`), ` (sign ${r.sign > 0 ? '+1' : r.sign})`),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Level'), h('dd', { id: 'evidence-level' }, h('strong', {}, r.level), ': ', LEVEL_HELP[r.level] || ''),
        h('dt', {}, 'Review'), h('dd', { id: 'evidence-status' }, c.status === 'ACCEPTED' ? 'accepted by an editor' : c.status.toLowerCase() + ' (not reviewed)'),
        param('contrast') ? [h('dt', {}, 'Expression check'), h('dd', { id: 'evidence-check' },
          checks.byEdge.get(c.id) ? `${checkText(checks.byEdge.get(c.id))} by ${param('contrast')} (paths whose last claim this is)` : 'no path ends with this claim')] : null,
        h('dt', {}, 'Context'), h('dd', {}, r.context || '—'),
        h('dt', {}, 'Claim'), h('dd', {}, h('a', { href: '/curation?claim=' + encodeURIComponent(c.id) }, c.id), ` v${c.version}, by ${c.submittedBy}`)),
      h('ol', { id: 'evidence-list' }, r.evidence.map((e) => h('li', {},
        h('div', {}, pubLinks(e.publication), e.publication.retracted ? h('strong', {}, ' RETRACTED') : ''),
        h('div', {}, [e.publication.title, e.publication.journal, e.publication.year].filter(Boolean).join(' · ')),
        e.statement ? h('blockquote', { class: 'muted' }, e.statement) : null))));
  } catch (e) {
    showError(evidence, e);
  }
}

function renderLegend(max, hasContrast) {
  const svg = (w, inner) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="12" aria-hidden="true">${inner}</svg>`;
  const signs = Object.values(SIGN).map((s) => h('span', { html: svg(36,
    `<line x1="0" y1="6" x2="26" y2="6" stroke="${s.color}" stroke-width="2"/>` +
    (s.arrow === 'triangle' ? `<path d="M26,1 L35,6 L26,11 z" fill="${s.color}"/>` : s.arrow === 'tee' ? `<rect x="28" y="0" width="3" height="12" fill="${s.color}"/>` : `<circle cx="31" cy="6" r="4" fill="${s.color}"/>`)) + ' ' + s.text }));
  const dashes = { dotted: '2 3', dashed: '6 4', solid: '', double: '' };
  const styles = [['binds, complex with', 'dotted'], ['degrades', 'dashed'], ['activates, represses, up/down-regulates', 'solid'], ['resistance when high/low', 'double']]
    .map(([t, s]) => h('span', { html: svg(30, `<line x1="0" y1="6" x2="30" y2="6" stroke="#57606a" stroke-width="${s === 'double' ? 4 : 2}" ${dashes[s] ? `stroke-dasharray="${dashes[s]}"` : ''}/>`) + ' ' + t }));
  legend.replaceChildren(
    hasContrast ? h('span', { html: legendSvg(max) }) : h('span', { class: 'muted' }, 'Choose a contrast to colour genes by log2 fold change.'),
    h('span', {}, h('span', { class: 'swatch', style: `background:${NO_DATA}; border-style: dashed` }), 'no result'),
    h('span', {}, h('span', { class: 'swatch', style: 'border: 3px solid #1b1f24' }), 'padj < 0.05'),
    h('span', {}, h('span', { class: 'swatch', style: `background:${DRUG_COLOUR}` }), 'drug'),
    ...signs, ...styles);
  if (hasContrast) {
    const ring = { solid: '', dashed: ' stroke-dasharray="5 3"', dotted: ' stroke-dasharray="2 2"' };
    legend.append(h('div', { class: 'legend', id: 'check-legend', style: 'flex-basis: 100%' },
      h('strong', {}, 'Expression check of a path’s end point:'),
      Object.entries(CHECK).map(([k, c]) => h('span', { dataset: { check: k }, title: c.help }, h('span', { html: svg(16,
        `<circle cx="7" cy="6" r="5" fill="#fff" stroke="${c.colour}" stroke-width="3"${ring[c.ring]}/>`) }),
      h('strong', {}, c.glyph), ` ${c.text}`)),
      h('span', { class: 'muted' }, '(several glyphs: the paths to the gene disagree)')));
  }
}

function fetchView() {
  return gql(VIEW, { id: drug ? drug.name : id, contrast: param('contrast'), unrev: param('unreviewed') === '1', checked: !!param('contrast') });
}

async function load(pending = null) {
  const contrast = param('contrast');
  const unrev = param('unreviewed') === '1';
  status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Loading the mechanism…');
  let d;
  try {
    d = await (pending || fetchView());
  } catch (e) {
    showError(status, e);
    return;
  }
  const view = d.graphView;
  const max = scaleMax(view.nodes.map((n) => n.log2FoldChange));
  checks = checksOf(d.mechanism);
  const checkOfNode = (id) => checks.byNode.get(id) || [];
  if (cy) cy.destroy();
  cy = drawGraph(graphBox, view, max, view.nodes.find((n) => n.kind === 'Drug' && n.label === drug.name)?.id, checks);
  window.explorer.cy = cy;
  window.explorer.scaleMax = max;
  // milliseconds from the start of the navigation to the drawn graph (read by bench/explorer)
  cy.ready(() => { window.explorer.graphDrawnMs = window.explorer.graphDrawnMs ?? performance.now(); });
  cy.on('tap', 'edge', (ev) => showEvidence(ev.target.data()));
  showResistance(document.getElementById('show-resistance')?.checked ?? true);
  const nodeDetails = (n) => { if (n.kind === 'Gene') status.replaceChildren(h('a', { href: '/gene/' + encodeURIComponent(n.label) }, `Open ${n.label}`), ` · log2FC ${fmt(n.lfc)}, padj ${fmt(n.padj)}`, n.check ? ` · expression check: ${checkText(n.check.split(','))}` : ''); };
  cy.on('tap', 'node', (ev) => nodeDetails(ev.target.data()));
  const describe = (ele) => {
    const x = ele.data();
    if (ele.isEdge()) return `Edge ${ele.source().data('label')} ${x.label} ${ele.target().data('label')}, sign ${x.sign > 0 ? '+1' : x.sign}`;
    if (x.kind === 'Drug') return `Drug ${x.label}`;
    return `Gene ${x.label}${contrast ? `, log2FC ${fmt(x.lfc)}, padj ${fmt(x.padj)}` : ''}${x.check ? ', expression check ' + checkText(x.check.split(',')) : ''}`;
  };
  window.explorer.focusGraph = keyboardNavigation(cy, graphBox, {
    announce: (text) => { graphFocus.textContent = text; },
    describe,
    activate: (ele) => (ele.isEdge() ? showEvidence(ele.data()) : nodeDetails(ele.data())),
  });
  graphBox.dataset.nodes = String(view.nodes.length);
  graphBox.dataset.edges = String(view.edges.length);
  renderLegend(max, !!contrast);
  status.textContent = `${view.nodes.length} nodes, ${view.edges.length} edges${contrast ? ', coloured by ' + contrast : ''}${unrev ? ', including claims under review' : ''}.`;
  const ex = h('div', { class: 'toolbar' },
    exportButtons(drug.name + '_mechanism', () => graphSvg(cy, drug.name + ' mechanism')),
    h('button', { type: 'button', onclick: () => download(drug.name + '_mechanism_screen.png', dataUriBlob(cy.png({ full: true, scale: 2, bg: '#fff' }))) }, 'Save PNG (as drawn)'),
    h('button', { type: 'button', onclick: () => cy.fit(undefined, 24) }, 'Fit'));
  document.getElementById('graph-export').replaceChildren(ex);

  const byId = Object.fromEntries(view.nodes.map((n) => [n.id, n]));
  new DataTable(nodeTable, {
    caption: 'Nodes', filename: drug.name + '_nodes', rows: view.nodes, pageSize: 30, id: 'node-table',
    columns: [
      { label: 'Node', value: (n) => n.label, render: (n) => n.kind === 'Gene' ? h('a', { href: '/gene/' + encodeURIComponent(n.label) }, n.label) : n.label },
      { label: 'Kind', value: (n) => n.kind },
      { label: 'log2FC', value: (n) => n.log2FoldChange, num: true, render: (n) => h('span', {}, n.kind === 'Gene' ? h('span', { class: 'swatch', style: `background:${diverging(n.log2FoldChange, max)}` }) : null, fmt(n.log2FoldChange)) },
      { label: 'padj', value: (n) => n.padj, num: true },
      ...(contrast ? [{ label: 'Expression check', value: (n) => checkText(checkOfNode(n.id)),
        render: (n) => h('span', { dataset: { check: checkOfNode(n.id).join(',') } }, checkOfNode(n.id).map((v) => CHECK[v].glyph).join(''), ' ', checkText(checkOfNode(n.id))) }] : []),
    ],
  });
  new DataTable(edgeTable, {
    caption: 'Edges', filename: drug.name + '_edges', rows: view.edges, pageSize: 30, id: 'edge-table',
    columns: [
      { label: 'Source', value: (e) => byId[e.source]?.label },
      { label: 'Relation', value: (e) => e.relation },
      { label: 'Target', value: (e) => byId[e.target]?.label },
      { label: 'Sign', value: (e) => e.sign, num: true },
      ...(contrast ? [{ label: 'Check of paths ending here', value: (e) => checkText(checks.byEdge.get(e.id)) }] : []),
      { label: 'Publications', value: (e) => [...e.pmids.map((p) => 'PMID:' + p), ...e.dois.map((x) => 'DOI:' + x)].join(' '),
        render: (e) => h('button', { type: 'button', onclick: () => { cy.$id(e.id).select(); showEvidence(e); } }, `Evidence (${e.evidenceCount})`) },
    ],
  });
  new DataTable(resistance, {
    caption: `Genes whose level goes with resistance to ${drug.name}` + (contrast ? `, and the check of ${contrast} (meant for resistant vs sensitive samples; padj < 0.05)` : ''),
    filename: drug.name + '_resistance', rows: d.resistanceMechanisms, id: 'resistance-table',
    columns: [
      { label: 'Gene', value: (f) => f.gene.symbol, render: (f) => h('a', { href: '/gene/' + encodeURIComponent(f.gene.symbol) }, f.gene.symbol) },
      { label: 'Resistance when', value: (f) => f.direction },
      { label: 'Status', value: (f) => f.relation.status },
      { label: 'Level', value: (f) => f.relation.level },
      { label: 'log2FC', value: (f) => f.observed?.log2FoldChange ?? null, num: true },
      { label: 'padj', value: (f) => f.observed?.padj ?? null, num: true },
      { label: 'Expression check', value: (f) => (f.expressionCheck ? CHECK[f.expressionCheck].text : ''), tsv: (f) => f.expressionCheck,
        render: (f) => (f.expressionCheck ? h('span', { dataset: { check: f.expressionCheck }, title: CHECK[f.expressionCheck].help }, CHECK[f.expressionCheck].glyph, ' ', CHECK[f.expressionCheck].text) : '') },
      { label: 'Evidence', value: (f) => f.relation.evidence.map((e) => e.publication.pmid ? 'PMID:' + e.publication.pmid : 'DOI:' + e.publication.doi).join(' '),
        render: (f) => h('span', {}, f.relation.evidence.map((e) => h('div', {}, pubLinks(e.publication)))) },
    ],
  });
}

/** Resistance edges run from genes back to the drug across the mechanism; a reader may hide them. */
function showResistance(on) {
  if (cy) cy.edges().filter((e) => e.data('relation').startsWith('RESISTANCE')).style('display', on ? 'element' : 'none');
}

function dataUriBlob(uri) {
  const [meta, b64] = uri.split(',');
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: meta.slice(5).split(';')[0] });
}

async function start() {
  loading(status, 'Loading ' + id);
  // the drug, the contrast list and the view are asked for at once: the graph is drawn one round trip after load
  const view = fetchView();
  view.catch(() => {}); // an unknown drug is reported below, from the drug's own look-up
  const picker = contrastPicker(() => load());
  let d;
  try {
    d = await gql('query D($id: ID!) { drug(id: $id) { id name synonyms chemblId drugbankId } }', { id });
  } catch (e) {
    showError(status, e, `“${id}”: `);
    return;
  }
  drug = d.drug;
  if (!drug) {
    head.replaceChildren(h('h1', {}, id));
    status.replaceChildren(h('div', { class: 'error', role: 'alert' }, `No drug is known as “${id}” (tried names, synonyms, ChEMBL and DrugBank ids).`));
    return;
  }
  document.title = `${drug.name} · GlueGraph`;
  head.replaceChildren(h('h1', {}, drug.name, ' ', h('span', { class: 'muted' }, 'mechanism')),
    h('p', { class: 'muted' }, [drug.chemblId, drug.drugbankId, ...drug.synonyms].filter(Boolean).join(' · ')));
  const unrevBox = h('input', { type: 'checkbox', id: 'unreviewed', checked: param('unreviewed') === '1' });
  unrevBox.addEventListener('change', () => { setParam('unreviewed', unrevBox.checked ? '1' : null); load(); });
  const resBox = h('input', { type: 'checkbox', id: 'show-resistance', checked: true });
  resBox.addEventListener('change', () => showResistance(resBox.checked));
  await load(view);
  controls.replaceChildren(await picker,
    h('span', { class: 'field inline' }, unrevBox, h('label', { for: 'unreviewed' }, 'Include claims under review')),
    h('span', { class: 'field inline' }, resBox, h('label', { for: 'show-resistance' }, 'Show resistance edges')));
}
start();
void PREDICATE_STYLE;
