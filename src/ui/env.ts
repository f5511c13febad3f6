// What components need from outside React: the page's document and window (never the globals: the UI may be mounted
// into another document, e.g. a test page or a training frame).
import { createContext, useContext } from 'react';

export interface UiEnv {
  doc: Document;
  win: Window;
}

export const EnvContext = createContext<UiEnv | null>(null);

export function useEnv(): UiEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('Postcheck UI rendered outside mountUi');
  return env;
}
