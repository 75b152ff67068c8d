// "/upload": counts and a sample sheet, validated on upload (errors name the file, line and column), then the
// design, contrast and options, progress while it runs, then the contrast page.
import { gql, h, layout, apiKey, showError } from './common.js';

const main = layout('/upload');
const keyIn = h('input', { type: 'password', id: 'api-key', autocomplete: 'off', placeholder: apiKey.get() ? 'a key is set for this tab' : 'curator key' });
const countsIn = h('input', { type: 'file', id: 'counts', required: true, accept: '.tsv,.txt,.csv,.gz,text/tab-separated-values' });
const samplesIn = h('input', { type: 'file', id: 'samples', required: true, accept: '.tsv,.txt,.csv,text/tab-separated-values' });
const uploadOut = h('div', { id: 'upload-result', 'aria-live': 'polite' });
const designBox = h('div', { id: 'design-step' });

main.append(h('h1', {}, 'Analyse your RNA-seq counts'),
  h('p', {}, 'Counts: one row per gene (Ensembl, Entrez, HGNC ids or symbols), one column per sample, tab-separated. Sample sheet: one row per sample, its first column the sample names, then one column per factor. Results are computed with DESeq2’s method on this server and attached to the genes of the graph.'),
  h('form', { id: 'upload-form', onsubmit: (e) => { e.preventDefault(); upload(); } },
    h('div', { class: 'field' }, h('label', { for: 'api-key' }, 'API key (CURATOR; kept in this tab only)'), keyIn),
    h('div', { class: 'field' }, h('label', { for: 'counts' }, 'Counts file'), countsIn),
    h('div', { class: 'field' }, h('label', { for: 'samples' }, 'Sample sheet'), samplesIn),
    h('p', {}, h('button', { type: 'submit', class: 'primary', id: 'upload-button' }, 'Upload and check'))),
  uploadOut, designBox);

async function upload() {
  if (keyIn.value.trim()) { apiKey.set(keyIn.value.trim()); keyIn.value = ''; keyIn.placeholder = 'a key is set for this tab'; }
  if (!countsIn.files[0] || !samplesIn.files[0]) { showError(uploadOut, 'Choose both files.'); return; }
  const fd = new FormData();
  fd.append('counts', countsIn.files[0]);
  fd.append('samples', samplesIn.files[0]);
  uploadOut.replaceChildren(h('p', { role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Uploading and checking…'));
  designBox.replaceChildren();
  let res, body;
  try {
    res = await fetch('/api/datasets', { method: 'POST', body: fd, headers: apiKey.get() ? { Authorization: 'Bearer ' + apiKey.get() } : {} });
    body = await res.json();
  } catch (e) { showError(uploadOut, e); return; }
  if (!res.ok) { showError(uploadOut, body.message || 'HTTP ' + res.status, 'The files were refused: '); return; }
  uploadOut.replaceChildren(h('div', { class: 'ok', role: 'status', id: 'dataset' },
    `Stored dataset ${body.id}: ${body.genes} genes × ${body.samples} samples; factors: `,
    Object.entries(body.factors).map(([f, levels]) => `${f} (${levels.join(', ')})`).join('; ')));
  designStep(body);
}

function designStep(ds) {
  const factors = Object.keys(ds.factors);
  const nameIn = h('input', { type: 'text', id: 'name', required: true, pattern: '[A-Za-z0-9_.-]+', placeholder: 'my_contrast' });
  const factorSel = h('select', { id: 'factor' }, factors.map((f) => h('option', { value: f }, f)));
  const designIn = h('input', { type: 'text', id: 'design', required: true });
  const numSel = h('select', { id: 'numerator' });
  const denSel = h('select', { id: 'denominator' });
  const runOut = h('div', { id: 'run-result', 'aria-live': 'polite' });
  const levels = () => {
    const lv = ds.factors[factorSel.value] || [];
    numSel.replaceChildren(...lv.map((l) => h('option', { value: l }, l)));
    denSel.replaceChildren(...lv.map((l) => h('option', { value: l }, l)));
    if (lv.length > 1) { numSel.value = lv[1]; denSel.value = lv[0]; }
    designIn.value = '~ ' + factors.filter((f) => f !== factorSel.value).concat(factorSel.value).join(' + ');
  };
  factorSel.addEventListener('change', levels);
  levels();
  const btn = h('button', { type: 'submit', class: 'primary', id: 'run' }, 'Run differential expression');
  designBox.replaceChildren(h('h2', {}, 'Design and contrast'),
    h('form', { id: 'design-form', onsubmit: (e) => { e.preventDefault(); run(); } },
      h('div', { class: 'field' }, h('label', { for: 'name' }, 'Name of the contrast'), nameIn),
      h('div', { class: 'field' }, h('label', { for: 'design' }, 'Design formula (the factor of interest last)'), designIn),
      h('div', { class: 'field' }, h('label', { for: 'factor' }, 'Factor'), factorSel),
      h('div', { class: 'field' }, h('label', { for: 'numerator' }, 'Numerator (treated)'), numSel),
      h('div', { class: 'field' }, h('label', { for: 'denominator' }, 'Denominator (reference)'), denSel),
      h('p', {}, btn)), runOut);

  async function run() {
    if (numSel.value === denSel.value) { showError(runOut, 'Numerator and denominator must differ.'); return; }
    btn.disabled = true;
    const t0 = Date.now();
    const tick = h('span', {}, '0 s');
    const timer = setInterval(() => { tick.textContent = Math.round((Date.now() - t0) / 1000) + ' s'; }, 500);
    runOut.replaceChildren(h('p', { role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }),
      ' Estimating size factors, dispersions and the Wald test, then attaching the results… ', tick));
    try {
      const c = (await gql(`mutation D($input: DifferentialExpressionInput!) { runDifferentialExpression(input: $input) {
        id name testedGenes significantGenes unmappedCount } }`, { input: { dataset: ds.id, name: nameIn.value.trim(), design: designIn.value.trim(),
        factor: factorSel.value, numerator: numSel.value, denominator: denSel.value } }, { auth: true })).runDifferentialExpression;
      clearInterval(timer);
      runOut.replaceChildren(h('div', { class: 'ok', role: 'status' }, `Done in ${tick.textContent}: ${c.testedGenes} genes tested, ${c.significantGenes} at padj < 0.05, ${c.unmappedCount} ids unmapped. Opening the contrast…`));
      location.href = '/contrast/' + encodeURIComponent(c.name);
    } catch (e) {
      clearInterval(timer);
      btn.disabled = false;
      showError(runOut, e, 'Not run: ');
    }
  }
}
