import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/lang.js';
import { versionRequest, versionText } from '../../src/cli/version-text.js';
import { TOOL_VERSION } from '../../src/cli/version.js';
import { REPO } from '../helpers/run-cli.js';

describe('indicators --version', () => {
  it('is asked only without a command (a command keeps its own options)', () => {
    expect(versionRequest(['--version'])).toEqual({ set: undefined });
    expect(versionRequest(['-V', '--set', 'my-set', '--lang', 'en'])).toEqual({ set: 'my-set' });
    expect(versionRequest(['--set=my-set', '-V'])).toEqual({ set: 'my-set' });
    expect(versionRequest(['validate', '--version'])).toBeUndefined();
    expect(versionRequest(['--set', 'x'])).toBeUndefined();
  });

  it('prints the tool version, then the set found by --set, the current folder or ./indicators', async () => {
    setLanguage('en');
    expect(await versionText({}, REPO)).toBe(`${TOOL_VERSION}\nindicator set qng-bo-chi-so v1.0.0 (indicators/set.yaml)\n`);
    expect(await versionText({ set: 'templates/init' }, REPO)).toContain('indicator set bo-chi-so-moi v0.1.0');
    expect(await versionText({}, `${REPO}/indicators`)).toContain('qng-bo-chi-so v1.0.0 (set.yaml)');
    expect(await versionText({ set: 'nowhere' }, REPO)).toBe(`${TOOL_VERSION}\n`);
  });
});
