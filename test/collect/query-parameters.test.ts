import { describe, expect, it } from 'vitest';
import { maskUrl, redact, urlPassword } from '../../src/collect/mask.js';
import { bindSqlParameters, fillPathParameters, unknownPathParameters } from '../../src/model/query-parameters.js';

describe('bindSqlParameters', () => {
  it('binds each named parameter as $n, the same name to the same number', () => {
    const bound = bindSqlParameters('SELECT unit_code, count(*) AS value FROM ho_so WHERE d BETWEEN :period_start AND :period_end OR k = :period OR d = :period_start');
    expect(bound).toEqual({
      text: 'SELECT unit_code, count(*) AS value FROM ho_so WHERE d BETWEEN $1 AND $2 OR k = $3 OR d = $1',
      names: ['period_start', 'period_end', 'period'],
      unknown: [],
    });
  });

  it('leaves casts, string literals, quoted names, comments and dollar-quoted bodies alone', () => {
    const sql = [
      "SELECT ':period' AS a, 'it''s :period_end' AS b, \"col:period\" AS c, d::date, :period_start::date,",
      '$$ :nope $$ AS e, $tag$ :nope2 $tag$ AS f -- :period_end in a comment',
      '/* :period */ FROM t WHERE x = :period',
    ].join('\n');
    const bound = bindSqlParameters(sql);
    expect(bound.names).toEqual(['period_start', 'period']);
    expect(bound.unknown).toEqual([]);
    expect(bound.text).toContain("':period' AS a");
    expect(bound.text).toContain('$1::date');
    expect(bound.text).toContain('WHERE x = $2');
  });

  it('reports names the tool does not give, once each', () => {
    expect(bindSqlParameters('SELECT 1 WHERE a = :unit AND b = :unit AND c = :quy').unknown).toEqual([':unit', ':quy']);
  });

  it('never splices a value into the text: a period is only ever a parameter', () => {
    expect(bindSqlParameters("SELECT 1 WHERE k = :period; DROP TABLE x; --'").text).toBe("SELECT 1 WHERE k = $1; DROP TABLE x; --'");
  });
});

describe('path parameters', () => {
  it('fills {period}, {period_start}, {period_end} (encoded for URLs) and names the unknown ones', () => {
    expect(fillPathParameters('/ho-so/{period}?tu={period_start}&den={period_end}', { period: '2026-Q1', period_start: '2025-12-15', period_end: '2026-03-14' })).toBe(
      '/ho-so/2026-Q1?tu=2025-12-15&den=2026-03-14',
    );
    expect(fillPathParameters('{period}', { period: 'a b', period_start: '', period_end: '' }, encodeURIComponent)).toBe('a%20b');
    expect(unknownPathParameters('/x/{period}/{ky}/{ky}')).toEqual(['{ky}']);
  });
});

describe('masking', () => {
  it('hides the password of a connection string and secret query parameters', () => {
    expect(maskUrl('postgres://chi_doc:M%40t-khau@db.tinh.vn:5432/tthc')).toBe('postgres://chi_doc:***@db.tinh.vn:5432/tthc');
    expect(maskUrl('https://api.tinh.vn/v1?token=abc&x=1&password=p')).toBe('https://api.tinh.vn/v1?token=***&x=1&password=***');
    expect(maskUrl('postgres://db.tinh.vn/tthc')).toBe('postgres://db.tinh.vn/tthc');
    expect(redact('connect failed for postgres://u:pw123@h/db (pw123)', ['postgres://u:pw123@h/db', 'pw123'])).toBe('connect failed for *** (***)');
  });

  it('hides the password of a connection string written without a scheme, as key=value, or with an unencoded @', () => {
    expect(maskUrl('collector:Bi-mat-1@localhost')).toBe('collector:***@localhost');
    expect(maskUrl('host=127.0.0.1 port=5432 user=collector password=Bi-mat-2 dbname=tthc')).toBe('host=127.0.0.1 port=5432 user=collector password=*** dbname=tthc');
    expect(maskUrl("host=db password='Bi mat 3' dbname=tthc")).toBe('host=db password=*** dbname=tthc');
    expect(maskUrl('postgres://u:p@ss-4@db.tinh.vn/tthc')).toBe('postgres://u:***@db.tinh.vn/tthc');
    expect(maskUrl('postgres://u:p#ss/5?x@db.tinh.vn/tthc')).toBe('postgres://u:***@db.tinh.vn/tthc');
    expect(maskUrl('postgres://u@db.tinh.vn:5432/tthc?application_name=a@b')).toBe('postgres://u@db.tinh.vn:5432/tthc?application_name=a@b');
    expect(urlPassword('postgres://u:p@ss-4@db.tinh.vn/tthc')).toBe('p@ss-4');
    expect(urlPassword('host=db user=u password=Bi-mat-2 dbname=tthc')).toBe('Bi-mat-2');
    expect(urlPassword("host=db password='Bi mat 3'")).toBe('Bi mat 3');
    expect(urlPassword('postgres://db.tinh.vn/tthc')).toBeUndefined();
  });
});
