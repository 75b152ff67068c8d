// Shared by every explorer page: the GraphQL client, DOM helpers, the site header, the diverging colour scale,
// downloads (TSV, SVG, PNG) and the sortable, filterable, paged table. Only /graphql and /api/ are called.

export class ApiError extends Error {
  constructor(message, errors = [], data = null) {
    super(message);
    this.errors = errors;
    this.data = data;
  }
}

const KEY = 'gluegraph.apiKey';
/** The API key lives in this browser tab's session only (sessionStorage), never in a cookie or on disk. */
export const apiKey = {
  get: () => sessionStorage.getItem(KEY),
  set: (k) => (k ? sessionStorage.setItem(KEY, k) : sessionStorage.removeItem(KEY)),
};

/** POST a GraphQL document; GraphQL errors become an ApiError carrying the messages and any partial data. */
export async function gql(query, variables = {}, { auth = false } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (auth && apiKey.get()) headers.Authorization = 'Bearer ' + apiKey.get();
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new ApiError(`the server answered HTTP ${res.status} without a GraphQL result`);
  }
  if (body.errors && body.errors.length) {
    throw new ApiError(body.errors.map((e) => e.message).join('\n'), body.errors, body.data);
  }
  return body.data;
}

/** h('a', {href: '/x', class: 'y'}, 'text', child...): a DOM element; on* attributes become listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'html') el.innerHTML = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);

export function escapeXml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

const PAGES = [
  ['/', 'Search'], ['/enrichment', 'Enrichment'], ['/upload', 'Upload'], ['/curation', 'Curation'], ['/graphiql', 'GraphiQL'],
];

/** The site header with its navigation, and a main landmark; returns the main element. */
export function layout(current) {
  document.body.prepend(
    h('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    h('header', { class: 'site' },
      h('a', { class: 'brand', href: '/' }, 'GlueGraph'),
      h('nav', { 'aria-label': 'Site' },
        PAGES.map(([href, label]) => h('a', { href, 'aria-current': href === current ? 'page' : null }, label)))));
  let main = $('main');
  if (!main) {
    main = h('main', { id: 'main' });
    document.body.append(main);
  }
  return main;
}

/** The {id} of /kind/{id}. */
export function pathId() {
  const parts = location.pathname.split('/').filter(Boolean);
  return parts.length >= 2 ? decodeURIComponent(parts.slice(1).join('/')) : '';
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** Change one query parameter in the URL without reloading (null removes it). */
export function setParam(name, value) {
  const u = new URL(location.href);
  if (value === null || value === undefined || value === '') u.searchParams.delete(name);
  else u.searchParams.set(name, value);
  history.replaceState(null, '', u);
}

export function fmt(x, digits = 3) {
  if (x === null || x === undefined || Number.isNaN(x)) return 'NA';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e5) return x.toExponential(2);
  return Number(x.toPrecision(digits)).toString();
}

export function showError(container, err, prefix = '') {
  const msg = err instanceof Error ? err.message : String(err);
  container.replaceChildren(h('div', { class: 'error', role: 'alert' }, prefix + msg));
}

export function loading(container, text = 'Loading') {
  container.replaceChildren(h('p', { class: 'muted', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' ', text, '…'));
}

// ---------- colours ----------
// ColorBrewer RdBu (11 classes), reversed so blue is down and red is up: a diverging scheme that ColorBrewer marks
// as colour-blind safe (it varies in lightness as well as hue, so it also reads in grey).
const RDBU = ['#053061', '#2166ac', '#4393c3', '#92c5de', '#d1e5f0', '#f7f7f7', '#fddbc7', '#f4a582', '#d6604d', '#b2182b', '#67001f'];
export const NO_DATA = '#bdbdbd';

function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Colour of value v on a diverging scale from -max (blue) through 0 (white) to +max (red), clamped. */
export function diverging(v, max) {
  if (v === null || v === undefined || Number.isNaN(v)) return NO_DATA;
  const t = Math.max(0, Math.min(1, (v / max + 1) / 2)) * (RDBU.length - 1);
  const i = Math.min(RDBU.length - 2, Math.floor(t));
  const f = t - i;
  const a = hexToRgb(RDBU[i]);
  const b = hexToRgb(RDBU[i + 1]);
  const c = a.map((x, k) => Math.round(x + (b[k] - x) * f));
  return '#' + c.map((x) => x.toString(16).padStart(2, '0')).join('');
}

/** A symmetric bound for a set of values: the largest |v| rounded up to a half, at least 1 and at most 6. */
export function scaleMax(values) {
  const m = Math.max(0, ...values.filter((v) => v !== null && v !== undefined && Number.isFinite(v)).map(Math.abs));
  return Math.min(6, Math.max(1, Math.ceil(m * 2) / 2));
}

/** An SVG legend of the diverging scale. */
export function legendSvg(max, title = 'log2 fold change') {
  const w = 220;
  const stops = RDBU.map((c, i) => `<stop offset="${(i / (RDBU.length - 1)) * 100}%" stop-color="${c}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w + 20}" height="44" role="img" aria-label="${escapeXml(title)} colour scale from -${max} (blue) to +${max} (red)">
<defs><linearGradient id="lg${max}">${stops}</linearGradient></defs>
<text x="10" y="11" font-size="11" fill="#1b1f24">${escapeXml(title)}</text>
<rect x="10" y="15" width="${w}" height="12" fill="url(#lg${max})" stroke="#57606a" stroke-width=".5"/>
<text x="10" y="40" font-size="11" fill="#1b1f24">−${max}</text>
<text x="${10 + w / 2}" y="40" font-size="11" text-anchor="middle" fill="#1b1f24">0</text>
<text x="${10 + w}" y="40" font-size="11" text-anchor="end" fill="#1b1f24">+${max}</text></svg>`;
}

// ---------- downloads ----------
export function download(filename, data, mime = 'text/plain') {
  const blob = data instanceof Blob ? data : new Blob([data], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rows as TSV with a header line; null/undefined/NaN become NA, tabs and newlines in text become spaces. */
export function toTsv(columns, rows) {
  const cell = (v) => (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? 'NA' : String(v).replace(/[\t\r\n]+/g, ' '));
  return [columns.map((c) => c.label).join('\t'), ...rows.map((r) => columns.map((c) => cell(c.tsv ? c.tsv(r) : c.value(r))).join('\t'))].join('\n') + '\n';
}

/** Render an SVG document to a PNG blob (drawn locally through an <img> of a blob URL: nothing is fetched). */
export function svgToPng(svgText, width, height, scale = 2) {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    img.onload = () => {
      const c = document.createElement('canvas');
      c.width = Math.round(width * scale);
      c.height = Math.round(height * scale);
      const g = c.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, c.width, c.height);
      g.drawImage(img, 0, 0, c.width, c.height);
      URL.revokeObjectURL(url);
      c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
    img.src = url;
  });
}

/** "Save SVG" and "Save PNG" buttons for a plot that can write itself as SVG text of a given size. */
export function exportButtons(name, svgOf) {
  return h('span', { class: 'toolbar' },
    h('button', { type: 'button', onclick: () => { const s = svgOf(); download(name + '.svg', s.svg, 'image/svg+xml'); } }, 'Save SVG'),
    h('button', { type: 'button', onclick: async () => { const s = svgOf(); download(name + '.png', await svgToPng(s.svg, s.width, s.height)); } }, 'Save PNG'));
}

// ---------- tables ----------
/**
 * A table over rows in memory: sort by any column (header buttons), optional filter predicate, pages of pageSize,
 * "Save TSV" of all rows that pass the filter (not only the page shown).
 * columns: [{label, value: row => any, render?: row => Node|string, num?: bool, tsv?: row => any}]
 */
export class DataTable {
  constructor(container, { columns, rows = [], pageSize = 25, caption = '', filename = 'table', id = null }) {
    Object.assign(this, { container, columns, rows, pageSize, caption, filename });
    this.id = id;
    this.filter = () => true;
    this.sortCol = -1;
    this.sortDir = 1;
    this.page = 0;
    this.render();
  }

  setRows(rows) { this.rows = rows; this.page = 0; this.render(); }
  setFilter(f) { this.filter = f; this.page = 0; this.render(); }

  visible() {
    const rows = this.rows.filter(this.filter);
    if (this.sortCol >= 0) {
      const v = this.columns[this.sortCol].value;
      const d = this.sortDir;
      rows.sort((a, b) => {
        const x = v(a); const y = v(b);
        const xn = x === null || x === undefined || Number.isNaN(x);
        const yn = y === null || y === undefined || Number.isNaN(y);
        if (xn || yn) return xn === yn ? 0 : xn ? 1 : -1; // NA last either way
        return (x < y ? -1 : x > y ? 1 : 0) * d;
      });
    }
    return rows;
  }

  render() {
    const rows = this.visible();
    const pages = Math.max(1, Math.ceil(rows.length / this.pageSize));
    this.page = Math.min(this.page, pages - 1);
    const shown = rows.slice(this.page * this.pageSize, (this.page + 1) * this.pageSize);
    const head = h('tr', {}, this.columns.map((c, i) => h('th', {
      class: c.num ? 'num' : null, scope: 'col',
      'aria-sort': i === this.sortCol ? (this.sortDir > 0 ? 'ascending' : 'descending') : 'none',
    }, h('button', { type: 'button', onclick: () => this.sortBy(i), title: 'Sort by ' + c.label },
      c.label, i === this.sortCol ? (this.sortDir > 0 ? ' ▲' : ' ▼') : ''))));
    const body = shown.map((r) => h('tr', {}, this.columns.map((c) => h('td', { class: c.num ? 'num' : null },
      c.render ? c.render(r) : (c.num ? fmt(c.value(r)) : c.value(r) ?? '')))));
    const table = h('table', { class: 'data', id: this.id },
      this.caption ? h('caption', {}, this.caption) : null, h('thead', {}, head), h('tbody', {}, body));
    const pager = h('div', { class: 'pager' },
      h('button', { type: 'button', disabled: this.page === 0, onclick: () => { this.page--; this.render(); } }, '‹ Previous'),
      h('span', { role: 'status' }, `Page ${this.page + 1} of ${pages} · ${rows.length} row${rows.length === 1 ? '' : 's'}`),
      h('button', { type: 'button', disabled: this.page >= pages - 1, onclick: () => { this.page++; this.render(); } }, 'Next ›'),
      h('button', { type: 'button', onclick: () => download(this.filename + '.tsv', toTsv(this.columns, rows), 'text/tab-separated-values') }, 'Save TSV'));
    this.container.replaceChildren(table, rows.length > this.pageSize || true ? pager : null);
  }

  sortBy(i) {
    if (this.sortCol === i) this.sortDir = -this.sortDir;
    else { this.sortCol = i; this.sortDir = 1; }
    this.render();
    const btn = this.container.querySelectorAll('thead button')[i];
    if (btn) btn.focus();
  }
}

export function geneLink(symbol, id = symbol) {
  return h('a', { href: '/gene/' + encodeURIComponent(id) }, symbol);
}

export function pubLinks(p) {
  if (!p.pmid && !p.doi) return h('span', {}, p.title || 'publication ' + p.id, ' (no PMID or DOI recorded)');
  return h('span', {},
    p.pmid ? h('a', { href: 'https://pubmed.ncbi.nlm.nih.gov/' + encodeURIComponent(p.pmid) + '/', rel: 'noopener', target: '_blank' }, 'PMID ' + p.pmid) : null,
    p.pmid && p.doi ? ' · ' : null,
    p.doi ? h('a', { href: 'https://doi.org/' + p.doi, rel: 'noopener', target: '_blank' }, 'DOI ' + p.doi) : null);
}

/** Contrasts for pickers (cached for the page's life). */
let contrastsPromise = null;
export function contrasts() {
  contrastsPromise = contrastsPromise || gql('{ contrasts { id name design numerator denominator factor testedGenes } }').then((d) => d.contrasts);
  return contrastsPromise;
}

/** A labelled <select> of the stored contrasts, kept in the URL as ?contrast=; onchange(value or null). */
export async function contrastPicker(onchange, { label = 'Colour by contrast', none = '(none)' } = {}) {
  const list = await contrasts();
  const current = param('contrast');
  const sel = h('select', { id: 'contrast-select' },
    h('option', { value: '' }, none),
    list.map((c) => h('option', { value: c.name, selected: current && (current === c.name || current === c.id) }, c.name)));
  sel.addEventListener('change', () => { setParam('contrast', sel.value || null); onchange(sel.value || null); });
  return h('span', { class: 'field inline' }, h('label', { for: 'contrast-select' }, label), sel);
}
