// The engine's public face: what the CLI, the content script and the tests use.
export { analyse } from './analyse.ts';
export { createContext, type AnalysisContext, type ContextOptions } from './context.ts';
export { InputError, type InputProblem } from './errors.ts';
export { createIncrementalAnalyser, splitUnits, type IncrementalAnalyser, type IncrementalOptions, type SliceOptions, type Unit } from './incremental.ts';
export { parseSchoolProfile, parseSchoolProfileJson, SchoolProfileSchema, type SchoolProfile } from './school-profile.ts';
export { compileRoster, parseRosterCsv, type NameSet, type RosterIndex, type RosterPupil } from './roster/index.ts';
export {
  compileHashedRoster,
  deriveRosterKey,
  hashRoster,
  HashedRosterSchema,
  looksLikeHashedRoster,
  parseHashedRoster,
  parseHashedRosterJson,
  ROSTER_KEY_BYTES,
  type HashedRoster,
} from './roster/hashed.ts';
export * from './types.ts';
