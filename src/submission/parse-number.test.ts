import { describe, expect, it } from 'vitest';
import { parseNumberText } from './parse-number.js';

describe('parseNumberText', () => {
  it.each([
    ['1245649', 1245649, 'plain'],
    ['1.245.649', 1245649, 'vi'],
    ['1,245,649', 1245649, 'en'],
    ['71,54', 71.54, 'vi'],
    ['71.54', 71.54, 'en'],
    ['71,54 %', 71.54, 'vi'],
    ['71.54%', 71.54, 'en'],
    ['1.245.649,5', 1245649.5, 'vi'],
    ['1,245,649.5', 1245649.5, 'en'],
    ['1 245 649', 1245649, 'plain'],
    ['1\u00a0245\u00a0649', 1245649, 'plain'],
    ["'3866", 3866, 'plain'],
    ['-12', -12, 'plain'],
    ['−12,5', -12.5, 'vi'],
    ['+7', 7, 'plain'],
    ['0,234', 0.234, 'vi'],
    ['0.234', 0.234, 'en'],
    ['62,61%', 62.61, 'vi'],
    ['  1.891.135  ', 1891135, 'vi'],
    ["'1.245.649", 1245649, 'vi'],
    ['1 245 649,5', 1245649.5, 'vi'],
    ['1\u202f245\u202f649', 1245649, 'plain'],
    ['\u22121.234.567', -1234567, 'vi'],
    ['12,5%', 12.5, 'vi'],
    ['1.234.567.890', 1234567890, 'vi'],
    ['1.234,567', 1234.567, 'vi'],
    ['1,234.567', 1234.567, 'en'],
    [',5', 0.5, 'vi'],
    ['0', 0, 'plain'],
    ['-0,75 %', -0.75, 'vi'],
  ])('%s → %d (%s)', (text, value, notation) => {
    expect(parseNumberText(text)).toMatchObject({ kind: 'number', value, notation });
  });

  it.each([
    ['1.234', 1234, 1.234],
    ['1,234', 1234, 1.234],
    ['66.666', 66666, 66.666],
  ])('%s is ambiguous', (text, a, b) => {
    expect(parseNumberText(text)).toEqual({ kind: 'ambiguous', a, b });
  });

  it.each(['1e5', '0x10', '12-', '(12)', '12 %%', '1.234.56', '1,23,456', '12.345,6,7', 'abc', '', '1.2.3', '12,34,5', '1,2345.6', '12a', '1.245,6.7', '--1', '%', '1 23 4', 'N/A'])(
    '%s is not a number',
    (text) => {
      expect(parseNumberText(text).kind).toBe('nan');
    },
  );

  it.each([
    ['45.067', 45067, 'vi'],
    ['45,067', 45067, 'en'],
    ['-1.234', -1234, 'vi'],
    ['45,5', 45.5, 'vi'],
    ['1.245.649', 1245649, 'vi'],
  ])('%s in an integer cell → %d (%s): a count cannot hold three decimals', (text, value, notation) => {
    expect(parseNumberText(text, { integer: true })).toMatchObject({ kind: 'number', value, notation });
  });

  it('0,234 stays a fraction in an integer cell (the range and type checks report it)', () => {
    expect(parseNumberText('0,234', { integer: true })).toMatchObject({ kind: 'number', value: 0.234 });
  });

  it('flags a trailing percent sign', () => {
    expect(parseNumberText('66,66 %')).toMatchObject({ value: 66.66, percent: true });
    expect(parseNumberText('66,66')).toMatchObject({ percent: false });
  });
});
