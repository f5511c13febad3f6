import { useEffect, useMemo, useState } from 'react';
import type { Category } from '../../engine/types.ts';
import { useEnv } from '../env.ts';
import { CategoryFilter } from './CategoryFilter.tsx';
import { Handout } from './Handout.tsx';
import { ModeNav, type Mode } from './ModeNav.tsx';
import { PackPicker } from './PackPicker.tsx';
import { PresentView } from './PresentView.tsx';
import { QuizView } from './QuizView.tsx';
import type { TrainingApi, TrainingModel } from './types.ts';
import { TryView } from './TryView.tsx';
import { PRACTICE_NOTE } from './wording.ts';

/**
 * The pack's model, built in a task of its own after the page has painted (checking every scenario takes a few hundred
 * milliseconds the first time, while the engine warms up). While a new pack's model is built the last one stays.
 */
function useModel(api: TrainingApi, packId: string, win: Window): TrainingModel | null {
  const [model, setModel] = useState<TrainingModel | null>(null);
  useEffect(() => {
    const timer = win.setTimeout(() => setModel(api.model(packId)), 0);
    return () => win.clearTimeout(timer);
  }, [api, packId, win]);
  return model;
}

/** The training page: pick the school's policy, then present scenarios, run a quiz, try your own, or print. */
export function TrainingApp({ api, initialPack }: { api: TrainingApi; initialPack: string }) {
  const { doc, win } = useEnv();
  const [mode, setMode] = useState<Mode>('present');
  const [packId, setPackId] = useState(initialPack);
  const [packsVersion, setPacksVersion] = useState(0);
  const [category, setCategory] = useState<Category | null>(null);
  const packs = useMemo(() => api.packs(), [api, packsVersion]);
  const model = useModel(api, packId, win);

  const counts = useMemo(() => {
    const c = { all: model?.scenarios.length ?? 0, pupil: 0, school: 0, confidential: 0, abuse: 0 };
    for (const s of model?.scenarios ?? []) for (const cat of new Set(s.findings.map((f) => f.category))) c[cat] += 1;
    return c;
  }, [model]);
  const scenarios = useMemo(
    () => (category ? (model?.scenarios ?? []).filter((s) => s.findings.some((f) => f.category === category)) : (model?.scenarios ?? [])),
    [model, category],
  );

  useEffect(() => {
    api.choosePack(packId);
  }, [api, packId]);

  // The page's type grows with the screen (a 4K projector gets the same layout, larger); the checker's own warnings
  // are drawn to match.
  useEffect(() => {
    doc.documentElement.dataset.mode = mode;
    const rescale = () => api.setTextScale(parseFloat(win.getComputedStyle(doc.documentElement).fontSize) / 16);
    rescale();
    win.addEventListener('resize', rescale);
    return () => win.removeEventListener('resize', rescale);
  }, [api, doc, win, mode]);

  return (
    <div className="training">
      <header className="top">
        <h1 className="title">
          Postcheck <span>training</span>
        </h1>
        <ModeNav mode={mode} onChange={setMode} />
        <PackPicker
          packs={packs}
          value={packId}
          onChoose={(id) => setPackId(id)}
          onOpenFile={(json, name) => {
            const id = api.openPack(json, name);
            setPacksVersion((v) => v + 1);
            return id;
          }}
        />
      </header>
      <main className="main" key={mode}>
        {!model ? (
          <p className="empty" role="status">
            Checking the scenarios against the policy…
          </p>
        ) : null}
        {model && mode === 'present' && (
          <>
            <CategoryFilter value={category} counts={counts} onChange={setCategory} />
            <PresentView key={`${model.packId}/${category ?? 'all'}`} api={api} model={model} scenarios={scenarios} />
          </>
        )}
        {model && mode === 'quiz' && <QuizView key={model.packId} api={api} model={model} />}
        {model && mode === 'try' && <TryView api={api} model={model} />}
        {model && <Handout model={model} onScreen={mode === 'handout'} onPrint={() => win.print()} />}
      </main>
      <footer className="foot">
        <p>
          {PRACTICE_NOTE} The school and pupils in the scenarios (Oakwood Primary) are invented. Keys: → next, ← back, R reveal,
          1/2 vote.
        </p>
      </footer>
    </div>
  );
}
