// What the training page says, in one place: site and box names, the reveal steps, the quiz verdicts.
import type { PracticeBox, PracticeSite } from './types.ts';

export const SITE_NAMES: Record<PracticeSite, string> = { facebook: 'Facebook', x: 'X', linkedin: 'LinkedIn' };

const BOX_PHRASE: Record<PracticeBox, string> = { post: 'a post', comment: 'a comment', reply: 'a reply', message: 'a message' };

/** "a comment on Facebook", "a post on X". */
export const whereText = (site: PracticeSite, box: PracticeBox) => `${BOX_PHRASE[box]} on ${SITE_NAMES[site]}`;

/** The words in each site's empty box, as the site shows them. */
export function placeholderFor(site: PracticeSite, box: PracticeBox): string {
  if (box === 'message') return site === 'x' ? 'Start a new message' : site === 'linkedin' ? 'Write a message…' : 'Aa';
  if (site === 'facebook') return box === 'post' ? "What's on your mind?" : box === 'reply' ? 'Write a reply…' : 'Write a comment…';
  if (site === 'x') return box === 'post' ? "What's happening?" : 'Post your reply';
  return box === 'post' ? 'What do you want to talk about?' : box === 'reply' ? 'Add a reply…' : 'Add a comment…';
}

/** The label on each site's button for this kind of box. */
export function postLabelFor(site: PracticeSite, box: PracticeBox): string {
  if (box === 'message') return 'Send';
  if (site === 'x') return box === 'post' ? 'Post' : 'Reply';
  if (box === 'post') return 'Post';
  return box === 'reply' ? 'Reply' : 'Comment';
}

export const STEPS = ['Would you post this?', 'What is flagged', 'What the policy says', 'Why it matters', 'A safer way to say it'] as const;

export const PRACTICE_NOTE = 'Practice only: nothing typed on this page is posted, kept or sent anywhere.';
export const NO_CONSEQUENCE = 'The policy does not say what happens for this clause.';
