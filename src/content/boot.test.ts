// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { facebook } from '../sites/facebook.ts';
import { OFF_BADGE_TAG } from '../ui/off-badge.ts';
import { OFF_NOT_LOADED, OFF_RELOADED } from '../ui/wording.ts';
import { boot, type Checker } from './boot.ts';

// Stands for the user's own events (happy-dom makes every event untrusted).
const trusted = <E extends Event>(e: E): E => (Object.defineProperty(e, 'isTrusted', { value: true }), e);

let posted: number;
let stopBoot: () => void;
let site: AbortController;

beforeEach(() => {
  document.body.innerHTML = `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" id="box"><p>some words</p></div>
    <div role="button" aria-label="Post" id="post"></div></div>`;
  posted = 0;
  site = new AbortController();
  document.addEventListener('click', (e) => (e.target as Element).id === 'post' && posted++, { signal: site.signal });
});
afterEach(() => {
  stopBoot();
  site.abort();
});

const clickPost = () => document.getElementById('post')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
const focusBox = () => document.getElementById('box')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true, composed: true })));

function fakeChecker(risky: boolean): Checker & { tracked: HTMLElement[]; stoppedCount: number; disabledWith: string | null } {
  const checker = {
    tracked: [] as HTMLElement[],
    stoppedCount: 0,
    disabledWith: null as string | null,
    disable: (reason: string) => void (checker.disabledWith = reason),
    status: () => ({ active: true, site: 'Facebook', packTitle: 'Baseline' }),
    track: (el: HTMLElement) => void checker.tracked.push(el),
    shouldStop: () => risky,
    stopped: () => void checker.stoppedCount++,
  };
  return checker;
}

describe('boot: the part every page pays for', () => {
  it('loads the checker only when a compose box gets focus, once', async () => {
    const checker = fakeChecker(false);
    const load = vi.fn(async () => checker);
    stopBoot = boot(document, facebook, load).stop;
    expect(load).not.toHaveBeenCalled();
    focusBox();
    focusBox();
    await vi.waitFor(() => expect(checker.tracked).toHaveLength(2));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tracks a box it is handed without focus (the training page), loading the checker once', async () => {
    const checker = fakeChecker(false);
    const load = vi.fn(async () => checker);
    const booted = boot(document, facebook, load);
    stopBoot = booted.stop;
    booted.track(document.getElementById('box')!);
    focusBox();
    await vi.waitFor(() => expect(checker.tracked).toHaveLength(2));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('holds a post made while the checker loads, then lets it go once when it is clean', async () => {
    let resolve!: (c: Checker) => void;
    const checker = fakeChecker(false);
    stopBoot = boot(document, facebook, () => new Promise((r) => (resolve = r))).stop;
    clickPost();
    expect(posted).toBe(0);
    // The checker finds nothing at or above the threshold: stopped() replays the post; here it says "clean".
    checker.stopped = (intent, gate) => gate.replay(intent);
    resolve(checker);
    await vi.waitFor(() => expect(posted).toBe(1));
  });

  it('fails open when the checker cannot load: the held post goes, later posts are not held', async () => {
    stopBoot = boot(document, facebook, async () => {
      throw new Error('no engine');
    }).stop;
    clickPost();
    await vi.waitFor(() => expect(posted).toBe(1));
    clickPost();
    expect(posted).toBe(2);
  });

  it('once loaded, asks the checker, and a risky post is stopped for it to explain', async () => {
    const checker = fakeChecker(true);
    stopBoot = boot(document, facebook, async () => checker).stop;
    focusBox();
    await vi.waitFor(() => expect(checker.tracked).toHaveLength(1));
    clickPost();
    await vi.waitFor(() => expect(checker.stoppedCount).toBe(1));
    expect(posted).toBe(0);
  });

  it('fails open when the checker cannot load, and says so on a badge by the box, never silently', async () => {
    stopBoot = boot(document, facebook, async () => {
      throw new Error('no engine');
    }).stop;
    document.getElementById('box')!.focus();
    focusBox();
    await vi.waitFor(() => expect(document.querySelector(OFF_BADGE_TAG)).not.toBeNull());
    const pill = document.querySelector(OFF_BADGE_TAG)!.shadowRoot!.querySelector('[role="status"]')!;
    expect(pill.getAttribute('aria-label')).toBe(`Postcheck: checking is off: ${OFF_NOT_LOADED}`);
    expect(pill.textContent).toBe('Off');
    // Nothing of it is inside the editor.
    expect(document.getElementById('box')!.querySelector(OFF_BADGE_TAG)).toBeNull();
    clickPost();
    expect(posted).toBe(1);
    stopBoot();
    expect(document.querySelector(OFF_BADGE_TAG)).toBeNull();
  });

  it('when the extension goes away (reloaded or updated), the checker is turned off and posts go', async () => {
    const checker = fakeChecker(true);
    let alive = true;
    stopBoot = boot(document, facebook, async () => checker, { alive: () => alive }).stop;
    focusBox();
    await vi.waitFor(() => expect(checker.tracked).toHaveLength(1));
    clickPost();
    expect(posted).toBe(0);
    alive = false;
    clickPost();
    expect(posted).toBe(1);
    expect(checker.disabledWith).toBe(OFF_RELOADED);
    clickPost();
    expect(posted).toBe(2);
  });

  it('notices it while they type, at most once a second', async () => {
    const checker = fakeChecker(false);
    let asked = 0;
    let alive = true;
    stopBoot = boot(document, facebook, async () => checker, { alive: () => (asked++, alive) }).stop;
    focusBox();
    await vi.waitFor(() => expect(checker.tracked).toHaveLength(1));
    const type = () => document.getElementById('box')!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
    const before = asked;
    type();
    type();
    type();
    expect(asked - before).toBeLessThanOrEqual(1);
    // Gone just after the last key of a burst: noticed a second later all the same.
    alive = false;
    await vi.waitFor(() => expect(checker.disabledWith).toBe(OFF_RELOADED), { timeout: 2500 });
  });

  it('an empty box is never held, even before the checker loads', () => {
    document.getElementById('box')!.innerHTML = '<p><br></p>';
    stopBoot = boot(document, facebook, () => new Promise(() => {})).stop;
    clickPost();
    expect(posted).toBe(1);
  });
});
