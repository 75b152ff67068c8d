// "/curation": an API key entered once (this tab's session only), the review queue (submitted claims and pending
// revisions with before/after as a diff), accept or reject with a comment, a claim form that resolves identifiers as
// you type and checks PMID/DOI form, a claim's history as a timeline, and retraction of a publication.
import { gql, h, layout, param, apiKey, showError, pubLinks } from './common.js';

const main = layout('/curation');
const PREDICATES = ['BINDS', 'COMPLEX_WITH', 'DEGRADES', 'ACTIVATES', 'REPRESSES', 'UPREGULATES', 'DOWNREGULATES', 'RESISTANCE_WHEN_HIGH', 'RESISTANCE_WHEN_LOW'];
// the server checks these too (ClaimRules); here they only give an early hint while typing
const PMID = /^[1-9][0-9]{0,8}$/;
const DOI = /^10\.[0-9]{4,9}\/\S{1,200}$/;

const REL = `predicate sign context status level
  source { __typename ... on Gene { id symbol } ... on Drug { id name } }
  target { __typename ... on Gene { id symbol } ... on Drug { id name } }
  evidence { statement publication { id pmid doi title year retracted } }`;
const CLAIM_FIELDS = `id version status submittedBy relation { ${REL} }
  revisions { id status proposed comment author baseVersion }
  events { action actor at comment before after }`;

const nodeName = (n) => (n.__typename === 'Drug' ? n.name : n.symbol);
const claimText = (r) => `${nodeName(r.source)} ${r.predicate} ${nodeName(r.target)} (sign ${r.sign})`;

// ---------- key ----------
const keyIn = h('input', { type: 'password', id: 'api-key', autocomplete: 'off', placeholder: 'curator or editor key' });
const keyState = h('span', { id: 'key-state', role: 'status' });
function showKeyState() {
  keyState.textContent = apiKey.get() ? 'A key is set for this browser tab (kept in session storage only; it is gone when the tab closes).' : 'No key set: you can read, but not submit or review.';
}
const keyBox = h('section', { class: 'card', 'aria-labelledby': 'key-h' }, h('h2', { id: 'key-h' }, 'API key'),
  h('form', { class: 'toolbar', id: 'key-form', onsubmit: (e) => { e.preventDefault(); apiKey.set(keyIn.value.trim()); keyIn.value = ''; showKeyState(); loadQueue(); } },
    h('label', { for: 'api-key' }, 'Key'), keyIn, h('button', { type: 'submit', class: 'primary', id: 'key-save' }, 'Use this key'),
    h('button', { type: 'button', id: 'key-forget', onclick: () => { apiKey.set(null); showKeyState(); } }, 'Forget the key')),
  keyState);

// ---------- claim form ----------
function resolverInput(idName, label) {
  const input = h('input', { type: 'text', id: idName, required: true, autocomplete: 'off', 'aria-describedby': idName + '-state' });
  const state = h('span', { id: idName + '-state', class: 'muted', 'aria-live': 'polite' });
  let t;
  input.addEventListener('input', () => {
    clearTimeout(t);
    t = setTimeout(async () => {
      const v = input.value.trim();
      if (!v) { state.textContent = ''; return; }
      try {
        const d = await gql('query R($t: ID!, $ts: [String!]!) { resolveGenes(terms: $ts) { matches { gene { id symbol } matchedOn } ambiguous { candidates { symbol } } } drug(id: $t) { id name } }', { t: v, ts: [v] });
        const m = d.resolveGenes.matches[0], a = d.resolveGenes.ambiguous[0];
        if (input.value.trim() !== v) return;
        state.className = m || d.drug ? 'ok-text' : 'muted';
        state.textContent = m ? `✓ gene ${m.gene.symbol} (${m.gene.id}, matched on ${m.matchedOn})` : d.drug ? `✓ drug ${d.drug.name} (${d.drug.id})`
          : a ? `✗ ambiguous: ${a.candidates.map((c) => c.symbol).join(', ')}` : '✗ no gene or drug is known by this name';
      } catch (e) { state.textContent = e.message; }
    }, 200);
  });
  return h('div', { class: 'field' }, h('label', { for: idName }, label), input, state);
}

let evRows = 0;
function evidenceRow() {
  const n = evRows++;
  const pub = h('input', { type: 'text', id: `ev-pub-${n}`, placeholder: 'PMID (digits) or DOI (10.xxxx/…)', required: true, 'aria-describedby': `ev-pub-${n}-state` });
  const state = h('span', { id: `ev-pub-${n}-state`, class: 'muted', 'aria-live': 'polite' });
  pub.addEventListener('input', () => {
    const v = pub.value.trim();
    state.textContent = !v ? '' : PMID.test(v) ? '✓ PMID' : DOI.test(v) ? '✓ DOI' : '✗ neither a PMID (1 to 9 digits) nor a DOI (10.NNNN/suffix)';
    pub.setCustomValidity(!v || PMID.test(v) || DOI.test(v) ? '' : 'Expected a PMID or a DOI');
  });
  const stmt = h('input', { type: 'text', id: `ev-stmt-${n}`, required: true, placeholder: 'What the publication shows' });
  return h('fieldset', { class: 'evidence-row' }, h('legend', {}, 'Evidence ' + (n + 1)),
    h('div', { class: 'field' }, h('label', { for: `ev-pub-${n}` }, 'Publication'), pub, state),
    h('div', { class: 'field' }, h('label', { for: `ev-stmt-${n}` }, 'Statement'), stmt));
}
const evBox = h('div', { id: 'evidence-rows' }, evidenceRow());
const formOut = h('div', { id: 'claim-result', 'aria-live': 'polite' });
const predSel = h('select', { id: 'predicate' }, PREDICATES.map((p) => h('option', { value: p }, p)));
const signSel = h('select', { id: 'sign' }, h('option', { value: '1' }, '+1 (increases)'), h('option', { value: '-1' }, '−1 (decreases)'), h('option', { value: '0' }, '0 (unsigned)'));
const ctxIn = h('input', { type: 'text', id: 'context', maxlength: '200', placeholder: 'e.g. multiple myeloma cells' });
const claimForm = h('form', { id: 'claim-form', onsubmit: (e) => { e.preventDefault(); submitClaim(); } },
  h('div', { class: 'row' },
    h('div', { class: 'col' }, resolverInput('subject', 'Subject (gene or drug)'),
      h('div', { class: 'field' }, h('label', { for: 'predicate' }, 'Predicate'), predSel),
      resolverInput('object', 'Object (gene or drug)'),
      h('div', { class: 'field' }, h('label', { for: 'sign' }, 'Sign'), signSel),
      h('div', { class: 'field' }, h('label', { for: 'context' }, 'Context (optional)'), ctxIn)),
    h('div', { class: 'col' }, evBox, h('button', { type: 'button', onclick: () => evBox.append(evidenceRow()) }, 'Add evidence'))),
  h('p', {}, h('button', { type: 'submit', class: 'primary', id: 'submit-claim' }, 'Submit claim')), formOut);

async function submitClaim() {
  const evidence = [...evBox.querySelectorAll('.evidence-row')].map((row) => {
    const [pub, stmt] = row.querySelectorAll('input');
    const v = pub.value.trim();
    return PMID.test(v) ? { pmid: v, statement: stmt.value.trim() } : { doi: v, statement: stmt.value.trim() };
  });
  const input = { subject: document.getElementById('subject').value.trim(), predicate: predSel.value, object: document.getElementById('object').value.trim(),
    sign: Number(signSel.value), context: ctxIn.value.trim() || null, evidence };
  try {
    const c = (await gql(`mutation S($input: ClaimInput!) { submitClaim(input: $input) { ${CLAIM_FIELDS} } }`, { input }, { auth: true })).submitClaim;
    formOut.replaceChildren(h('div', { class: 'ok', role: 'status' }, `Submitted claim ${c.id}: ${claimText(c.relation)}; status ${c.status}. `,
      h('a', { href: '/curation?claim=' + encodeURIComponent(c.id) }, 'Open its history')));
    loadQueue();
  } catch (e) {
    showError(formOut, e, 'Not submitted: ');
  }
}

// ---------- queue ----------
const queueBox = h('div', { id: 'queue', 'aria-live': 'polite' });

/**
 * Before and after as a table of fields; changed fields are marked (del/ins, and the word "changed" so that the
 * mark reads without colour) and listed first; a list field (evidence) is compared item by item.
 */
function diff(before, after, { onlyChanged = false } = {}) {
  const keys = [...new Set([...Object.keys(before || {}), ...Object.keys(after || {})])];
  const show = (v) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const rows = keys.map((k) => {
    const bv = before?.[k], av = after?.[k];
    if (Array.isArray(bv) || Array.isArray(av)) {
      const bs = (bv || []).map(show), as = (av || []).map(show);
      const changed = bs.length !== as.length || bs.some((x, i) => x !== as[i]);
      return { k, changed, b: h('ul', {}, bs.map((x) => h('li', {}, as.includes(x) ? x : h('del', {}, x)))),
        a: h('ul', {}, as.map((x) => h('li', {}, bs.includes(x) ? x : h('ins', {}, x)))) };
    }
    const b = show(bv), a = show(av);
    return { k, changed: b !== a, b: b === a ? b : h('del', {}, b), a: b === a ? a : h('ins', {}, a) };
  }).filter((r) => r.changed || !onlyChanged).sort((x, y) => Number(y.changed) - Number(x.changed));
  const same = keys.length - rows.length;
  return h('table', { class: 'data diff' },
    onlyChanged && same ? h('caption', { class: 'muted' }, `${rows.length} field${rows.length === 1 ? '' : 's'} changed, ${same} unchanged`) : null,
    h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, 'Before'), h('th', {}, 'After'))),
    h('tbody', {}, rows.map((r) => h('tr', { class: r.changed ? 'changed' : null, dataset: { field: r.k } },
      h('td', {}, r.k, r.changed ? h('span', { class: 'muted' }, ' (changed)') : null), h('td', {}, r.b), h('td', {}, r.a)))));
}

const evidenceLine = (e) => `${e.pmid ? 'PMID:' + e.pmid : 'DOI:' + e.doi}: ${e.statement || ''}`;

/** A claim as the fields a revision can change (the same names as the revision's proposed content). */
function relationJson(r) {
  return { subject: `${nodeName(r.source)} (${r.source.id})`, predicate: r.predicate, object: `${nodeName(r.target)} (${r.target.id})`,
    sign: r.sign, level: r.level, context: r.context || '',
    evidence: r.evidence.map((e) => evidenceLine({ pmid: e.publication.pmid, doi: e.publication.doi, statement: e.statement })) };
}

/** A revision's proposed content in relationJson's shape: its evidence is added to the claim's, never replaces it. */
function proposedJson(p, r) {
  const end = (id, node) => (id === node.id ? `${nodeName(node)} (${id})` : id);
  const current = relationJson(r).evidence;
  return { subject: end(p.subjectId, r.source), predicate: p.predicate, object: end(p.objectId, r.target), sign: p.sign,
    level: p.level, context: p.context || '', evidence: [...current, ...(p.evidence || []).map(evidenceLine).filter((x) => !current.includes(x))] };
}

function reviewControls(kind, id) {
  const comment = h('textarea', { id: `comment-${id}`, rows: 2, placeholder: 'Comment (required to reject)' });
  const out = h('div', { 'aria-live': 'polite' });
  const act = async (accept) => {
    const c = comment.value.trim();
    if (!accept && !c) { showError(out, 'A rejection needs a comment saying why.'); comment.focus(); return; }
    const m = kind === 'claim'
      ? (accept ? 'mutation A($id: ID!, $c: String) { acceptClaim(claimId: $id, comment: $c) { id status } }' : 'mutation R($id: ID!, $c: String!) { rejectClaim(claimId: $id, comment: $c) { id status } }')
      : (accept ? 'mutation A($id: ID!, $c: String) { acceptRevision(revisionId: $id, comment: $c) { id status } }' : 'mutation R($id: ID!, $c: String!) { rejectRevision(revisionId: $id, comment: $c) { id status } }');
    try {
      const d = await gql(m, { id, c: c || null }, { auth: true });
      const r = Object.values(d)[0];
      out.replaceChildren(h('div', { class: 'ok', role: 'status' }, `${kind === 'claim' ? 'Claim' : 'Revision'} ${r.id}: ${r.status}`));
      setTimeout(loadQueue, 600);
    } catch (e) { showError(out, e); }
  };
  return h('div', {}, h('label', { for: `comment-${id}` }, 'Review comment'), comment,
    h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'primary', id: `accept-${id}`, onclick: () => act(true) }, 'Accept'),
      h('button', { type: 'button', id: `reject-${id}`, onclick: () => act(false) }, 'Reject')), out);
}

// Only the latest request draws the queue: a reload asked for with another key (or after a review) must not be
// overwritten by an earlier answer that arrives later. data-state says whether the queue shown is the latest.
let queueRequest = 0;
async function loadQueue() {
  const mine = ++queueRequest;
  queueBox.dataset.state = 'loading';
  queueBox.replaceChildren(h('p', { class: 'muted' }, 'Loading the queue…'));
  let d;
  try {
    d = await gql(`{ submitted: claims(status: SUBMITTED, first: 50) { totalCount edges { node { ${CLAIM_FIELDS} } } }
      accepted: claims(status: ACCEPTED, first: 50) { edges { node { ${CLAIM_FIELDS} } } } }`, {}, { auth: true });
  } catch (e) {
    if (mine === queueRequest) { showError(queueBox, e); queueBox.dataset.state = 'ready'; }
    return;
  }
  if (mine !== queueRequest) return;
  queueBox.dataset.state = 'ready';
  const claims = d.submitted.edges.map((e) => e.node);
  const revs = [];
  for (const c of [...claims, ...d.accepted.edges.map((e) => e.node)]) for (const r of c.revisions) if (r.status === 'PENDING') revs.push({ claim: c, rev: r });
  queueBox.replaceChildren(
    h('h3', {}, `Submitted claims (${claims.length})`),
    claims.length ? h('ul', { id: 'queue-claims' }, claims.map((c) => h('li', { class: 'card', dataset: { claim: c.id } },
      h('p', {}, h('strong', {}, claimText(c.relation)), ' ', h('span', { class: 'muted' }, `claim ${c.id}, by ${c.submittedBy}`), ' ',
        h('a', { href: '/curation?claim=' + encodeURIComponent(c.id) }, 'history')),
      h('ul', {}, c.relation.evidence.map((e) => h('li', {}, pubLinks(e.publication), ' — ', e.statement || ''))),
      reviewControls('claim', c.id)))) : h('p', { class: 'muted' }, 'No claim is waiting.'),
    h('h3', {}, `Revisions waiting (${revs.length})`),
    revs.length ? h('ul', { id: 'queue-revisions' }, revs.map(({ claim, rev }) => h('li', { class: 'card', dataset: { revision: rev.id } },
      h('p', {}, h('strong', {}, claimText(claim.relation)), ' ', h('span', { class: 'muted' }, `revision ${rev.id} of claim ${claim.id} v${rev.baseVersion}, by ${rev.author}: “${rev.comment}”`)),
      diff(relationJson(claim.relation), proposedJson(rev.proposed, claim.relation)), reviewControls('revision', rev.id)))) : h('p', { class: 'muted' }, 'No revision is waiting.'));
}

// ---------- a claim's history ----------
const historyBox = h('div', { id: 'history', 'aria-live': 'polite' });
async function showHistory(id) {
  historyBox.replaceChildren(h('p', { class: 'muted' }, 'Loading claim ' + id + '…'));
  let c;
  try {
    c = (await gql(`query C($id: ID!) { claim(id: $id) { ${CLAIM_FIELDS} } }`, { id })).claim;
  } catch (e) { showError(historyBox, e); return; }
  if (!c) { historyBox.replaceChildren(h('div', { class: 'error', role: 'alert' }, `No claim has the id “${id}”.`)); return; }
  const parse = (s) => { try { return s ? JSON.parse(s) : null; } catch { return { text: s }; } };
  const retractComment = h('input', { type: 'text', id: 'retract-comment', placeholder: 'why the publication is retracted' });
  const retractOut = h('div', { id: 'retract-result', 'aria-live': 'polite' });
  historyBox.replaceChildren(
    h('h3', {}, `Claim ${c.id}: ${claimText(c.relation)}`),
    h('p', {}, `Status ${c.status}, version ${c.version}, submitted by ${c.submittedBy}.`),
    h('ol', { class: 'timeline', id: 'timeline' }, c.events.map((e) => h('li', {},
      h('strong', {}, e.action), ` by ${e.actor}, ${e.at}`, e.comment ? h('div', { class: 'muted' }, '“' + e.comment + '”') : null,
      e.before || e.after ? h('details', {}, h('summary', {}, 'before / after'), diff(parse(e.before), parse(e.after), { onlyChanged: true })) : null))),
    c.status === 'SUBMITTED' || c.status === 'ACCEPTED' ? revisionForm(c) : h('p', { class: 'muted' }, `A ${c.status.toLowerCase()} claim cannot be revised; submit a corrected claim instead.`),
    h('h4', {}, 'Retract a publication of this claim (editor)'),
    c.relation.evidence.length ? null : h('p', { class: 'muted' }, 'No publication counts as evidence any more (retracted ones are not listed).'),
    h('ul', {}, c.relation.evidence.map((e) => h('li', {}, pubLinks(e.publication), e.publication.retracted ? ' (retracted)' : ' ',
      e.publication.retracted ? null : h('button', { type: 'button', class: 'retract', dataset: { publication: e.publication.id }, 'aria-label': 'Retract ' + (e.publication.pmid ? 'PMID ' + e.publication.pmid : 'DOI ' + e.publication.doi), onclick: async () => {
        if (!retractComment.value.trim()) { showError(retractOut, 'A retraction needs a comment.'); retractComment.focus(); return; }
        try {
          const p = (await gql('mutation X($p: ID!, $c: String!) { retractPublication(publication: $p, comment: $c) { id retracted } }', { p: e.publication.id, c: retractComment.value.trim() }, { auth: true })).retractPublication;
          await showHistory(id);
          historyBox.querySelector('#retract-result')?.replaceChildren(h('div', { class: 'ok', role: 'status' }, `Publication ${p.id} retracted.`));
        } catch (err) { showError(retractOut, err); }
      } }, 'Retract')))),
    h('div', { class: 'field' }, h('label', { for: 'retract-comment' }, 'Retraction comment'), retractComment), retractOut);
}

// ---------- suggest a revision (curator) ----------
const LEVELS = ['TRANSCRIPT', 'PROTEIN', 'ACTIVITY'];
function revisionForm(c) {
  const r = c.relation;
  const select = (id, values, current, text = (v) => v) => h('select', { id }, values.map((v) => h('option', { value: v, selected: String(v) === String(current) }, text(v))));
  const pred = select('rev-predicate', PREDICATES, r.predicate);
  const sign = select('rev-sign', [1, -1, 0], r.sign, (v) => (v > 0 ? '+1 (increases)' : v < 0 ? '−1 (decreases)' : '0 (unsigned)'));
  const level = select('rev-level', LEVELS, r.level);
  const ctx = h('input', { type: 'text', id: 'rev-context', maxlength: '200', value: r.context || '' });
  const pub = h('input', { type: 'text', id: 'rev-pub', placeholder: 'PMID or DOI (optional)' });
  const stmt = h('input', { type: 'text', id: 'rev-stmt', placeholder: 'What the publication shows' });
  // aria-required, not required: the page says what is missing in its own words instead of the browser's bubble
  const why = h('textarea', { id: 'rev-comment', rows: 2, 'aria-required': 'true', placeholder: 'Why the change (required)' });
  const out = h('div', { id: 'revision-result', 'aria-live': 'polite' });
  const send = async () => {
    if (!why.value.trim()) { showError(out, 'A revision needs a comment saying why.'); why.focus(); return; }
    const v = pub.value.trim();
    if (v && !PMID.test(v) && !DOI.test(v)) { showError(out, 'Publication: expected a PMID (1 to 9 digits) or a DOI (10.NNNN/suffix).'); pub.focus(); return; }
    if (v && !stmt.value.trim()) { showError(out, 'Statement: say what the new publication shows.'); stmt.focus(); return; }
    const input = { subject: r.source.id, predicate: pred.value, object: r.target.id, sign: Number(sign.value), level: level.value,
      context: ctx.value.trim() || null, evidence: v ? [PMID.test(v) ? { pmid: v, statement: stmt.value.trim() } : { doi: v, statement: stmt.value.trim() }] : [] };
    try {
      const rev = (await gql('mutation V($id: ID!, $input: ClaimInput!, $c: String!, $v: Int!) { suggestRevision(claimId: $id, input: $input, comment: $c, expectedVersion: $v) { id status baseVersion } }',
        { id: c.id, input, c: why.value.trim(), v: c.version }, { auth: true })).suggestRevision;
      out.replaceChildren(h('div', { class: 'ok', role: 'status' }, `Suggested revision ${rev.id} of version ${rev.baseVersion}: ${rev.status}; an editor reviews it in the queue above.`));
      loadQueue();
    } catch (e) { showError(out, e, 'Not suggested: '); }
  };
  return h('section', { 'aria-labelledby': 'rev-h' }, h('h4', { id: 'rev-h' }, `Suggest a revision of version ${c.version} (curator)`),
    h('form', { id: 'revision-form', onsubmit: (e) => { e.preventDefault(); send(); } },
      h('p', { class: 'muted' }, `Subject ${nodeName(r.source)} and object ${nodeName(r.target)} stay; evidence given here is added to the claim’s.`),
      h('div', { class: 'row' },
        h('div', { class: 'col' },
          h('div', { class: 'field' }, h('label', { for: 'rev-predicate' }, 'Predicate'), pred),
          h('div', { class: 'field' }, h('label', { for: 'rev-sign' }, 'Sign'), sign),
          h('div', { class: 'field' }, h('label', { for: 'rev-level' }, 'Level'), level),
          h('div', { class: 'field' }, h('label', { for: 'rev-context' }, 'Context'), ctx)),
        h('div', { class: 'col' },
          h('div', { class: 'field' }, h('label', { for: 'rev-pub' }, 'Add a publication'), pub),
          h('div', { class: 'field' }, h('label', { for: 'rev-stmt' }, 'Its statement'), stmt),
          h('div', { class: 'field' }, h('label', { for: 'rev-comment' }, 'Why (comment)'), why))),
      h('p', {}, h('button', { type: 'submit', class: 'primary', id: 'suggest-revision' }, 'Suggest revision'))), out);
}

const lookupIn = h('input', { type: 'text', id: 'claim-id', placeholder: 'claim id' });
main.append(h('h1', {}, 'Curation'), keyBox,
  h('h2', {}, 'Review queue'), queueBox,
  h('h2', {}, 'Submit a claim'), claimForm,
  h('h2', {}, 'A claim’s history'),
  h('form', { class: 'toolbar', onsubmit: (e) => { e.preventDefault(); history.replaceState(null, '', '/curation?claim=' + encodeURIComponent(lookupIn.value.trim())); showHistory(lookupIn.value.trim()); } },
    h('label', { for: 'claim-id' }, 'Claim id'), lookupIn, h('button', { type: 'submit' }, 'Show')), historyBox);
showKeyState();
loadQueue();
if (param('claim')) { lookupIn.value = param('claim'); showHistory(param('claim')); }
