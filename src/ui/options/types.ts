// The options page's contract with its entry point: what it is shown and what it asks to be saved. The page never
// touches storage: every change goes out through these callbacks, and the new settings come back in as props.
import type { Severity } from '../../engine/types.ts';
import type { SchoolProfile } from '../../engine/school-profile.ts';
import type { Override, Settings, Site } from '../../settings/settings.ts';

export type { Override, Settings, Site, SchoolProfile };

export interface ClausePreview {
  id: string;
  section: string;
  quote: string;
  severity: Severity;
  checkable: boolean;
}

/** A policy pack to choose from, with the clauses it enforces (its `extends` already applied). */
export interface PackChoice {
  id: string;
  title: string;
  organisation: string;
  /** Ships with the extension (cannot be removed). */
  builtin: boolean;
  clauses: readonly ClausePreview[];
  /** Why the pack cannot be used as it stands (say, it extends a pack nobody has). */
  problem?: string;
}

/** Why a setting cannot be changed here: IT set it, or IT locked every setting. */
export type ReadOnlyReason = 'managed' | 'locked';

export interface OptionsActions {
  onSelectPack(id: string): Promise<void>;
  /** Validates and saves a pack file, and chooses it; rejects with an InputError naming each problem's JSON path. */
  onImportPack(json: string, fileName: string): Promise<{ title: string }>;
  onRemovePack(id: string): Promise<void>;
  /** null clears the profile. */
  onSaveSchool(profile: SchoolProfile | null): Promise<void>;
  /** Reads and hashes a roster CSV on the device and saves the hashes; resolves with how many pupils were read. */
  onImportRoster(csv: string, fileName: string): Promise<{ pupils: number }>;
  onRemoveRoster(): Promise<void>;
  onSetSites(sites: Site[]): Promise<void>;
  onSetOverride(override: Override): Promise<void>;
  onRemoveWord(word: string): void;
  onDismissWelcome(): void;
}
