// Runs a command as a child process and reports wall time and the child's peak resident memory.
import { spawnSync } from 'node:child_process';

/** Wall time (s) and peak RSS (MB) of `node args…`, measured with GNU time when present, else wall time only. */
export function measure(args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.error) {
    const t0 = process.hrtime.bigint();
    const plain = spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, rssMb: NaN, status: plain.status, stdout: plain.stdout };
  }
  const lines = r.stderr.trim().split('\n');
  return { seconds, rssMb: Number(lines[lines.length - 1]) / 1024, status: r.status, stdout: r.stdout };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
