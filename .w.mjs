import { loadAndValidateSet } from './dist/model/validate-set.js';
import { checkSubmissions } from './dist/submission/check-submissions.js';
const { set } = await loadAndValidateSet('indicators');
for (const w of [1, 2, 3, 1, 2]) {
  const t0 = performance.now();
  const { results } = await checkSubmissions({ set, inputs: [process.argv[2]], workers: w });
  console.log(w, (performance.now() - t0).toFixed(0), 'ms', results.filter(r=>r.status==='accepted').length);
}
