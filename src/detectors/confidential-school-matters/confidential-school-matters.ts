import type { Detector, DetectorInput } from '../../engine/detector.ts';
import { TermList, type TermMatch, termSet } from '../../engine/terms.ts';
import type { DetectorFinding, Reason } from '../../engine/types.ts';
import {
  FRAMES,
  INSIDE_SOURCE,
  JOB_CUTS,
  JOB_CUTS_PATTERN,
  LINK_WORDS,
  NOT_NAMES,
  NOT_SECRETS,
  NOT_TOLD,
  NOT_TOLD_PATTERN,
  OWN_FAMILY,
  PENDING_CUES,
  PRONOUNS,
  SCHOOL_SIGNALS,
  SECRECY,
  SELF_WORDS,
  STAFF_GROUPS,
  STAFF_TOPICS,
  SYSTEMS,
  TITLES,
  type SchoolSignal,
  type SchoolTerm,
} from './data.ts';

const TOPIC_LIST = new TermList(STAFF_TOPICS);
const SECRET_LIST = new TermList(SECRECY);
const NOT_TOLD_LIST = new TermList(NOT_TOLD);
const INSIDE_LIST = new TermList(INSIDE_SOURCE);
const FAMILY_LIST = new TermList(OWN_FAMILY);
const SYSTEM_LIST = new TermList(SYSTEMS);
const setOf = termSet;
const FRAME = setOf(FRAMES);
const LINK = setOf(LINK_WORDS);
const PRONOUN = setOf(PRONOUNS);
const SELF = setOf(SELF_WORDS);
const GROUP = setOf(STAFF_GROUPS);
const TITLE = setOf(TITLES);
const NOT_NAME = setOf(NOT_NAMES);
const NOT_SECRET = setOf(NOT_SECRETS);

/** Jobs in a school: a colleague described by role ("our head", "a TA", "the caretaker"). The last word is enough. */
const ROLES = new Set([
  'head', 'headteacher', 'headmaster', 'headmistress', 'principal', 'deputy', 'senco', 'dsl', 'caretaker', 'manager',
  'bursar', 'receptionist', 'boss', 'ceo', 'hod', 'hoy', 'colleague', 'coworker', 'co-worker', 'workmate', 'teacher',
  'ta', 'hlta', 'assistant', 'ect', 'nqt', 'trainee', 'technician', 'librarian', 'cleaner', 'cook', 'chef', 'mentor',
  'governor', 'supervisor', 'lady', 'officer', 'administrator', 'lead', 'leader', 'coach', 'lsa',
]);
/** Plural roles, only after "one of": "one of our teachers", "one of the TAs". */
const ROLES_PLURAL = new Set([
  'teachers', 'tas', 'colleagues', 'staff', 'governors', 'deputies', 'leaders', 'cleaners', 'technicians', 'nqts', 'ects',
  'hltas', 'lsas', 'trainees', 'assistants', 'mentors', 'supply', 'cooks', 'caretakers', 'receptionists',
]);
const DEFINITE = new Set(['our', 'the', 'my', 'your', 'their', "school's"]);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some']);

const MAX_LINKS = 6;
/** Words between the topic and a person after it: "a grievance against Mr Hughes", "involved with one of our TAs". */
const FORWARD = new Set(['in', 'against', 'about', 'involving', 'involved', 'for', 'with', 'by', 'from', 'of', 'the', 'a', 'our', 'my', 'one', 'is', 'was', 'are', 'has', 'been', 'now']);
const WINDOW = 300;

/** Words that place a post in the writer's working life. */
const WORK_CONTEXT = /\b(?:school|work|staff|staffroom|colleagues?|head|headteacher|slt|smt|governors?|trust|academy|department|dept|pupils?|students?|parents|class|classroom|ofsted|exams?|results|jobs?|budget|meeting|briefing|inset|deputy|senco|dsl|interviews?|contract|year\s?\d{1,2}|inspection|cover|supply|tas?|teachers?|timetable|union|hr)\b/;
const STAFF_IN_TEXT = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+\p{Lu}|\b(?:colleague|co-?worker|workmate|headteacher|head teacher|deputy head|teaching assistant|member of staff|staff member|line manager|caretaker|senco|hlta|supply teacher|(?:our|the) (?:head|deputy|bursar|business manager|cleaner|receptionist|ta))\b/iu;

/** "between us," at the start of a sentence, "shh", and the shushing emoji. */
const EXTRA_SECRECY = /(?:^|[.!?]\s+|\n\s*)(between us|confidential)\s*[,:\-!]|(?<![\p{L}])(sh{2,})(?![\p{L}])|(\u{1F92B}|\u{1F910})/gu;
/** Harmless secrets: "keep it quiet, but the Christmas party will be epic", "don't tell the kids, it's pizza day". */
const FUN = /\b(?:christmas|party|parties|night out|secret santa|surprise|present|gift|cake|biscuits?|chocolates?|sweets|snacks|crisps|pizza|lunch|treat|birthday|wedding|holiday|snow day|fancy dress|pancakes?|donuts?|doughnuts?|prosecco|wine|gin|pub)\b/;
/** "Don't share your password": advice, not a secret. */
const ADVICE_AFTER = /^\s+(?:your|any|personal|photos?|images?|pictures?|passwords?|logins?|details|information|data|anything)\b/;
/** The writer's own HR process with a date: "my grievance meeting is tomorrow", "disciplinary hearing on Friday". */
const SOON = /\b(?:today|tomorrow|tonight|this (?:morning|afternoon|week)|next week|on (?:mon|tues|wednes|thurs|fri)day|(?:mon|tues|wednes|thurs|fri)day|yesterday|starts?|started|booked|scheduled)\b/;
/** Advice, union help and training talk about a process, not the writer's own case. */
const ADVICE = /\b(?:if you|if your|your rights|know your|how to|members|anyone who|when you|tips|webinar|training|course|guide|template)\b/;
/** "Don't tell anyone but I ate the last biscuit": the writer's own confession, not school business. */
const CONFESSION = /^[\s,.:;!-]*(?:but\s+)?(?:i|i'm|i've|i am|i have|i actually|i secretly|i think i)\b/;

// --- Ofsted ---------------------------------------------------------------------------------------------------------
const OFSTED = /\b(?:ofsted|inspection|inspectors?|hmi|section [58]|lead inspector|monitoring visit|deep dives?|the call)\b/;
/** Grades that are rarely praise: with Ofsted nearby they are an outcome. */
const GRADE_PLAIN = /(?<![\p{L}\p{N}])(?:requires improvement|inadequate|special measures|serious weaknesses)(?![\p{L}\p{N}])/gu;
/** "Good" and "Outstanding" only as a judgement: "we got Good", "judged outstanding", "still 'Good'". */
const GRADE_LINKED =
  /(?<=\b(?:got|get|getting|stayed|stay|remain|remained|remains|kept|keep|retained|retain|judged|graded|rated|achieved|awarded|given|received|we're|we are|we were|we've got|we have got|school is|still|officially|from ri to|to)\s+(?:an?\s+)?['"]?)(?:outstanding|good)(?![\p{L}\p{N}])/gu;
const GRADE_RI = /(?<![\p{L}\p{N}])RI(?![\p{L}\p{N}])/gu;
const PREPUB_STRONG =
  /\b(?:(?:can't|cannot|can not|not allowed to|not supposed to|mustn't|shouldn't|not meant to)\s+(?:officially\s+)?(?:say|share|post|tell|announce|shout|celebrate|talk|mention|publish)|(?:until|till|til|before|when|once)\s+(?:the\s+)?(?:final\s+)?report\s+(?:is\s+|comes\s+|gets\s+|has been\s+)?(?:out|published|public|released)|report\s+(?:isn't|is not|hasn't been|not)\s+(?:out|published|public)|draft report|provisional(?:ly)?|unofficial(?:ly)?|not official|report(?:'s|\s+(?:is|will be|should be|is due))?\s+(?:out|published|due|released)\s+(?:in|next|after|within)\b)\b/;
const PREPUB_WEAK = /\b(?:just left|just gone|have left|they've gone|left the building|feedback|today|this week|yesterday|this morning|this afternoon|day (?:one|two|1|2))\b/;
/** The report is still to come, with no Ofsted word: "can't say anything till the report's published". */
const REPORT_PENDING = /\b(?:until|till|til|before|once)\s+(?:the\s+|our\s+)?(?:final\s+)?report(?:'s|\s+is|\s+comes|\s+gets|\s+has been)?\s*(?:out|published|public|released)\b/;
/** The LADO dealing with a case: "the LADO was in", "rang the LADO", "until the LADO clears her". */
const LADO_CASE = /\b(?:(?:the\s+)?lado\s+(?:was|were|is|has|had|came|come|been|got|involved|in|clears?|cleared|decides?|decided|said|says|rang|called|visited)|(?:called|rang|phoned|contacted|informed|involve|involved|referred (?:it |this |him |her )?to|spoke to|speak to|waiting (?:on|for))\s+(?:the\s+)?lado)\b/;
/** Reflection or advice about a process in the past, not news: "looking back", "lessons I learned", "for anyone facing one". */
const RETROSPECT = /\b(?:reflection|reflecting|looking back|lessons? (?:i )?learn(?:ed|t)|things i learn(?:ed|t)|what i learn(?:ed|t)|for anyone (?:facing|going through)|if you(?:'re| are) (?:facing|going through)|years ago|in my (?:last|previous|old|first) (?:school|job|role|post|headship)|when i was (?:a |an )?(?:head|deputy|principal|leader)|as a (?:new )?head)\b/;
const PUBLISHED = /\b(?:published(?!\s+(?:in|next|after|within))|is out|now out|report out(?!\s+(?:in|next|after|within|on|by|soon))|out now|is live|now live|on (?:our|the) website|full report|read (?:the|our) report|letter to parents)\b/;

// --- Exams ----------------------------------------------------------------------------------------------------------
const EXAM_WORDS = "(?:gcse|a[\\s-]?level|as[\\s-]?level|sats?|ks[12]|btec|y(?:ea)?r?\\s?\\d{1,2}|maths|math|english|science|biology|chemistry|physics|combined|history|geography|french|spanish|german|computing|computer science|reading|spag|gps|arithmetic|reasoning|lit|literature|language|further|higher|foundation|stats|statistics|economics|psychology|sociology|business|re|rs|pe|music|art)";
const WHEN = "(?:tomorrow'?s|next week'?s|(?:mon|tues|wednes|thurs|fri)day'?s|this (?:morning|afternoon)'?s|the (?:live|real|actual|upcoming))";
const PAPER = new RegExp(`\\b(?:${WHEN}\\s+)?(?:${EXAM_WORDS}\\s+){0,3}(?:exam\\s+)?(?:papers?|exam|test packs?|test|questions|packs)(?:\\s+\\d)?\\b`, 'g');
const PAPER_FUTURE = new RegExp(`^${WHEN}\\s`);
/** A paper named as an exam paper ("SATs papers", "maths paper 2", "exam questions"), not just "the test". */
const PAPER_NAMED = new RegExp(`^(?:${WHEN}\\s+)?(?:${EXAM_WORDS}\\s+){1,3}|\\bexam\\s+(?:papers?|questions)`);
/** Past and practice papers are public. */
const PAST_PAPER = /\b(?:last year'?s|past|previous|old|specimen|sample|practice|mock)\s+(?:\w+\s+){0,3}?(?:papers?|exams?|tests?|questions)\b/;
const PAPER_CONTENT = /\b(?:seen|saw|looked at|had a (?:sneaky |quick )?(?:look|peek)|peek(?:ed)?|glimpse|opened (?:the|them)|there'?s a (?:\w+ )?question|there is a (?:\w+ )?question|has a (?:\w+ )?question|questions? on|question about|comes up|coming up|is on (?:it|the paper)|includes|spoilers?)\b/;
/** This year's live paper ("this year's KS1 maths test") and a description of what is in it. */
const LIVE_PAPER = new RegExp(`\\bthis year'?s\\s+(?:${EXAM_WORDS}\\s+){1,3}(?:exam\\s+)?(?:papers?|test|exam)\\b`, 'g');
const LIVE_CONTENT = /\b(?:(?:first|second|third|fourth|final|last|opening)\s+(?:text|extract|passage|story|poem|question|section|task)|(?:text|extract|passage|story|poem|question|questions)\s+(?:is|was|were|are)\s+(?:all\s+)?(?:about|on)|there'?s a (?:\w+ )?question (?:on|about)|a question (?:on|about))\b/;
const PAPER_LEAK = /\b(?:leaked|got hold of|got a copy of|copy of (?:the|tomorrow'?s)|sneak(?:y)? peek|advance copy|had a (?:sneaky |quick )?(?:look|peek) at|(?:opened|unpacked) the (?:[\w']+\s+){0,2}?(?:papers|packs?|envelopes?))\b/;
const FIRST_PERSON_OR_OFFER = /\b(?:i|i've|i'm|we|we've|anyone|dm me|message me|here's|here is|heads up)\b/;
const RESULTS = /\b(?:our|the|my|their)\s+(?:(?:gcse|a[\s-]?level|sats|ks2|btec|exam|school|year\s?\d{1,2}|provisional)\s+)?results\b/g;
const RESULT_FIGURES = /(?:\b\d{1,3}\s?(?:%|percent\b)|\bgrade \d\b|\b[4-9]\+|\b9-[4-5]\b|\ba\*|\b(?:best ever|record|progress 8|p8|pass rate|up on last year|down on last year|are in|are through|came through|came in|amazing|brilliant|fantastic|awful|terrible|disappointing|better than|worse than)\b)/;

// --- Credentials ----------------------------------------------------------------------------------------------------
const CREDENTIAL =
  /(?<![\p{L}\p{N}])(password|passwd|passcode|pass code|pwd|pw|pin(?: code| number)?|(?:door|alarm|gate|keypad|key|entry|lock|safe|wifi|wi-fi) code|code(?=\s+(?:for|to|on)\s+(?:the\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}?(?:doors?|gates?|entrance|keypad|alarm|safe|lock|staffroom|building|cupboard|office)\b)|login|log-in|log in|username|user name|user id|userid)(?:\s+(?:for|to|on)\s+(?:the\s+|my\s+|our\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?)?(\s*(?::|=|-|–|is now|is:|is|are|'s|was)\s*(?:(?:literally|just|still|now|actually|simply|currently|always)\s+)?|\s+)(["'“‘]?)([^\s"'”’]{2,40})(["'”’]?)/giu;
const PASSWORD_KEYS = new Set(['password', 'passwd', 'passcode', 'pass code', 'pwd', 'pw']);

const MESSAGES: Record<SchoolSignal, { message: string; suggestion: string }> = {
  'confidential.staff-hr': {
    message: "This seems to share a colleague's HR or health matter (a disciplinary, grievance, capability, suspension, sickness or pregnancy). That is confidential.",
    suggestion: 'Remove it; staff matters stay between the people involved and HR.',
  },
  'confidential.unpublished': {
    message: 'This seems to share school information that has not been made public yet.',
    suggestion: 'Wait until the school has announced it, and then share only the official announcement.',
  },
  'confidential.credentials': {
    message: 'This seems to share a password, login or access code.',
    suggestion: 'Remove it now, and change the password or code if it has already been shared anywhere.',
  },
};

interface Cue {
  start: number;
  end: number;
  sentence: number;
  detail: string;
  bare: boolean;
  used?: boolean;
  /** "… will be announced" right after a topic: the topic itself is what is awaited ("our new head will be announced"). */
  awaited?: boolean;
}

type Who = 'definite' | 'name' | 'pronoun' | 'indefinite' | 'self' | 'group';

export const confidentialSchoolMatters: Detector = {
  meta: {
    id: 'confidential-school-matters',
    category: 'confidential',
    signals: SCHOOL_SIGNALS,
    description:
      "A colleague's HR or health matter, school news that is not public yet (with a secrecy cue), Ofsted outcomes or exam papers before release, and shared passwords.",
  },
  detect(input) {
    const lower = input.norm.lower;
    const text = input.norm.text;
    const starts = sentenceStarts(text);
    const sentenceOf = (offset: number) => indexAround(starts, offset);
    const out: DetectorFinding[] = [];
    const foundIn: number[] = []; // sentence of each finding, for step 4
    const push = (signal: SchoolSignal, start: number, end: number, confidence: number, reasons: Reason[]) => {
      const { message, suggestion } = MESSAGES[signal];
      foundIn.push(sentenceOf(start));
      out.push({ signal, ...input.at(start, end), confidence: Math.round(confidence * 100) / 100, evidence: { reasons }, message, suggestion });
    };

    // Secrecy cues, found once and shared by every check below.
    const secrets: Cue[] = [];
    for (const m of SECRET_LIST.find(lower)) {
      if (/share/.test(m.term.term) && ADVICE_AFTER.test(lower.slice(m.end, m.end + 30))) continue;
      if (m.term.term === 'a secret' && !/\b(?:it's|its|it is|this is|that's|still)\s+$/.test(lower.slice(Math.max(0, m.start - 12), m.start))) continue;
      secrets.push(cue(m, sentenceOf(m.start), !m.term.term.includes('embargo')));
    }
    for (const m of lower.matchAll(EXTRA_SECRECY)) {
      const g = m[1] ?? m[2] ?? m[3]!;
      const start = m.index + m[0].indexOf(g);
      secrets.push({ start, end: start + g.length, sentence: sentenceOf(start), detail: 'asks readers to keep it quiet', bare: true });
    }
    for (const m of NOT_TOLD_LIST.find(lower)) secrets.push(cue(m, sentenceOf(m.start), false));
    if (/told|inform|let on/.test(lower)) {
      for (const m of lower.matchAll(NOT_TOLD_PATTERN)) {
        secrets.push({ start: m.index, end: m.index + m[0].length, sentence: sentenceOf(m.index), detail: 'says the people affected have not been told yet', bare: false });
      }
    }
    const insides: Cue[] = INSIDE_LIST.find(lower).map((m) => cue(m, sentenceOf(m.start), false));
    // "Letters to parents will be sent in June", "staff haven't been told": support news anywhere in the post.
    const pendings: Cue[] = [];
    if (/announ|know|told|inform/.test(lower)) {
      for (const m of lower.matchAll(PENDING_CUES)) {
        pendings.push({
          start: m.index,
          end: m.index + m[0].length,
          sentence: sentenceOf(m.index),
          detail: 'says it has not been announced, or the people affected have not been told',
          bare: false,
          awaited: /^(?:will|won't|is going to|are going to)\b/.test(m[0]),
        });
      }
    }
    const near = (cues: Cue[], sentence: number) => cues.find((c) => Math.abs(c.sentence - sentence) <= 1);

    // 1. Staff HR matters and unannounced school news.
    let linked: { sentence: number; who: { kind: Who; detail: string } } | undefined;
    for (const m of findTopics(lower)) {
      const term = m.term as SchoolTerm;
      const ahead = lower.slice(m.end, m.end + 60);
      if (term.notAfter?.test(ahead)) continue;
      if (term.needBefore && !term.needBefore.test(lower.slice(Math.max(0, m.start - 40), m.start))) continue;
      const first = input.tokenAt(m.start);
      const last = input.tokenAt(m.end - 1);
      const si = sentenceOf(m.start);
      const sent = { start: starts[si]!, end: starts[si + 1] ?? text.length };
      const next = input.tokens[last + 1];
      if (next && next.start < sent.end && FRAME.has(next.key)) continue;
      const joined = /^-([\p{L}]+)/u.exec(ahead);
      if (joined && FRAME.has(joined[1]!)) continue;

      const reasons: Reason[] = [{ kind: 'wordlist', detail: term.note ?? 'a confidential staff or school matter' }];
      const secret = near(secrets, si);
      // "My colleague has been signed off with depression": the second topic shares the first one's colleague.
      const who = colleague(input, first, last, sent) ?? (linked?.sentence === si ? linked.who : undefined);
      const windowText = lower.slice(Math.max(0, m.start - WINDOW), m.end + WINDOW);

      if (term.kind === 'news') {
        if (who?.kind === 'self') continue; // "I've resigned, not announced yet": the writer's own news
        // Reflection or advice about a process long done is not news; only an explicit secrecy cue overrides it.
        const looking = RETROSPECT.test(lower);
        const inside = secret || looking ? undefined : near(insides, si);
        // A pending announcement anywhere in the post, unless it is this very topic that "will be announced".
        const pending = secret || inside || looking ? undefined : pendings.find((c) => !c.awaited || c.sentence !== si || c.start < m.start || c.start - m.end > 25);
        if (!secret && !inside && !pending) continue;
        const used = (secret ?? pending ?? inside)!;
        used.used = true;
        reasons.push({ kind: 'context', detail: used.detail });
        push('confidential.unpublished', m.start, m.end, (secret ? 0.9 : pending ? 0.75 : 0.65) * (term.weight ?? 1), reasons);
        continue;
      }

      // The LADO (allegations against staff) acting on a case: always about a member of staff, even unnamed.
      if (term.kind === 'formal' && (!who || who.kind === 'group') && /^lado/.test(term.term)) {
        const sentLower = lower.slice(sent.start, sent.end);
        if (LADO_CASE.test(sentLower) && !ADVICE.test(sentLower) && WORK_CONTEXT.test(windowText)) {
          reasons.push({ kind: 'context', detail: 'the allegations officer is involved in a case' });
          push('confidential.staff-hr', m.start, m.end, secret ? 0.75 : 0.7, reasons);
        }
        continue;
      }

      // The writer's own formal process, dated: "my disciplinary hearing is on Thursday".
      if (term.kind === 'formal' && (!who || who.kind === 'self') && !term.needBefore && !term.work) {
        const sentLower = lower.slice(sent.start, starts[si + 2] ?? text.length);
        const mine = /\bmy\s+$/.test(lower.slice(Math.max(0, m.start - 4), m.start));
        if ((mine || SOON.test(sentLower)) && !ADVICE.test(sentLower) && WORK_CONTEXT.test(windowText)) {
          reasons.push({ kind: 'context', detail: "the writer's own HR process, with a date or their own meeting" });
          push('confidential.staff-hr', m.start, m.end, 0.6, reasons);
        }
        continue;
      }

      if (!who || who.kind === 'self' || who.kind === 'group') continue;
      const sentLower = lower.slice(sent.start, sent.end);
      if (who.kind !== 'definite' && FAMILY_LIST.find(sentLower).length > 0) continue; // "my husband has been signed off"
      const staffNearby = STAFF_IN_TEXT.test(text.slice(Math.max(0, m.start - WINDOW), m.end + WINDOW));
      let confidence: number;
      if (term.kind === 'formal') {
        // "He's been sacked" could be a football manager: verb forms need a work context. "Disciplinary" is work by itself.
        if ((term.needBefore || term.work) && (who.kind === 'name' || who.kind === 'pronoun') && !WORK_CONTEXT.test(windowText) && !staffNearby) continue;
        confidence = { definite: 0.9, name: 0.85, pronoun: 0.8, indefinite: 0.75 }[who.kind];
      } else {
        // Health and pregnancy: someone on the staff must be in view, or it is family or friends.
        // "Phoned in sick" is about a job by itself: a work word will do.
        if ((who.kind === 'name' || who.kind === 'pronoun') && !staffNearby && !(term.work && WORK_CONTEXT.test(windowText))) continue;
        if (term.kind === 'pregnancy' && !secret) continue;
        confidence = { definite: 0.85, name: 0.8, pronoun: 0.75, indefinite: 0.7 }[who.kind];
      }
      reasons.push({ kind: 'context', detail: who.detail });
      linked = { sentence: si, who };
      if (secret) {
        secret.used = true;
        reasons.push({ kind: 'context', detail: secret.detail });
        confidence += 0.05;
      }
      push('confidential.staff-hr', m.start, m.end, Math.min(0.95, confidence * (term.weight ?? 1)), reasons);
    }

    // 2. Ofsted outcomes before the report is published.
    if (/good|outstanding|improvement|inadequate|measures|weaknesses/.test(lower) || /RI/.test(text)) {
      const grades: { start: number; end: number; plain: boolean }[] = [];
      for (const m of lower.matchAll(GRADE_PLAIN)) grades.push({ start: m.index, end: m.index + m[0].length, plain: true });
      for (const m of lower.matchAll(GRADE_LINKED)) grades.push({ start: m.index, end: m.index + m[0].length, plain: false });
      for (const m of text.matchAll(GRADE_RI)) grades.push({ start: m.index, end: m.index + 2, plain: true });
      const published = grades.length > 0 && PUBLISHED.test(lower);
      for (const g of grades) {
        const si = sentenceOf(g.start);
        const around = lower.slice(starts[Math.max(0, si - 1)]!, starts[si + 2] ?? text.length);
        // "Requires Improvement" or "RI" written as the grade's name is Ofsted talk even without the word Ofsted.
        const named = g.plain && /^(?:RI|\p{Lu}\S*(?:\s+\p{Lu}\S*)*)$/u.test(text.slice(g.start, g.end));
        // "WE GOT GOOD… till the report's published": a capitalised grade with a report still to come is an Ofsted outcome.
        const capital = !g.plain && /^\p{Lu}/u.test(text.slice(g.start, g.end)) && !/^\s*\p{Ll}/u.test(text.slice(g.end, g.end + 3));
        if (!named && !OFSTED.test(around) && !(capital && REPORT_PENDING.test(around))) continue;
        const secret = near(secrets, si);
        const reasons: Reason[] = [
          { kind: 'pattern', detail: 'an Ofsted grade' },
          { kind: 'context', detail: 'Ofsted or an inspection is mentioned nearby' },
        ];
        if (secret || PREPUB_STRONG.test(around)) {
          if (secret) secret.used = true;
          reasons.push({ kind: 'context', detail: 'says the report is not out yet or asks to keep it quiet' });
          push('confidential.unpublished', g.start, g.end, 0.9, reasons);
        } else if (!published && PREPUB_WEAK.test(around)) {
          reasons.push({ kind: 'context', detail: 'the inspection has only just happened and no published report is mentioned' });
          push('confidential.unpublished', g.start, g.end, 0.75, reasons);
        }
      }
    }

    // 3. Exam papers before the exam, and results under embargo.
    if (/\b(?:papers?|exam|test|questions|results|packs?)\b/.test(lower)) {
      for (const m of lower.matchAll(PAPER)) {
        const si = sentenceOf(m.index);
        const sentLower = lower.slice(starts[si]!, starts[si + 1] ?? text.length);
        if (/\bmock/.test(sentLower) || PAST_PAPER.test(sentLower)) continue; // mocks and past papers are not secure
        if (!PAPER_FUTURE.test(m[0]) && !PAPER_NAMED.test(m[0])) continue; // "the test", "the questions": too vague
        const around = lower.slice(starts[si]!, starts[si + 2] ?? text.length);
        const secret = near(secrets, si);
        const reasons: Reason[] = [{ kind: 'pattern', detail: 'an exam paper or its questions' }];
        let confidence = 0;
        // The leak verb starts the sentence with the writer left out ("Opened the packs… the text is about…"), or the content is told.
        if (PAPER_LEAK.test(sentLower) && (FIRST_PERSON_OR_OFFER.test(sentLower) || LIVE_CONTENT.test(around))) {
          reasons.push({ kind: 'context', detail: 'says the writer has seen or obtained it early' });
          confidence = 0.9;
        } else if (PAPER_FUTURE.test(m[0]) && PAPER_CONTENT.test(around)) {
          reasons.push({ kind: 'context', detail: 'describes what is on a paper that has not been sat yet' });
          confidence = 0.85;
        } else if (secret && /^(?:\S+\s+)*(?:papers?|questions)/.test(m[0])) {
          reasons.push({ kind: 'context', detail: secret.detail });
          confidence = 0.85;
        }
        if (confidence === 0) continue;
        if (secret) secret.used = true;
        push('confidential.unpublished', m.index, m.index + m[0].length, confidence, reasons);
      }
      // This year's live paper with its content described: "this year's maths test… the first question is on…".
      for (const m of lower.matchAll(LIVE_PAPER)) {
        const si = sentenceOf(m.index);
        const around = lower.slice(starts[si]!, starts[si + 2] ?? text.length);
        if (!LIVE_CONTENT.test(around) || PAST_PAPER.test(around)) continue;
        push('confidential.unpublished', m.index, m.index + m[0].length, 0.75, [
          { kind: 'pattern', detail: "this year's exam or test paper" },
          { kind: 'context', detail: 'describes what is in it' },
        ]);
      }
      for (const m of lower.matchAll(RESULTS)) {
        const si = sentenceOf(m.index);
        const secret = near(secrets, si);
        const around = lower.slice(starts[Math.max(0, si - 1)]!, starts[si + 2] ?? text.length);
        if (!secret || !RESULT_FIGURES.test(around)) continue;
        secret.used = true;
        push('confidential.unpublished', m.index, m.index + m[0].length, 0.85, [
          { kind: 'pattern', detail: "the school's exam results" },
          { kind: 'context', detail: 'results are described while under embargo or kept quiet' },
        ]);
      }
    }

    // 4. A secrecy cue on its own, about work, that no finding above has already used.
    // A confession ("don't tell anyone but I ate…") also covers the other cues in its sentence ("… 🤫").
    const confessed = new Set(secrets.filter((c) => CONFESSION.test(lower.slice(c.end, c.end + 40))).map((c) => c.sentence));
    for (const c of secrets) {
      if (c.used || !c.bare) continue;
      if (foundIn.some((s) => Math.abs(s - c.sentence) <= 1)) continue;
      if (confessed.has(c.sentence)) continue;
      const windowText = lower.slice(Math.max(0, c.start - WINDOW), c.end + WINDOW);
      if (FUN.test(windowText)) continue;
      if (!WORK_CONTEXT.test(windowText)) continue;
      push('confidential.unpublished', c.start, c.end, 0.6, [
        { kind: 'wordlist', detail: c.detail },
        { kind: 'context', detail: 'the post is about work or school' },
      ]);
    }

    // 5. Passwords, logins and access codes with their value.
    if (/pass|pw|pin|code|log|user/.test(lower)) {
      for (const m of text.matchAll(CREDENTIAL)) {
        const key = m[1]!.toLowerCase();
        const sep = m[2]!.trim().toLowerCase();
        const quoted = m[3] !== '' && m[5] !== '';
        let value = m[4]!;
        if (!quoted) value = value.replace(/[.,;:?)]+$/, '');
        if (value.length < 2) continue;
        const low = value.toLowerCase();
        const hasDigit = /\d/.test(value);
        const hasSymbol = /[^\p{L}\p{N}]/u.test(value);
        const mixed = /\p{Lu}/u.test(value.slice(1)) && /\p{Ll}/u.test(value);
        const strong = hasDigit || hasSymbol || mixed;
        if (NOT_SECRET.has(low) || /^([*•·.x#_-])\1*$/u.test(low)) continue; // "********": already hidden
        if (!strong && !quoted && (/(?:ing|ed|ly|er|est)$/.test(low) || value.length > 20)) continue;
        const isPassword = PASSWORD_KEYS.has(key);
        const isCode = /pin|code/.test(key);
        if (isCode && !hasDigit) continue;
        if (!sep && !strong) continue; // "password reset" is not "password: reset"
        if ((key === 'pw' || key === 'pwd') && !/[:=]/.test(sep) && !strong) continue;
        if (!isPassword && !isCode && !strong && !/[:=]/.test(sep) && !quoted) continue; // "login is down"
        const start = m.index;
        const end = m.index + m[0].length - (m[4]!.length - value.length) - (quoted ? 0 : 0);
        const system = SYSTEM_LIST.find(lower.slice(Math.max(0, start - 40), start))[0];
        const reasons: Reason[] = [
          { kind: 'pattern', detail: isCode ? 'an access code with its number' : 'a login or password followed by its value' },
        ];
        if (system) reasons.push({ kind: 'context', detail: 'a school system or account is named' });
        if (strong || quoted) reasons.push({ kind: 'pattern', detail: 'the value looks like a password (digits, symbols or quoted)' });
        const confidence = isPassword || isCode ? (strong || quoted || system ? 0.95 : 0.75) : strong || system ? 0.8 : 0.65;
        push('confidential.credentials', start, end, confidence, reasons);
      }
    }
    return out;
  },
};

/** The word list in one pass, then job cuts written out; a word-list hit inside a job-cuts phrase gives way. */
function findTopics(lower: string): TermMatch[] {
  const found = TOPIC_LIST.find(lower);
  if (!/\b(?:posts?|jobs?|roles?|positions?)\b/.test(lower)) return found;
  const cuts = Array.from(lower.matchAll(JOB_CUTS_PATTERN), (m) => ({ term: JOB_CUTS, start: m.index, end: m.index + m[0].length }));
  if (cuts.length === 0) return found;
  return [...cuts, ...found.filter((f) => !cuts.some((c) => f.start < c.end && c.start < f.end))].sort((a, b) => a.start - b.start);
}

function cue(m: TermMatch, sentence: number, bare: boolean): Cue {
  return { start: m.start, end: m.end, sentence, detail: m.term.note ?? 'a secrecy cue', bare };
}

function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]+(?=\s)|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

function indexAround(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const baseOf = (key: string) => key.split("'")[0]!;

/** Who the matter is about: a colleague by title, role or name; a pronoun; the writer; or staff in general. */
function colleague(
  input: DetectorInput,
  first: number,
  last: number,
  sent: { start: number; end: number },
): { kind: Who; detail: string } | undefined {
  const tokens = input.tokens;
  const roleAt = (j: number): { kind: Who; detail: string } | undefined => {
    if (ROLES_PLURAL.has(tokens[j]!.key)) {
      const [a, b] = [tokens[j - 2]?.key, tokens[j - 3]?.key];
      return a === 'of' || (b === 'of' && a !== undefined)
        ? { kind: 'indefinite', detail: 'a colleague is mentioned ("one of our teachers")' }
        : undefined;
    }
    if (!ROLES.has(tokens[j]!.key)) return undefined;
    for (let k = j - 1; k >= Math.max(0, j - 3) && tokens[k]!.start >= sent.start; k--) {
      const key = tokens[k]!.key;
      if (DEFINITE.has(key)) return { kind: 'definite', detail: 'a particular colleague is described by role ("our head")' };
      if (INDEFINITE.has(key) || key === 'of') return { kind: 'indefinite', detail: 'a colleague is mentioned ("a colleague", "a TA")' };
    }
    return undefined;
  };
  const personAt = (j: number): { kind: Who; detail: string } | undefined => {
    const t = tokens[j]!;
    const key = baseOf(t.key);
    if (PRONOUN.has(key)) return { kind: 'pronoun', detail: 'a pronoun (he, she, his, her) links it to one person' };
    const prev = tokens[j - 1];
    if (t.capitalised && prev && TITLE.has(prev.key)) return { kind: 'definite', detail: 'a member of staff is named with a title' };
    if (TITLE.has(key)) return { kind: 'definite', detail: 'a member of staff is named with a title' };
    return roleAt(j);
  };
  let links = 0;
  let group: { kind: Who; detail: string } | undefined;
  for (let j = first - 1; j >= 0 && tokens[j]!.start >= sent.start; j--) {
    const key = baseOf(tokens[j]!.key);
    const person = personAt(j);
    if (person) return person;
    if (SELF.has(key)) return { kind: 'self', detail: 'the writer' };
    // "Someone has put a grievance in against the deputy": the one raising it; the colleague may come after the topic.
    if (GROUP.has(key)) {
      group = { kind: 'group', detail: 'staff in general' };
      break;
    }
    if (LINK.has(key)) {
      if (++links > MAX_LINKS) break;
      continue;
    }
    const t = tokens[j]!;
    // "our deputy at St Luke's is off…": a place after "at" or "St" is not the colleague.
    const before = tokens[j - 1]?.key;
    if (t.capitalised && (before === 'st' || before === 'saint' || before === 'at')) {
      if (++links > MAX_LINKS) break;
      continue;
    }
    if (t.capitalised && t.key.length > 1 && !/\d/.test(t.key) && t.text !== t.text.toUpperCase() && !NOT_NAME.has(t.key)) {
      return { kind: 'name', detail: 'a capitalised name is linked to it' };
    }
    break;
  }
  // After the topic: "a grievance against Mr Hughes", "an allegation against him".
  links = 0;
  for (let j = last + 1; j < tokens.length && tokens[j]!.end <= sent.end && links <= 6; j++) {
    const key = tokens[j]!.key;
    const person = personAt(j);
    if (person && links > 0) return person;
    if (!FORWARD.has(key) && !TITLE.has(key)) break;
    links++;
  }
  return group;
}
