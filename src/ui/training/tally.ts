// The quiz tally: the room's votes per question, and how often the room's majority matched the policy.

export interface Tally {
  post: number;
  hold: number;
  revealed: boolean;
}

/** Revealed questions with votes, and how many of them the majority got right (a tie is not agreement). */
export function tallyScore(questions: readonly { id: string; risky: boolean }[], tally: Readonly<Record<string, Tally>>): { asked: number; agreed: number } {
  let asked = 0;
  let agreed = 0;
  for (const q of questions) {
    const t = tally[q.id];
    if (!t?.revealed || t.post + t.hold === 0) continue;
    asked += 1;
    if (q.risky ? t.hold > t.post : t.post > t.hold) agreed += 1;
  }
  return { asked, agreed };
}
