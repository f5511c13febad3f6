// Writes a benchmark's report into its own marked section of docs/performance.md (`-- --write`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceBetweenMarkers } from '../src/settings/managed-schema.ts';

export const PERFORMANCE_DOC = join(import.meta.dirname, '../docs/performance.md');

/** Replaces what is between `<!-- name:start -->` and `<!-- name:end -->`; `section` is appended first if absent. */
export function recordInPerformanceDoc(name: string, report: string, section?: string): void {
  let current = readFileSync(PERFORMANCE_DOC, 'utf8');
  if (section && !current.includes(`<!-- ${name}:start -->`)) current = `${current.trimEnd()}\n\n${section}`;
  writeFileSync(PERFORMANCE_DOC, replaceBetweenMarkers(current, name, report));
  console.log('\nWritten to docs/performance.md');
}
