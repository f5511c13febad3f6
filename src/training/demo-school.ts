import school from '../../examples/school.json' with { type: 'json' };
import rosterCsv from '../../examples/roster.csv?raw';
import { createContext, type AnalysisContext } from '../engine/context.ts';
import { parseRosterCsv, type RosterPupil } from '../engine/roster/index.ts';
import { parseSchoolProfile, type SchoolProfile } from '../engine/school-profile.ts';

// The training page's school: Oakwood Primary and its pupils, all invented (examples/). The packs' examples are
// written against them, so the room sees the same warnings the tests check. Never a real school's roster.

export const DEMO_SCHOOL: SchoolProfile = parseSchoolProfile(school, 'examples/school.json');
export const DEMO_PUPILS: readonly RosterPupil[] = parseRosterCsv(rosterCsv, 'examples/roster.csv');

export function demoContext(): AnalysisContext {
  return createContext({ school: DEMO_SCHOOL, pupils: [...DEMO_PUPILS] });
}
