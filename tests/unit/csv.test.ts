import { describe, expect, it } from 'vitest';
import { levelsCsv, matrixCsv, neutraliseFormula, toCsv } from '../../src/exports/csv.ts';
import { edit, ladderFrom, validLadder } from '../support/ladder-files.ts';

const bom = '\uFEFF';

describe('CSV exports', () => {
  it('start with a byte order mark and end lines with CRLF, so spreadsheets open accents right', () => {
    expect(toCsv([['Thème', 'Équipe']])).toBe(`${bom}Thème,Équipe\r\n`);
  });

  it('quote cells with commas, quotes and line breaks, and keep numbers as numbers', () => {
    expect(toCsv([['a, b', 'say "hi"', 'two\nlines', 42, null]])).toBe(
      `${bom}"a, b","say ""hi""","two\nlines",42,\r\n`,
    );
  });

  it('neutralise cells a spreadsheet would run as a formula', () => {
    expect(toCsv([['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', 'fine = ok']])).toBe(
      `${bom}'=1+1,'+SUM(A1),'-2+3,'@cmd,'\t=1,fine = ok\r\n`,
    );
    expect(neutraliseFormula('=HYPERLINK("https://evil.example")')).toBe(
      '\'=HYPERLINK("https://evil.example")',
    );
  });

  it('list every level with its pay in every zone, one row per level', () => {
    const ladder = ladderFrom({
      'settings.yaml': `${validLadder['settings.yaml']}pay:\n  zones:\n    - id: lyon\n      label: Lyon\n    - id: remote-eu\n      label: Remote (EU)\n`,
      ...edit(
        'levels/product/pm.md',
        'expectations:',
        'pay:\n  - currency: EUR\n    min: 50000\n    max: 60000\n  - zone: remote-eu\n    currency: EUR\n    min: 47000\n    max: 56000\nexpectations:',
      ),
      ...edit(
        'levels/product/senior-pm.md',
        'title: Senior product manager',
        'title: "=Senior, product manager"',
      ),
    });
    const lines = levelsCsv(ladder).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'track,level,code,title,rank,url,time_in_level_min_months,time_in_level_max_months,' +
        'pay_lyon_currency,pay_lyon_min,pay_lyon_max,pay_lyon_period,pay_lyon_basis,' +
        'pay_remote-eu_currency,pay_remote-eu_min,pay_remote-eu_max,pay_remote-eu_period,pay_remote-eu_basis',
    );
    expect(lines[1]).toBe(
      'product,pm,P1,Product manager,1,https://careers.acme.example/product/pm/,,,EUR,50000,60000,year,gross,EUR,47000,56000,year,gross',
    );
    expect(lines[2]).toBe(
      'product,senior-pm,P2,"\'=Senior, product manager",2,https://careers.acme.example/product/senior-pm/,,,,,,,,,,,,',
    );
  });

  it('lay a track’s matrix out with one row per theme and one column per level', () => {
    const ladder = ladderFrom();
    const lines = matrixCsv(ladder, ladder.tracks[0]).slice(1).split('\r\n');
    expect(lines[0]).toBe('theme,group,P1 Product manager,P2 Senior product manager');
    expect(lines[1]).toBe(
      'Discovery,Hard skills,Interviews five customers a month.,Plans discovery for two squads.',
    );
  });
});
