import type { SiteAdapter } from '../sites/adapter.ts';
import type { OverrideRecord } from '../settings/records.ts';
import type { Settings } from '../settings/settings.ts';

// Where a checker's settings come from and where what it records goes. In the extension: browser storage (managed and
// local). On the training page: the page itself, in memory, so nothing typed or chosen there is kept.

export interface CheckerSource {
  /** Calls `onChange` once settings are known, and again whenever they change. */
  watch(onChange: (settings: Settings) => void): void;
  /** Whether boxes on this site are checked under these settings. */
  checks(settings: Settings, site: SiteAdapter['id']): boolean;
  /** Keep a word the user chose to always allow (already folded). */
  allowWord(word: string): Promise<void>;
  /** One more warning shown this browser session. */
  countWarning(): Promise<void>;
  /** A reason given for posting anyway (date, pack, clauses, reason: never the post). */
  recordOverride(record: OverrideRecord): Promise<void>;
  /** How large the warnings are drawn (1: the browser's default), for a page that scales its text (presenting). */
  watchTextScale?(onChange: (scale: number) => void): void;
}
