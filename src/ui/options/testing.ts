// Shared by the options page's and the popup's tests: render into the document, settings to render with, and
// choosing a file. Not part of the product bundle.
import { act, createElement, type FunctionComponent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { SettingKey, Settings } from '../../settings/settings.ts';
import type { OptionsActions, PackChoice } from './types.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered<P> {
  container: HTMLElement;
  $: <E extends Element = HTMLElement>(selector: string) => E | null;
  $$: <E extends Element = HTMLElement>(selector: string) => E[];
  /** The text of the elements an aria-describedby / aria-labelledby points at. */
  refText(el: Element, attr: 'aria-describedby' | 'aria-labelledby'): string;
  rerender(props: P): void;
  unmount(): void;
}

const roots = new Set<Root>();

export function render<P extends object>(component: FunctionComponent<P>, props: P): Rendered<P> {
  const container = document.createElement('main');
  document.body.append(container);
  const root = createRoot(container);
  roots.add(root);
  act(() => root.render(createElement(component, props)));
  return {
    container,
    $: <E extends Element = HTMLElement>(s: string) => container.querySelector(s) as E | null,
    $$: <E extends Element = HTMLElement>(s: string) => [...container.querySelectorAll(s)] as E[],
    refText: (el, attr) =>
      (el.getAttribute(attr) ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    rerender: (next) => act(() => root.render(createElement(component, next))),
    unmount: () => act(() => root.unmount()),
  };
}

/** Unmounts everything rendered (call in afterEach). */
export function cleanup(): void {
  for (const root of roots) act(() => root.unmount());
  roots.clear();
  document.body.replaceChildren();
}

/** Settings as the merge makes them: the defaults, with `over` and the keys IT set. */
export function settingsWith(over: Partial<Settings> = {}, managed: SettingKey[] = []): Settings {
  return {
    policyPack: 'baseline',
    customPolicyPacks: [],
    school: null,
    roster: null,
    override: 'allow',
    enabledSites: ['facebook', 'x', 'linkedin'],
    lockSettings: false,
    allowWords: [],
    problems: [],
    ...over,
    managed: new Set(managed),
  };
}

export const PACKS: PackChoice[] = [
  {
    id: 'baseline',
    title: 'Basic policy',
    organisation: 'Postcheck',
    builtin: true,
    clauses: [
      { id: 'B1', section: 'Pupils', quote: 'Do not name pupils.', severity: 'stop', checkable: true },
      { id: 'B2', section: 'Conduct', quote: 'Be courteous.', severity: 'warning', checkable: true },
    ],
  },
  {
    id: 'owls-academy-trust',
    title: 'Social Media Policy',
    organisation: 'The OWLS Academy Trust',
    builtin: true,
    clauses: [{ id: '4.2', section: 'Use of Social Media', quote: 'Get approval first.', severity: 'advice', checkable: false }],
  },
];

export type Calls = { [K in keyof OptionsActions]: unknown[][] };

/** Actions that record their calls and succeed; `over` replaces any of them. */
export function recordingActions(over: Partial<OptionsActions> = {}): { actions: OptionsActions; calls: Calls } {
  const calls = {} as Calls;
  const record =
    <K extends keyof OptionsActions>(name: K, result: unknown) =>
    (...args: unknown[]) => {
      (calls[name] ??= []).push(args);
      return result;
    };
  const base: OptionsActions = {
    onSelectPack: record('onSelectPack', Promise.resolve()) as OptionsActions['onSelectPack'],
    onImportPack: record('onImportPack', Promise.resolve({ title: 'Our policy' })) as OptionsActions['onImportPack'],
    onRemovePack: record('onRemovePack', Promise.resolve()) as OptionsActions['onRemovePack'],
    onSaveSchool: record('onSaveSchool', Promise.resolve()) as OptionsActions['onSaveSchool'],
    onImportRoster: record('onImportRoster', Promise.resolve({ pupils: 3 })) as OptionsActions['onImportRoster'],
    onRemoveRoster: record('onRemoveRoster', Promise.resolve()) as OptionsActions['onRemoveRoster'],
    onSetSites: record('onSetSites', Promise.resolve()) as OptionsActions['onSetSites'],
    onSetOverride: record('onSetOverride', Promise.resolve()) as OptionsActions['onSetOverride'],
    onRemoveWord: record('onRemoveWord', undefined) as OptionsActions['onRemoveWord'],
    onDismissWelcome: record('onDismissWelcome', undefined) as OptionsActions['onDismissWelcome'],
  };
  const actions = { ...base };
  for (const [name, fn] of Object.entries(over) as [keyof OptionsActions, (...a: unknown[]) => unknown][]) {
    (actions as Record<string, unknown>)[name] = (...args: unknown[]) => {
      (calls[name] ??= []).push(args);
      return fn(...args);
    };
  }
  return { actions, calls };
}

/** Lets pending promises (file reads, saves) settle and React render what follows. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

/** Chooses a file in a file input, as the browser's picker would. */
export async function chooseFile(input: HTMLInputElement, text: string, name: string): Promise<void> {
  const file = new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export function click(target: Element | null): void {
  if (!target) throw new Error('nothing to click');
  act(() => (target as HTMLElement).click());
}

/** Types into a text field the way React sees it (its value setter is patched, so set through the prototype). */
export function typeIn(field: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!field) throw new Error('no field');
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
