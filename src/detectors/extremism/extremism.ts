import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { TermList, type TermMatch } from '../../engine/terms.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  ATTACK_WORDS,
  ATTACKED,
  ATTACKERS,
  CALLOUS,
  CONDEMNATION,
  DENIAL,
  type ExtremismTerm,
  FIGURES,
  NEWS,
  ORGANISATIONS,
  PERPETRATORS,
  REPORTING,
  SLOGANS,
  SPORT_OR_WAR,
  TARGETS,
  type TargetTerm,
  TEACHING,
  TRAINING,
  VIOLENCE,
} from './data.ts';

const ANCHORS = new TermList([...ORGANISATIONS, ...FIGURES, ...ATTACKERS, ...SLOGANS, ...VIOLENCE, ...CALLOUS, ...DENIAL]);
const TARGET_LIST = new TermList(TARGETS);
const ATTACK = new TermList(ATTACK_WORDS);
const DISTANCE = new TermList([...TEACHING, ...TRAINING, ...CONDEMNATION, ...NEWS]);
/** A callous remark is about victims, so condemnation words do not excuse it; lessons, training and news do. */
const DISTANCE_CALLOUS = new TermList([...TEACHING, ...TRAINING, ...NEWS]);
const REPORTED = new TermList(REPORTING);
const PERPETRATOR = new Set(PERPETRATORS);
const SPORT_WAR = new TermList(SPORT_OR_WAR);
const ATTACKED_LIST = new TermList(ATTACKED);

// ---- Support before a group or figure, praise after it --------------------------------------------------------------

const FILL = String.raw`(?:fully|totally|still|really|truly|always|proudly|openly|strongly|wholeheartedly|unapologetically|completely|absolutely|do|will|100%|all|also|honestly|genuinely|definitely|just|now|continue\s+to)`;
/** Tested against the text just before the anchor; it must end where the anchor starts. Named groups mark the first person. */
const SUPPORT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'])(?:` +
    [
      String.raw`(?<fp>(?:i|we)(?:\s+${FILL})*\s+(?:support|back|stand\s+with|stand\s+by|love|salute|respect|admire|praise))`,
      String.raw`(?<fp2>(?:i'?m|i\s+am|we'?re|we\s+are)(?:\s+(?:a|an|proud|proudly|fully|totally|all|still|now|officially|big|huge|loyal))*\s+(?:supporters?\s+of|members?\s+of|fans?\s+of|with|behind))`,
      String.raw`(?<fp3>(?:i'?d|i\s+would|i\s+want\s+to|i'?m\s+going\s+to|i'?ll|i\s+will|we\s+should|we\s+must)\s+(?:join|support|back|donate\s+to|fight\s+for))`,
      String.raw`proud(?:ly)?\s+(?:to\s+)?(?:support|stand\s+with|back)`,
      String.raw`(?:everyone|you|people|we\s+all|all\s+of\s+you)\s+should\s+(?:join|support|back|donate\s+to)`,
      String.raw`(?:let'?s|lets)\s+(?:join|support|back)`,
      String.raw`up(?=\s+the\s)|long\s+live|glory\s+to|victory\s+to|hail(?:\s+to)?|respect\s+to|well\s+done\s+to|god\s+bless|solidarity\s+with|in\s+support\s+of|donate\s+to|saint|st\.?`,
    ].join('|') +
    String.raw`)\s+(?:the\s+)?$`,
  'u',
);
/** "Support Hamas!" as a command at the start of a sentence. */
const IMPERATIVE = /^[\s"'(*#-]*(?:support|join|back|stand\s+with)\s+(?:the\s+)?$/u;

const PRAISE_WORDS = String.raw`(?:heroes|hero|legends?|saints?|martyrs?|freedom\s+fighters?|the\s+good\s+guys|good\s+guys|patriots?|role\s+models?|icons?|an\s+inspiration|inspirational|inspiring|heroic|justified)`;
const PRAISE_FILL = String.raw`(?:a|an|the|real|true|absolute|total|genuine|all|just|actually|literally|still|my|our|proper|such|so|true)`;
/** Tested against the text just after the anchor; it must start where the anchor ends. */
const PRAISE_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:` +
    [
      String.raw`(?:(?:is|are|was|were|'s|'re)\s+|=\s*)(?:${PRAISE_FILL}\s+)*${PRAISE_WORDS}(?![\p{L}\p{N}-])`,
      String.raw`(?:is|are|was|were|'s|'re)\s+(?:(?:so|absolutely|totally|completely|100%|actually|always|dead|quite)\s+)?right(?=\s*(?:$|[.!,;:)]|\s(?:about|all\s+along|tbh|imo|lol|though)\b))`,
      String.raw`did\s+nothing\s+wrong`,
      String.raw`(?:had|has|have)\s+(?:the\s+)?right\s+idea`,
      String.raw`(?:should\s+have|did)\s+finish(?:ed)?\s+the\s+job`,
      String.raw`deserved?s?\s+(?:a|the)\s+(?:medal|nobel)`,
      String.raw`(?:will|shall)\s+(?:rise|win|prevail|return)(?:\s+again)?(?![\p{L}])`,
      String.raw`forever(?![\p{L}])|zindabad|ftw(?![\p{L}])|for\s+the\s+win`,
    ].join('|') +
    ')',
  'u',
);

/** More praise that fits attackers (not a named group or figure): brave, an example to us all, or a call for more. */
const MORE = String.raw`(?:more\s+(?:people\s+|of\s+us\s+|lads\s+|men\s+|brothers\s+)?(?:should|need\s+to|must|ought\s+to|have\s+to)\s+(?:do|follow|copy|join|step\s+up|take\s+(?:up|their))|we\s+need\s+more\s+(?:like\s+(?:them|him|that|those|these)|of\s+(?:them|him|that)|people\s+like\s+(?:them|him)))`;
const ATTACKER_PRAISE = new RegExp(
  String.raw`^\s*,?\s*(?:` +
    [
      String.raw`(?:is|are|was|were|'s|'re)\s+(?:(?:so|very|really|incredibly|truly|bloody|dead|proper)\s+)?(?:brave|courageous)(?![\p{L}])`,
      String.raw`(?:should|must|need\s+to|ought\s+to)\s+be\s+(?:an?\s+|the\s+)?(?:example|inspiration|role\s+models?|celebrated|honoured|honored|praised)`,
      String.raw`(?:is|are|was|were|'s|'re)\s+(?:an?\s+|the\s+)?(?:example|inspiration)\s+to\s+(?:us\s+all|all\s+of\s+us|us|all|everyone|the\s+rest(?:\s+of\s+us)?)`,
      String.raw`(?:[—–-]|and|so)?\s*${MORE}`,
    ].join('|') +
    ')',
  'u',
);
/** A call for more anywhere later in the sentence or the next: "…were heroes. More people should do the same." */
const MORE_LATER = new RegExp(String.raw`(?<![\p{L}])${MORE}`, 'u');

/** People described by an attack verb: "the lads who bombed that concert", "whoever attacked the mosque". */
const PERP_CLAUSE =
  /(?<![\p{L}\p{N}'])(?:who|that|whoever)\s+(?:(?:had|have|just|then)\s+)?(?:bombed|attacked|stabbed|shot(?:\s+up)?|blew\s+up|ran\s+over|ran\s+down|mowed\s+down|gunned\s+down|killed|murdered|massacred|slaughtered|beheaded|fire-?bombed|petrol\s+bombed|torched|burn(?:ed|t)\s+down|set\s+fire\s+to|drove\s+into|ploughed\s+into|plowed\s+into|opened\s+fire\s+on|hijacked)(?![\p{L}])/gu;
/** The object of the attack verb, up to where the praise starts. */
const CLAUSE_OBJECT = /^((?:\s+[\p{L}\p{N}'/&-]+){1,6}?)\s*(?=,?\s*(?:is|are|was|were|'s|'re|did|should|must|need|ought|deserve|deserved|[—–-]|and\s+(?:more|we))(?![\p{L}])|\s*(?:[.!;:]|$))/u;
/** Words that show the target is not the object of the attack verb: "killed it at the concert", "shot hoops in the park". */
const NOT_DIRECT = /(?<![\p{L}])(?:it|at|in|on|for|during|with|after|before|by|from|to|into|off|them|him|her|us|me|you|their|his|our|my|your)(?![\p{L}])/u;

// ---- Great replacement and race war, in words -------------------------------------------------------------------

const RACE = String.raw`(?:the\s+)?(?:white\s+(?:race|people|folk|britons?|brits|british|english|europeans?|population|man|men|majority)|whites|(?:native|indigenous)\s+(?:britons?|brits|british|english|europeans?|people|population)|our\s+race)`;
/** "The white race is being replaced", "replacing white Britons", "the replacement of native Europeans". */
const REPLACEMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`${RACE}\s+(?:is|are|'s|'re)\s+(?:(?:slowly|deliberately|systematically|literally|being\s+slowly)\s+)?(?:being|getting|going\s+to\s+be)\s+(?:(?:slowly|deliberately|systematically|deliberately)\s+)?(?:replaced|wiped\s+out|bred\s+out|erased|outbred)`,
      String.raw`${RACE}\s+(?:will\s+be|are\s+going\s+to\s+be)\s+(?:replaced|wiped\s+out|bred\s+out)`,
      String.raw`(?:replac(?:e|es|ed|ing)|replacement\s+of|wip(?:e|ing)\s+out|breed(?:ing)?\s+out)\s+${RACE}`,
      String.raw`(?:they'?re|they\s+are|they'?ve|they\s+have)\s+(?:(?:slowly|deliberately|systematically|literally|already)\s+)?(?:been\s+)?replacing\s+us(?![\p{L}])(?!\s+(?:with|by|as|at|in|on|for|next|from|after|before|soon))`,
    ].join('|') +
    ')',
  'gu',
);
/** "They're replacing us" is a staffing moan ("…with cover supervisors") unless race, nation or migration is in the air. */
const REPLACEMENT_CONTEXT = /(?<![\p{L}])(?:white|whites|race|native|indigenous|immigra\w*|migrant\w*|foreigners?|invaders?|invasion|our\s+(?:country|nation|people|land|culture|race)|boats?)(?![\p{L}])/u;
/** "Time for the white race to rise up", "whites must fight back", "take this country back by force". */
const RACE_WAR = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`${RACE}\s+(?:to|must|need\s+to|needs\s+to|has\s+to|have\s+to|should|will|are\s+going\s+to|is\s+going\s+to|got\s+to|gotta)\s+(?:(?:finally|now|all|unite\s+and|wake\s+up\s+and)\s+)*(?:rise\s+up|fight\s+back|strike\s+back|take\s+up\s+arms|arm\s+(?:themselves|ourselves|itself)|take\s+(?:(?:this|our|the|their)\s+(?:country|nation|land|streets)\s+back|back\s+(?:this|our|the|their)\s+(?:country|nation|land|streets)))`,
      String.raw`take\s+(?:(?:this|our|the)\s+(?:country|nation|streets)\s+back|back\s+(?:this|our|the)\s+(?:country|nation|streets))\s+(?:by\s+force|with\s+violence|with\s+guns|by\s+any\s+means)`,
      String.raw`(?:the|a)\s+race\s+war\s+(?:is|'s)\s+(?:coming|inevitable|near|here)|prepare\s+for\s+(?:the|a)\s+race\s+war`,
    ].join('|') +
    ')',
  'gu',
);
/** Anti-racist posts use the same nouns: "white people must fight back against racism with us". */
const ANTI_RACIST = /(?<![\p{L}])(?:racism|racist|anti-?racis\w*|privilege|equality|allies|ally|allyship|black\s+lives|against\s+hate|sports\s+day|relay|sack\s+race|egg\s+and\s+spoon)(?![\p{L}])/u;

const DENIAL_AFTER =
  /^\s*(?:(?:is|was)\s+(?:(?:a|an|just|all|one|big|total|complete|massive|nothing\s+but)\s+)*(?:hoax|lie|myth|fraud|fabrication|scam|fake|fiction|exaggerat\w*|overblown|made\s+up)(?![\p{L}])|never\s+happened|didn'?t\s+happen|did\s+not\s+happen|(?:numbers|figures)\s+(?:are|were)\s+(?:fake|exaggerated|made\s+up|a\s+lie))/u;

// ---- Violence -------------------------------------------------------------------------------------------------

const TARGET_FILL = new Set(['the', 'that', 'this', 'all', 'every', 'those', 'these', 'them', 'dirty', 'filthy', 'fucking', 'bloody', 'local', 'nearest', 'of', 'our', 'more']);
const NEGATORS = new Set(['not', 'never', "don't", 'dont', "didn't", "won't", "wouldn't", "shouldn't", "mustn't", "can't", 'cannot', 'no', 'nobody', 'who', 'which', 'that']);
const DESCRIBING = new Set(['plot', 'plots', 'plotted', 'plotting', 'planned', 'planning', 'plans', 'tried', 'trying', 'tries', 'wanted', 'wants', 'attempted', 'threatened', 'threatening', 'urged', 'urging', 'called', 'calls', 'calling']);
const PLACE_COMPOUNDS = new Set(['roof', 'roofs', 'hall', 'halls', 'candle', 'candles', 'bells', 'choir', 'school', 'schools', 'fete', 'service', 'services', 'car', 'grounds', 'garden', 'steps', 'porch', 'spire', 'tower', 'organ', 'door', 'doors', 'windows', 'floor', 'leaflets', 'run', 'visit', 'trip']);
const CALLOUS_NEGATORS = new Set(['not', 'never', 'nobody', 'noone', 'no', "didn't", 'didnt', "don't", "doesn't", "wasn't", "isn't", "aren't", "weren't", 'hardly']);

const JOKE = /(?:😂|🤣|😆|😜|😉|🙃|\blol\b|\blmao\b|\bhaha\w*|\bjk\b|\bjoking\b)/u;

function capsOk(written: string, caps: ExtremismTerm['caps']): boolean {
  if (!caps) return true;
  if (caps === 'upper') return written === written.toUpperCase();
  return written
    .split(/[\s-]+/)
    .filter((w) => w.length >= 3 && !['the', 'and', 'of'].includes(w.toLowerCase()))
    .every((w) => /^\p{Lu}/u.test(w));
}

/** The sentence around an offset, at most 300 characters either side: a post with no full stops costs no more. */
function around(s: { start: number; end: number }, offset: number): { start: number; end: number } {
  return { start: Math.max(s.start, offset - 300), end: Math.min(s.end, offset + 300) };
}

interface Ctx {
  input: DetectorInput;
  lower: string;
  sentence: { start: number; end: number };
}

const sentenceText = (c: Ctx) => c.lower.slice(c.sentence.start, c.sentence.end);
const isQuestion = (c: Ctx) => sentenceText(c).trimEnd().endsWith('?');

/** True when the anchor sits inside double quotation marks within its sentence: someone else's words. */
function quoted(c: Ctx, start: number): boolean {
  let n = 0;
  for (let i = c.sentence.start; i < start; i++) if (c.lower[i] === '"') n++;
  return n % 2 === 1;
}

function distanced(c: Ctx, list: TermList): string | undefined {
  return list.find(sentenceText(c))[0]?.term.term;
}

function finding(c: Ctx, start: number, end: number, confidence: number, reasons: Reason[], message: string, suggestion: string): DetectorFinding {
  return {
    signal: 'abuse.extremism',
    ...c.input.at(start, end),
    confidence: Math.round(confidence * 100) / 100,
    evidence: { reasons },
    message,
    suggestion,
  };
}

const SUGGEST_REMOVE = 'Remove it. If you are reporting, teaching or condemning, say so plainly — and check it is a post you need to make at all.';

/** Support before, or praise after, a group, a named figure or a word for attackers. */
function praised(c: Ctx, m: TermMatch, t: ExtremismTerm): DetectorFinding | undefined {
  if (isQuestion(c) || quoted(c, m.start)) return undefined;
  const windowStart = Math.max(c.sentence.start, m.start - 70);
  const before = c.lower.slice(windowStart, m.start);
  const support = SUPPORT_BEFORE.exec(before);
  const imperative = c.sentence.start >= windowStart && IMPERATIVE.test(c.lower.slice(c.sentence.start, m.start));
  const rest = c.lower.slice(m.end, Math.min(c.sentence.end, m.end + 80));
  const after = PRAISE_AFTER.exec(rest) ?? (t.kind === 'attacker' ? ATTACKER_PRAISE.exec(rest) : null);
  if (!support && !imperative && !after) return undefined;
  if (t.sportOrWar && aboutSportOrWar(c)) return undefined;
  const firstPerson = !!(support?.groups?.fp || support?.groups?.fp2 || support?.groups?.fp3);
  // A first-person endorsement stands unless it is someone else's words or a lesson; anything else yields to any distance.
  const distance = firstPerson ? distanced(c, REPORTED) : distanced(c, DISTANCE);
  if (distance) return undefined;
  let start = m.start;
  let end = m.end;
  const reasons: Reason[] = [{ kind: 'wordlist', detail: t.source ? `${t.note} (${t.source})` : (t.note ?? 'extremist group or figure') }];
  if (support) {
    start = windowStart + support.index;
    reasons.push({ kind: 'context', detail: firstPerson ? 'the writer says they support it' : 'words of support or praise before it' });
  } else if (imperative) {
    start = c.sentence.start + (/\p{L}/u.exec(c.lower.slice(c.sentence.start, m.start))?.index ?? 0);
    reasons.push({ kind: 'context', detail: 'a call to support it' });
  }
  if (after) {
    end = m.end + after[0].length;
    reasons.push({ kind: 'context', detail: 'praised straight after it (hero, martyr, "did nothing wrong"…)' });
  }
  let confidence = t.kind === 'attacker' ? 0.8 : t.confidence;
  if (firstPerson) confidence = Math.min(0.97, confidence + 0.05);
  const message =
    t.kind === 'org'
      ? 'This reads as support for a terrorist or extremist organisation. Supporting a proscribed group is a criminal offence, and the Prevent duty means staff must never post anything that could promote extremism.'
      : 'This reads as praising a terrorist or an extremist figure. Glorifying terrorism is a criminal offence, and the Prevent duty means staff must never post anything that could promote extremism.';
  return finding(c, start, end, confidence, reasons, message, SUGGEST_REMOVE);
}

/** The sentence, or the one before, is a match report or a war story. */
function aboutSportOrWar(c: Ctx): boolean {
  const prev = c.sentence.start > 0 ? around(c.input.sentence(c.sentence.start - 1), c.sentence.start - 1) : c.sentence;
  return SPORT_WAR.find(c.lower.slice(prev.start, c.sentence.end)).length > 0;
}

const GLORIFY_MESSAGE =
  'This reads as praising the people who carried out an attack. Glorifying terrorism is a criminal offence, and the Prevent duty means staff must never post anything that could promote extremism.';

/** "The lads who bombed that concert were heroes": people described by what they attacked, then praise or a call for more. */
function perpetratorClauses(input: DetectorInput, lower: string, out: DetectorFinding[]): void {
  const tokens = input.tokens;
  for (const m of lower.matchAll(PERP_CLAUSE)) {
    const verbEnd = m.index + m[0].length;
    const c: Ctx = { input, lower, sentence: around(input.sentence(m.index), m.index) };
    const obj = CLAUSE_OBJECT.exec(lower.slice(verbEnd, Math.min(c.sentence.end, verbEnd + 70)));
    if (!obj) continue;
    const objText = obj[1]!;
    const target = ATTACKED_LIST.find(objText)[0];
    // "the kids who shot the children's photos": the target must not be someone's.
    if (!target || objText[target.end] === "'" || NOT_DIRECT.test(objText.slice(0, target.start))) continue;
    const objEnd = verbEnd + objText.length;
    const rest = lower.slice(objEnd, Math.min(c.sentence.end, objEnd + 80));
    const praise = PRAISE_AFTER.exec(rest) ?? ATTACKER_PRAISE.exec(rest);
    let more = false;
    if (!praise) {
      const next = c.sentence.end < lower.length ? around(input.sentence(c.sentence.end), c.sentence.end) : c.sentence;
      more = MORE_LATER.test(lower.slice(objEnd, Math.max(c.sentence.end, next.end)));
    }
    if (!praise && !more) continue;
    if (isQuestion(c) || quoted(c, m.index) || distanced(c, DISTANCE) || aboutSportOrWar(c)) continue;
    // Start at the people described ("lads who…", "those who…"), if there is a word for them in the same sentence.
    const i = input.tokenAt(m.index);
    const start = i > 0 && !tokens[i]!.sentenceStart && tokens[i - 1]!.end <= m.index ? tokens[i - 1]!.start : m.index;
    const end = praise ? objEnd + praise[0].length : objEnd;
    out.push(
      finding(
        c,
        start,
        end,
        0.8,
        [
          { kind: 'pattern', detail: `people described by an attack on ${target.term.term}` },
          { kind: 'context', detail: praise ? 'praised straight after (hero, brave, "did nothing wrong"…)' : 'a call for more people to do the same' },
        ],
        GLORIFY_MESSAGE,
        SUGGEST_REMOVE,
      ),
    );
  }
}

/** Great-replacement and race-war rhetoric written out in words. */
function replacement(input: DetectorInput, lower: string, out: DetectorFinding[]): void {
  for (const [re, kind] of [[REPLACEMENT, 'replacement'], [RACE_WAR, 'race war']] as const) {
    for (const m of lower.matchAll(re)) {
      const c: Ctx = { input, lower, sentence: around(input.sentence(m.index), m.index) };
      const text = sentenceText(c);
      if (quoted(c, m.index) || distanced(c, DISTANCE) || ANTI_RACIST.test(text) || isQuestion(c)) continue;
      if (kind === 'replacement' && /^they/.test(m[0])) {
        const prev = c.sentence.start > 0 ? around(input.sentence(c.sentence.start - 1), c.sentence.start - 1) : c.sentence;
        if (!REPLACEMENT_CONTEXT.test(lower.slice(prev.start, c.sentence.end))) continue;
      }
      out.push(
        finding(
          c,
          m.index,
          m.index + m[0].length,
          kind === 'replacement' ? 0.8 : 0.85,
          [{ kind: 'pattern', detail: kind === 'replacement' ? 'the "great replacement" conspiracy theory, in other words' : 'a call for a race war or to take the country by force' }],
          kind === 'replacement'
            ? 'This repeats the far-right "great replacement" conspiracy theory. Posting it promotes extremism, which the Prevent duty and your school policy forbid.'
            : 'This reads as a call for racial violence, which is extremist content and can be a criminal offence.',
          SUGGEST_REMOVE,
        ),
      );
    }
  }
}

function slogan(c: Ctx, m: TermMatch, t: ExtremismTerm): DetectorFinding | undefined {
  if (quoted(c, m.start) || distanced(c, DISTANCE)) return undefined;
  return finding(
    c,
    m.start,
    m.end,
    t.confidence,
    [{ kind: 'wordlist', detail: t.note ?? 'extremist slogan' }],
    'This is a slogan or code used by extremist movements. Posting it can be read as promoting extremism, which the Prevent duty and your school policy forbid.',
    SUGGEST_REMOVE,
  );
}

function violence(c: Ctx, m: TermMatch, t: ExtremismTerm): DetectorFinding | undefined {
  const { input } = c;
  const tokens = input.tokens;
  const first = input.tokenAt(m.start);
  // Negated, relative or reported: "no one should attack a mosque", "those who attack synagogues", "plotted to bomb…".
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (tokens[k + 1]!.sentenceStart) break;
    const key = tokens[k]!.key;
    if (NEGATORS.has(key) || (key === 'to' && k > 0 && DESCRIBING.has(tokens[k - 1]!.key))) return undefined;
  }
  if (t.notAfter && first > 0 && !tokens[first]!.sentenceStart && t.notAfter.includes(tokens[first - 1]!.key)) return undefined;
  // The target: straight after the verb, past "the", "all", "those"…
  let k = input.tokenAt(m.end);
  while (k < tokens.length && !tokens[k]!.sentenceStart && TARGET_FILL.has(tokens[k]!.key) && k < input.tokenAt(m.end) + 3) k++;
  const tk = tokens[k];
  if (!tk || tk.sentenceStart) return undefined;
  const hit = TARGET_LIST.find(c.lower.slice(tk.start, Math.min(c.lower.length, tk.start + 30)))[0];
  if (!hit || hit.start !== 0) return undefined;
  const target = hit.term as TargetTerm;
  const targetEnd = tk.start + hit.end;
  if (c.lower[targetEnd] === "'") return undefined; // "the Christians' harvest display"
  if (target.ambiguous && !t.unambiguous) return undefined;
  if (target.kind === 'country' && t.term !== 'death to') return undefined;
  if (target.kind === 'place') {
    if (!t.places) return undefined;
    const next = tokens[input.tokenAt(targetEnd)];
    if (next && !next.sentenceStart && next.start >= targetEnd && PLACE_COMPOUNDS.has(next.key) && !/[.,!?;:]/.test(c.lower.slice(targetEnd, next.start))) return undefined;
  }
  if (quoted(c, m.start) || distanced(c, DISTANCE)) return undefined;
  const people = target.kind === 'place' ? 'people because of their religion, race or nationality' : 'people because of their religion, race or beliefs';
  return finding(
    c,
    m.start,
    targetEnd,
    target.ambiguous ? 0.75 : t.confidence,
    [
      { kind: 'wordlist', detail: t.note ?? 'a call to violence' },
      { kind: 'context', detail: `aimed at ${target.note ?? 'a group'}` },
    ],
    `This reads as a call to violence against ${people}. That is extremist content, and can be a criminal offence.`,
    'Remove it. Nothing like this can be posted, even as a joke.',
  );
}

function callous(c: Ctx, m: TermMatch, t: ExtremismTerm): DetectorFinding | undefined {
  const { input } = c;
  const tokens = input.tokens;
  const first = input.tokenAt(m.start);
  const last = input.tokenAt(m.end - 1);
  if (isQuestion(c) || quoted(c, m.start)) return undefined;
  // Who is said to deserve it: the attacker getting his due is not glorification; "nobody deserved it" is the opposite.
  for (let k = first - 1; k >= Math.max(0, first - 40); k--) {
    if (tokens[k + 1]!.sentenceStart) break;
    const key = tokens[k]!.key;
    if (PERPETRATOR.has(key)) return undefined;
    if (k >= first - 3 && (CALLOUS_NEGATORS.has(key) || key.endsWith("n't"))) return undefined;
  }
  for (let k = last + 1; k < Math.min(tokens.length, last + 6); k++) {
    if (tokens[k]!.sentenceStart) break;
    if (PERPETRATOR.has(tokens[k]!.key)) return undefined;
  }
  let attack: string | undefined;
  let end = m.end;
  if (t.attackAfter) {
    const hit = ATTACK.find(c.lower.slice(m.end, Math.min(c.sentence.end, m.end + 25)))[0];
    if (hit && /^[\s\w]{0,12}$/u.test(c.lower.slice(m.end, m.end + hit.start))) {
      attack = hit.term.term;
      end = m.end + hit.end;
    }
  } else {
    // The attack may be named in the sentence before: "Another attack in Manchester. They had it coming."
    const prev = c.sentence.start > 0 ? around(input.sentence(c.sentence.start - 1), c.sentence.start - 1) : c.sentence;
    const window = c.lower.slice(prev.start, c.sentence.end);
    attack = ATTACK.find(window)[0]?.term.term;
    if (attack && DISTANCE_CALLOUS.find(window).length) return undefined;
  }
  if (!attack || distanced(c, DISTANCE_CALLOUS)) return undefined;
  const joke = JOKE.test(sentenceText(c));
  return finding(
    c,
    m.start,
    end,
    joke ? t.confidence * 0.9 : t.confidence,
    [
      { kind: 'wordlist', detail: t.note ?? 'callous approval' },
      { kind: 'context', detail: 'about a terrorist attack' },
    ],
    'This reads as approving of a terrorist attack or saying its victims deserved it. That glorifies terrorism, which staff must never post.',
    'Remove it.',
  );
}

function denial(c: Ctx, m: TermMatch, t: ExtremismTerm): DetectorFinding | undefined {
  const after = DENIAL_AFTER.exec(c.lower.slice(m.end, Math.min(c.sentence.end, m.end + 60)));
  if (!after || quoted(c, m.start) || distanced(c, DISTANCE)) return undefined;
  return finding(
    c,
    m.start,
    m.end + after[0].length,
    t.confidence,
    [{ kind: 'pattern', detail: 'Holocaust denial' }],
    'This reads as Holocaust denial, which is antisemitic extremist content.',
    'Remove it.',
  );
}

export const extremism: Detector = {
  meta: {
    id: 'extremism',
    category: 'abuse',
    signals: ['abuse.extremism'],
    description:
      'Content that promotes extremism or terrorism (the Prevent duty): support for proscribed groups, praise of terrorists and attacks, extremist slogans, calls to ideological violence, Holocaust denial.',
  },
  detect(input) {
    const out: DetectorFinding[] = [];
    const lower = input.norm.lower;
    const text = input.norm.text;
    const tokens = input.tokens;
    for (const m of ANCHORS.find(lower)) {
      const t = m.term as ExtremismTerm;
      if (!capsOk(text.slice(m.start, m.end), t.caps)) continue;
      // Part of a longer hyphenated word: "white power-ups", "Hamas-run".
      const lastToken = tokens[input.tokenAt(m.end - 1)];
      if (lastToken && lastToken.end > m.end) continue;
      if (t.notBefore) {
        const next = tokens[input.tokenAt(m.end)];
        if (next && next.start >= m.end && !next.sentenceStart && t.notBefore.includes(next.key)) continue;
      }
      if (t.notAfter && t.kind !== 'violence') {
        const i = input.tokenAt(m.start);
        if (i > 0 && !tokens[i]!.sentenceStart && t.notAfter.includes(tokens[i - 1]!.key)) continue;
      }
      const c: Ctx = { input, lower, sentence: around(input.sentence(m.start), m.start) };
      let f: DetectorFinding | undefined;
      switch (t.kind) {
        case 'org':
        case 'figure':
        case 'attacker':
          f = praised(c, m, t);
          break;
        case 'slogan':
          f = slogan(c, m, t);
          break;
        case 'violence':
          f = violence(c, m, t);
          break;
        case 'callous':
          f = callous(c, m, t);
          break;
        case 'denial':
          f = denial(c, m, t);
          break;
      }
      if (f) out.push(f);
    }
    perpetratorClauses(input, lower, out);
    replacement(input, lower, out);
    return out;
  },
};
