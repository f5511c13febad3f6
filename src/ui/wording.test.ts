import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../engine/types.ts';
import { finding } from './testing.ts';
import { askWhoText, badgeName, badgeText, bySeverity, gateSummary, SEVERITY_WORDS, worstSeverity } from './wording.ts';

const f = (key: string, severity: 'advice' | 'warning' | 'stop') => finding({ key, severity });

describe('wording', () => {
  it('has distinct words for every severity', () => {
    expect(new Set(SEVERITIES.map((s) => SEVERITY_WORDS[s])).size).toBe(SEVERITIES.length);
  });

  it('finds the worst severity and sorts most severe first, keeping reading order among equals', () => {
    const list = [f('1', 'advice'), f('2', 'stop'), f('3', 'advice'), f('4', 'warning'), f('5', 'stop')];
    expect(worstSeverity(list)).toBe('stop');
    expect(worstSeverity([])).toBeUndefined();
    expect(bySeverity(list).map((x) => x.key)).toEqual(['2', '5', '4', '1', '3']);
  });

  it('names the badge by count and severity, in every state', () => {
    expect(badgeName({ status: 'on', findings: [f('1', 'stop')] })).toBe('Postcheck: 1 issue (1 must not post)');
    expect(badgeName({ status: 'on', findings: [f('1', 'warning'), f('2', 'stop'), f('3', 'warning')] })).toBe(
      'Postcheck: 3 issues (1 must not post, 2 check before posting)',
    );
    expect(badgeName({ status: 'off', reason: 'paused for this site' })).toBe('Postcheck: checking is off: paused for this site');
    expect(badgeText({ status: 'on', findings: [f('1', 'stop'), f('2', 'stop')] })).toBe('2');
    expect(badgeText({ status: 'on', findings: [] })).toBe('');
  });

  it('sums up the gate plainly, saying how many must not be posted', () => {
    expect(gateSummary([f('1', 'warning')], 'P')).toBe("Postcheck found one thing in this post that your school's policy covers (P). Please have a look before it goes out.");
    expect(gateSummary([f('1', 'stop')], 'P')).toMatch(/one thing .* It must not be posted as written\.$/);
    expect(gateSummary([f('1', 'stop'), f('2', 'stop')], 'P')).toMatch(/2 things .* They must not be posted as written\.$/);
    expect(gateSummary([f('1', 'stop'), f('2', 'advice'), f('3', 'advice')], 'P')).toMatch(/3 things .* 1 of them must not be posted as written\.$/);
  });

  it('falls back to a sensible person to ask', () => {
    expect(askWhoText(undefined)).toContain('ask your headteacher or designated safeguarding lead first');
    expect(askWhoText('  ')).toContain('ask your headteacher or designated safeguarding lead first');
    expect(askWhoText('the office')).toContain('ask the office first');
  });
});
