import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { builtinPack } from '../../src/policy/builtin.ts';
import type { Settings } from '../../src/settings/settings.ts';
import { removeAllowedWord, watchSettings } from '../../src/settings/storage.ts';
import { AllowedWords } from '../../src/ui/options/AllowedWords.tsx';

// Thin wiring: settings from storage into the options components. (The full options page comes with managed settings.)
function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [localWords, setLocalWords] = useState<string[]>([]);
  useEffect(() => watchSettings((id) => builtinPack(id) !== undefined, (next) => {
    setSettings(next);
    void browser.storage.local.get('allowWords').then(({ allowWords }) => setLocalWords(Array.isArray(allowWords) ? allowWords.filter((w) => typeof w === 'string') : []));
  }), []);
  if (!settings) return <p>Loading…</p>;
  return (
    <>
      <h1>Postcheck for schools</h1>
      <p>Postcheck checks what you write on Facebook, X and LinkedIn against your school's social media policy, on this device. Nothing you type leaves it.</p>
      <AllowedWords words={localWords} locked={settings.lockSettings} onRemove={(word) => void removeAllowedWord(word)} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
