// "/pathway/{id}": members with the chosen contrast's expression (?contrast=), parents and children.
import { gql, h, layout, pathId, param, fmt, loading, showError, DataTable, contrastPicker, diverging, scaleMax, legendSvg,
  exportButtons, escapeXml } from './common.js';

const main = layout('/pathway');
const id = pathId();
document.title = `${id} · GlueGraph`;
const body = h('div', { id: 'pathway' });
main.append(body);
loading(body, 'Loading ' + id);

const Q = `query P($id: ID!, $after: String) { pathway(id: $id) { id name collection version size
  parents { id name collection } children { id name collection }
  genes(first: 500, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id symbol name } } } } }`;

/** Members' log2 fold changes as a sorted bar chart (SVG). */
function barsSvg(rows, max, title) {
  const shown = rows.filter((r) => r.log2FoldChange !== null).sort((a, b) => b.log2FoldChange - a.log2FoldChange);
  const w = Math.max(320, Math.min(1200, 60 + shown.length * 8)), hgt = 260, top = 16, ph = 200, left = 44;
  const bw = (w - left - 10) / Math.max(1, shown.length);
  const Y = (v) => top + ((max - v) / (2 * max)) * ph;
  const p = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" font-family="sans-serif" font-size="11"><rect width="${w}" height="${hgt}" fill="#fff"/><title>${escapeXml(title)}</title>`];
  for (const v of [-max, -max / 2, 0, max / 2, max]) p.push(`<line x1="${left}" y1="${Y(v)}" x2="${w - 10}" y2="${Y(v)}" stroke="${v === 0 ? '#57606a' : '#eaeef2'}"/><text x="${left - 5}" y="${Y(v) + 4}" text-anchor="end">${fmt(v, 2)}</text>`);
  shown.forEach((r, i) => {
    const v = Math.max(-max, Math.min(max, r.log2FoldChange));
    const y0 = Y(Math.max(0, v)), y1 = Y(Math.min(0, v));
    p.push(`<rect x="${(left + i * bw).toFixed(1)}" y="${y0.toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${Math.max(0.5, y1 - y0).toFixed(1)}" fill="${diverging(r.log2FoldChange, max)}" stroke="${r.padj !== null && r.padj < 0.05 ? '#1b1f24' : 'none'}" stroke-width=".6"><title>${escapeXml(r.symbol)}: ${fmt(r.log2FoldChange)} (padj ${fmt(r.padj)})</title></rect>`);
  });
  p.push(`<text x="${(left + w) / 2}" y="${hgt - 16}" text-anchor="middle" font-size="12">members by log2 fold change (${shown.length} with a result; outlined: padj &lt; 0.05)</text></svg>`);
  return { svg: p.join(''), width: w, height: hgt };
}

async function members() {
  const all = [];
  let after = null, p = null;
  for (;;) {
    const d = await gql(Q, { id, after });
    p = d.pathway;
    if (!p) return { p: null, all };
    all.push(...p.genes.edges.map((e) => e.node));
    if (!p.genes.pageInfo.hasNextPage) break;
    after = p.genes.pageInfo.endCursor;
  }
  return { p, all };
}

async function expressionOf(contrast) {
  const res = await fetch('/api/contrasts/' + encodeURIComponent(contrast) + '/results');
  if (!res.ok) throw new Error((await res.json().catch(() => ({}))).message || 'HTTP ' + res.status);
  const lines = (await res.text()).trim().split('\n');
  const head = lines[0].split('\t');
  const ix = (k) => head.indexOf(k);
  const map = new Map();
  for (const l of lines.slice(1)) {
    const f = l.split('\t');
    const n = (k) => (f[ix(k)] === 'NA' ? null : Number(f[ix(k)]));
    map.set(f[ix('hgncId')], { baseMean: n('baseMean'), log2FoldChange: n('log2FoldChange'), padj: n('padj') });
  }
  return map;
}

let data = null;
async function render(contrast) {
  const { p, all } = data;
  const plotBox = h('div', { id: 'members-plot', class: 'plot' });
  const tableBox = h('div', { id: 'members' });
  const list = (xs) => (xs.length ? h('ul', {}, xs.map((x) => h('li', {}, h('a', { href: '/pathway/' + encodeURIComponent(x.id) + (contrast ? '?contrast=' + encodeURIComponent(contrast) : '') }, x.name), ' ', h('span', { class: 'muted' }, x.id)))) : h('p', { class: 'muted' }, 'none'));
  const picker = await contrastPicker((c) => render(c), { label: 'Expression from contrast' });
  body.replaceChildren(
    h('h1', {}, p.name),
    h('p', { class: 'muted' }, `${p.collection}${p.version ? ' ' + p.version : ''} · ${p.id} · ${p.size} genes`),
    h('div', { class: 'row' },
      h('section', { class: 'col card' }, h('h2', {}, 'Parents'), list(p.parents)),
      h('section', { class: 'col card' }, h('h2', {}, 'Children'), list(p.children))),
    h('h2', {}, `Members (${all.length})`), h('div', { class: 'toolbar' }, picker), plotBox, tableBox);
  let expr = new Map();
  if (contrast) {
    loading(plotBox, 'Loading ' + contrast);
    try { expr = await expressionOf(contrast); } catch (e) { showError(plotBox, e); return; }
  }
  const rows = all.map((g) => ({ ...g, ...(expr.get(g.id) || { baseMean: null, log2FoldChange: null, padj: null }) }));
  const max = scaleMax(rows.map((r) => r.log2FoldChange));
  if (contrast) {
    const svg = () => barsSvg(rows, max, `${p.name}: ${contrast}`);
    plotBox.replaceChildren(h('div', { html: svg().svg }), h('div', { class: 'legend', html: legendSvg(max) }), exportButtons(p.id + '_' + contrast, svg));
  } else {
    plotBox.replaceChildren(h('p', { class: 'muted', style: 'padding: .5em' }, 'Choose a contrast to see the members’ expression.'));
  }
  new DataTable(tableBox, {
    caption: 'Genes of ' + p.name, filename: p.id + '_members', rows, pageSize: 50, id: 'members-table',
    columns: [
      { label: 'Gene', value: (r) => r.symbol, render: (r) => h('a', { href: '/gene/' + encodeURIComponent(r.id) }, r.symbol) },
      { label: 'Name', value: (r) => r.name },
      ...(contrast ? [
        { label: 'log2FC', value: (r) => r.log2FoldChange, num: true, render: (r) => h('span', {}, h('span', { class: 'swatch', style: `background:${diverging(r.log2FoldChange, max)}` }), fmt(r.log2FoldChange)) },
        { label: 'padj', value: (r) => r.padj, num: true },
        { label: 'baseMean', value: (r) => r.baseMean, num: true }] : []),
    ],
  });
}

async function run() {
  try {
    data = await members();
  } catch (e) {
    showError(body, e, `“${id}”: `);
    return;
  }
  if (!data.p) {
    body.replaceChildren(h('h1', {}, id), h('div', { class: 'error', role: 'alert' }, `No pathway has the id “${id}”. Search for it by name on the search page.`));
    return;
  }
  document.title = `${data.p.name} · GlueGraph`;
  render(param('contrast'));
}
run();
