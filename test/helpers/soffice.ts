import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function find(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

/** Path of LibreOffice's `soffice`, or undefined. */
export const SOFFICE = find();

/**
 * Whether LibreOffice tests run. In CI (`CI=true`) a missing LibreOffice is a failure, not a skip; elsewhere the
 * tests are skipped with a visible notice naming the Debian package.
 */
export function requireSoffice(): boolean {
  if (SOFFICE) return true;
  if (process.env.CI === 'true') throw new Error('LibreOffice (soffice) is required in CI: apt-get install -y libreoffice-calc-nogui');
  console.warn('⚠ LibreOffice không có: bỏ qua các bài kiểm thử với LibreOffice (Debian: apt-get install libreoffice-calc-nogui)');
  return false;
}

/**
 * Converts files with LibreOffice headless, as a user's re-save would. One fresh profile per call; LibreOffice
 * cannot share a profile between two running instances, so calls must not overlap.
 */
export function sofficeConvert(files: string[], to: 'xlsx' | 'pdf' | 'csv', outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  });
}

/** Whether LibreOffice Writer is installed beside `soffice` (Debian splits it out: libreoffice-writer-nogui). */
function hasWriter(): boolean {
  if (!SOFFICE) return false;
  try {
    return existsSync(join(dirname(realpathSync(SOFFICE)), 'libswlo.so'));
  } catch {
    return false;
  }
}

/**
 * Whether tests converting Word documents run: `soffice` and its Writer. In CI a missing Writer is a failure; elsewhere
 * the tests are skipped with a notice naming the Debian package.
 */
export function requireSofficeWriter(): boolean {
  if (hasWriter()) return true;
  if (process.env.CI === 'true') throw new Error('LibreOffice Writer is required in CI: apt-get install -y libreoffice-writer-nogui');
  console.warn('⚠ LibreOffice Writer không có: bỏ qua các bài kiểm thử chuyển .docx sang PDF (Debian: apt-get install libreoffice-writer-nogui)');
  return false;
}
