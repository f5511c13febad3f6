import type { PracticeBox, PracticeSite } from './types.ts';

/**
 * How many characters each site's box takes, as the sites document them: X 280 for a post or reply (without a paid
 * plan) and 10,000 for a message; LinkedIn 3,000 for a post, 1,250 for a comment, 8,000 for a message; Facebook
 * 63,206 for a post or comment and 20,000 for a message. The practice composers enforce them as the sites do.
 */
export function characterLimitOf(site: PracticeSite, box: PracticeBox): number {
  if (site === 'x') return box === 'message' ? 10_000 : 280;
  if (site === 'linkedin') return box === 'post' ? 3_000 : box === 'message' ? 8_000 : 1_250;
  return box === 'message' ? 20_000 : 63_206;
}
