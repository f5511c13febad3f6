// Human-readable output: the post with its risky spans marked, then each finding explained with its policy clause.
import type { CitedFinding } from '../policy/cite.ts';
import type { ResolvedPack } from '../policy/load.ts';

export interface Style {
  mark(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const PLAIN: Style = { mark: (s) => `[${s}]`, dim: (s) => s, bold: (s) => s };
export const ANSI: Style = {
  mark: (s) => `\u001b[1;4;31m${s}\u001b[0m`,
  dim: (s) => `\u001b[2m${s}\u001b[0m`,
  bold: (s) => `\u001b[1m${s}\u001b[0m`,
};

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);

/** The text with each finding's span marked and numbered. Overlapping spans are merged into one mark. */
export function markText(text: string, findings: readonly { start: number; end: number }[], style: Style): string {
  let out = '';
  let at = 0;
  let i = 0;
  while (i < findings.length) {
    const start = Math.max(findings[i]!.start, at);
    let end = findings[i]!.end;
    const numbers = [i + 1];
    while (i + 1 < findings.length && findings[i + 1]!.start < end) {
      i++;
      end = Math.max(end, findings[i]!.end);
      numbers.push(i + 1);
    }
    if (end > start) out += text.slice(at, start) + style.mark(text.slice(start, end)) + style.dim(numbers.map(sup).join('˒'));
    at = Math.max(at, end);
    i++;
  }
  return out + text.slice(at);
}

/** Whose rules these are, in one line: a school's policy, or the labelled baseline. */
export function policyLine(pack: ResolvedPack): string {
  return pack.baseline
    ? 'Checked against the baseline (what all five model school policies require): no school policy chosen, use --policy.'
    : `Checked against ${pack.title} (${pack.organisation}).`;
}

export function formatFindings(text: string, findings: readonly CitedFinding[], pack: ResolvedPack, style: Style): string {
  const header = style.dim(policyLine(pack));
  if (findings.length === 0) return `${style.bold('No problems found.')}\n${header}\n`;
  const lines = [markText(text, findings, style), ''];
  findings.forEach((f, n) => {
    const pct = Math.round(f.confidence * 100);
    lines.push(`${style.bold(`${n + 1}. ${f.severity.toUpperCase()} · ${f.category}`)} ${style.dim(`${f.signal} · ${pct}% · ${f.start}–${f.end}`)} "${text.slice(f.start, f.end)}"`);
    lines.push(`   ${f.message}`);
    const best = f.citations[0];
    if (best) {
      lines.push(`   ${pack.baseline ? 'Baseline rule' : 'Breaches'} ${best.clauseId} (${best.section}):`);
      lines.push(`     "${best.quote}"`);
      lines.push(`   What to do: ${best.guidance}`);
      if (f.citations.length > 1) lines.push(style.dim(`   Also: ${f.citations.slice(1).map((c) => c.clauseId).join(', ')}`));
    } else {
      lines.push(style.dim('   No clause of this policy covers it directly; shown as advice.'));
    }
    if (f.suggestion) lines.push(`   Suggestion: ${f.suggestion}`);
    lines.push(style.dim(`   Why: ${f.evidence.reasons.map((r) => `${r.kind}: ${r.detail}`).join('; ')}`));
  });
  const n = findings.length;
  lines.push('', `${n} ${n === 1 ? 'problem' : 'problems'} found.`, header);
  return `${lines.join('\n')}\n`;
}
