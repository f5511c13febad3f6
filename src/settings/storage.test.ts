import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../engine/errors.ts';
import type { Settings, Validators } from './settings.ts';

// Settings read from (WXT's fake) browser storage: managed over local over defaults, live changes, the lock, and
// field-by-field rejection, through the same calls the extension makes.
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { allowWord, removeAllowedWord, setLocalSetting, watchSettings } = await import('./storage.ts');

const validate: Validators = {
  builtinPack: (id) => ['baseline', 'owls-academy-trust', 'star-academy-trust'].includes(id),
  pack: (value, source) => {
    if (typeof (value as { id?: unknown })?.id !== 'string') throw new InputError(source, [{ field: '$.id', problem: 'is missing' }]);
    return { id: (value as { id: string }).id };
  },
  roster: (value) => value,
  resolves: () => {},
};

/** Watches settings and resolves with each emission in turn. */
function watch() {
  const seen: Settings[] = [];
  let wake = () => {};
  const stop = watchSettings(validate, (s) => {
    seen.push(s);
    wake();
  });
  const next = async (count: number) => {
    while (seen.length < count) await new Promise<void>((r) => (wake = r));
    return seen[count - 1]!;
  };
  return { next, stop };
}

beforeEach(() => fakeBrowser.reset());

describe('settings in browser storage', () => {
  it('waits for both areas, then merges managed over local, field by field', async () => {
    await fakeBrowser.storage.managed.set({ policyPack: 'owls-academy-trust', override: 'sometimes' });
    await fakeBrowser.storage.local.set({ policyPack: 'star-academy-trust', override: 'block', enabledSites: ['x'] });
    const { next, stop } = watch();
    const s = await next(1);
    expect(s.policyPack).toBe('owls-academy-trust');
    expect(s.override).toBe('block');
    expect(s.enabledSites).toEqual(['x']);
    expect(s.problems).toEqual([{ source: 'managed', field: 'override', problem: expect.stringContaining('"allow"') }]);
    stop();
  });

  it('applies a change from IT as it happens, and the lock then sets aside what staff chose', async () => {
    await fakeBrowser.storage.local.set({ allowWords: ['damn'], enabledSites: ['facebook'] });
    const { next, stop } = watch();
    expect((await next(1)).allowWords).toEqual(['damn']);
    await fakeBrowser.storage.managed.set({ lockSettings: true });
    const locked = await next(2);
    expect(locked.lockSettings).toBe(true);
    expect(locked.allowWords).toEqual([]);
    expect(locked.enabledSites).toEqual(['facebook', 'x', 'linkedin']);
    stop();
  });

  it('staff changes are saved locally and seen at once', async () => {
    const { next, stop } = watch();
    await next(1);
    await allowWord('crikey');
    expect((await next(2)).allowWords).toEqual(['crikey']);
    await setLocalSetting('policyPack', 'star-academy-trust');
    expect((await next(3)).policyPack).toBe('star-academy-trust');
    await removeAllowedWord('crikey');
    expect((await next(4)).allowWords).toEqual([]);
    stop();
  });
});
