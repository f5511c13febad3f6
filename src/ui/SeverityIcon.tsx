// Shapes as well as colours, so severity never depends on colour alone (and survives forced-colours mode).
import type { Severity } from '../engine/types.ts';

export type IconKind = Severity | 'clear' | 'off' | 'loading' | 'chevron' | 'close';

// Holes (evenodd) cut the mark out of the solid shape, so one fill colour draws both.
const PATHS: Record<IconKind, string> = {
  stop: 'M7.86 2h8.28L22 7.86v8.28L16.14 22H7.86L2 16.14V7.86z M11 6.5h2v7.5h-2z M11 15.5h2v2h-2z',
  warning: 'M12 1.5 23 21H1z M11 8.5h2v6.5h-2z M11 16.5h2v2h-2z',
  advice: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z M11 10h2v7.5h-2z M11 6.5h2v2h-2z',
  clear: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  off: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z M12 4a8 8 0 0 1 6.32 12.9L7.1 5.68A7.96 7.96 0 0 1 12 4z M4 12c0-1.85.63-3.55 1.68-4.9L16.9 18.32A8 8 0 0 1 4 12z',
  loading: 'M12 2a10 10 0 1 0 10 10h-2.5A7.5 7.5 0 1 1 12 4.5z',
  chevron: 'M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z',
  close: 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z',
};

export function SeverityIcon({ kind, className }: { kind: IconKind; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className} data-icon={kind}>
      <path fillRule="evenodd" d={PATHS[kind]} />
    </svg>
  );
}
