// "/upload": counts and a sample sheet, validated on upload (errors name the file, line and column), then the
// design, contrast and options, progress while it runs, then the contrast page.
//
// Progress is what the client really knows: the bytes sent (XMLHttpRequest upload events), then that the server is
// checking the files (until it answers), then that the analysis runs. The server reports nothing from inside a run
// (runDifferentialExpression is one request that computes and stores), so that phase shows the time elapsed and says
// so, and is marked done only when the answer comes.
import { gql, h, layout, apiKey, showError } from './common.js';

const main = layout('/upload');
const keyIn = h('input', { type: 'password', id: 'api-key', autocomplete: 'off', placeholder: apiKey.get() ? 'a key is set for this tab' : 'curator key' });
const countsIn = h('input', { type: 'file', id: 'counts', required: true, accept: '.tsv,.txt,.csv,.gz,text/tab-separated-values' });
const samplesIn = h('input', { type: 'file', id: 'samples', required: true, accept: '.tsv,.txt,.csv,text/tab-separated-values' });
const roundIn = h('input', { type: 'checkbox', id: 'round' });
const uploadOut = h('div', { id: 'upload-result', 'aria-live': 'polite' });
const designBox = h('div', { id: 'design-step' });

main.append(h('h1', {}, 'Analyse your RNA-seq counts'),
  h('p', {}, 'Counts: one row per gene (Ensembl, Entrez, HGNC ids or symbols), one column per sample, tab-separated. Sample sheet: one row per sample, its first column the sample names, then one column per factor. Results are computed with DESeq2’s method on this server and attached to the genes of the graph.'),
  h('form', { id: 'upload-form', onsubmit: (e) => { e.preventDefault(); upload(); } },
    h('div', { class: 'field' }, h('label', { for: 'api-key' }, 'API key (CURATOR; kept in this tab only)'), keyIn),
    h('div', { class: 'field' }, h('label', { for: 'counts' }, 'Counts file'), countsIn),
    h('div', { class: 'field' }, h('label', { for: 'samples' }, 'Sample sheet'), samplesIn),
    h('div', { class: 'field' }, h('label', { for: 'round' }, roundIn,
      ' Estimated counts (Salmon, kallisto, RSEM): round them to integers as DESeq2’s DESeqDataSetFromTximport does (halves to even; no transcript-length offsets are used)')),
    h('p', {}, h('button', { type: 'submit', class: 'primary', id: 'upload-button' }, 'Upload and check'))),
  uploadOut, designBox);

const bytes = (n) => (n < 1024 ? n + ' B' : n < 1048576 ? (n / 1024).toFixed(1) + ' kB' : (n / 1048576).toFixed(1) + ' MB');
const STATE_TEXT = { pending: 'to do', active: 'now', done: 'done', failed: 'failed' };

/**
 * The phases of the whole journey as an ordered list, each with a state said in words (to do, now, done, failed)
 * as well as shown, a progress bar for the upload, and one status line read out to screen readers.
 */
const phases = (() => {
  const list = h('ol', { id: 'phases', class: 'phases' });
  const bar = h('progress', { id: 'upload-progress', max: '1', value: '0', 'aria-labelledby': 'phase-upload-text' });
  const live = h('p', { id: 'progress-status', role: 'status', class: 'muted' });
  const items = {};
  const add = (key, text, extra = null) => {
    const state = h('span', { class: 'phase-state' });
    const detail = h('span', { class: 'phase-detail' });
    items[key] = { li: h('li', { id: 'phase-' + key, dataset: { state: 'pending' } }, h('span', { id: `phase-${key}-text` }, text), ' ', state, ' ', detail, extra), state, detail };
    set(key, 'pending');
    list.append(items[key].li);
  };
  const set = (key, state, detail = null) => {
    const it = items[key];
    it.li.dataset.state = state;
    it.state.textContent = `(${STATE_TEXT[state]})`;
    if (detail !== null) it.detail.textContent = detail;
    if (state === 'active' || state === 'failed') live.textContent = `${it.li.firstChild.textContent}: ${STATE_TEXT[state]}${it.detail.textContent ? ', ' + it.detail.textContent : ''}`;
  };
  add('upload', 'Upload the files', h('div', {}, bar));
  add('check', 'Check them on the server (every line and column)');
  add('design', 'Choose the design and contrast');
  add('compute', 'Compute differential expression and store the results on the genes');
  add('open', 'Open the contrast page');
  const box = h('section', { id: 'progress', class: 'card', 'aria-labelledby': 'progress-h', hidden: true },
    h('h2', { id: 'progress-h' }, 'Progress'), list, live);
  return { box, bar, set, reset: () => { Object.keys(items).forEach((k) => set(k, 'pending', '')); bar.value = 0; bar.max = 1; bar.removeAttribute('data-events'); box.hidden = false; } };
})();
uploadOut.before(phases.box);

/** POST the form with XMLHttpRequest, whose upload events (unlike fetch's) report the bytes sent. */
function send(fd) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/datasets');
    xhr.setRequestHeader('Accept', 'application/json');
    if (apiKey.get()) xhr.setRequestHeader('Authorization', 'Bearer ' + apiKey.get());
    let events = 0;
    xhr.upload.addEventListener('progress', (e) => {
      events++;
      phases.bar.dataset.events = String(events);
      if (e.lengthComputable) {
        phases.bar.max = e.total;
        phases.bar.value = e.loaded;
        phases.set('upload', 'active', `${Math.floor((100 * e.loaded) / e.total)}% (${bytes(e.loaded)} of ${bytes(e.total)})`);
      } else {
        phases.bar.removeAttribute('value'); // indeterminate: the browser does not know the total
        phases.set('upload', 'active', `${bytes(e.loaded)} sent`);
      }
    });
    // every byte is sent: what remains is the server reading and checking the files
    xhr.upload.addEventListener('load', () => {
      phases.bar.value = phases.bar.max;
      phases.set('upload', 'done', `100% (${bytes(Number(phases.bar.max))})`);
      phases.set('check', 'active', 'waiting for the server’s answer');
    });
    xhr.addEventListener('load', () => {
      let body;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = { message: `the server answered HTTP ${xhr.status} without JSON` }; }
      resolve({ ok: xhr.status >= 200 && xhr.status < 300, status: xhr.status, body });
    });
    xhr.addEventListener('error', () => reject(new Error('the upload failed: the connection to the server was lost')));
    xhr.addEventListener('abort', () => reject(new Error('the upload was cancelled')));
    xhr.send(fd);
  });
}

async function upload() {
  if (keyIn.value.trim()) { apiKey.set(keyIn.value.trim()); keyIn.value = ''; keyIn.placeholder = 'a key is set for this tab'; }
  if (!countsIn.files[0] || !samplesIn.files[0]) { showError(uploadOut, 'Choose both files.'); return; }
  const fd = new FormData();
  fd.append('counts', countsIn.files[0]);
  fd.append('samples', samplesIn.files[0]);
  fd.append('round', roundIn.checked ? 'true' : 'false');
  uploadOut.replaceChildren();
  designBox.replaceChildren();
  phases.reset();
  phases.set('upload', 'active', `0% (of ${bytes(countsIn.files[0].size + samplesIn.files[0].size)} in the two files)`);
  let res;
  try {
    res = await send(fd);
  } catch (e) { phases.set('upload', 'failed'); showError(uploadOut, e); return; }
  const body = res.body;
  if (!res.ok) { phases.set('check', 'failed', 'the files were refused'); showError(uploadOut, body.message || 'HTTP ' + res.status, 'The files were refused: '); return; }
  phases.set('check', 'done', `${body.genes} genes × ${body.samples} samples`);
  phases.set('design', 'active');
  uploadOut.replaceChildren(h('div', { class: 'ok', role: 'status', id: 'dataset' },
    `Stored dataset ${body.id}: ${body.genes} genes × ${body.samples} samples; factors: `,
    Object.entries(body.factors).map(([f, levels]) => `${f} (${levels.join(', ')})`).join('; '),
    body.roundedCounts ? '. The counts are estimates: every analysis of this dataset rounds them to integers (DESeqDataSetFromTximport; no length offsets).' : ''));
  designStep(body);
}

function designStep(ds) {
  const factors = Object.keys(ds.factors);
  const nameIn = h('input', { type: 'text', id: 'name', required: true, pattern: '[A-Za-z0-9_.\\-]+', placeholder: 'my_contrast' });
  const factorSel = h('select', { id: 'factor' }, factors.map((f) => h('option', { value: f }, f)));
  const designIn = h('input', { type: 'text', id: 'design', required: true });
  const numSel = h('select', { id: 'numerator' });
  const denSel = h('select', { id: 'denominator' });
  const runOut = h('div', { id: 'run-result', 'aria-live': 'polite' });
  // DESeq2's results() options (DifferentialExpressionInput); the server checks them before it computes anything
  const alphaIn = h('input', { type: 'number', id: 'alpha', min: '0.0001', max: '0.9999', step: 'any', value: '0.1' });
  const lfcIn = h('input', { type: 'number', id: 'lfc-threshold', min: '0', step: 'any', value: '0' });
  const altSel = h('select', { id: 'alt-hypothesis' }, [['GREATER_ABS', '|log2FC| > threshold (greaterAbs)'],
    ['LESS_ABS', '|log2FC| < threshold (lessAbs)'], ['GREATER', 'log2FC > threshold (greater)'],
    ['LESS', 'log2FC < -threshold (less)']].map(([v, t]) => h('option', { value: v }, t)));
  const testSel = h('select', { id: 'test' }, [['WALD', 'Wald test of the contrast'],
    ['LRT', 'likelihood ratio test against a reduced design']].map(([v, t]) => h('option', { value: v }, t)));
  const reducedIn = h('input', { type: 'text', id: 'reduced', placeholder: '~ 1 (LRT only)' });
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
      h('details', { id: 'options' }, h('summary', {}, 'Options (DESeq2 defaults)'),
        h('div', { class: 'field' }, h('label', { for: 'alpha' }, 'FDR target of independent filtering (alpha)'), alphaIn),
        h('div', { class: 'field' }, h('label', { for: 'lfc-threshold' }, 'log2 fold change threshold'), lfcIn),
        h('div', { class: 'field' }, h('label', { for: 'alt-hypothesis' }, 'Alternative hypothesis'), altSel),
        h('div', { class: 'field' }, h('label', { for: 'test' }, 'Test'), testSel),
        h('div', { class: 'field' }, h('label', { for: 'reduced' }, 'Reduced design (likelihood ratio test)'), reducedIn)),
      h('p', {}, btn)), runOut);

  /** The options as the input takes them (their ranges and combinations are the server's to check and name). */
  function options() {
    const num = (input, label) => {
      const v = Number(input.value);
      if (input.value.trim() === '' || !Number.isFinite(v)) throw new Error(`${label}: expected a number, found '${input.value}'`);
      return v;
    };
    const o = { alpha: num(alphaIn, 'alpha'), lfcThreshold: num(lfcIn, 'log2 fold change threshold'),
      altHypothesis: altSel.value, test: testSel.value };
    if (reducedIn.value.trim()) o.reduced = reducedIn.value.trim();
    return o;
  }

  async function run() {
    if (numSel.value === denSel.value) { showError(runOut, 'Numerator and denominator must differ.'); return; }
    try { options(); } catch (e) { showError(runOut, e.message); return; }
    btn.disabled = true;
    const t0 = Date.now();
    const tick = h('span', {}, '0 s');
    const elapsed = () => `${Math.round((Date.now() - t0) / 1000)} s elapsed; the server reports no progress inside a run, it answers when the results are stored`;
    phases.set('design', 'done', `${nameIn.value.trim()}: ${designIn.value.trim()}, ${numSel.value} vs ${denSel.value}`);
    phases.set('compute', 'active', elapsed());
    const timer = setInterval(() => { tick.textContent = Math.round((Date.now() - t0) / 1000) + ' s'; phases.set('compute', 'active', elapsed()); }, 1000);
    runOut.replaceChildren(h('p', {}, h('span', { class: 'spinner', 'aria-hidden': 'true' }),
      ' Size factors, dispersions and the Wald test on the server, then the results stored on the genes… ', tick));
    try {
      const c = (await gql(`mutation D($input: DifferentialExpressionInput!) { runDifferentialExpression(input: $input) {
        id name testedGenes significantGenes unmappedCount } }`, { input: { dataset: ds.id, name: nameIn.value.trim(), design: designIn.value.trim(),
        factor: factorSel.value, numerator: numSel.value, denominator: denSel.value, ...options() } }, { auth: true })).runDifferentialExpression;
      clearInterval(timer);
      const took = Math.round((Date.now() - t0) / 100) / 10;
      phases.set('compute', 'done', `in ${took} s: ${c.testedGenes} genes tested, ${c.significantGenes} at padj < 0.05, ${c.unmappedCount} ids unmapped`);
      phases.set('open', 'active', c.name);
      runOut.replaceChildren(h('div', { class: 'ok', role: 'status' }, `Done in ${took} s: ${c.testedGenes} genes tested, ${c.significantGenes} at padj < 0.05, ${c.unmappedCount} ids unmapped. Opening the contrast…`));
      location.href = '/contrast/' + encodeURIComponent(c.name);
    } catch (e) {
      clearInterval(timer);
      btn.disabled = false;
      phases.set('compute', 'failed', e.message);
      phases.set('design', 'active');
      showError(runOut, e, 'Not run: ');
    }
  }
}
