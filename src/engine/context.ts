import { compileRoster, type RosterIndex, type RosterPupil } from './roster/index.ts';
import type { SchoolProfile } from './school-profile.ts';

/** What the engine knows about the user's school. Compile it once; analyse many posts with it. */
export interface AnalysisContext {
  school?: SchoolProfile;
  roster?: RosterIndex;
}

export function createContext(options: { school?: SchoolProfile; pupils?: readonly RosterPupil[] } = {}): AnalysisContext {
  const context: AnalysisContext = {};
  if (options.school) context.school = options.school;
  if (options.pupils?.length) context.roster = compileRoster(options.pupils);
  return context;
}
