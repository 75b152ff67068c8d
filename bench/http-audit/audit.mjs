// GraphQL-over-HTTP audit (npm graphql-http) of a running GlueGraph: node audit.mjs [url]
// Prints every audit with its result; exits 1 when any MUST or SHOULD audit fails (MAY failures are listed only).
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url)) {
  console.error(`refusing ${url}: the audit is meant for a local server`);
  process.exit(2);
}
const results = await auditServer({ url });
let failing = 0;
const counts = {};
for (const r of results) {
  const level = r.name.split(' ')[0];
  const key = `${level} ${r.status}`;
  counts[key] = (counts[key] ?? 0) + 1;
  if (r.status === 'ok') {
    console.log(`ok     ${r.name}`);
  } else {
    let body = '';
    try { body = (await r.response.text()).slice(0, 300); } catch { /* already read */ }
    console.log(`${r.status.padEnd(6)} ${r.name}\n         ${r.reason}\n         status ${r.response.status}, ` +
      `content-type ${r.response.headers.get('content-type')}: ${body.replace(/\s+/g, ' ')}`);
    if (level !== 'MAY') failing++;
  }
}
console.log('\nsummary:', JSON.stringify(counts), `MUST/SHOULD failures: ${failing}`);
process.exit(failing === 0 ? 0 : 1);
