import { compileHashedRoster, type HashedRoster } from './roster/hashed.ts';
import { compileRoster, type RosterIndex, type RosterPupil } from './roster/index.ts';
import type { SchoolProfile } from './school-profile.ts';

/** What the engine knows about the user's school. Compile it once; analyse many posts with it. */
export interface AnalysisContext {
  school?: SchoolProfile;
  roster?: RosterIndex;
}

export interface ContextOptions {
  school?: SchoolProfile;
  /** The roster as rows (a CSV read by the CLI or a test). */
  pupils?: readonly RosterPupil[];
  /** The roster as keyed hashes (a managed setting, or what the options page saved): matches exactly as `pupils` would. */
  roster?: HashedRoster;
}

export function createContext(options: ContextOptions = {}): AnalysisContext {
  if (options.pupils?.length && options.roster) throw new Error('createContext: give the roster as pupils or as a hashed roster, not both');
  const context: AnalysisContext = {};
  if (options.school) context.school = options.school;
  if (options.pupils?.length) context.roster = compileRoster(options.pupils);
  else if (options.roster) context.roster = compileHashedRoster(options.roster);
  return context;
}
