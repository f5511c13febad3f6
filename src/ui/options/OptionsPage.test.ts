// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePackJson } from '../../policy/load.ts';
import { InputError } from '../../engine/errors.ts';
import { OptionsPage, type OptionsPageProps } from './OptionsPage.tsx';
import { chooseFile, cleanup, click, PACKS, recordingActions, render, settingsWith, settle, typeIn } from './testing.ts';
import type { SettingKey } from '../../settings/settings.ts';

afterEach(cleanup);

function page(over: Partial<OptionsPageProps> = {}) {
  const { actions, calls } = recordingActions();
  const props: OptionsPageProps = { settings: settingsWith(), packs: PACKS, allowedWords: [], welcome: false, actions, ...over };
  return { ...render(OptionsPage, props), calls, props };
}

/** Every control a user could change, except the <details> toggle. */
const controls = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('input, select, textarea, button')];
const isReadOnly = (el: HTMLElement) => (el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly;

describe('settings IT set', () => {
  const MANAGED: SettingKey[] = ['policyPack', 'customPolicyPacks', 'school', 'roster', 'enabledSites', 'override'];

  it('are shown read-only, each saying "Set by your school\'s IT", tied to its control', () => {
    const { $, $$, refText } = page({
      settings: settingsWith({ school: { name: 'Oakwood Primary', urn: '123456' }, roster: { pupils: 42 }, override: 'block' }, MANAGED),
    });
    const select = $<HTMLSelectElement>('#policy-pack')!;
    expect(select.disabled).toBe(true);
    expect(refText(select, 'aria-describedby')).toBe("Set by your school's IT");
    expect($<HTMLInputElement>('#policy-file')!.disabled).toBe(true);

    const name = $<HTMLInputElement>('#school-name')!;
    expect(name.readOnly).toBe(true);
    expect(name.value).toBe('Oakwood Primary');
    expect(refText(name, 'aria-describedby')).toContain("Set by your school's IT");
    expect($('button[type="submit"]')).toBeNull();

    expect($<HTMLInputElement>('#roster-file')!.disabled).toBe(true);
    expect($$('button').map((b) => b.textContent)).not.toContain('Remove roster');
    expect($('.roster-state')!.textContent).toBe('A roster of 42 pupils is in use.');

    for (const box of $$<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) expect(box.disabled).toBe(true);
    expect($<HTMLInputElement>('#override-block')!.checked).toBe(true);
    expect(refText($('#override-heading')!.closest('section')!.querySelector('fieldset')!, 'aria-describedby')).toBe("Set by your school's IT");

    expect($$('.read-only-note').map((n) => n.textContent)).toEqual(Array(6).fill("Set by your school's IT"));
    // Nothing here can be changed: no enabled control is left but the allowed-words list (empty) has none either.
    expect(controls($('main') ?? document.body).filter((c) => !isReadOnly(c))).toEqual([]);
  });

  it('leave the settings IT did not set editable', () => {
    const { $, $$ } = page({ settings: settingsWith({}, ['override']) });
    expect($<HTMLSelectElement>('#policy-pack')!.disabled).toBe(false);
    expect($<HTMLInputElement>('#school-name')!.readOnly).toBe(false);
    expect($<HTMLInputElement>('#site-x')!.disabled).toBe(false);
    expect($<HTMLInputElement>('#override-allow')!.disabled).toBe(true);
    expect($$('.read-only-note')).toHaveLength(1);
  });
});

describe('lockSettings', () => {
  it('makes every setting read-only and says so', () => {
    const { $, $$, container } = page({
      settings: settingsWith({ lockSettings: true, school: { name: 'Oakwood' }, roster: { pupils: 3 } }, ['lockSettings']),
      allowedWords: ['Jo'],
    });
    expect($('.lock-note')!.textContent).toBe("Your school's IT has locked these settings: you can see them here, but not change them.");
    const all = controls(container);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((c) => !isReadOnly(c)).map((c) => c.outerHTML)).toEqual([]);
    expect($$('.read-only-note').every((n) => n.textContent === "Locked by your school's IT")).toBe(true);
    expect($$('.read-only-note').length).toBe(6);
    // The allowed words are listed, but cannot be removed.
    expect(container.textContent).toContain('Jo');
    expect($$('button')).toHaveLength(0);
  });
});

describe('policy', () => {
  it('choosing a pack saves it, and the preview shows the chosen pack\'s clauses', async () => {
    const { $, $$, calls, rerender, props } = page();
    expect($('.pack-preview h3')!.textContent).toBe('Basic policy — Postcheck');
    const select = $<HTMLSelectElement>('#policy-pack')!;
    expect([...select.options].map((o) => o.value)).toEqual(['baseline', 'owls-academy-trust']);
    act(() => {
      select.value = 'owls-academy-trust';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(calls.onSelectPack).toEqual([['owls-academy-trust']]);
    expect($('#policy-heading')!.closest('section')!.querySelector('[role="status"]')!.textContent).toBe('Saved: warnings now quote “Social Media Policy”.');

    rerender({ ...props, settings: settingsWith({ policyPack: 'owls-academy-trust' }) });
    expect($('.pack-preview h3')!.textContent).toBe('Social Media Policy — The OWLS Academy Trust');
    expect($('.pack-preview summary')!.textContent).toBe('Show its clause');
    const clause = $$('.clause');
    expect(clause).toHaveLength(1);
    expect(clause[0]!.querySelector('.clause-id')!.textContent).toBe('Clause 4.2');
    expect(clause[0]!.querySelector('.clause-section')!.textContent).toBe('Use of Social Media');
    expect(clause[0]!.querySelector('.severity')!.textContent).toBe('Worth a look');
    expect(clause[0]!.querySelector('blockquote')!.textContent).toBe('Get approval first.');
    expect(clause[0]!.textContent).toContain('cannot check this');
  });

  it('the preview lists every clause with its severity, folded away until opened', () => {
    const { $, $$ } = page();
    const details = $<HTMLDetailsElement>('.pack-preview details')!;
    expect(details.open).toBe(false);
    expect($('.pack-preview summary')!.textContent).toBe('Show its 2 clauses');
    expect($$('.clause').map((c) => [c.querySelector('.clause-id')!.textContent, c.querySelector('.severity')!.textContent])).toEqual([
      ['Clause B1', 'Must not post'],
      ['Clause B2', 'Check before posting'],
    ]);
  });

  it('a bad pack file shows each problem with its JSON path, tied to the file input', async () => {
    const { actions, calls } = recordingActions({
      onImportPack: async (json, name) => {
        parsePackJson(json, name);
        return { title: 'never' };
      },
    });
    const { $, $$, refText } = page({ actions });
    const bad = JSON.stringify({
      id: 'Oakwood',
      organisation: 'Oakwood',
      title: 'Policy',
      clauses: [{ id: '1', section: 'A', quote: 'Q', guidance: 'G', severity: 'stop', signals: ['pupil.nope'] }],
    });
    const input = $<HTMLInputElement>('#policy-file')!;
    await chooseFile(input, bad, 'oakwood.json');
    expect(calls.onImportPack).toEqual([[bad, 'oakwood.json']]);
    const errors = $('#policy-file-errors')!;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.querySelector('p')!.textContent).toBe('oakwood.json is not a policy pack Postcheck can use:');
    const lines = $$('#policy-file-errors li').map((li) => li.textContent);
    expect(lines).toContain('$.id: must be lower-case words joined by hyphens, e.g. "oakwood-primary"');
    expect(lines).toContain('$.clauses[0].signals[0]: unknown signal "pupil.nope"');
    expect($$('#policy-file-errors code').map((c) => c.textContent)).toEqual(['$.id', '$.clauses[0].signals[0]']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(refText(input, 'aria-describedby')).toContain('$.clauses[0].signals[0]: unknown signal');
  });

  it('a file that is not JSON says which line', async () => {
    const { actions } = recordingActions({ onImportPack: async (json, name) => ({ title: parsePackJson(json, name).title }) });
    const { $$ , $ } = page({ actions });
    await chooseFile($<HTMLInputElement>('#policy-file')!, '{\n  "id": "x",\n  oops\n}', 'broken.json');
    const line = $$('#policy-file-errors li')[0]!.textContent!;
    expect(line).toMatch(/^Line 3: not valid JSON/);
  });

  it('a good pack file is imported, and the page says so', async () => {
    const { $, calls } = page();
    await chooseFile($<HTMLInputElement>('#policy-file')!, '{"id":"ours"}', 'ours.json');
    expect(calls.onImportPack).toEqual([['{"id":"ours"}', 'ours.json']]);
    expect($('#policy-file-errors')).toBeNull();
    expect($('.file-picker [role="status"]')!.textContent).toBe('Imported “Our policy” from ours.json: warnings now quote it.');
  });

  it('the school\'s own pack is listed apart and can be removed; a built-in one cannot', async () => {
    const own = { id: 'ours', title: 'Our policy', organisation: 'Oakwood', builtin: false, clauses: [] };
    const builtin = page({ packs: [...PACKS, own] });
    expect(builtin.$$('optgroup').map((g) => g.getAttribute('label'))).toEqual(['Built in', 'Your school’s own']);
    expect(builtin.$$('button').map((b) => b.textContent)).not.toContain('Remove this policy pack');
    cleanup();
    const mine = page({ packs: [...PACKS, own], settings: settingsWith({ policyPack: 'ours' }) });
    click(mine.$$('button').find((b) => b.textContent === 'Remove this policy pack')!);
    await settle();
    expect(mine.calls.onRemovePack).toEqual([['ours']]);
  });
});

describe('school profile', () => {
  it('shows each problem under its field, tied with aria-describedby, focuses the first, and saves nothing', async () => {
    const { $, refText, calls } = page();
    typeIn($('#school-urn') as HTMLInputElement, '12');
    typeIn($('#school-emailDomains') as HTMLTextAreaElement, 'oakwood.sch.uk\n@oakwood.org');
    typeIn($('#school-postcode') as HTMLInputElement, 'not a postcode');
    click($('button[type="submit"]'));
    await settle();
    expect(calls.onSaveSchool).toBeUndefined();
    const name = $<HTMLInputElement>('#school-name')!;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(refText(name, 'aria-describedby')).toContain('must not be empty');
    expect(refText($('#school-urn')!, 'aria-describedby')).toContain('must be the 6-digit Unique Reference Number');
    expect($('#school-emailDomains-error')!.textContent).toBe('“@oakwood.org” must be a domain such as "example.sch.uk", without "@"');
    expect($('#school-postcode-error')!.textContent).toContain('must be a UK postcode');
    expect($('#school-aliases-error')).toBeNull();
    expect($('#school-aliases')!.getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(name);
    expect($('form [role="alert"]')!.textContent).toContain('please correct the fields marked above');
  });

  it('saves a valid profile, lists split by line, and clears it when every field is emptied', async () => {
    const { $, calls, container } = page({ settings: settingsWith({ school: { name: 'Old name' } }) });
    typeIn($('#school-name') as HTMLInputElement, '  Oakwood Primary School ');
    typeIn($('#school-aliases') as HTMLTextAreaElement, 'Oakwood\n\nSt Mary’s, Oakwood');
    typeIn($('#school-urn') as HTMLInputElement, '123456');
    typeIn($('#school-dfeNumber') as HTMLInputElement, '855/2001');
    typeIn($('#school-emailDomains') as HTMLTextAreaElement, 'oakwood.sch.uk, oakwood.org');
    typeIn($('#school-postcode') as HTMLInputElement, 'LE12 3AB');
    click($('button[type="submit"]'));
    await settle();
    expect(calls.onSaveSchool).toEqual([
      [{ name: 'Oakwood Primary School', aliases: ['Oakwood', 'St Mary’s, Oakwood'], urn: '123456', dfeNumber: '855/2001', emailDomains: ['oakwood.sch.uk', 'oakwood.org'], postcode: 'LE12 3AB' }],
    ]);
    expect(container.querySelector('#school-heading')!.closest('section')!.querySelector('[role="status"]')!.textContent).toBe('Saved the school’s details.');

    for (const f of ['name', 'aliases', 'urn', 'dfeNumber', 'emailDomains', 'postcode']) typeIn($(`#school-${f}`) as HTMLInputElement, '');
    click($('button[type="submit"]'));
    await settle();
    expect(calls.onSaveSchool![1]).toEqual([null]);
  });

  it('shows a failure to save as an alert', async () => {
    const { actions } = recordingActions({ onSaveSchool: () => Promise.reject(new Error('storage is full')) });
    const { $ } = page({ actions });
    typeIn($('#school-name') as HTMLInputElement, 'Oakwood');
    click($('button[type="submit"]'));
    await settle();
    expect($('#school-heading')!.closest('section')!.querySelector('[role="alert"]')!.textContent).toBe('Not saved: storage is full');
  });
});

describe('pupil roster', () => {
  const CSV = 'Surname,Forename\nZwicklebury,Philomena\nQuockerwodger,Anastasius\nSmith,Oliver\n';
  const NAMES = ['Zwicklebury', 'Philomena', 'Quockerwodger', 'Anastasius', 'Oliver'];

  it('imports a CSV and shows how many pupils were read, never their names', async () => {
    const { $, calls, container, rerender, props } = page();
    expect($('.roster-state')!.textContent).toBe('No roster is in use.');
    await chooseFile($<HTMLInputElement>('#roster-file')!, CSV, 'year6.csv');
    expect(calls.onImportRoster).toEqual([[CSV, 'year6.csv']]);
    expect($('#roster-heading')!.closest('section')!.querySelector('.file-picker [role="status"]')!.textContent).toBe(
      'Read 3 pupils from year6.csv. Their names were hashed on this device and saved.',
    );
    // The saved roster comes back as hashes and a count: only the count is shown.
    rerender({ ...props, settings: settingsWith({ roster: { format: 'postcheck-roster/1', pupils: 3, first: ['aGFzaA'], key: 'c2VjcmV0' } }) });
    expect($('.roster-state')!.textContent).toBe('A roster of 3 pupils is in use.');
    const html = container.innerHTML;
    for (const n of [...NAMES, 'aGFzaA', 'c2VjcmV0']) expect(html).not.toContain(n);
    expect(html).toContain('hashed on this device before they are saved');
  });

  it('a roster that cannot be read shows the problem, without any cell of the file', async () => {
    const parse = () => {
      // As the roster reader words it when the file has no header row: the first row is quoted back.
      throw new InputError('names.csv', [{ line: 1, problem: 'no name columns found in the header ("Zwicklebury", "Philomena"): expected "Forename" and "Surname" (SIMS), or "Name"' }]);
    };
    const { actions } = recordingActions({ onImportRoster: async () => parse() });
    const { $, container } = page({ actions });
    await chooseFile($<HTMLInputElement>('#roster-file')!, 'Zwicklebury,Philomena\n', 'names.csv');
    const alert = $('#roster-file-errors')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Could not use names.csv; nothing was saved:');
    expect(alert.textContent).toContain('Line 1: no name columns found in the header: expected "Forename" and "Surname" (SIMS), or "Name"');
    for (const n of NAMES) expect(container.innerHTML).not.toContain(n);
  });

  it('shows a hashing failure (say, not available yet) as an error', async () => {
    const { actions } = recordingActions({ onImportRoster: () => Promise.reject(new Error('hashing 3 pupils is not available yet')) });
    const { $ } = page({ actions });
    await chooseFile($<HTMLInputElement>('#roster-file')!, CSV, 'r.csv');
    expect($('#roster-file-errors li')!.textContent).toBe('hashing 3 pupils is not available yet');
  });

  it('"Remove roster" removes it', async () => {
    const { $$, calls } = page({ settings: settingsWith({ roster: { pupils: 1 } }) });
    click($$('button').find((b) => b.textContent === 'Remove roster')!);
    await settle();
    expect(calls.onRemoveRoster).toEqual([[]]);
  });
});

describe('sites and overrides', () => {
  it('each site box saves the new list of sites', async () => {
    const { $, calls } = page();
    const legend = $('#sites-heading')!.closest('section')!.querySelector('legend')!;
    expect(legend.textContent).toBe('Check my posts on');
    click($('#site-x'));
    await settle();
    expect(calls.onSetSites).toEqual([[['facebook', 'linkedin']]]);
    expect($<HTMLInputElement>('#site-x')!.checked).toBe(false);
    click($('#site-x'));
    await settle();
    expect(calls.onSetSites![1]).toEqual([['facebook', 'x', 'linkedin']]);
  });

  it('the override choice saves at once, with the words staff see', async () => {
    const { $, calls } = page();
    expect($('label[for="override-allow"]')!.textContent).toBe('Post anyway');
    expect($('label[for="override-reason"]')!.textContent).toBe('Post anyway with a reason');
    expect($('label[for="override-block"]')!.textContent).toBe('Not allowed');
    click($('#override-reason'));
    await settle();
    expect(calls.onSetOverride).toEqual([['reason']]);
    expect($<HTMLInputElement>('#override-reason')!.checked).toBe(true);
    expect($('#override-heading')!.closest('section')!.querySelector('[role="status"]')!.textContent).toBe('Saved: Post anyway with a reason.');
  });

  it('puts the box back when saving fails', async () => {
    const { actions } = recordingActions({ onSetSites: () => Promise.reject(new Error('no')) });
    const { $ } = page({ actions });
    click($('#site-facebook'));
    await settle();
    expect($<HTMLInputElement>('#site-facebook')!.checked).toBe(true);
    expect($('#sites-heading')!.closest('section')!.querySelector('[role="alert"]')!.textContent).toBe('Not saved: no');
  });
});

describe('rejected settings', () => {
  const problems = [
    { source: 'managed' as const, field: 'override', problem: 'must be one of "allow", "reason", "block"' },
    { source: 'managed' as const, field: 'customPolicyPacks[1]', problem: '$.id: must be lower-case words' },
  ];

  it('are listed at the top with field and reason, read in order (no alert) when there on load', () => {
    const { $, $$ } = page({ settings: settingsWith({ problems }) });
    const section = $('#problems')!;
    expect($$('section')[0]).toBe(section);
    expect(section.getAttribute('role')).toBeNull();
    expect(section.textContent).toContain("These settings from your school’s IT were rejected:");
    expect($$('#problems li').map((li) => li.textContent)).toEqual([
      'When a post breaches a rule (override): must be one of "allow", "reason", "block"',
      "School's own policy packs, pack 2 (customPolicyPacks[1]): $.id: must be lower-case words",
    ]);
  });

  it('are an alert when they appear after the page loaded', () => {
    const { $, rerender, props } = page();
    expect($('#problems')).toBeNull();
    rerender({ ...props, settings: settingsWith({ problems }) });
    expect($('#problems')!.getAttribute('role')).toBe('alert');
  });

  it('lists the device\'s own rejected settings apart from IT\'s', () => {
    const { $ } = page({ settings: settingsWith({ problems: [{ source: 'local', field: 'enabledSites', problem: 'must list sites' }] }) });
    expect($('#problems')!.textContent).not.toContain('from your school’s IT');
    expect($('#problems')!.textContent).toContain('These settings saved on this device were rejected:Sites (enabledSites): must list sites');
  });
});

describe('the page', () => {
  it('welcomes on first run: what is checked, that nothing leaves the device; dismissing it keeps focus at the top', () => {
    const { $, calls, rerender, props } = page({ welcome: true });
    const welcome = $('.welcome')!;
    expect(welcome.textContent).toMatch(/pupils’ names/);
    expect(welcome.textContent).toMatch(/school’s name/);
    expect(welcome.textContent).toMatch(/confidential information/);
    expect(welcome.textContent).toMatch(/abusive or discriminatory language/);
    expect(welcome.textContent).toContain('nothing you type leaves it');
    click(welcome.querySelector('button'));
    expect(calls.onDismissWelcome).toEqual([[]]);
    expect(document.activeElement).toBe($('h1'));
    rerender({ ...props, welcome: false });
    expect($('.welcome')).toBeNull();
  });

  it('has headings in order and a label for every control', () => {
    const { $$, container } = page({ welcome: true, settings: settingsWith({ problems: [{ source: 'managed', field: 'x', problem: 'y' }], roster: { pupils: 2 } }) });
    const levels = $$('h1, h2, h3, h4').map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1));
    for (const el of container.querySelectorAll<HTMLElement>('input, select, textarea')) {
      const label = container.querySelector(`label[for="${el.id}"]`);
      expect(label?.textContent?.trim(), el.outerHTML).toBeTruthy();
    }
    for (const b of container.querySelectorAll('button')) expect(b.textContent?.trim() || b.getAttribute('aria-label')).toBeTruthy();
    for (const group of $$('fieldset')) expect(group.querySelector('legend')?.textContent).toBeTruthy();
  });
});
