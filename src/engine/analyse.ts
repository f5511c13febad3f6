import { DETECTORS } from '../detectors/registry.ts';
import type { AnalysisContext } from './context.ts';
import { createInput, type Detector } from './detector.ts';
import { categoryOf, type Finding } from './types.ts';

/**
 * Finds the risky spans in a post. Pure: the same text and context always give the same findings, in order of
 * position. Overlapping findings of the same signal are merged into the surest one, keeping all reasons.
 */
export function analyse(text: string, context: AnalysisContext = {}, detectors: readonly Detector[] = DETECTORS): Finding[] {
  if (!text.trim()) return [];
  const input = createInput(text, context);
  const all: Finding[] = [];
  for (const detector of detectors) {
    for (const f of detector.detect(input)) {
      if (f.end <= f.start) continue;
      // Keys in reading order: what, who found it, where, how sure, why, what to do.
      const finding: Finding = {
        category: categoryOf(f.signal),
        signal: f.signal,
        detector: detector.meta.id,
        start: f.start,
        end: f.end,
        confidence: f.confidence,
        evidence: f.evidence,
        message: f.message,
      };
      if (f.suggestion) finding.suggestion = f.suggestion;
      all.push(finding);
    }
  }
  return mergeFindings(all);
}

/** Same-signal findings that overlap become one (all reasons kept, the surer one's message); sorted by position. */
export function mergeFindings(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.confidence - a.confidence || b.end - a.end);
  const kept: Finding[] = [];
  // In start order, a finding can only overlap the last kept finding of its own signal: one look-up each, linear.
  const last = new Map<Finding['signal'], Finding>();
  for (const f of findings) {
    const twin = last.get(f.signal);
    if (!twin || twin.end <= f.start) {
      kept.push(f);
      last.set(f.signal, f);
      continue;
    }
    const reasons = [...twin.evidence.reasons];
    for (const r of f.evidence.reasons) if (!reasons.some((x) => x.kind === r.kind && x.detail === r.detail)) reasons.push(r);
    const winner = f.confidence > twin.confidence ? f : twin;
    Object.assign(twin, { ...winner, start: twin.start, end: Math.max(twin.end, f.end), evidence: { reasons } });
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
