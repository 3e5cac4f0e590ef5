import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function find(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

export const CHROMIUM = find();

/** In CI (`CI=true`) a missing Chromium fails; elsewhere the test is skipped with a notice naming the Debian package. */
export function requireChromium(): boolean {
  if (CHROMIUM) return true;
  if (process.env.CI === 'true') throw new Error('Chromium is required in CI: apt-get install -y chromium');
  console.warn('⚠ Chromium không có: bỏ qua kiểm thử hiển thị báo cáo HTML (Debian: apt-get install chromium)');
  return false;
}

/** Runs headless Chromium on a local file with the flags this machine needs (no background network). */
export function chromium(args: string[], url: string, width = 390, height = 844): string {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  return execFileSync(
    CHROMIUM!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      `--window-size=${width},${height}`,
      ...args,
      url,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
}
