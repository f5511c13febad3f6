// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvContext } from '../env.ts';
import { finding } from '../testing.ts';
import { TrainingApp } from './TrainingApp.tsx';
import type { ScenarioView, TrainingApi, TrainingModel } from './types.ts';

// The page's behaviour with a stand-in for src/training (the real model and checker are tested there and in the
// browser): presenter keys, reveal order, the quiz tally, the policy switch and a bad policy file.

const clause = { id: '4.1', section: 'Contact', quote: 'Use approved channels only.', guidance: 'Use the school platform.', consequence: 'May lead to disciplinary action.', severity: 'stop' as const };
const scenario = (n: number, packId: string): ScenarioView => ({
  id: `s${n}`,
  post: `Post number ${n}`,
  by: 'Year 6 class teacher',
  site: 'facebook',
  box: 'post',
  findings: [finding({ key: `k${n}`, words: `number ${n}`, citations: [{ packId, clauseId: '4.1', section: 'Contact', quote: 'q', guidance: 'g' }] })],
  clause,
  stops: true,
  rewrite: `Safer ${n}`,
  source: 'pack',
});
const model = (packId: string): TrainingModel => ({
  packId,
  packName: packId === 'a' ? 'Policy A, Trust A' : 'Policy B, Trust B',
  scenarios: [1, 2, 3].map((n) => scenario(n, packId)),
  clean: () => [{ id: 'c1', post: 'Lovely day', by: 'TA', site: 'x', box: 'post', findings: [], clause: null, stops: false }],
  handout: [{ clause, example: { post: 'Post number 1', rewrite: 'Safer 1' } }],
});

let chosen: string[];
let tracked: HTMLElement[];
const api: TrainingApi = {
  packs: () => [
    { id: 'a', name: 'Policy A, Trust A' },
    { id: 'b', name: 'Policy B, Trust B' },
  ],
  model,
  check: () => [],
  openPack: (_json, fileName) => {
    throw new Error(`${fileName} line 3: clauses[0].quote must not be empty`);
  },
  choosePack: (id) => void chosen.push(id),
  track: (el) => void tracked.push(el),
  keyPosts: () => false,
  setTextScale: () => {},
};

let root: Root;
let host: HTMLElement;
/** Lets the model's task run and React render it. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  chosen = [];
  tracked = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <EnvContext value={{ doc: document, win: window }}>
        <TrainingApp api={api} initialPack="a" />
      </EnvContext>,
    ),
  );
  // The page paints first, then builds the pack's model in a task of its own.
  expect(host.querySelector('[role="status"]')?.textContent).toBe('Checking the scenarios against the policy…');
  await settle();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const press = (key: string, target: EventTarget = document.body) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
const $ = (selector: string) => host.querySelector<HTMLElement>(selector);
const revealed = () => host.querySelectorAll('li.step--shown').length;
const count = () => $('.scenario-count')?.textContent;
const click = (el: HTMLElement | null) => act(() => el!.click());
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name)) ?? null;

describe('training page: presenting', () => {
  it('starts on the first scenario with its post in a practice box handed to the checker, nothing revealed', () => {
    expect(count()).toBe('Scenario 1 of 3');
    expect($('[data-practice-editor]')?.innerText).toBe('Post number 1');
    expect(tracked).toEqual([$('[data-practice-editor]')]);
    expect(revealed()).toBe(0);
    expect($('.practice')?.dataset.marks).toBe('hidden');
    expect(chosen).toEqual(['a']);
  });

  it('reveals one step per key, in order, then moves on; back returns to the previous scenario fully revealed', () => {
    press('ArrowRight');
    expect(revealed()).toBe(1);
    expect($('.practice')?.dataset.marks).toBe('shown');
    press('PageDown');
    press(' ');
    press('ArrowRight');
    expect(revealed()).toBe(4);
    expect($('.rewrite')?.textContent).toBe('Safer 1');
    expect($('.why-consequence')?.textContent).toBe('May lead to disciplinary action.');
    press('ArrowRight');
    expect(count()).toBe('Scenario 2 of 3');
    expect(revealed()).toBe(0);
    press('ArrowLeft');
    expect(count()).toBe('Scenario 1 of 3');
    expect(revealed()).toBe(4);
  });

  it('R reveals everything, N and P skip scenarios, End and Home jump', () => {
    press('r');
    expect(revealed()).toBe(4);
    press('n');
    expect(count()).toBe('Scenario 2 of 3');
    press('End');
    expect(count()).toBe('Scenario 3 of 3');
    press('p');
    press('Home');
    expect(count()).toBe('Scenario 1 of 3');
  });

  it('ignores its keys while someone types in the box, except a clicker\'s Page Down', () => {
    const editor = $('[data-practice-editor]')!;
    press('ArrowRight', editor);
    press('r', editor);
    expect(revealed()).toBe(0);
    press('PageDown', editor);
    expect(revealed()).toBe(1);
  });

  it('puts the safer rewrite in the box, with the marks on', () => {
    press('r');
    click(button('Put this in the box'));
    expect($('[data-practice-editor]')?.innerText).toBe('Safer 1');
  });
});

describe('training page: policy and quiz', () => {
  it('switching policy tells the checker and starts the presentation again with that policy', async () => {
    press('r');
    const select = host.querySelector<HTMLSelectElement>('select')!;
    act(() => {
      select.value = 'b';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(chosen).toEqual(['a', 'b']);
    expect(revealed()).toBe(0);
    press('r');
    expect($('.clause-cite')?.textContent).toContain('Policy B, Trust B');
  });

  it('a bad policy file is refused with the error naming the file and line, and the policy stays', async () => {
    const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{"id": "x"'], 'our-policy.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 10));
    });
    expect($('[role="alert"]')?.textContent).toBe('our-policy.json line 3: clauses[0].quote must not be empty');
    expect(host.querySelector<HTMLSelectElement>('select')!.value).toBe('a');
  });

  it('keeps the quiz tally per question: 1 and 2 add votes, Undo takes one back, R reveals and scores', () => {
    click(button('Quiz'));
    expect(count()).toMatch(/^Question 1 of \d+$/);
    press('1');
    press('1');
    press('2');
    const votes = () => [...host.querySelectorAll('.vote-count')].map((v) => v.textContent);
    expect(votes()).toEqual(['2', '1']);
    click(host.querySelector<HTMLElement>('.vote-undo'));
    expect(votes()).toEqual(['1', '1']);
    press('2');
    press('r');
    const risky = $('.verdict-title')?.textContent === "Don't post it as written.";
    expect($('.score')?.textContent).toBe(`The room agreed with the policy on ${risky ? 1 : 0} of 1 revealed.`);
    press('ArrowRight');
    expect(votes()).toEqual(['0', '0']);
    press('ArrowLeft');
    expect(votes()).toEqual(['1', '2']);
  });
});
