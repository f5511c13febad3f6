// Evasion: abuse and pupil names disguised to get past a filter (look-alike letters, leetspeak, spaced letters,
// invisible characters, full-width and styled letters, accents, mixed case). Each case is data: the technique, the post,
// and what must be caught there (the signal, and the disguised word as written, which the marked span must cover).
// A case marked `notYet` records a gap: it must still be missed, so the table stays true. Whoever closes a gap moves
// the case to caught, and the Evasion table in docs/quality.md (checked below) follows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, categoryOf, type Finding, type Signal } from '../src/engine/index.ts';
import { EXAMPLE_CONTEXT, ROOT } from './policy/packs.ts';

const TECHNIQUES = {
  lookalike: 'Look-alike letters (Cyrillic, Greek)',
  leet: 'Leetspeak (digits and symbols)',
  spaced: 'Spaced or dotted letters',
  invisible: 'Zero-width characters inside',
  fullwidth: 'Full-width letters',
  styled: 'Styled letters (maths bold, small capitals)',
  accents: 'Combining marks',
  case: 'Mixed case',
} as const;
type Technique = keyof typeof TECHNIQUES;

const KINDS = { swear: 'Swearing', insult: 'Insults at a target', name: 'Pupil names', slur: 'Slurs (listed ones)' } as const;
type Kind = keyof typeof KINDS;

interface Case {
  technique: Technique;
  kind: Kind;
  text: string;
  /** The signal that must mark the disguised word, and that word as written in `text`. */
  catch: [Signal, string];
  /** Not caught yet, and why. The test then checks it is still missed. */
  notYet?: string;
}

const WORDS_AS_WRITTEN = 'the derogatory detector reads insults as written: digits are read as letters only in swear words (obscenity) and roster names, since doing it everywhere would turn postcodes, year groups and UPNs into words';
const SPACED_INSULT = 'spaced letters are squeezed together only for swear words and roster names; an insult needs its target read around it';

const CASES: Case[] = [
  // Look-alike letters: Cyrillic і (U+0456), ѕ (U+0455), а (U+0430), е (U+0435), о (U+043E), О (U+041E); Greek ι, ο, Ο.
  { technique: 'lookalike', kind: 'swear', text: 'This marking is \u0455h\u0456t', catch: ['abuse.profanity', '\u0455h\u0456t'] },
  { technique: 'lookalike', kind: 'swear', text: 'The parent at pickup was a total w\u0430nk\u0435r', catch: ['abuse.profanity', 'w\u0430nk\u0435r'] },
  { technique: 'lookalike', kind: 'insult', text: 'The head is an \u0456d\u0456ot', catch: ['abuse.derogatory', '\u0456d\u0456ot'] },
  { technique: 'lookalike', kind: 'insult', text: 'The parents in 4B are m\u043Er\u043Ens', catch: ['abuse.derogatory', 'm\u043Er\u043Ens'] },
  { technique: 'lookalike', kind: 'insult', text: 'Ofsted inspectors are \u03B9d\u03B9\u03BFts', catch: ['abuse.derogatory', '\u03B9d\u03B9\u03BFts'] },
  { technique: 'lookalike', kind: 'name', text: 'Well done \u041Eliver Smith in Year 6!', catch: ['pupil.name', '\u041Eliver Smith'] },
  { technique: 'lookalike', kind: 'name', text: 'L\u0456zz\u0456e Taylor-Reid read beautifully in assembly', catch: ['pupil.name', 'L\u0456zz\u0456e Taylor-Reid'] },
  { technique: 'lookalike', kind: 'name', text: 'Well done Grace \u039Fkafor, star of the week', catch: ['pupil.name', 'Grace \u039Fkafor'] },
  { technique: 'lookalike', kind: 'slur', text: 'Stop being such a sp\u0430z', catch: ['abuse.discriminatory', 'sp\u0430z'] },

  { technique: 'leet', kind: 'swear', text: 'This marking is sh1t', catch: ['abuse.profanity', 'sh1t'] },
  { technique: 'leet', kind: 'swear', text: 'Absolute b0ll0cks from the trust again', catch: ['abuse.profanity', 'b0ll0cks'] },
  { technique: 'leet', kind: 'swear', text: 'The new deputy is a pr1ck', catch: ['abuse.profanity', 'pr1ck'] },
  { technique: 'leet', kind: 'swear', text: 'The parent at pickup was a total w@nk3r', catch: ['abuse.profanity', 'w@nk3r'] },
  { technique: 'leet', kind: 'insult', text: 'The head is an 1d10t', catch: ['abuse.derogatory', '1d10t'], notYet: WORDS_AS_WRITTEN },
  { technique: 'leet', kind: 'insult', text: 'The parents in 4B are m0r0ns', catch: ['abuse.derogatory', 'm0r0ns'], notYet: WORDS_AS_WRITTEN },
  { technique: 'leet', kind: 'name', text: 'Well done 0liver Sm1th for the maths prize!', catch: ['pupil.name', '0liver Sm1th'] },
  { technique: 'leet', kind: 'name', text: 'L1zz1e T4ylor-Re1d read beautifully in assembly', catch: ['pupil.name', 'L1zz1e T4ylor-Re1d'] },
  { technique: 'leet', kind: 'name', text: 'Well done Gr4ce 0kaf0r, star of the week', catch: ['pupil.name', 'Gr4ce 0kaf0r'] },
  {
    technique: 'leet', kind: 'name', text: 'Muh@mm@d H@$$@n scored twice on Saturday', catch: ['pupil.name', 'Muh@mm@d H@$$@n'],
    notYet: '@ and $ end a word for the tokeniser, so the name is read as pieces',
  },
  { technique: 'leet', kind: 'slur', text: 'Stop being such a sp4z', catch: ['abuse.discriminatory', 'sp4z'] },

  { technique: 'spaced', kind: 'swear', text: 'f u c k this new timetable', catch: ['abuse.profanity', 'f u c k'] },
  { technique: 'spaced', kind: 'swear', text: 's.h.i.t, the fire alarm again', catch: ['abuse.profanity', 's.h.i.t'] },
  { technique: 'spaced', kind: 'swear', text: 'The parent at pickup was a w a n k e r', catch: ['abuse.profanity', 'w a n k e r'] },
  {
    technique: 'spaced', kind: 'swear', text: 'f/u/c/k this new timetable', catch: ['abuse.profanity', 'f/u/c/k'],
    notYet: 'only spaces, dots, hyphens, underscores and a few symbols count as spacers; a slash does not',
  },
  { technique: 'spaced', kind: 'insult', text: 'The head is an i d i o t', catch: ['abuse.derogatory', 'i d i o t'], notYet: SPACED_INSULT },
  { technique: 'spaced', kind: 'insult', text: 'The parents in 4B are m.o.r.o.n.s', catch: ['abuse.derogatory', 'm.o.r.o.n.s'], notYet: SPACED_INSULT },
  { technique: 'spaced', kind: 'name', text: 'Well done O l i v e r Smith in Year 6!', catch: ['pupil.name', 'O l i v e r Smith'] },
  { technique: 'spaced', kind: 'name', text: 'Congratulations to M.U.H.A.M.M.A.D on his reading', catch: ['pupil.name', 'M.U.H.A.M.M.A.D'] },
  { technique: 'spaced', kind: 'name', text: 'Well done G r a c e Okafor, star of the week', catch: ['pupil.name', 'G r a c e Okafor'] },

  // Zero-width space (U+200B), non-joiner (U+200C), joiner (U+200D), word joiner (U+2060).
  { technique: 'invisible', kind: 'swear', text: 'Sh\u200Bit, Ofsted are in tomorrow', catch: ['abuse.profanity', 'Sh\u200Bit'] },
  { technique: 'invisible', kind: 'swear', text: 'What a wan\u200Cker that parent was', catch: ['abuse.profanity', 'wan\u200Cker'] },
  { technique: 'invisible', kind: 'insult', text: 'The head is an id\u200Biot', catch: ['abuse.derogatory', 'id\u200Biot'] },
  { technique: 'invisible', kind: 'insult', text: 'The parents in 4B are mor\u200Dons', catch: ['abuse.derogatory', 'mor\u200Dons'] },
  { technique: 'invisible', kind: 'name', text: 'O\u200Bliver Smith is moving up to Year 7', catch: ['pupil.name', 'O\u200Bliver Smith'] },
  { technique: 'invisible', kind: 'name', text: 'Well done Gra\u2060ce Oka\u200Dfor', catch: ['pupil.name', 'Gra\u2060ce Oka\u200Dfor'] },

  { technique: 'fullwidth', kind: 'swear', text: 'ｆｕｃｋ this week', catch: ['abuse.profanity', 'ｆｕｃｋ'] },
  { technique: 'fullwidth', kind: 'swear', text: 'This marking is ｓｈｉｔ', catch: ['abuse.profanity', 'ｓｈｉｔ'] },
  { technique: 'fullwidth', kind: 'insult', text: 'The head is an ｉｄｉｏｔ', catch: ['abuse.derogatory', 'ｉｄｉｏｔ'] },
  { technique: 'fullwidth', kind: 'insult', text: 'The parents in 4B are ｕｓｅｌｅｓｓ', catch: ['abuse.derogatory', 'ｕｓｅｌｅｓｓ'] },
  { technique: 'fullwidth', kind: 'name', text: 'Well done Ｏｌｉｖｅｒ Ｓｍｉｔｈ', catch: ['pupil.name', 'Ｏｌｉｖｅｒ Ｓｍｉｔｈ'] },
  { technique: 'fullwidth', kind: 'name', text: 'Ｌｉｚｚｉｅ won the poetry prize', catch: ['pupil.name', 'Ｌｉｚｚｉｅ'] },

  { technique: 'styled', kind: 'swear', text: '𝐒𝐡𝐢𝐭 day at the office', catch: ['abuse.profanity', '𝐒𝐡𝐢𝐭'] },
  { technique: 'styled', kind: 'swear', text: 'The new deputy is a total ᴘʀɪᴄᴋ', catch: ['abuse.profanity', 'ᴘʀɪᴄᴋ'] },
  { technique: 'styled', kind: 'insult', text: 'The head is a 𝐦𝐨𝐫𝐨𝐧', catch: ['abuse.derogatory', '𝐦𝐨𝐫𝐨𝐧'] },
  { technique: 'styled', kind: 'insult', text: 'The head is a ᴍᴏʀᴏɴ', catch: ['abuse.derogatory', 'ᴍᴏʀᴏɴ'] },
  { technique: 'styled', kind: 'name', text: 'Well done 𝐎𝐥𝐢𝐯𝐞𝐫 𝐒𝐦𝐢𝐭𝐡', catch: ['pupil.name', '𝐎𝐥𝐢𝐯𝐞𝐫 𝐒𝐦𝐢𝐭𝐡'] },
  { technique: 'styled', kind: 'name', text: 'Well done ᴏʟɪᴠᴇʀ ꜱᴍɪᴛʜ', catch: ['pupil.name', 'ᴏʟɪᴠᴇʀ ꜱᴍɪᴛʜ'] },

  // Combining acute (U+0301), diaeresis (U+0308), long stroke overlay (U+0336).
  { technique: 'accents', kind: 'swear', text: 's\u0336h\u0336i\u0336t\u0336 day', catch: ['abuse.profanity', 's\u0336h\u0336i\u0336t\u0336'] },
  { technique: 'accents', kind: 'swear', text: 'What a twa\u0301t', catch: ['abuse.profanity', 'twa\u0301t'] },
  { technique: 'accents', kind: 'insult', text: 'The head is a mo\u0301ro\u0301n', catch: ['abuse.derogatory', 'mo\u0301ro\u0301n'] },
  { technique: 'accents', kind: 'insult', text: 'The parents in 4B are i\u0308dio\u0308ts', catch: ['abuse.derogatory', 'i\u0308dio\u0308ts'] },
  { technique: 'accents', kind: 'name', text: 'Well done Gra\u0301ce Oka\u0308for', catch: ['pupil.name', 'Gra\u0301ce Oka\u0308for'] },
  { technique: 'accents', kind: 'name', text: 'O\u0308liver Smith won the prize', catch: ['pupil.name', 'O\u0308liver Smith'] },

  { technique: 'case', kind: 'swear', text: 'The parent at pickup was a total WaNkEr', catch: ['abuse.profanity', 'WaNkEr'] },
  { technique: 'case', kind: 'swear', text: 'ShIt, the fire alarm again', catch: ['abuse.profanity', 'ShIt'] },
  { technique: 'case', kind: 'insult', text: 'The head is an IdIoT', catch: ['abuse.derogatory', 'IdIoT'] },
  { technique: 'case', kind: 'insult', text: 'The parents in 4B are mOrOnS', catch: ['abuse.derogatory', 'mOrOnS'] },
  { technique: 'case', kind: 'name', text: 'Well done gRaCe oKaFoR', catch: ['pupil.name', 'gRaCe oKaFoR'] },
  { technique: 'case', kind: 'name', text: 'oLiVeR sMiTh was brilliant today', catch: ['pupil.name', 'oLiVeR sMiTh'] },
];

/** Posts that must raise no abuse or pupil finding: reading disguises must not invent words or names. */
const MUST_NOT_FLAG: { text: string; reason: string }[] = [
  { text: 'Привет всем! Сегодня мы читали книгу о космосе с классом.', reason: 'a Russian sentence: its look-alike letters stay Cyrillic' },
  { text: 'Year 6 sang Калинка at the summer concert, in Russian!', reason: 'a Russian word among English ones' },
  { text: 'Καλή χρονιά σε όλους!', reason: 'a Greek sentence' },
  { text: 'Year 9 geography trip to Scunthorpe steelworks was brilliant.', reason: 'a rude stretch inside a place name' },
  { text: 'The coach drops everyone back at B1 1AA by 4pm.', reason: 'a postcode is not leetspeak' },
  { text: 'Year 10 think their coding skills are l33t', reason: 'leetspeak for a harmless word' },
  { text: 'l33t', reason: 'leetspeak on its own' },
  { text: 'Room 4B, Y6 and the 1st team are out at 10am on the 3D printers.', reason: 'codes with digits are not disguised names' },
  { text: 'Our value this term is G R A C E', reason: 'an everyday word spelt out, though Grace is on the roster' },
  { text: 'Mrs S M I T H retires this summer', reason: 'a spelt-out surname after a title is an adult' },
  { text: 'Phonics song: A B C D E F G', reason: 'spaced letters that spell nothing' },
  { text: 'Phonics: the /ɪ/ sound in pin', reason: 'a phonetic symbol read as a letter makes no word' },
];

const run = (text: string) => analyse(text, EXAMPLE_CONTEXT);
const covers = (f: Finding, text: string, word: string) => {
  const at = text.indexOf(word);
  return f.start <= at && at + word.length <= f.end;
};
const show = (text: string, findings: Finding[]) => findings.map((f) => `${f.signal} "${text.slice(f.start, f.end)}"`);

describe('evasion', () => {
  for (const c of CASES) {
    const [signal, word] = c.catch;
    const label = `${TECHNIQUES[c.technique]}, ${KINDS[c.kind].toLowerCase()}: ${JSON.stringify(c.text)}`;
    if (c.notYet) {
      it(`not yet: ${label} (${c.notYet})`, () => {
        expect(c.text).toContain(word);
        const findings = run(c.text);
        const caught = findings.filter((f) => f.signal === signal && covers(f, c.text, word));
        expect(caught, 'now caught: move this case out of notYet and update docs/quality.md').toEqual([]);
      });
    } else {
      it(`catches ${label}`, () => {
        expect(c.text).toContain(word);
        const findings = run(c.text);
        expect(findings.some((f) => f.signal === signal && covers(f, c.text, word)), show(c.text, findings).join(', ') || 'nothing found').toBe(true);
      });
    }
  }

  for (const c of MUST_NOT_FLAG) {
    it(`does not flag ${JSON.stringify(c.text)} (${c.reason})`, () => {
      const findings = run(c.text).filter((f) => ['abuse', 'pupil'].includes(categoryOf(f.signal)));
      expect(show(c.text, findings)).toEqual([]);
    });
  }

  it('covers each technique at least twice for swearing, insults and names', () => {
    for (const t of Object.keys(TECHNIQUES) as Technique[]) {
      for (const k of ['swear', 'insult', 'name'] as const) {
        expect(CASES.filter((c) => c.technique === t && c.kind === k).length, `${t} × ${k}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('is summed up, as measured, in docs/quality.md', () => {
    const cell = (t: Technique, k: Kind) => {
      const cases = CASES.filter((c) => c.technique === t && c.kind === k);
      const missed = cases.filter((c) => c.notYet).length;
      if (cases.length === 0) return '—';
      if (missed === 0) return `caught (${cases.length})`;
      return missed === cases.length ? `not yet (${missed})` : `${cases.length - missed} caught, ${missed} not yet`;
    };
    const kinds = Object.keys(KINDS) as Kind[];
    const table = [
      `| technique | ${kinds.map((k) => KINDS[k].toLowerCase()).join(' | ')} |`,
      `|---|${kinds.map(() => '---').join('|')}|`,
      ...(Object.keys(TECHNIQUES) as Technique[]).map((t) => `| ${TECHNIQUES[t]} | ${kinds.map((k) => cell(t, k)).join(' | ')} |`),
    ].join('\n');
    const docs = readFileSync(join(ROOT, 'docs/quality.md'), 'utf8');
    expect(docs, `docs/quality.md should hold this table:\n${table}`).toContain(table);
  });
});
