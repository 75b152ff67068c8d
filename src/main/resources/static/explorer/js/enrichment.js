// "/enrichment": pasted genes or a contrast with a direction, collections, ORA or GSEA; a dot plot, the table, and
// for GSEA the running-score plot of a chosen set. The form is kept in the URL so a result can be linked.
import { gql, h, layout, param, fmt, showError, DataTable, exportButtons, escapeXml, contrasts, toTsv, download } from './common.js';

const main = layout('/enrichment');
const COLLECTIONS = ['HALLMARK', 'REACTOME', 'WIKIPATHWAYS'];

const methodSel = h('select', { id: 'method' }, h('option', { value: 'ORA' }, 'Over-representation (ORA, hypergeometric)'),
  h('option', { value: 'GSEA' }, 'Preranked GSEA (ranked by a contrast’s Wald statistic)'));
const sourceSel = h('select', { id: 'source' }, h('option', { value: 'contrast' }, 'a stored contrast'), h('option', { value: 'genes' }, 'genes I paste'));
const contrastSel = h('select', { id: 'contrast' });
const dirSel = h('select', { id: 'direction' }, ['UP', 'DOWN', 'ANY'].map((d) => h('option', { value: d }, { UP: 'up-regulated', DOWN: 'down-regulated', ANY: 'either direction' }[d])));
const padjIn = h('input', { type: 'number', id: 'padj', min: '0', max: '1', step: '0.01', value: '0.05' });
const genesIn = h('textarea', { id: 'genes', rows: 6, placeholder: 'One gene per line or separated by spaces or commas: symbols, aliases, HGNC, Entrez or Ensembl ids' });
const collBoxes = COLLECTIONS.map((c) => h('input', { type: 'checkbox', id: 'coll-' + c, value: c, checked: c === 'HALLMARK' }));
const minIn = h('input', { type: 'number', id: 'min-size', min: '1', value: '5' });
const maxIn = h('input', { type: 'number', id: 'max-size', min: '1', value: '500' });
const permIn = h('input', { type: 'number', id: 'permutations', min: '100', step: '100', value: '1000' });
const runBtn = h('button', { type: 'submit', class: 'primary', id: 'run' }, 'Run enrichment');
const out = h('div', { id: 'result', 'aria-live': 'polite' });

const form = h('form', { id: 'enrich-form', onsubmit: (e) => { e.preventDefault(); run(); } },
  h('div', { class: 'row' },
    h('div', { class: 'col' },
      h('div', { class: 'field' }, h('label', { for: 'method' }, 'Method'), methodSel),
      h('div', { class: 'field' }, h('label', { for: 'source' }, 'Genes from'), sourceSel),
      h('div', { class: 'field', id: 'contrast-fields' }, h('label', { for: 'contrast' }, 'Contrast'), contrastSel,
        h('label', { for: 'direction' }, 'Direction (ORA)'), dirSel, h('label', { for: 'padj' }, 'Significant below padj (ORA)'), padjIn),
      h('div', { class: 'field', id: 'gene-fields', hidden: true }, h('label', { for: 'genes' }, 'Genes (ORA; the universe is every gene of the chosen collections)'), genesIn)),
    h('div', { class: 'col' },
      h('fieldset', {}, h('legend', {}, 'Collections'), COLLECTIONS.map((c, i) => h('span', { class: 'field inline' }, collBoxes[i], h('label', { for: 'coll-' + c }, c)))),
      h('div', { class: 'field inline' }, h('label', { for: 'min-size' }, 'Set size from'), minIn, h('label', { for: 'max-size' }, 'to'), maxIn),
      h('div', { class: 'field inline' }, h('label', { for: 'permutations' }, 'GSEA permutations'), permIn),
      h('p', {}, runBtn))));
main.append(h('h1', {}, 'Pathway enrichment'), form, out);

function syncFields() {
  const gsea = methodSel.value === 'GSEA';
  if (gsea) sourceSel.value = 'contrast';
  sourceSel.disabled = gsea;
  document.getElementById('contrast-fields').hidden = sourceSel.value !== 'contrast';
  document.getElementById('gene-fields').hidden = sourceSel.value !== 'genes';
  dirSel.disabled = gsea; padjIn.disabled = gsea; permIn.disabled = !gsea;
}
methodSel.addEventListener('change', syncFields);
sourceSel.addEventListener('change', syncFields);

const Q = `query E($input: EnrichmentInput!) { enrichment(input: $input) {
  method querySize universeSize setsTested unmatched outsideUniverse
  ambiguous { term candidates { symbol } }
  collections { name version }
  results { pathway { id name collection } setSize overlap expected foldEnrichment pValue padj enrichmentScore nes genes { id symbol } }
} }`;

/** Dot plot: x fold enrichment (ORA) or NES (GSEA), one row per set, size = overlap, colour = padj (viridis-like, colour-blind safe). */
const VIRIDIS = ['#440154', '#414487', '#2a788e', '#22a884', '#7ad151', '#fde725'];
function padjColour(p) {
  const t = Math.max(0, Math.min(1, -Math.log10(Math.max(p, 1e-300)) / 10)); // 1e-10 and below: darkest
  const i = Math.round((1 - t) * (VIRIDIS.length - 1));
  return VIRIDIS[i];
}
export function dotPlotSvg(rows, method) {
  const xv = (r) => (method === 'GSEA' ? r.nes : r.foldEnrichment);
  const left = 330, w = 760, rowH = 22, top = 20;
  const height = top + rows.length * rowH + 70;
  const vals = rows.map(xv).filter((v) => v !== null && Number.isFinite(v));
  let lo = Math.min(0, ...vals), hi = Math.max(1, ...vals);
  if (method === 'GSEA') { const m = Math.max(Math.abs(lo), Math.abs(hi), 1); lo = -m; hi = m; }
  const plotW = w - left - 30;
  const X = (v) => left + 14 + ((v - lo) / (hi - lo || 1)) * (plotW - 28); // room for the largest dot
  const maxO = Math.max(1, ...rows.map((r) => r.overlap));
  const R = (o) => 3 + 7 * Math.sqrt(o / maxO);
  const p = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" font-family="sans-serif" font-size="11">`, `<rect width="${w}" height="${height}" fill="#fff"/>`];
  for (let k = 0; k <= 4; k++) {
    const v = lo + ((hi - lo) * k) / 4, x = X(v).toFixed(1);
    p.push(`<line x1="${x}" y1="${top - 8}" x2="${x}" y2="${top + rows.length * rowH}" stroke="#eaeef2"/><text x="${x}" y="${top + rows.length * rowH + 14}" text-anchor="middle" fill="#57606a">${fmt(v, 2)}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH + rowH / 2;
    const name = r.pathway.name.length > 52 ? r.pathway.name.slice(0, 50) + '…' : r.pathway.name;
    p.push(`<text x="${left - 8}" y="${y + 4}" text-anchor="end">${escapeXml(name)}</text>`);
    const v = xv(r);
    if (v !== null && Number.isFinite(v)) {
      p.push(`<circle cx="${X(v).toFixed(1)}" cy="${y}" r="${R(r.overlap).toFixed(1)}" fill="${padjColour(r.padj)}" stroke="#1b1f24" stroke-width=".5"><title>${escapeXml(r.pathway.name)}: ${method === 'GSEA' ? 'NES' : 'fold enrichment'} ${fmt(v)}, overlap ${r.overlap}, padj ${fmt(r.padj)}</title></circle>`);
    }
  });
  const by = top + rows.length * rowH + 32;
  p.push(`<text x="${left + plotW / 2}" y="${by}" text-anchor="middle" font-size="12">${method === 'GSEA' ? 'normalised enrichment score (NES)' : 'fold enrichment (overlap / expected)'}</text>`);
  p.push(`<text x="10" y="${by + 22}">colour: padj</text>`);
  VIRIDIS.slice().reverse().forEach((c, i) => p.push(`<rect x="${80 + i * 26}" y="${by + 12}" width="26" height="12" fill="${c}"/>`));
  p.push(`<text x="80" y="${by + 36}">1</text><text x="${80 + 6 * 26}" y="${by + 36}" text-anchor="end">≤1e-10</text>`);
  p.push(`<text x="300" y="${by + 22}">size: ${method === 'GSEA' ? 'leading edge' : 'overlap'} (largest ${maxO})</text>`);
  p.push('</svg>');
  return { svg: p.join(''), width: w, height };
}

/**
 * The walk of a set as the server reports it (hitRanks, and runningScore just after each hit; between hits the sum
 * falls by 1 / (n - hits) a rank): the corner points of the running-score curve over ranks 0..n.
 */
export function runningCurve(hitRanks, after, n) {
  const miss = 1 / Math.max(1, n - hitRanks.length);
  const pts = [[0, 0]];
  let prevRank = 0, prev = 0;
  hitRanks.forEach((r, i) => {
    pts.push([r - 1, prev - (r - 1 - prevRank) * miss], [r, after[i]]);
    prevRank = r; prev = after[i];
  });
  pts.push([n, prev - (n - prevRank) * miss]);
  return pts;
}

function runningSvg(name, x, n) {
  const pts = runningCurve(x.hitRanks, x.runningScore, n);
  const w = 700, hgt = 300, left = 50, top = 16, ph = 190;
  let lo = 0, hi = 0;
  for (const [, v] of pts) { if (v < lo) lo = v; if (v > hi) hi = v; }
  const X = (i) => left + (i / Math.max(1, n)) * (w - left - 16);
  const Y = (v) => top + ((hi - v) / (hi - lo || 1)) * ph;
  const d = pts.map(([r, v], i) => (i ? 'L' : 'M') + X(r).toFixed(1) + ',' + Y(v).toFixed(1)).join('');
  const ticks = x.hitRanks.map((r) => `M${X(r).toFixed(1)},${top + ph + 8}v22`);
  const rs = { hits: x.hitRanks.length };
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" font-family="sans-serif" font-size="11"><rect width="${w}" height="${hgt}" fill="#fff"/>
<title>${escapeXml(name)} running enrichment score</title>
<line x1="${left}" y1="${Y(0)}" x2="${w - 16}" y2="${Y(0)}" stroke="#8c959f" stroke-dasharray="4 4"/>
<path d="${d}" fill="none" stroke="#1a7f37" stroke-width="2"/>
<path d="${ticks.join('')}" stroke="#1b1f24" stroke-width="1"/>
<text x="${left - 6}" y="${Y(hi) + 4}" text-anchor="end">${fmt(hi, 2)}</text><text x="${left - 6}" y="${Y(lo) + 4}" text-anchor="end">${fmt(lo, 2)}</text>
<text x="${left}" y="${hgt - 24}">rank 1 (largest statistic)</text><text x="${w - 16}" y="${hgt - 24}" text-anchor="end">rank ${n}</text>
<text x="${w - 16}" y="${top + 10}" text-anchor="end">ES ${fmt(x.enrichmentScore, 3)}</text>
<text x="${(left + w) / 2}" y="${hgt - 6}" text-anchor="middle" font-size="12">running enrichment score; ticks: ${rs.hits} genes of the set</text></svg>`, width: w, height: hgt };
}

async function run() {
  const method = methodSel.value;
  const collections = collBoxes.filter((b) => b.checked).map((b) => b.value);
  const input = { method, collections, minSize: Number(minIn.value), maxSize: Number(maxIn.value), first: 50 };
  if (sourceSel.value === 'contrast') {
    input.contrast = contrastSel.value;
    if (method === 'ORA') { input.direction = dirSel.value; input.padjBelow = Number(padjIn.value); }
    else { input.permutations = Number(permIn.value); input.seed = 42; }
  } else {
    input.genes = genesIn.value.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
    if (!input.genes.length) { showError(out, 'Paste at least one gene, or choose a contrast.'); return; }
  }
  const u = new URL(location.href);
  u.search = '';
  for (const [k, v] of Object.entries({ method, source: sourceSel.value, contrast: input.contrast, direction: input.direction, padj: input.padjBelow, collections: collections.join(',') })) if (v !== undefined) u.searchParams.set(k, v);
  history.replaceState(null, '', u);
  runBtn.disabled = true;
  out.replaceChildren(h('p', { role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ` Running ${method}…`));
  let r;
  try {
    r = (await gql(method === 'GSEA' ? Q.replace('nes genes', 'nes hitRanks runningScore genes') : Q, { input })).enrichment;
  } catch (e) {
    showError(out, e);
    runBtn.disabled = false;
    return;
  }
  runBtn.disabled = false;
  const top = r.results.slice(0, 30);
  const plot = h('div', { id: 'dotplot', class: 'plot', html: dotPlotSvg(top, r.method).svg });
  const table = h('div', { id: 'enrichment-table' });
  const notes = [];
  if (r.unmatched.length) notes.push(h('div', { class: 'warning' }, `Not recognised (left out): ${r.unmatched.join(', ')}`));
  if (r.ambiguous.length) notes.push(h('div', { class: 'warning' }, 'Ambiguous (left out): ' + r.ambiguous.map((a) => `${a.term} (${a.candidates.map((c) => c.symbol).join(' or ')})`).join('; ')));
  if (r.outsideUniverse.length) notes.push(h('div', { class: 'note' }, `Outside the universe (not used): ${r.outsideUniverse.join(', ')}`));
  const running = h('div', { id: 'running' });
  out.replaceChildren(
    h('p', { id: 'summary' }, `${r.method}: ${r.querySize} query genes, universe ${r.universeSize}, ${r.setsTested} sets tested in `,
      r.collections.map((c) => `${c.name} ${c.version || ''}`).join(', '), '.'),
    ...notes,
    h('h2', {}, `Top ${top.length} sets`), plot, exportButtons('enrichment_dotplot', () => dotPlotSvg(top, r.method)),
    h('h2', {}, 'All results'), table, running);
  new DataTable(table, {
    caption: 'Sets ordered by p-value', filename: 'enrichment_' + r.method.toLowerCase(), rows: r.results, id: 'enrichment-results',
    columns: [
      { label: 'Pathway', value: (x) => x.pathway.name, render: (x) => h('a', { href: '/pathway/' + encodeURIComponent(x.pathway.id) + (input.contrast ? '?contrast=' + encodeURIComponent(input.contrast) : '') }, x.pathway.name) },
      { label: 'Collection', value: (x) => x.pathway.collection },
      { label: 'Set size', value: (x) => x.setSize, num: true },
      { label: r.method === 'GSEA' ? 'Leading edge' : 'Overlap', value: (x) => x.overlap, num: true },
      ...(r.method === 'GSEA'
        ? [{ label: 'ES', value: (x) => x.enrichmentScore, num: true }, { label: 'NES', value: (x) => x.nes, num: true }]
        : [{ label: 'Expected', value: (x) => x.expected, num: true }, { label: 'Fold enrichment', value: (x) => x.foldEnrichment, num: true }]),
      { label: 'p-value', value: (x) => x.pValue, num: true },
      { label: 'padj', value: (x) => x.padj, num: true },
      { label: 'Genes', value: (x) => x.genes.map((g) => g.symbol).join(' '), render: (x) => h('details', {}, h('summary', {}, `${x.genes.length} genes`), x.genes.map((g) => h('a', { class: 'pill', href: '/gene/' + encodeURIComponent(g.id) }, g.symbol))) },
      ...(r.method === 'GSEA' ? [{ label: 'Running score', value: () => '', tsv: () => '', render: (x) => h('button', { type: 'button', class: 'running-button', onclick: () => showRunning(x, r.universeSize, running) }, 'Plot') }] : []),
    ],
  });
}

function showRunning(x, n, box) {
  const svg = runningSvg(x.pathway.name, x, n);
  const pts = runningCurve(x.hitRanks, x.runningScore, n);
  box.replaceChildren(h('h2', {}, 'Running score: ' + x.pathway.name),
    h('p', { class: 'muted' }, `${x.hitRanks.length} genes of the set among ${n} ranked genes; enrichment score ${fmt(x.enrichmentScore)}, NES ${fmt(x.nes)}.`),
    h('div', { class: 'plot', id: 'running-plot', html: svg.svg }), exportButtons('running_score_' + x.pathway.id, () => svg),
    h('button', { type: 'button', onclick: () => download('running_score_' + x.pathway.id + '.tsv',
      toTsv([{ label: 'rank', value: (p) => p[0] }, { label: 'runningScore', value: (p) => p[1] }], pts), 'text/tab-separated-values') }, 'Save TSV'));
  box.scrollIntoView();
}

async function start() {
  const list = await contrasts();
  contrastSel.replaceChildren(...list.map((c) => h('option', { value: c.name }, c.name)));
  if (param('method')) methodSel.value = param('method');
  if (param('contrast')) { contrastSel.value = param('contrast'); sourceSel.value = 'contrast'; }
  if (param('source')) sourceSel.value = param('source');
  if (param('direction')) dirSel.value = param('direction');
  if (param('padj')) padjIn.value = param('padj');
  if (param('collections')) { const cs = param('collections').split(','); collBoxes.forEach((b) => { b.checked = cs.includes(b.value); }); }
  if (param('genes')) { sourceSel.value = 'genes'; genesIn.value = param('genes').split(',').join('\n'); }
  if (!list.length) sourceSel.value = 'genes';
  syncFields();
  if (param('run') === '1') run();
}
start();
