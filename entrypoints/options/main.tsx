import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { importRosterCsv } from '../../src/content/roster-import.ts';
import { VALIDATORS } from '../../src/content/validators.ts';
import { InputError } from '../../src/engine/errors.ts';
import { builtinPacks, resolveWithBuiltins } from '../../src/policy/builtin.ts';
import { parsePack, parsePackJson } from '../../src/policy/load.ts';
import type { Pack } from '../../src/policy/schema.ts';
import type { Settings } from '../../src/settings/settings.ts';
import { clearLocalSetting, removeAllowedWord, setLocalSetting, watchSettings } from '../../src/settings/storage.ts';
import { OptionsPage } from '../../src/ui/options/OptionsPage.tsx';
import type { OptionsActions, PackChoice } from '../../src/ui/options/types.ts';

// Thin wiring: settings from storage into the options page, and its changes back into local storage. Settings IT
// set are never written here (the page offers no control for them).

/** The custom packs in the settings, already validated by the settings merge. */
const customPacks = (settings: Settings): Pack[] => settings.customPolicyPacks.map((p, i) => parsePack(p, `customPolicyPacks[${i}]`));

function packChoices(settings: Settings): PackChoice[] {
  const custom = customPacks(settings);
  const choice = (pack: Pack, builtin: boolean): PackChoice => {
    const base = { id: pack.id, title: pack.title, organisation: pack.organisation, builtin };
    try {
      return { ...base, clauses: resolveWithBuiltins(pack, custom).clauses };
    } catch (e) {
      return { ...base, clauses: pack.clauses, problem: e instanceof InputError ? e.problems.map((p) => p.problem).join('; ') : String(e) };
    }
  };
  return [...[...builtinPacks().values()].map((p) => choice(p, true)), ...custom.map((p) => choice(p, false))];
}

async function localWords(): Promise<string[]> {
  const { allowWords } = (await browser.storage.local.get('allowWords')) as { allowWords?: unknown };
  return Array.isArray(allowWords) ? allowWords.filter((w): w is string => typeof w === 'string') : [];
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [words, setWords] = useState<string[]>([]);
  const [welcome, setWelcome] = useState(() => new URLSearchParams(location.search).get('welcome') === '1');
  const latest = useRef<Settings | null>(null);

  useEffect(
    () =>
      watchSettings(VALIDATORS, (next) => {
        latest.current = next;
        setSettings(next);
        void localWords().then(setWords);
      }),
    [],
  );

  // Opened at a section (the popup's "see why" link): go there once the page is drawn.
  const loaded = settings !== null;
  useEffect(() => {
    if (!loaded || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView();
    target?.focus();
  }, [loaded]);

  const packs = useMemo(() => (settings ? packChoices(settings) : []), [settings]);

  const actions = useMemo<OptionsActions>(() => {
    const current = () => {
      if (!latest.current) throw new Error('settings are still loading');
      return latest.current;
    };
    return {
      onSelectPack: (id) => setLocalSetting('policyPack', id),
      async onImportPack(json, fileName) {
        const pack = parsePackJson(json, fileName);
        if (builtinPacks().has(pack.id)) {
          throw new InputError(fileName, [{ field: '$.id', problem: `"${pack.id}" is the id of a built-in policy: give your pack an id of its own` }]);
        }
        const others = current().customPolicyPacks.filter((p) => (p as { id?: unknown }).id !== pack.id);
        // A pack that extends one nobody has is refused now, not found out later while checking a post.
        resolveWithBuiltins(pack, others.map((p, i) => parsePack(p, `customPolicyPacks[${i}]`)));
        await setLocalSetting('customPolicyPacks', [...others, pack]);
        await setLocalSetting('policyPack', pack.id);
        return { title: pack.title };
      },
      async onRemovePack(id) {
        const settings = current();
        await setLocalSetting('customPolicyPacks', settings.customPolicyPacks.filter((p) => (p as { id?: unknown }).id !== id));
        if (settings.policyPack === id) await clearLocalSetting('policyPack');
      },
      onSaveSchool: (profile) => (profile ? setLocalSetting('school', profile) : clearLocalSetting('school')),
      async onImportRoster(csv, fileName) {
        const { roster, pupils } = await importRosterCsv(csv, fileName);
        await setLocalSetting('roster', roster);
        return { pupils };
      },
      onRemoveRoster: () => clearLocalSetting('roster'),
      onSetSites: (sites) => setLocalSetting('enabledSites', sites),
      onSetOverride: (override) => setLocalSetting('override', override),
      onRemoveWord: (word) => void removeAllowedWord(word),
      onDismissWelcome() {
        setWelcome(false);
        // A reload should not bring it back.
        history.replaceState(null, '', location.pathname + location.hash);
      },
    };
  }, []);

  if (!settings) return <p>Loading your settings…</p>;
  return <OptionsPage settings={settings} packs={packs} allowedWords={words} welcome={welcome} actions={actions} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
