import { spawnSync } from 'node:child_process';

/** Debian's Python, which has lxml and openpyxl (a `python3` on PATH may be a pyenv without them). */
export const PYTHON = '/usr/bin/python3';

function has(command: string, args: string[]): boolean {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  return r.status === 0;
}

/**
 * Whether the tests needing a program run. In CI (`CI=true`) a missing program is a failure, not a skip; elsewhere
 * the tests are skipped with a visible notice naming the Debian package (as `requireSoffice`).
 */
function require(available: boolean, what: string, debian: string): boolean {
  if (available) return true;
  if (process.env.CI === 'true') throw new Error(`${what} is required in CI: apt-get install -y ${debian}`);
  console.warn(`⚠ ${what} không có: bỏ qua các bài kiểm thử cần nó (Debian: apt-get install ${debian})`);
  return false;
}

/** Gnumeric's `ssconvert`. */
export function requireSsconvert(): boolean {
  return require(has('sh', ['-c', 'command -v ssconvert']), 'ssconvert (Gnumeric)', 'gnumeric');
}

/** openpyxl under /usr/bin/python3. */
export function requireOpenpyxl(): boolean {
  return require(has(PYTHON, ['-c', 'import openpyxl']), 'openpyxl (/usr/bin/python3)', 'python3-openpyxl');
}

/** Poppler's `pdfinfo`, `pdftotext` and `pdftoppm`: reading back the pages of a PDF. */
export function requirePoppler(): boolean {
  return require(has('sh', ['-c', 'command -v pdfinfo && command -v pdftotext && command -v pdftoppm']), 'pdfinfo/pdftotext (Poppler)', 'poppler-utils');
}

/** util-linux's `script`: a command run in a pseudo-terminal. */
export function requireScript(): boolean {
  return require(has('sh', ['-c', 'command -v script']), 'script (util-linux)', 'bsdutils');
}
