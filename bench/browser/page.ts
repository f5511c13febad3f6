// What the benchmark does inside a fixture page's main world: performance marks at the moments it measures between
// (first focus of a compose box, each keystroke, each change of the badge), pasting through the real clipboard, and
// putting the caret in the middle of the post. The marks land in the trace on its own clock.
import type { Page } from 'playwright-core';

type Watch = { badges: { t: number; label: string }[] };
declare global {
  interface Window {
    __bench?: Watch;
  }
}

/** Marks `bench:focus` (first focus of an editable), `bench:key` (each keydown), `bench:badge` (badge label change). */
export function instrument(page: Page): Promise<void> {
  return page.evaluate(() => {
    const watch: Watch = { badges: [] };
    window.__bench = watch;
    let focused = false;
    addEventListener(
      'focusin',
      (e) => {
        if (!focused && (e.target as HTMLElement).isContentEditable) {
          focused = true;
          performance.mark('bench:focus');
        }
      },
      true,
    );
    addEventListener('keydown', () => performance.mark('bench:key'), true);
    // The badge is a button in the open shadow root of <postcheck-ui>; its accessible name says what the check found.
    const observe = (host: Element) =>
      new MutationObserver(() => {
        const label = host.shadowRoot?.querySelector('button[aria-label^="Postcheck"]')?.getAttribute('aria-label') ?? '';
        if (label && watch.badges.at(-1)?.label !== label) {
          performance.mark('bench:badge');
          watch.badges.push({ t: performance.now(), label });
        }
      }).observe(host.shadowRoot!, { subtree: true, childList: true, attributes: true });
    const existing = document.querySelector('postcheck-ui');
    if (existing) observe(existing);
    else
      new MutationObserver((_, self) => {
        const host = document.querySelector('postcheck-ui');
        if (host?.shadowRoot) {
          self.disconnect();
          observe(host);
        }
      }).observe(document.documentElement, { childList: true });
  });
}

export const badges = (page: Page): Promise<{ t: number; label: string }[]> => page.evaluate(() => window.__bench?.badges ?? []);

/** Waits until the badge's label differs from `before` (and is not "getting ready"); false on timeout. */
export async function badgeChange(page: Page, before: string | undefined, timeout: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      (b) => {
        const last = window.__bench?.badges.at(-1)?.label;
        return !!last && last !== b && !last.includes('getting ready');
      },
      before,
      { timeout, polling: 20 },
    );
    return true;
  } catch {
    return false;
  }
}

export const lastBadge = async (page: Page) => (await badges(page)).at(-1)?.label;

/** Pastes `text` with Ctrl+V from the system clipboard, as a person would (the editor's own paste handling runs). */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

/** Empties the focused editor as a person would: select all, delete. */
export async function clear(page: Page): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

/** Puts the caret after the first space past the middle of the editable's text; returns that character offset. */
export function caretToMiddle(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const total = nodes.reduce((s, n) => s + n.data.length, 0);
    let before = 0;
    for (const node of nodes) {
      const space = node.data.indexOf(' ', Math.max(0, (total >> 1) - before));
      if (before + node.data.length > total >> 1 && space >= 0) {
        getSelection()!.collapse(node, space + 1);
        return before + space + 1;
      }
      before += node.data.length;
    }
    throw new Error('no space past the middle of the text');
  }, selector);
}
