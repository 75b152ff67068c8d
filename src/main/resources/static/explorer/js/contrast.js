// "/contrast/{id}": design and provenance, a volcano and an MA plot (canvas: tens of thousands of points), the
// results table (sort, filter by padj and log2FC, page through every gene, save TSV) and enrichment of its genes.
import { gql, h, layout, pathId, fmt, loading, showError, DataTable, exportButtons, escapeXml } from './common.js';
import { ScatterPlot } from './scatter.js';

const main = layout('/contrast');
const id = pathId();
document.title = `${id} · GlueGraph`;
const body = h('div', { id: 'contrast' });
main.append(body);
loading(body, 'Loading ' + id);

const Q = `query C($id: ID!) { contrast(id: $id) { id name design factor numerator denominator method engineVersion createdAt
  testedGenes significantGenes countsSha256 unmappedCount unmappedIds coefficient test reducedDesign lfcThreshold
  altHypothesis alpha variables { name kind reference } log2FoldChangeDescription pvalueDescription
  samplePca { percentVar genes groupedBy samples { sample group pc1 pc2 } } } }`;

// Okabe & Ito's colours for groups (distinguishable with colour-blind vision), then grey for any further group
export const GROUP_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'];

/** Tick values of a linear axis: about five round numbers across [lo, hi]. */
function ticks(lo, hi) {
  const step0 = (hi - lo) / 5;
  const mag = Math.pow(10, Math.floor(Math.log10(step0)));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= step0);
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

/**
 * The samples' PCA as DESeq2's plotPCA draws it: PC1 against PC2, one point per sample coloured by its group, the
 * axes labelled with their share of the variance. Returns SVG text and its size (for Save SVG / PNG).
 */
export function pcaSvg(pca, title) {
  const w = 560, height = 380, left = 62, right = 170, top = 30, bottom = 48;
  const plotW = w - left - right, plotH = height - top - bottom;
  const xs = pca.samples.map((p) => p.pc1), ys = pca.samples.map((p) => p.pc2);
  const pad = (a, b) => { const d = (b - a) || 1; return [a - 0.08 * d, b + 0.08 * d]; };
  const [x0, x1] = pad(Math.min(...xs), Math.max(...xs));
  const [y0, y1] = pad(Math.min(...ys), Math.max(...ys));
  const X = (v) => left + ((v - x0) / (x1 - x0)) * plotW;
  const Y = (v) => top + plotH - ((v - y0) / (y1 - y0)) * plotH;
  const groups = [...new Set(pca.samples.map((p) => p.group ?? ''))];
  const colour = (g) => GROUP_COLOURS[groups.indexOf(g ?? '')] ?? '#8c959f';
  const pct = (k) => Math.round(100 * pca.percentVar[k]);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`, `<rect width="${w}" height="${height}" fill="#fff"/>`,
    `<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#57606a"/>`];
  for (const t of ticks(x0, x1)) {
    parts.push(`<line x1="${X(t)}" y1="${top + plotH}" x2="${X(t)}" y2="${top + plotH + 5}" stroke="#57606a"/>`,
      `<text x="${X(t)}" y="${top + plotH + 18}" text-anchor="middle">${fmt(t, 3)}</text>`);
  }
  for (const t of ticks(y0, y1)) {
    parts.push(`<line x1="${left - 5}" y1="${Y(t)}" x2="${left}" y2="${Y(t)}" stroke="#57606a"/>`,
      `<text x="${left - 8}" y="${Y(t) + 4}" text-anchor="end">${fmt(t, 3)}</text>`);
  }
  parts.push(`<text x="${left + plotW / 2}" y="${height - 8}" text-anchor="middle">PC1: ${pct(0)}% variance</text>`,
    `<text transform="translate(16 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">PC2: ${pct(1)}% variance</text>`);
  for (const p of pca.samples) {
    parts.push(`<circle class="pca-point" data-sample="${escapeXml(p.sample)}" cx="${X(p.pc1)}" cy="${Y(p.pc2)}" r="6" fill="${colour(p.group)}" stroke="#1b1f24">`
      + `<title>${escapeXml(p.sample)}${p.group ? ' (' + escapeXml(p.group) + ')' : ''}: PC1 ${fmt(p.pc1)}, PC2 ${fmt(p.pc2)}</title></circle>`);
  }
  if (pca.groupedBy.length) {
    parts.push(`<text x="${left + plotW + 16}" y="${top + 10}" font-weight="bold">${escapeXml(pca.groupedBy.join(':'))}</text>`);
    groups.forEach((g, i) => {
      const y = top + 30 + i * 20;
      parts.push(`<circle cx="${left + plotW + 22}" cy="${y - 4}" r="6" fill="${colour(g)}" stroke="#1b1f24"/>`,
        `<text x="${left + plotW + 34}" y="${y}">${escapeXml(g)}</text>`);
    });
  }
  parts.push('</svg>');
  return { svg: parts.join(''), width: w, height };
}

/** What was compared, in words: a factor contrast, or a coefficient by its resultsNames name. */
function comparison(c) {
  return c.factor ? `${c.factor}: ${c.numerator} vs ${c.denominator}` : `coefficient ${c.coefficient}`;
}

/** The test and its options as DESeq2 names them. */
function testText(c) {
  if (c.test === 'LRT') return `likelihood ratio test against ${c.reducedDesign}`;
  const alt = { GREATER_ABS: '|LFC| >', LESS_ABS: '|LFC| <', GREATER: 'LFC >', LESS: 'LFC < −' }[c.altHypothesis];
  return c.lfcThreshold > 0 ? `Wald test of ${alt} ${c.lfcThreshold}` : 'Wald test';
}

export function parseResults(text) {
  const lines = text.split('\n');
  const head = lines[0].split('\t');
  const col = Object.fromEntries(head.map((c, i) => [c, i]));
  const rows = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const f = lines[i].split('\t');
    const num = (k) => (f[col[k]] === 'NA' ? null : Number(f[col[k]]));
    rows.push({ symbol: f[col.symbol], hgncId: f[col.hgncId], baseMean: num('baseMean'), log2FoldChange: num('log2FoldChange'),
      lfcSE: num('lfcSE'), stat: num('stat'), pvalue: num('pvalue'), padj: num('padj') });
  }
  return rows;
}

/** Up (2), down (1) or neither (0) at the thresholds. */
function category(r, alpha, minLfc) {
  if (r.padj === null || r.log2FoldChange === null || !(r.padj < alpha) || Math.abs(r.log2FoldChange) < minLfc) return 0;
  return r.log2FoldChange > 0 ? 2 : 1;
}

export const CATEGORIES = [
  { name: 'not significant', color: '#b8bec6' },
  { name: 'down', color: '#2166ac' },
  { name: 'up', color: '#b2182b' },
];

export function plotData(rows, kind, alpha, minLfc) {
  const n = rows.length;
  const x = new Float64Array(n), y = new Float64Array(n), cat = new Uint8Array(n), label = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    label[i] = r.symbol;
    cat[i] = category(r, alpha, minLfc);
    if (kind === 'volcano') {
      x[i] = r.log2FoldChange ?? NaN;
      y[i] = r.pvalue === null ? NaN : -Math.log10(Math.max(r.pvalue, 1e-300));
    } else {
      x[i] = r.baseMean > 0 ? Math.log10(r.baseMean) : NaN;
      y[i] = r.log2FoldChange ?? NaN;
      if (r.pvalue === null) x[i] = NaN; // MA: tested genes only, like the volcano
    }
  }
  return { x, y, cat, label };
}

/** The samples' PCA when the contrast has one (contrasts stored before it was computed have none). */
function pcaSection(c) {
  const title = `Samples’ PCA of ${c.name}`;
  if (!c.samplePca) {
    return h('section', { id: 'pca-box' }, h('h2', { id: 'pca-h' }, 'Samples’ PCA'),
      h('p', { class: 'muted' }, 'This contrast was stored before the samples’ PCA was kept with it; run it again to have one.'));
  }
  const p = c.samplePca;
  return h('section', { id: 'pca-box', 'aria-labelledby': 'pca-h' }, h('h2', { id: 'pca-h' }, 'Samples’ PCA'),
    h('div', { class: 'plot', id: 'pca-plot', role: 'img', 'aria-label': `${title}: ${p.samples.length} samples`, html: pcaSvg(p, title).svg }),
    h('p', { class: 'muted' }, `plotPCA of the variance-stabilised counts (blind), ${p.genes} most variable genes`
      + (p.groupedBy.length ? `, coloured by ${p.groupedBy.join(':')}` : '') + '.'),
    h('div', { id: 'pca-export' }, exportButtons(c.name + '_pca', () => pcaSvg(p, title))));
}

async function run() {
  // the results are asked for at once, beside the contrast's description (the API takes the id or the name)
  const t0 = performance.now();
  const pending = fetch('/api/contrasts/' + encodeURIComponent(id) + '/results');
  pending.catch(() => {});
  let c;
  try {
    c = (await gql(Q, { id })).contrast;
  } catch (e) {
    showError(body, e, `“${id}”: `);
    return;
  }
  if (!c) {
    body.replaceChildren(h('h1', {}, id), h('div', { class: 'error', role: 'alert' }, `No contrast has the id or name “${id}”.`));
    return;
  }
  document.title = `${c.name} · GlueGraph`;
  const resultsUrl = '/api/contrasts/' + encodeURIComponent(c.id) + '/results';
  const volcanoBox = h('div', { id: 'volcano-box' });
  const maBox = h('div', { id: 'ma-box' });
  const tableBox = h('div', { id: 'results' });
  const alphaIn = h('input', { type: 'number', id: 'padj-max', min: '0', max: '1', step: '0.01', value: '0.05' });
  const lfcIn = h('input', { type: 'number', id: 'lfc-min', min: '0', step: '0.25', value: '0' });
  const textIn = h('input', { type: 'search', id: 'gene-filter', placeholder: 'symbol starts with…' });
  const onlySig = h('input', { type: 'checkbox', id: 'only-sig' });
  const enrichLink = (dir, method = 'ORA') => h('a', { class: 'button', id: `enrich-${method.toLowerCase()}-${dir.toLowerCase()}`,
    href: `/enrichment?contrast=${encodeURIComponent(c.name)}&method=${method}&direction=${dir}&run=1` },
  method === 'GSEA' ? 'GSEA of all genes ranked by the Wald statistic' : `ORA of the ${dir === 'UP' ? 'up' : 'down'}-regulated genes`);
  body.replaceChildren(
    h('h1', {}, c.name, ' ', h('span', { class: 'muted' }, c.factor ? `${c.numerator} vs ${c.denominator}` : c.coefficient)),
    h('div', { class: 'row' },
      h('section', { class: 'col card', 'aria-labelledby': 'design-h' }, h('h2', { id: 'design-h' }, 'Design and provenance'),
        h('dl', { class: 'facts', id: 'provenance' },
          h('dt', {}, 'Design'), h('dd', {}, c.design),
          h('dt', {}, 'Contrast'), h('dd', {}, comparison(c)),
          h('dt', {}, 'Test'), h('dd', { id: 'test' }, testText(c), `, alpha ${c.alpha}`),
          c.variables ? [h('dt', {}, 'Variables'), h('dd', { id: 'variables' }, c.variables.map((v) => h('span', { class: 'pill' },
            v.kind === 'NUMERIC' ? `${v.name} (numeric)` : `${v.name} (factor, reference ${v.reference})`)))] : null,
          c.pvalueDescription ? [h('dt', {}, 'p-value'), h('dd', {}, c.pvalueDescription)] : null,
          h('dt', {}, 'Method'), h('dd', {}, c.method),
          h('dt', {}, 'Engine version'), h('dd', {}, c.engineVersion),
          h('dt', {}, 'Created'), h('dd', {}, c.createdAt),
          h('dt', {}, 'Input digest (SHA-256)'), h('dd', { id: 'digest' }, c.countsSha256 || '—'),
          h('dt', {}, 'Tested genes'), h('dd', { id: 'tested' }, String(c.testedGenes)),
          h('dt', {}, 'Significant (padj < 0.05)'), h('dd', {}, String(c.significantGenes)),
          h('dt', {}, 'Unmapped ids'), h('dd', { id: 'unmapped' }, String(c.unmappedCount),
            c.unmappedIds.length ? h('details', {}, h('summary', {}, `show ${c.unmappedIds.length === c.unmappedCount ? 'all' : 'the first ' + c.unmappedIds.length}`),
              c.unmappedIds.map((u) => h('span', { class: 'pill' }, u))) : null),
          h('dt', {}, 'Id'), h('dd', {}, c.id))),
      h('section', { class: 'col card', 'aria-labelledby': 'enrich-h' }, h('h2', { id: 'enrich-h' }, 'Enrichment'),
        h('p', {}, 'Pathways over-represented among the significant genes (padj < 0.05) of one direction, against the tested genes:'),
        h('p', { class: 'toolbar' }, enrichLink('UP'), enrichLink('DOWN'), enrichLink('ANY', 'GSEA')),
        pcaSection(c))),
    h('div', { class: 'toolbar', role: 'group', 'aria-label': 'Thresholds' },
      h('label', { for: 'padj-max' }, 'padj below'), alphaIn, h('label', { for: 'lfc-min' }, '|log2FC| at least'), lfcIn,
      h('label', { for: 'gene-filter' }, 'Gene'), textIn, onlySig, h('label', { for: 'only-sig' }, 'table: significant only'),
      h('a', { class: 'button', href: resultsUrl, download: c.name + '_results.tsv' }, 'Download all results (TSV)')),
    h('div', { class: 'row' },
      h('section', { class: 'col', 'aria-labelledby': 'volcano-h' }, h('h2', { id: 'volcano-h' }, 'Volcano plot'), volcanoBox, h('div', { id: 'volcano-export' }), legendRow()),
      h('section', { class: 'col', 'aria-labelledby': 'ma-h' }, h('h2', { id: 'ma-h' }, 'MA plot'), maBox, h('div', { id: 'ma-export' }))),
    h('h2', {}, 'Results'), tableBox);
  loading(volcanoBox, 'Loading ' + c.testedGenes + ' results');

  const res = await pending;
  if (!res.ok) { showError(volcanoBox, (await res.json().catch(() => ({}))).message || 'HTTP ' + res.status); return; }
  const rows = parseResults(await res.text());
  const open = (i) => { location.href = '/gene/' + encodeURIComponent(rows[i].hgncId); };
  let volcano = null, ma = null;
  const draw = () => {
    const alpha = Number(alphaIn.value) || 0.05, minLfc = Number(lfcIn.value) || 0;
    const vd = plotData(rows, 'volcano', alpha, minLfc);
    const md = plotData(rows, 'ma', alpha, minLfc);
    volcano = new ScatterPlot(volcanoBox, { id: 'volcano', data: vd, categories: CATEGORIES, xLabel: 'log2 fold change', yLabel: '−log10 p-value',
      title: `Volcano plot of ${c.name}`, onClick: open, guides: { x: minLfc > 0 ? [-minLfc, minLfc] : [0] } });
    ma = new ScatterPlot(maBox, { id: 'ma', data: md, categories: CATEGORIES, xLabel: 'log10 mean of normalised counts', yLabel: 'log2 fold change',
      title: `MA plot of ${c.name}`, onClick: open, guides: { y: [0] } });
    document.getElementById('volcano-export').replaceChildren(exportButtons(c.name + '_volcano', () => volcano.toSvg()));
    document.getElementById('ma-export').replaceChildren(exportButtons(c.name + '_ma', () => ma.toSvg()));
    // for automation and bench/explorer: the plots, the rows, and milliseconds since the navigation started
    window.explorer = { volcano, ma, rows, loadedMs: performance.now() - t0, volcanoDrawnMs: performance.now() };
  };
  draw();
  const table = new DataTable(tableBox, {
    caption: `All ${rows.length} genes of ${c.name} with a result (ordered by padj)`, filename: c.name + '_results', rows, pageSize: 50, id: 'results-table',
    columns: [
      { label: 'Gene', value: (r) => r.symbol, render: (r) => h('a', { href: '/gene/' + encodeURIComponent(r.hgncId) }, r.symbol) },
      { label: 'HGNC', value: (r) => r.hgncId },
      { label: 'baseMean', value: (r) => r.baseMean, num: true },
      { label: 'log2FC', value: (r) => r.log2FoldChange, num: true },
      { label: 'lfcSE', value: (r) => r.lfcSE, num: true },
      { label: 'stat', value: (r) => r.stat, num: true },
      { label: 'pvalue', value: (r) => r.pvalue, num: true },
      { label: 'padj', value: (r) => r.padj, num: true },
    ],
  });
  const refilter = () => {
    const alpha = Number(alphaIn.value) || 0.05, minLfc = Number(lfcIn.value) || 0, t = textIn.value.trim().toUpperCase();
    table.setFilter((r) => (!t || r.symbol.toUpperCase().startsWith(t))
      && (!onlySig.checked || (r.padj !== null && r.padj < alpha && r.log2FoldChange !== null && Math.abs(r.log2FoldChange) >= minLfc)));
  };
  let timer;
  for (const el of [alphaIn, lfcIn]) el.addEventListener('change', () => { draw(); refilter(); });
  textIn.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refilter, 150); });
  onlySig.addEventListener('change', refilter);
}

function legendRow() {
  return h('div', { class: 'legend' }, CATEGORIES.map((k) => h('span', {}, h('span', { class: 'swatch', style: `background:${k.color}` }), k.name)),
    h('span', { class: 'muted' }, 'Hover names a gene; click opens it. Drag or arrow keys pan, wheel or +/− zoom, 0 resets.'));
}

if (!window.EXPLORER_NO_AUTORUN) run();
