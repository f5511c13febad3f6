import type { Category } from '../../engine/types.ts';
import { CATEGORIES } from '../../engine/types.ts';

export const CATEGORY_NAMES: Record<Category, string> = {
  pupil: 'Pupils',
  school: 'The school',
  confidential: 'Confidential',
  abuse: 'Abusive language',
};

/** Which scenarios to present: all, or one category (a session on one theme). */
export function CategoryFilter({ value, counts, onChange }: { value: Category | null; counts: Record<Category | 'all', number>; onChange(c: Category | null): void }) {
  const options: [Category | null, string, number][] = [[null, 'All', counts.all], ...CATEGORIES.map((c): [Category, string, number] => [c, CATEGORY_NAMES[c], counts[c]])];
  return (
    <div className="filter" role="group" aria-label="Scenarios about">
      {options.map(([c, name, n]) => (
        <button key={name} type="button" aria-pressed={value === c} onClick={() => onChange(c)}>
          {name} <span className="filter-count">{n}</span>
        </button>
      ))}
    </div>
  );
}
