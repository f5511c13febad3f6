import { createRoot } from 'react-dom/client';
import { EnvContext } from '../ui/env.ts';
import { CSS as WARNING_CSS } from '../ui/styles.ts';
import { TrainingApp } from '../ui/training/TrainingApp.tsx';
import '../ui/training/training.css';
import { createTrainingApi, type TrainingStart } from './api.ts';

// Starts the training page in `root`: the same code in the extension's page and in the standalone build.
export function mountTraining(root: HTMLElement, start: TrainingStart): void {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (!win) throw new Error('the training page has no window');
  // The warning components' own styles, for the lists the page draws beside the composer (the checker's badge, card
  // and dialog bring theirs in their shadow root).
  const style = doc.createElement('style');
  style.textContent = WARNING_CSS;
  doc.head.append(style);
  const api = createTrainingApi(doc, start);
  createRoot(root).render(
    <EnvContext value={{ doc, win }}>
      <TrainingApp api={api} initialPack={start.policyPack} />
    </EnvContext>,
  );
}
