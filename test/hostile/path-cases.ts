// File names as they arrive from Windows and macOS mail clients, and output folders that would overwrite inputs.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { HostileCase } from './hostile-case.js';

/** `blank` is a submission of `unit` whose first value is blank (required-blank): the file must be named in full. */
export function pathCases(dir: string, blank: string, unit: string): HostileCase[] {
  const cases: HostileCase[] = [];
  const named = (caseName: string, folder: string, fileName: string, arg?: string) => {
    const target = join(dir, caseName, folder);
    mkdirSync(target, { recursive: true });
    const file = join(target, fileName);
    copyFileSync(blank, file);
    cases.push({
      name: caseName,
      group: 'path',
      args: ['check', arg ?? file, '--period', '2026-Q1'],
      code: 'required-blank',
      verify: (json) => expect(json.files!.map((f) => f.file)).toEqual([arg ?? file]),
    });
  };
  named('path-nfc-diacritics', 'Hộp thư', `${unit}_Xã An Phú_2026-Q1.xlsx`.normalize('NFC'));
  named('path-nfd-diacritics', 'Hộp thư'.normalize('NFD'), `${unit}_Xã An Phú_2026-Q1.xlsx`.normalize('NFD'));
  named('path-spaces', 'thư mục có dấu cách', `${unit} qng bo chi so 2026-Q1 (gửi lại).xlsx`);
  named('path-dot-dot', 'a', `${unit}_qng-bo-chi-so_2026-Q1.xlsx`, join(dir, 'path-dot-dot', 'a', '..', 'a', `${unit}_qng-bo-chi-so_2026-Q1.xlsx`));
  const inbox = join(dir, 'out-is-input', 'hop-thu');
  mkdirSync(inbox, { recursive: true });
  const input = join(inbox, `${unit}_qng-bo-chi-so_2026-Q1.xlsx`);
  copyFileSync(blank, input);
  cases.push({ name: 'merge-out-is-an-input-file', group: 'path', args: ['merge', input, '--period', '2026-Q1', '--out', input], exit: 2, keep: input });
  cases.push({ name: 'merge-out-is-the-inbox', group: 'path', args: ['merge', inbox, '--period', '2026-Q1', '--out', inbox], exit: 2, keep: input });
  cases.push({ name: 'compile-out-is-a-file', group: 'path', args: ['compile', '--period', '2026-Q1', '--out', input], exit: 2, keep: input });
  return cases;
}
