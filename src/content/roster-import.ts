import { hashRoster, ROSTER_KEY_BYTES, type HashedRoster } from '../engine/roster/hashed.ts';
import { parseRosterCsv } from '../engine/roster/index.ts';

// A roster CSV chosen in the options page is read and hashed here, on the device, before anything is saved: the
// names never reach storage. Returns the hashed roster to save as the `roster` setting, and how many pupils were
// read (never who). A bad file throws an InputError naming the line.
export async function importRosterCsv(csv: string, fileName: string): Promise<{ roster: HashedRoster; pupils: number }> {
  const pupils = parseRosterCsv(csv, fileName);
  // A fresh random key per import: nothing shared with other schools or devices to guess against.
  const roster = hashRoster(pupils, crypto.getRandomValues(new Uint8Array(ROSTER_KEY_BYTES)));
  return { roster, pupils: pupils.length };
}
