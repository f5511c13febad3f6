// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, click, render } from '../options/testing.ts';
import { NOT_CHECKING_TEXT, Popup, type PopupProps } from './Popup.tsx';
import { parseTabStatus, sessionWarningsOf } from './status.ts';

afterEach(cleanup);

function popup(over: Partial<PopupProps> = {}) {
  const opened: (string | undefined)[] = [];
  const props: PopupProps = { tab: null, sessionWarnings: 0, rejected: 0, onOpenSettings: (s) => opened.push(s), ...over };
  return { ...render(Popup, props), opened };
}

const state = (r: ReturnType<typeof popup>) => r.$('[role="status"]')!.textContent;

describe('Popup', () => {
  it('says checking is on, for which site and policy, and how many warnings on the page', () => {
    const r = popup({ tab: { active: true, site: 'linkedin', packTitle: 'Social Media Policy', warnings: 2 }, sessionWarnings: 5 });
    expect(state(r)).toBe('Checking is on for LinkedIn.Policy: Social Media Policy2 warnings on this page.');
    expect(r.$('.state--on')).not.toBeNull();
    expect(r.container.textContent).toContain('5 warnings since the browser started.');
  });

  it('says when checking is off on the site', () => {
    const r = popup({ tab: { active: false, site: 'X', packTitle: null }, sessionWarnings: 1 });
    expect(state(r)).toBe('Checking is off on X. Settings shows where Postcheck checks.');
    expect(r.container.textContent).toContain('1 warning since the browser started.');
  });

  it('before anything is written (the checker not started), says it is ready, with the policy from the settings', () => {
    const r = popup({ tab: { active: null, site: 'Facebook', packTitle: null }, packTitle: 'Basic policy' });
    expect(state(r)).toBe('Ready: Postcheck checks what you write on Facebook.Policy: Basic policy');
  });

  it('prefers the policy the page is using, and leaves out a warning count the page did not give', () => {
    const r = popup({ tab: { active: true, site: 'Facebook', packTitle: 'Social Media Policy' }, packTitle: 'Stale title' });
    expect(state(r)).toBe('Checking is on for Facebook.Policy: Social Media Policy');
  });

  it('with no answer from the page, says it is not checking it and where it works', () => {
    const r = popup({ tab: null });
    expect(state(r)).toBe(NOT_CHECKING_TEXT);
    expect(NOT_CHECKING_TEXT).toBe('Not checking this page — Postcheck works on Facebook, X and LinkedIn');
  });

  it('says it is still asking before the page answers', () => {
    expect(state(popup({ tab: undefined }))).toBe('Looking at this page…');
  });

  it('links to the settings, and to the rejected settings when there are some', () => {
    const none = popup();
    expect(none.$$('a').map((a) => a.textContent)).toEqual(['Settings']);
    cleanup();
    const r = popup({ rejected: 2 });
    const links = r.$$('a');
    expect(links.map((a) => a.textContent)).toEqual(['2 settings were rejected: see why', 'Settings']);
    click(links[0]!);
    click(links[1]!);
    expect(r.opened).toEqual(['problems', undefined]);
    expect(r.$('nav')!.getAttribute('aria-label')).toBe('Postcheck');
  });

  it('shows "Training" only when there is somewhere to go', () => {
    let trained = 0;
    const r = popup({ onOpenTraining: () => trained++ });
    const training = r.$$('nav a').find((a) => a.textContent === 'Training');
    click(training!);
    expect(trained).toBe(1);
  });
});

describe('parseTabStatus', () => {
  it('accepts the content script\'s answer, with or without a warning count', () => {
    expect(parseTabStatus({ active: true, site: 'Facebook', packTitle: 'P', warnings: 0 })).toEqual({ active: true, site: 'Facebook', packTitle: 'P', warnings: 0 });
    expect(parseTabStatus({ active: null, site: 'X', packTitle: null })).toEqual({ active: null, site: 'X', packTitle: null });
    expect(parseTabStatus({ active: true, site: 'X', packTitle: 'P', warnings: -1 })).toEqual({ active: true, site: 'X', packTitle: 'P' });
  });
  it.each([undefined, null, 'yes', {}, { active: 'true', site: 'x', packTitle: 'P' }, { active: true, site: 7, packTitle: 'P' }, { active: true, site: 'x', packTitle: 3 }, { active: true, site: 'x' }])(
    'treats %j as no answer',
    (answer) => expect(parseTabStatus(answer)).toBeNull(),
  );
  it('reads the session count, or 0', () => {
    expect(sessionWarningsOf(7)).toBe(7);
    expect([undefined, '3', -1, 1.5].map(sessionWarningsOf)).toEqual([0, 0, 0, 0]);
  });
});
