// Which settings staff may change here. Mirrors the settings' own rule (IT's values win; a lock freezes everything),
// and also says which of the two applies, for the note shown beside the setting.
import type { ReadOnlyReason } from './types.ts';
import type { SettingKey, Settings } from '../../settings/settings.ts';
import { readOnlyText } from './wording.ts';

export function readOnlyReason(settings: Pick<Settings, 'managed' | 'lockSettings'>, key: SettingKey): ReadOnlyReason | null {
  if (settings.managed.has(key)) return 'managed';
  return settings.lockSettings ? 'locked' : null;
}

/** "Set by your school's IT" beside a setting staff cannot change; controls point at it with aria-describedby. */
export function ReadOnlyNote({ id, reason }: { id: string; reason: ReadOnlyReason | null }) {
  if (!reason) return null;
  return (
    <p id={id} className="read-only-note">
      {readOnlyText(reason)}
    </p>
  );
}

/** Space-separated ids for aria-describedby, leaving out the ones not shown. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string | undefined => {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
};
