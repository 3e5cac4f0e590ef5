import { loadAndValidateSet } from './dist/model/validate-set.js';
import { checkSubmissions } from './dist/submission/check-submissions.js';
const { set } = await loadAndValidateSet('indicators');
const t0 = performance.now(); const c0 = process.cpuUsage();
const { results } = await checkSubmissions({ set, inputs: [process.argv[2]], workers: Number(process.argv[3]) });
console.log(process.argv[3], (performance.now() - t0).toFixed(0), 'ms wall', (process.cpuUsage(c0).user/1000).toFixed(0), 'ms cpu');
