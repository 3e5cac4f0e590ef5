import fs from 'node:fs';
const dir = process.argv[2];
const f = fs.readdirSync(dir).map((x) => dir + '/' + x)[0];
const p = JSON.parse(fs.readFileSync(f));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
p.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)));
const incl = new Map();
for (const [id, t] of self) {
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const n = byId.get(x);
    const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').slice(-2).join('/')}`;
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
}
const want = process.argv[3] ? new RegExp(process.argv[3]) : /./;
console.log([...incl].filter(([k]) => want.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)}ms ${k}`).join('\n'));
