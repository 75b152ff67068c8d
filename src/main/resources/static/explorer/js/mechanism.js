// The mechanism graph of a drug page, drawn by Cytoscape.js (a webjar served from the jar): edges styled by
// predicate (line style) and sign (arrow head and colour), nodes coloured by a contrast's log2 fold change.
import { diverging, NO_DATA, escapeXml, fmt } from './common.js';

/* global cytoscape */

// Sign: arrow head shape carries the meaning; the colours (PuOr ends) add to it and read for colour-blind users.
export const SIGN = {
  '1': { color: '#b35806', arrow: 'triangle', text: 'increases (+1)' },
  '-1': { color: '#542788', arrow: 'tee', text: 'decreases (−1)' },
  '0': { color: '#6e7781', arrow: 'circle', text: 'unsigned (0)' },
};
export const PREDICATE_STYLE = {
  BINDS: 'dotted', COMPLEX_WITH: 'dotted', DEGRADES: 'dashed', ACTIVATES: 'solid', REPRESSES: 'solid',
  UPREGULATES: 'solid', DOWNREGULATES: 'solid', RESISTANCE_WHEN_HIGH: 'double', RESISTANCE_WHEN_LOW: 'double',
};
export const DRUG_COLOUR = '#6639ba';

// The expression check of a contrast on a prediction (ExpressionCheck of the API). Each verdict has a glyph drawn
// after the gene's label and a word in the tables, so it reads without colour; the ring colour only adds to it
// (Okabe-Ito colours, distinguishable with the common colour-vision deficiencies).
export const CHECK = {
  SUPPORTED: { glyph: '✓', text: 'supported', colour: '#009e73', ring: 'solid', help: 'moved as predicted (padj < 0.05)' },
  CONTRADICTED: { glyph: '✗', text: 'contradicted', colour: '#d55e00', ring: 'solid', help: 'moved the other way (padj < 0.05)' },
  NOT_SIGNIFICANT: { glyph: '○', text: 'not significant', colour: '#56b4e9', ring: 'dashed', help: 'tested, padj not below 0.05' },
  NOT_PREDICTED: { glyph: '–', text: 'not predicted', colour: '#8c959f', ring: 'dotted', help: 'acts on protein or activity, or predicts no direction: RNA-seq cannot test it' },
  NOT_MEASURED: { glyph: '?', text: 'not measured', colour: '#e69f00', ring: 'dotted', help: 'the contrast has no test of the gene' },
};
export const CHECK_ORDER = Object.keys(CHECK);

/** Verdicts (a set) as words: "supported", or "supported + contradicted" when paths disagree. */
export function checkText(verdicts) {
  return verdicts && verdicts.length ? verdicts.map((v) => CHECK[v]?.text ?? v).join(' + ') : '';
}

/**
 * From mechanism paths with their expressionCheck: the verdicts of the paths that end at each node (by node id), and
 * of the paths whose last claim is each edge (by claim id); each a sorted list of distinct verdicts.
 */
export function checksOf(paths) {
  const byNode = new Map();
  const byEdge = new Map();
  const add = (m, k, v) => (m.get(k) || m.set(k, new Set()).get(k)).add(v);
  for (const p of paths || []) {
    if (!p.expressionCheck || !p.nodes.length) continue;
    const last = p.nodes[p.nodes.length - 1];
    if (last.id) add(byNode, last.id, p.expressionCheck);
    if (p.relations.length) add(byEdge, p.relations[p.relations.length - 1].claimId, p.expressionCheck);
  }
  const sorted = (m) => new Map([...m].map(([k, set]) => [k, CHECK_ORDER.filter((v) => set.has(v))]));
  return { byNode: sorted(byNode), byEdge: sorted(byEdge) };
}

export function nodeColour(n, max) {
  return n.kind === 'Drug' ? DRUG_COLOUR : diverging(n.log2FoldChange, max);
}

/**
 * Draw the view into the container; returns the Cytoscape instance. checks (optional, from checksOf) marks each
 * end point of a mechanism path with its verdict: a glyph after its label and a ring (colour and line style).
 */
export function drawGraph(container, view, max, rootId, checks = null) {
  const elements = [
    ...view.nodes.map((n) => {
      const verdicts = checks?.byNode.get(n.id) || [];
      const one = verdicts.length === 1 ? CHECK[verdicts[0]] : null;
      return {
        group: 'nodes',
        data: { id: n.id, label: n.label, kind: n.kind, lfc: n.log2FoldChange, padj: n.padj, colour: nodeColour(n, max),
          significant: n.padj !== null && n.padj < 0.05 ? 1 : 0, nodata: n.kind === 'Gene' && n.log2FoldChange === null ? 1 : 0,
          check: verdicts.join(','), shown: verdicts.length ? n.label + ' ' + verdicts.map((v) => CHECK[v].glyph).join('') : n.label,
          ring: one ? one.colour : '#57606a', ringStyle: one ? one.ring : 'double' },
      };
    }),
    ...view.edges.map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, relation: e.relation, sign: e.sign,
        colour: SIGN[String(e.sign)].color, arrow: SIGN[String(e.sign)].arrow, line: PREDICATE_STYLE[e.relation] || 'solid',
        label: e.relation.toLowerCase().replace(/_/g, ' ') },
    })),
  ];
  const cy = cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(shown)', 'text-valign': 'bottom', 'text-margin-y': 4,
        'font-size': 12, 'font-family': 'system-ui, sans-serif', color: '#1b1f24', width: 34, height: 34,
        'border-width': 1, 'border-color': '#57606a', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
        'text-background-padding': 1 } },
      { selector: 'node[significant = 1]', style: { 'border-width': 3, 'border-color': '#1b1f24' } },
      { selector: 'node[nodata = 1]', style: { 'border-style': 'dashed' } },
      { selector: 'node[check != ""]', style: { 'outline-width': 4, 'outline-offset': 3, 'outline-color': 'data(ring)',
        'outline-style': 'data(ringStyle)', 'outline-opacity': 1 } },
      { selector: 'node[kind = "Drug"]', style: { shape: 'round-rectangle', width: 90, height: 30, color: '#fff',
        'text-valign': 'center', 'text-margin-y': 0, 'font-weight': 'bold', 'text-background-opacity': 0 } },
      { selector: 'edge', style: {
        width: 2, 'curve-style': 'bezier', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'data(arrow)', 'line-style': 'data(line)', label: 'data(label)', 'font-size': 9,
        'text-rotation': 'autorotate', color: '#57606a', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
        'text-background-padding': 1, 'arrow-scale': 1.2 } },
      { selector: 'edge[line = "double"]', style: { width: 4 } },
      { selector: ':selected', style: { 'overlay-color': '#e3a008', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
      // the keyboard's focus (keyboardNavigation): an opaque amber halo outside the verdict ring, the page's focus
      // colour, and the focused element described in the live region under the graph
      { selector: 'node.kbd-focus', style: { 'underlay-color': '#e3a008', 'underlay-opacity': 1, 'underlay-padding': 12,
        'underlay-shape': 'ellipse', 'z-index': 99 } },
      { selector: 'node[kind = "Drug"].kbd-focus', style: { 'underlay-shape': 'round-rectangle' } },
      { selector: 'edge.kbd-focus', style: { 'underlay-color': '#e3a008', 'underlay-opacity': 1, 'underlay-padding': 6, 'z-index': 99 } },
    ],
    layout: { name: 'preset', positions: layered(view, rootId), padding: 30, fit: true, animate: false },
  });
  return cy;
}

const SUMMARY = new Set(['UPREGULATES', 'DOWNREGULATES']);

/**
 * Rows by distance from the drug along the mechanism (drug -> targets -> downstream), where the drug's own
 * up/down-regulation edges (summaries of the paths) and resistance edges do not count; genes reached only by those
 * sit in the last rows. Within a row, nodes are ordered by the mean position of the nodes that lead to them.
 */
export function layered(view, rootId) {
  const out = new Map(view.nodes.map((n) => [n.id, []]));
  for (const e of view.edges) {
    if (e.relation.startsWith('RESISTANCE') || (e.source === rootId && SUMMARY.has(e.relation))) continue;
    out.get(e.source)?.push(e.target);
  }
  const depth = new Map();
  if (rootId) depth.set(rootId, 0);
  let frontier = rootId ? [rootId] : [];
  while (frontier.length) {
    const next = [];
    for (const id of frontier) for (const t of out.get(id) || []) if (!depth.has(t)) { depth.set(t, depth.get(id) + 1); next.push(t); }
    frontier = next;
  }
  const maxDepth = Math.max(0, ...depth.values());
  const summaryOnly = [], resistanceOnly = [];
  for (const n of view.nodes) {
    if (depth.has(n.id)) continue;
    const res = view.edges.some((e) => (e.source === n.id || e.target === n.id) && e.relation.startsWith('RESISTANCE'));
    (res && !view.edges.some((e) => e.target === n.id && SUMMARY.has(e.relation)) ? resistanceOnly : summaryOnly).push(n.id);
  }
  summaryOnly.forEach((id) => depth.set(id, maxDepth + 1));
  resistanceOnly.forEach((id) => depth.set(id, maxDepth + (summaryOnly.length ? 2 : 1)));
  const rows = [];
  for (const [id, d] of depth) (rows[d] = rows[d] || []).push(id);
  const pos = {};
  const parents = new Map();
  for (const e of view.edges) (parents.get(e.target) || parents.set(e.target, []).get(e.target)).push(e.source);
  const gap = 120, rowGap = 110;
  rows.forEach((row, d) => {
    if (!row) return;
    if (d > 0) {
      const mean = (id) => { const xs = (parents.get(id) || []).map((p) => pos[p]?.x).filter((x) => x !== undefined); return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0; };
      row.sort((a, b) => mean(a) - mean(b));
    }
    row.forEach((id, i) => { pos[id] = { x: (i - (row.length - 1) / 2) * gap, y: d * rowGap }; });
  });
  return pos;
}

/** The drawn graph as an SVG document (positions as laid out; straight edges). */
export function graphSvg(cy, title) {
  const bb = cy.elements().boundingBox({ includeLabels: true });
  const pad = 20;
  const w = Math.ceil(bb.w + 2 * pad), hgt = Math.ceil(bb.h + 2 * pad);
  const X = (x) => (x - bb.x1 + pad).toFixed(1), Y = (y) => (y - bb.y1 + pad).toFixed(1);
  const dash = { dotted: '2 3', dashed: '6 4', solid: '', double: '' };
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}" font-family="sans-serif">`,
    `<title>${escapeXml(title)}</title><rect width="${w}" height="${hgt}" fill="#fff"/>`, '<defs>'];
  for (const [k, s] of Object.entries(SIGN)) {
    const head = s.arrow === 'triangle' ? '<path d="M0,0 L10,5 L0,10 z"/>' : s.arrow === 'tee' ? '<rect x="6" y="0" width="3" height="10"/>' : '<circle cx="5" cy="5" r="4"/>';
    out.push(`<marker id="m${k.replace('-', 'n')}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto" fill="${s.color}">${head}</marker>`);
  }
  out.push('</defs>');
  cy.edges().forEach((e) => {
    const s = e.source().position(), t = e.target().position();
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
    const r = e.target().data('kind') === 'Drug' ? 16 : 18;
    const ex = t.x - (dx / len) * r, ey = t.y - (dy / len) * r;
    const d = e.data();
    out.push(`<line x1="${X(s.x)}" y1="${Y(s.y)}" x2="${X(ex)}" y2="${Y(ey)}" stroke="${d.colour}" stroke-width="${d.line === 'double' ? 4 : 2}"${dash[d.line] ? ` stroke-dasharray="${dash[d.line]}"` : ''} marker-end="url(#m${String(d.sign).replace('-', 'n')})"><title>${escapeXml(e.source().data('label') + ' ' + d.relation + ' ' + e.target().data('label'))}</title></line>`,
      `<text x="${X((s.x + t.x) / 2)}" y="${Y((s.y + t.y) / 2)}" font-size="9" fill="#57606a" text-anchor="middle">${escapeXml(d.label)}</text>`);
  });
  cy.nodes().forEach((n) => {
    const p = n.position(), d = n.data();
    const stroke = d.significant ? 'stroke="#1b1f24" stroke-width="3"' : 'stroke="#57606a" stroke-width="1"';
    if (d.kind === 'Drug') {
      out.push(`<rect x="${X(p.x - 45)}" y="${Y(p.y - 15)}" width="90" height="30" rx="6" fill="${d.colour}" ${stroke}/>`,
        `<text x="${X(p.x)}" y="${Y(p.y + 4)}" font-size="12" font-weight="bold" fill="#fff" text-anchor="middle">${escapeXml(d.label)}</text>`);
    } else {
      const verdicts = d.check ? d.check.split(',') : [];
      if (verdicts.length) {
        const ringDash = { solid: '', dashed: ' stroke-dasharray="6 3"', dotted: ' stroke-dasharray="2 2"', double: ' stroke-dasharray="1 2"' }[d.ringStyle];
        out.push(`<circle cx="${X(p.x)}" cy="${Y(p.y)}" r="23" fill="none" stroke="${d.ring}" stroke-width="4"${ringDash}/>`);
      }
      out.push(`<circle cx="${X(p.x)}" cy="${Y(p.y)}" r="17" fill="${d.colour}" ${stroke}${d.nodata ? ' stroke-dasharray="3 2"' : ''}><title>${escapeXml(d.label)}: log2FC ${fmt(d.lfc)}, padj ${fmt(d.padj)}${verdicts.length ? ', expression check ' + escapeXml(checkText(verdicts)) : ''}</title></circle>`,
        `<text x="${X(p.x)}" y="${Y(p.y + 36)}" font-size="12" fill="#1b1f24" text-anchor="middle">${escapeXml(d.label)}</text>`);
      if (verdicts.length) {
        out.push(`<text x="${X(p.x + 24)}" y="${Y(p.y - 16)}" font-size="13" font-weight="bold" fill="#1b1f24">${escapeXml(verdicts.map((v) => CHECK[v].glyph).join(''))}</text>`);
      }
    }
  });
  out.push('</svg>');
  return { svg: out.join('\n'), width: w, height: hgt };
}

/**
 * Keyboard access to the drawn graph: the container takes focus with Tab; the arrow keys move through the visible
 * nodes and edges in reading order (rows from the drug down, left to right, each node followed by the edges that
 * leave it), Home and End go to the first and last; Enter or Space does what a click does (an edge's evidence, a
 * node's details); Escape leaves the graph's focus. The focused element gets a visible halo and is described in the
 * live region (announce; describe(ele) gives the text). The listeners are installed once per container; a redrawn
 * graph (another contrast) calls this again with its new instance. Returns a function that focuses an element by id.
 */
export function keyboardNavigation(cy, container, { announce, describe, activate }) {
  const nav = container.graphKeys || (container.graphKeys = installKeys(container));
  Object.assign(nav, { cy, announce, describe, activate, current: null });
  delete container.dataset.focused;
  return (id) => nav.focus(cy.$id(id)[0] || null);
}

function installKeys(container) {
  container.setAttribute('tabindex', '0');
  const nav = {};
  const order = () => {
    const nodes = nav.cy.nodes(':visible').toArray().sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'));
    const out = [];
    for (const n of nodes) {
      out.push(n);
      n.outgoers('edge:visible').toArray().sort((a, b) => a.target().position('x') - b.target().position('x')).forEach((e) => out.push(e));
    }
    return out;
  };
  nav.focus = (ele, list = order()) => {
    const cy = nav.cy;
    cy.elements('.kbd-focus').removeClass('kbd-focus');
    nav.current = ele;
    if (!ele) { delete container.dataset.focused; nav.announce(''); return; }
    ele.addClass('kbd-focus');
    // keep the focused element inside the view: pan to it when it is outside (no animation, no zoom change)
    const bb = ele.renderedBoundingBox();
    if (bb.x1 < 0 || bb.y1 < 0 || bb.x2 > cy.width() || bb.y2 > cy.height()) cy.center(ele);
    container.dataset.focused = ele.id();
    nav.announce(`${nav.describe(ele)} (${list.indexOf(ele) + 1} of ${list.length}${ele.isEdge() ? '; Enter shows its evidence' : ''})`);
  };
  container.addEventListener('keydown', (ev) => {
    if (!nav.cy) return;
    const list = order();
    if (!list.length) return;
    const cur = nav.current && !nav.current.removed() && nav.current.visible() ? nav.current : null;
    let i = cur ? list.indexOf(cur) : -1;
    switch (ev.key) {
      case 'ArrowRight': case 'ArrowDown': i = i < 0 ? 0 : (i + 1) % list.length; break;
      case 'ArrowLeft': case 'ArrowUp': i = i < 0 ? list.length - 1 : (i - 1 + list.length) % list.length; break;
      case 'Home': i = 0; break;
      case 'End': i = list.length - 1; break;
      case 'Enter': case ' ':
        if (cur) { ev.preventDefault(); nav.cy.elements(':selected').unselect(); cur.select(); nav.activate(cur); }
        return;
      case 'Escape': nav.focus(null); return;
      default: return;
    }
    ev.preventDefault(); // the arrows move the focus, not the page
    nav.focus(list[i], list);
  });
  container.addEventListener('focus', () => {
    if (nav.cy && !nav.current) nav.announce(`Mechanism graph with ${nav.cy.nodes(':visible').length} nodes and ${nav.cy.edges(':visible').length} edges: arrow keys move between them, Enter opens one.`);
  });
  return nav;
}

export { NO_DATA };
