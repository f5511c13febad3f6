import type { WrittenScenario } from './scenarios.ts';

// Scenarios written for training, beside the packs' own examples: realistic posts staff really write, each with who
// wrote it, where, and the same message said safely. They name only the invented school and pupils in examples/.

export const WRITTEN: readonly WrittenScenario[] = [
  {
    id: 'trip-photo-names',
    category: 'pupil',
    post: 'Brilliant day at the zoo with Oliver Smith and Grace Okafor, best behaved on the coach!',
    by: 'Year 4 class teacher',
    site: 'facebook',
    box: 'post',
    rewrite: 'Brilliant day at the zoo with Year 4, best behaved class on the coach!',
  },
];
