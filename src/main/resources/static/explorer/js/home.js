// "/": one search box for genes (any identifier), drugs, pathways and contrasts, with suggestions as you type.
import { gql, h, layout, $ } from './common.js';

const main = layout('/');
const input = h('input', {
  id: 'search', type: 'search', autocomplete: 'off', spellcheck: 'false', role: 'combobox',
  'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'suggestions',
  placeholder: 'IKZF1, Ikaros, ENSG00000185811, lenalidomide, interferon, lenalidomide_vs_dmso_synthetic…',
});
const list = h('ul', { id: 'suggestions', class: 'suggestions', role: 'listbox', hidden: true, 'aria-label': 'Suggestions' });
const answer = h('div', { id: 'answer', 'aria-live': 'polite' });
main.append(
  h('h1', {}, 'Search the graph'),
  h('form', { role: 'search', onsubmit: (e) => { e.preventDefault(); go(input.value); } },
    h('label', { for: 'search' }, 'Gene (symbol, alias, HGNC, Entrez or Ensembl id), drug, pathway or contrast'),
    h('div', { class: 'search-box' }, input, list),
    h('p', { class: 'toolbar' }, h('button', { type: 'submit', class: 'primary' }, 'Search'),
      h('span', { class: 'muted' }, '↑ ↓ choose a suggestion, Enter opens it, Esc closes the list'))),
  answer,
  h('h2', {}, 'Start here'),
  h('ul', {},
    h('li', {}, h('a', { href: '/drug/lenalidomide?contrast=lenalidomide_vs_dmso_synthetic' }, 'Lenalidomide\'s mechanism'), ' coloured by the demonstration contrast (synthetic data)'),
    h('li', {}, h('a', { href: '/contrast/lenalidomide_vs_dmso_synthetic' }, 'The demonstration contrast'), ': volcano, MA plot and results'),
    h('li', {}, h('a', { href: '/gene/IKZF1' }, 'IKZF1'), ', ', h('a', { href: '/pathway/HALLMARK_INTERFERON_ALPHA_RESPONSE' }, 'the Hallmark interferon-alpha response')),
    h('li', {}, h('a', { href: '/enrichment' }, 'Enrichment'), ' of your own gene list, ', h('a', { href: '/upload' }, 'upload'), ' your counts, or ',
      h('a', { href: '/curation' }, 'review claims'))));
input.focus();

const SUGGEST = `query Suggest($p: String!) {
  suggestGenes(prefix: $p, first: 8) { term matchedOn gene { id symbol name } }
  pathways(text: $p, first: 5) { totalCount edges { node { id name collection } } }
  drugs(first: 100) { edges { node { id name synonyms } } }
  contrasts { id name }
}`;

let items = [];
let active = -1;
let seq = 0;

function urlOf(kind, id) {
  return `/${kind.toLowerCase()}/${encodeURIComponent(id)}`;
}

function renderList() {
  list.replaceChildren(...items.map((it, i) => h('li', {
    id: 'sugg-' + i, role: 'option', 'aria-selected': i === active ? 'true' : 'false',
    onmousedown: (e) => { e.preventDefault(); location.href = it.href; },
  }, h('span', { class: 'kind ' + it.kind }, it.kind), h('span', {}, h('strong', {}, it.title), ' ', h('span', { class: 'muted' }, it.detail)))));
  list.hidden = items.length === 0;
  input.setAttribute('aria-expanded', String(items.length > 0));
  if (active >= 0) input.setAttribute('aria-activedescendant', 'sugg-' + active);
  else input.removeAttribute('aria-activedescendant');
}

async function suggest(text) {
  const my = ++seq;
  const t = text.trim();
  if (t.length < 2) { items = []; active = -1; renderList(); return; }
  let d;
  try {
    d = await gql(SUGGEST, { p: t });
  } catch (e) {
    return; // suggestions are a convenience; the search itself reports errors
  }
  if (my !== seq) return;
  const low = t.toLowerCase();
  const drugs = d.drugs.edges.map((e) => e.node)
    .filter((x) => x.name.toLowerCase().includes(low) || x.synonyms.some((s) => s.toLowerCase().includes(low)));
  const cons = d.contrasts.filter((c) => c.name.toLowerCase().includes(low) || c.id.toLowerCase().startsWith(low));
  items = [
    ...drugs.map((x) => ({ kind: 'Drug', title: x.name, detail: x.synonyms.slice(0, 3).join(', '), href: urlOf('drug', x.name) })),
    ...d.suggestGenes.map((m) => ({ kind: 'Gene', title: m.gene.symbol, detail: `${m.gene.name || ''} (${m.matchedOn}: ${m.term})`, href: urlOf('gene', m.gene.symbol) })),
    ...d.pathways.edges.map((e) => ({ kind: 'Pathway', title: e.node.name, detail: `${e.node.collection} ${e.node.id}`, href: urlOf('pathway', e.node.id) })),
    ...cons.map((c) => ({ kind: 'Contrast', title: c.name, detail: c.id, href: urlOf('contrast', c.name) })),
  ];
  active = -1;
  renderList();
}

let timer = null;
input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => suggest(input.value), 120); });
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' && items.length) { e.preventDefault(); active = (active + 1) % items.length; renderList(); }
  else if (e.key === 'ArrowUp' && items.length) { e.preventDefault(); active = (active - 1 + items.length) % items.length; renderList(); }
  else if (e.key === 'Escape') { items = []; active = -1; renderList(); }
  else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); location.href = items[active].href; }
});
input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); }, 150));

const EXACT = `query Exact($t: ID!, $terms: [String!]!) {
  resolveGenes(terms: $terms) { matches { gene { id symbol name } matchedOn } ambiguous { term candidates { id symbol name } } }
  drug(id: $t) { id name }
  pathway(id: $t) { id name collection }
  contrast(id: $t) { id name }
}`;

/** Exactly what the term names: one thing opens; several are listed; an ambiguous gene term or nothing is said plainly. */
async function go(text) {
  const t = text.trim();
  seq++;
  items = [];
  renderList();
  if (!t) { answer.replaceChildren(h('p', { class: 'warning', role: 'alert' }, 'Type a gene, drug, pathway or contrast first.')); return; }
  let d;
  try {
    d = await gql(EXACT, { t, terms: [t] });
  } catch (e) {
    answer.replaceChildren(h('div', { class: 'error', role: 'alert' }, e.message));
    return;
  }
  const found = [];
  for (const m of d.resolveGenes.matches) found.push({ kind: 'Gene', title: m.gene.symbol, detail: `${m.gene.name || ''} (matched on ${m.matchedOn})`, href: urlOf('gene', m.gene.symbol) });
  if (d.drug) found.push({ kind: 'Drug', title: d.drug.name, detail: d.drug.id, href: urlOf('drug', d.drug.name) });
  if (d.pathway) found.push({ kind: 'Pathway', title: d.pathway.name, detail: d.pathway.collection, href: urlOf('pathway', d.pathway.id) });
  if (d.contrast) found.push({ kind: 'Contrast', title: d.contrast.name, detail: d.contrast.id, href: urlOf('contrast', d.contrast.name) });
  const amb = d.resolveGenes.ambiguous[0];
  if (found.length === 1 && !amb) { location.href = found[0].href; return; }
  const out = [];
  if (amb) {
    out.push(h('div', { class: 'warning', role: 'alert' }, `“${t}” is ambiguous: it names ${amb.candidates.length} genes. Choose one:`),
      h('ul', {}, amb.candidates.map((g) => h('li', {}, h('a', { href: urlOf('gene', g.id) }, g.symbol), ' ', h('span', { class: 'muted' }, g.name || '')))));
  }
  if (found.length > 1) {
    out.push(h('div', { class: 'note' }, `“${t}” names ${found.length} things:`),
      h('ul', {}, found.map((f) => h('li', {}, h('span', { class: 'kind ' + f.kind }, f.kind), ' ', h('a', { href: f.href }, f.title), ' ', h('span', { class: 'muted' }, f.detail)))));
  } else if (found.length === 1) {
    out.push(h('ul', {}, h('li', {}, h('span', { class: 'kind ' + found[0].kind }, found[0].kind), ' ', h('a', { href: found[0].href }, found[0].title))));
  }
  if (!found.length && !amb) {
    out.push(h('div', { class: 'error', role: 'alert' }, `Nothing is known as “${t}”: no gene (symbol, alias, previous symbol, HGNC, Entrez or Ensembl id), drug, pathway id or contrast has that name. Try the suggestions as you type.`));
  }
  answer.replaceChildren(...out);
}

const q = new URLSearchParams(location.search).get('q');
if (q) { input.value = q; go(q); }
void $;
