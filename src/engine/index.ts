// The engine's public face: what the CLI, the content script and the tests use.
export { analyse } from './analyse.ts';
export { createContext, type AnalysisContext } from './context.ts';
export { InputError, type InputProblem } from './errors.ts';
export { createIncrementalAnalyser, splitUnits, type IncrementalAnalyser, type IncrementalOptions, type SliceOptions, type Unit } from './incremental.ts';
export { parseSchoolProfile, parseSchoolProfileJson, SchoolProfileSchema, type SchoolProfile } from './school-profile.ts';
export { compileRoster, parseRosterCsv, type RosterIndex, type RosterPupil } from './roster/index.ts';
export * from './types.ts';
