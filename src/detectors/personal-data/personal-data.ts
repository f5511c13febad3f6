// Personal data in a post: phone numbers, email addresses, home addresses and postcodes, dates of birth, NHS numbers
// and National Insurance numbers. Pattern → context → validation, in the manner of a Presidio recogniser.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { isValidNhsNumber, isValidNino } from '../../engine/checksums.ts';
import type { DetectorInput, Detector } from '../../engine/detector.ts';
import { TermList, termSet } from '../../engine/terms.ts';
import type { DetectorFinding, Reason, Signal } from '../../engine/types.ts';
import {
  DRAMA_NUMBER_PREFIXES,
  HOME_CUES,
  NHS_CUES,
  NINO_CUES,
  NOT_HOUSE_NUMBER_BEFORE,
  NOT_MAILBOX_NAMES,
  NOT_STREET_NAME_START,
  NOT_PERSON_BORN,
  NOT_STREET_NAME_WORDS,
  PHONE_ORGANISATION_CUES,
  PHONE_PERSONAL_CUES,
  POSTCODE_AREAS,
  PUBLIC_ADDRESSES,
  REFERENCE_CUES,
  RESIDENCE_CUES,
  ROLE_MAILBOXES,
  SPELLED_EMAIL_TLDS,
  STREET_TYPES,
  VENUE_CUES,
  WEAK_STREET_TYPES,
  WEBMAIL_DOMAINS,
} from './data.ts';

// ── Compiled once ───────────────────────────────────────────────────────────────────────────────────────────────

const personalCues = new TermList(PHONE_PERSONAL_CUES);
const organisationCues = new TermList(PHONE_ORGANISATION_CUES);
const referenceCues = new TermList(REFERENCE_CUES);
const homeCues = new TermList(HOME_CUES);
const residenceCues = new TermList(RESIDENCE_CUES);
const venueCues = new TermList(VENUE_CUES);
const notHouseNumberBefore = new TermList(NOT_HOUSE_NUMBER_BEFORE);
const nhsCues = new TermList(NHS_CUES);
const ninoCues = new TermList(NINO_CUES);
const notPersonBorn = new TermList(NOT_PERSON_BORN);

const setOf = termSet;
const roleMailboxes = setOf(ROLE_MAILBOXES);
const webmail = setOf(WEBMAIL_DOMAINS);
const postcodeAreas = setOf(POSTCODE_AREAS);
const notStreetNameWords = setOf(NOT_STREET_NAME_WORDS);
const publicAddresses = setOf(PUBLIC_ADDRESSES);
const weakStreetTypes = setOf(WEAK_STREET_TYPES);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

// ── Phone numbers ───────────────────────────────────────────────────────────────────────────────────────────────

// A UK number: 0 (or +44 / 0044, with an optional "(0)") and 9–10 more digits, grouped by spaces, hyphens, dots or
// brackets. Not glued to letters, other digits, "@", "/" or "#", and not one group of a longer run of digit groups.
const PHONE =
  /(?<![\p{L}\p{N}+@/#=_]|\d[.-])(?:(?:\+|00) ?44 ?(?:\(0\) ?)?|\(?0)\d(?:[ .()-]{0,2}\d){8,9}(?![\p{L}\p{N}@_]|[./-]\d| \d)/gu;
const DATE_SHAPED = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/;
// Ofcom's drama ranges count as real numbers (see data.ts): ten national digits starting with a reserved prefix.
const dramaPrefixes = DRAMA_NUMBER_PREFIXES.map((t) => t.term);
// Non-geographic business ranges (freephone 080x, 03, 084x/087x, premium 09): never a person's own number.
const ORGANISATION_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);
const MOBILE_TYPES = new Set(['MOBILE', 'PERSONAL_NUMBER']);

type PhoneKind = 'mobile' | 'landline';

function phoneKind(written: string): PhoneKind | undefined {
  const dialled = written.replace(/\(0\)/, '').replace(/[^\d+]/g, '').replace(/^00/, '+');
  const phone = parsePhoneNumberFromString(dialled, 'GB');
  if (!phone || phone.countryCallingCode !== '44') return undefined;
  const national = phone.nationalNumber;
  if (national.length === 10 && dramaPrefixes.some((p) => national.startsWith(p))) {
    return national.startsWith('7') ? 'mobile' : 'landline';
  }
  if (!phone.isValid()) return undefined;
  const type = phone.getType();
  if (type && ORGANISATION_TYPES.has(type)) return undefined;
  return type && MOBILE_TYPES.has(type) ? 'mobile' : 'landline';
}

// ── Email addresses ─────────────────────────────────────────────────────────────────────────────────────────────

const EMAIL =
  /(?<![\p{L}\p{N}._%+\-@/])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\p{L}\p{N}@_-]|\.[A-Za-z0-9])/gu;

// Written-out addresses: "jo [at] example [dot] com", "jo(at)example(dot)co(dot)uk", "jo dot bloggs at gmail dot com".
const BRACKET_AT = String.raw`\s*[\[({<]\s*at\s*[\])}>]\s*`;
const BRACKET_DOT = String.raw`\s*[\[({<]\s*dot\s*[\])}>]\s*`;
const DOT = String.raw`(?:${BRACKET_DOT}|\s+dot\s+|\.)`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9_-]{0,40}[a-z0-9])?`;
const LOCAL_LABEL = String.raw`[a-z0-9](?:[a-z0-9_%+-]{0,40}[a-z0-9])?`;
const SPELLED_TLD = SPELLED_EMAIL_TLDS.map((t) => t.term)
  .sort((a, b) => b.length - a.length)
  .map((t) => t.split(' ').map(escape).join(DOT))
  .join('|');
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-@])(${LOCAL_LABEL}(?:${DOT}${LOCAL_LABEL}){0,3})(${BRACKET_AT}|\s+at\s+|\s*@\s*)((?:${LABEL}${DOT}){1,3})(?:${SPELLED_TLD})(?![\p{L}\p{N}]|\.[a-z0-9])`,
  'gu',
);
const WORDY_DOT = new RegExp(`${BRACKET_DOT}|\\s+dot\\s+`, 'u');
const WORDY_DOT_SPLIT = new RegExp(`${BRACKET_DOT}|\\s+dot\\s+|\\.`, 'u');
// "find us at example dot com" names a website, not a mailbox.
const notMailbox = setOf(NOT_MAILBOX_NAMES);

// ── Addresses and postcodes ─────────────────────────────────────────────────────────────────────────────────────

const STRONG_TYPES = STREET_TYPES.map((t) => t.term);
const WEAK_TYPES = WEAK_STREET_TYPES.map((t) => t.term);
const ALL_TYPES = alternation([...STRONG_TYPES, ...WEAK_TYPES]);
const CAPITAL_TYPES = alternation([...STRONG_TYPES, ...WEAK_TYPES].map(capitalise));
// A postcode: outward code (area letters, district) and inward code (sector digit, unit letters).
const POSTCODE_SHAPE = String.raw`([A-Za-z]{1,2})(\d[A-Za-z\d]?)( ?)(\d[A-Za-z]{2})`;
const POSTCODE = new RegExp(String.raw`(?<![\p{L}\p{N}])${POSTCODE_SHAPE}(?![\p{L}\p{N}])`, 'gu');
const OUTWARD = /^(?:[A-Z]{1,2}\d{1,2}|[A-Z]\d[A-HJKPSTUW]|[A-Z]{2}\d[ABEHMNPRV-Y])$/;
const UNIT_LETTERS = /^[ABD-HJLNP-UW-Z]{2}$/;
// Town and postcode after a street: ", Leicester LE12 3AB", " LE12 3AB".
const ADDRESS_TAIL = new RegExp(
  String.raw`,?\s+(?:[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,2},?\s+)?${POSTCODE_SHAPE}(?![\p{L}\p{N}])`,
  'uy',
);
// House number, capitalised street name, street type: "12 Oak Tree Close", "3a St Mary's Rd", "Flat 2, 14 High St".
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€#.,:/-])(?:(?:Flat|Apartment|Apt|Unit) \d{1,4}[A-Za-z]?,? )?\d{1,4}[A-Za-z]?(?:-\d{1,4})?,? ((?:(?:St\.?|[A-Z][\p{L}'-]+) ){1,3}?)(${CAPITAL_TYPES})(?![\p{L}\p{N}'])`,
  'gu',
);
// A capitalised street without a house number after "on"/"in"/"at": "… round the corner from me on Station Road".
// Reported only with a home cue earlier in the same stretch of text.
const NAMED_STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:on|in|at) ((?:(?:St\.?|[A-Z][\p{L}'-]+) ){1,3}?)(${CAPITAL_TYPES})(?![\p{L}\p{N}'])`,
  'gu',
);
const NAME_STOP = alternation(NOT_STREET_NAME_START.map((t) => t.term));
// A home cue then a street, in any case: "lives at 12 oak road", "moved to Elm Grove", "address is 4 Mill Lane".
const LIVES_AT = new RegExp(
  String.raw`(?<![\p{L}])(?:lives?|living|lived|stays?|staying|moved|moving|address(?: is)?|home is|house is)(?: (?:at|on|in|to|is))?\s*:?\s*(?:number )?((?:\d{1,4}[a-z]?,? )?(?:(?!(?:${NAME_STOP})\b)[a-z][\p{L}'-]* ){1,3}?(?:${ALL_TYPES}))(?![\p{L}\p{N}])`,
  'gu',
);

interface Postcode {
  compact: string;
}

function postcodeOf(area: string, district: string, space: string, inward: string, hasCue: boolean): Postcode | undefined {
  const upper = (area + district + inward).toUpperCase();
  const written = area + district + inward;
  if (!postcodeAreas.has(area.toLowerCase())) return undefined;
  if (!OUTWARD.test((area + district).toUpperCase())) return undefined;
  if (!UNIT_LETTERS.test(inward.slice(1).toUpperCase())) return undefined;
  if (written !== upper) {
    // Lower- or mixed-case: "le12 3ab" only with a space, a home cue, and not an ordinal ("b1 2nd floor").
    if (!space || !hasCue || /^\d(?:st|nd|rd|th)$/i.test(inward)) return undefined;
  }
  return { compact: upper };
}

const compactPostcode = (p: string) => p.replace(/\s+/g, '').toUpperCase();

// ── Dates of birth ──────────────────────────────────────────────────────────────────────────────────────────────

const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const NUM_MONTH = String.raw`(?:1[0-2]|0?[1-9])`;
const ORDINAL = '(?:st|nd|rd|th)?';
const DATE = String.raw`(?:${DAY}[/.-]${NUM_MONTH}(?:[/.-](?<y1>\d{4}|\d{2}))?|${DAY}${ORDINAL}(?: of)? (?:${MONTH})\.?(?:,? (?<y2>\d{4}))?|(?:${MONTH})\.? ${DAY}${ORDINAL}(?:,? (?<y3>\d{4}))?|(?<y4>\d{4})-${NUM_MONTH}-${DAY})`;
// The cue, then filler ("is", "was", "on", "the", ":"), then the date, which ends the match.
const BIRTH_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<cue>d\.?o\.?b\.?|d/o/b|date of birth|birth ?date|born|birthday (?:is|was))(?![\p{L}])(?:[\s:=,(-]*(?:is|was|on|the)(?![\p{L}]))*[\s:=,(-]*(?<date>${DATE})(?![\p{L}\p{N}]|[/.-]\d)`,
  'gu',
);

// ── NHS and National Insurance numbers ──────────────────────────────────────────────────────────────────────────

const NHS = /(?<![\p{L}\p{N}]|\d[ -])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{L}\p{N}]|[ -]\d)/gu;
const NINO = /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])/gu;

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Lower-cased text of up to `words` words before a normalised offset. */
function before(input: DetectorInput, start: number, words: number): string {
  const i = input.tokenAt(start);
  const first = Math.max(0, i - words);
  if (first >= i) return '';
  return input.norm.lower.slice(input.tokens[first]!.start, start);
}

/** Lower-cased text of up to `words` words after a normalised offset, stopping at the end of the sentence. */
function after(input: DetectorInput, end: number, words: number): string {
  const i = input.tokenAt(end);
  const last = Math.min(input.tokens.length, i + words) - 1;
  if (last < i) return '';
  const text = input.norm.lower.slice(end, input.tokens[last]!.end);
  const stop = /[.!?\n]\s/.exec(text + ' ');
  return stop ? text.slice(0, stop.index) : text;
}

const first = (list: TermList, lower: string) => list.find(lower)[0]?.term.term;

interface Candidate {
  signal: Signal;
  start: number;
  end: number;
  confidence: number;
  reasons: Reason[];
  message: string;
  suggestion: string;
}

const MESSAGES = {
  mobile: "This looks like a personal mobile number. Posting someone's number publicly shares their personal data.",
  landline: "This looks like a personal phone number. Posting someone's number publicly shares their personal data.",
  phoneSuggestion: 'Remove the number; share it privately, or point people to the school office instead.',
  email: "This looks like a person's email address. Posting it publicly shares their personal data.",
  emailSuggestion: "Remove the address; share it privately, or use the school's official contact details.",
  address: 'This looks like a home address. Where someone lives must never be shared publicly.',
  postcode: 'This looks like a postcode, which can show where someone lives.',
  addressSuggestion: 'Remove the address or postcode.',
  dob: "This looks like someone's date of birth, which is personal data.",
  dobSuggestion: 'Remove the date of birth; a birthday greeting does not need it.',
  nhs: 'This looks like an NHS number, which is confidential health information.',
  nhsSuggestion: 'Remove the number; it never needs to be shared publicly.',
  nino: 'This looks like a National Insurance number.',
  ninoSuggestion: 'Remove the number; it never needs to be shared publicly.',
} as const;

// ── The detector ────────────────────────────────────────────────────────────────────────────────────────────────

function findPhones(input: DetectorInput, out: Candidate[]): void {
  // libphonenumber costs tens of microseconds a number: parse each distinct number once per post.
  const kinds = new Map<string, PhoneKind | undefined>();
  for (const m of input.norm.text.matchAll(PHONE)) {
    if (DATE_SHAPED.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    let kind = kinds.get(m[0]);
    if (!kinds.has(m[0])) kinds.set(m[0], (kind = phoneKind(m[0])));
    if (!kind) continue;
    const close = before(input, start, 3);
    if (first(referenceCues, close) || first(nhsCues, close)) continue;
    const orgBefore = first(organisationCues, close);
    const personal = first(personalCues, before(input, start, 5));
    const org = orgBefore ?? first(organisationCues, after(input, end, 3));
    let confidence: number;
    const reasons: Reason[] = [
      { kind: 'pattern', detail: `shaped like a UK ${kind === 'mobile' ? 'mobile' : 'landline'} number` },
      { kind: 'checksum', detail: 'a valid UK number for its range (libphonenumber)' },
    ];
    if (kind === 'mobile') {
      // A mobile is the number the policies worry about; one beside "school office" or "trip mobile" is likelier the
      // school's own, so it is reported more weakly.
      if (orgBefore || (!personal && org)) {
        confidence = 0.6;
        reasons.push({ kind: 'context', detail: `"${orgBefore ?? org}" nearby: may be an organisation's number` });
      } else if (personal) {
        confidence = 0.9;
        reasons.push({ kind: 'context', detail: `"${personal}" nearby` });
      } else confidence = 0.85;
    } else {
      // A landline beside "office", "reception", "school" is an organisation's published number: not personal data.
      if (orgBefore) continue;
      if (personal) {
        confidence = 0.85;
        reasons.push({ kind: 'context', detail: `"${personal}" nearby` });
      } else if (org) continue;
      else confidence = 0.6;
    }
    out.push({
      signal: 'confidential.contact-details',
      start,
      end,
      confidence,
      reasons,
      message: kind === 'mobile' ? MESSAGES.mobile : MESSAGES.landline,
      suggestion: MESSAGES.phoneSuggestion,
    });
  }
}

function isSchoolDomain(domain: string, input: DetectorInput): boolean {
  const own = input.context.school?.emailDomains ?? [];
  return own.some((d) => {
    const ours = d.toLowerCase();
    return domain === ours || domain.endsWith(`.${ours}`);
  });
}

function findEmails(input: DetectorInput, out: Candidate[]): void {
  for (const m of input.norm.text.matchAll(EMAIL)) {
    const at = m[0].indexOf('@');
    const local = m[0].slice(0, at).toLowerCase();
    const domain = m[0].slice(at + 1).toLowerCase();
    if (isSchoolDomain(domain, input)) continue;
    const provider = domain.split('.')[0]!;
    const isWebmail = webmail.has(provider);
    if (roleMailboxes.has(local) && !isWebmail) continue;
    out.push({
      signal: 'confidential.contact-details',
      start: m.index,
      end: m.index + m[0].length,
      confidence: isWebmail ? 0.9 : 0.8,
      reasons: [
        { kind: 'pattern', detail: 'shaped like an email address' },
        ...(isWebmail ? [{ kind: 'wordlist' as const, detail: 'a personal webmail provider' }] : []),
      ],
      message: MESSAGES.email,
      suggestion: MESSAGES.emailSuggestion,
    });
  }
  const lower = input.norm.lower;
  if (!/\bat\b|@/.test(lower)) return;
  for (const m of lower.matchAll(SPELLED_EMAIL)) {
    const [whole, local, atForm, domainHead] = m as unknown as [string, string, string, string];
    const bracketAt = /[\[({<]/.test(atForm);
    const wordAt = !bracketAt && /at/.test(atForm);
    const wordyDot = WORDY_DOT.test(whole);
    const spacedAt = !bracketAt && !wordAt && /\s/.test(atForm);
    if (!bracketAt && !wordAt && !spacedAt && !wordyDot) continue; // a plain address: handled above
    const domain = whole.slice(local.length + atForm.length).split(WORDY_DOT_SPLIT).join('.');
    const provider = domainHead.split(WORDY_DOT_SPLIT)[0]!;
    if (wordAt) {
      // "at" as a word is everywhere; accept it only for a webmail provider, or with a bracketed "[dot]".
      if (notMailbox.has(local)) continue;
      if (!webmail.has(provider) && !new RegExp(BRACKET_DOT, 'u').test(whole)) continue;
    }
    if (isSchoolDomain(domain, input)) continue;
    const start = m.index;
    out.push({
      signal: 'confidential.contact-details',
      start,
      end: start + whole.length,
      confidence: 0.9,
      reasons: [
        { kind: 'pattern', detail: 'an email address written out to dodge filters ("at", "dot")' },
        ...(webmail.has(provider) ? [{ kind: 'wordlist' as const, detail: 'a personal webmail provider' }] : []),
      ],
      message: MESSAGES.email,
      suggestion: MESSAGES.emailSuggestion,
    });
  }
}

/** Extends an address over ", Town POSTCODE" when a valid postcode follows. */
function addressTail(input: DetectorInput, end: number): { end: number; postcode: string } | undefined {
  ADDRESS_TAIL.lastIndex = end;
  const t = ADDRESS_TAIL.exec(input.norm.text);
  if (!t) return undefined;
  const pc = postcodeOf(t[1]!, t[2]!, t[3]!, t[4]!, true);
  return pc ? { end: end + t[0].length, postcode: pc.compact } : undefined;
}

function pushAddress(
  input: DetectorInput,
  out: Candidate[],
  start: number,
  streetEnd: number,
  cue: string | undefined,
  cued = 0.9,
): void {
  const tail = addressTail(input, streetEnd);
  const schoolPostcode = input.context.school?.postcode;
  // The school's own address is public, and the school detector reports its postcode.
  if (tail && schoolPostcode && tail.postcode === compactPostcode(schoolPostcode)) return;
  const reasons: Reason[] = [{ kind: 'pattern', detail: 'a house number, a street name and a street type' }];
  if (cue) reasons.push({ kind: 'context', detail: `"${cue}" nearby` });
  if (tail) reasons.push({ kind: 'pattern', detail: 'followed by a UK postcode' });
  out.push({
    signal: 'confidential.contact-details',
    start,
    end: tail?.end ?? streetEnd,
    confidence: tail ? 0.9 : cue ? cued : 0.75,
    reasons,
    message: MESSAGES.address,
    suggestion: MESSAGES.addressSuggestion,
  });
}

function findAddresses(input: DetectorInput, out: Candidate[]): void {
  const { text, lower } = input.norm;
  for (const m of text.matchAll(STREET)) {
    const start = m.index;
    const end = start + m[0].length;
    const nameWords = m[1]!.trim().toLowerCase().split(/\s+/);
    const type = m[2]!.toLowerCase();
    if (nameWords.some((w) => notStreetNameWords.has(w))) continue;
    if (publicAddresses.has(lower.slice(start, end).replace(/\s+/g, ' '))) continue;
    const pre = before(input, start, 1);
    if (first(notHouseNumberBefore, pre)) continue;
    // "at 2 Church Street Village Hall", "the school, 12 Oak Road": a public venue, not a home.
    if (first(venueCues, before(input, start, 4)) || first(venueCues, after(input, end, 2))) continue;
    const cue = first(homeCues, before(input, start, 5));
    if (weakStreetTypes.has(type) && !cue && !addressTail(input, end)) continue;
    pushAddress(input, out, start, end, cue);
  }
  for (const m of text.matchAll(NAMED_STREET)) {
    const street = m[1]! + m[2]!;
    const end = m.index + m[0].length;
    const start = end - street.length;
    if (m[1]!.trim().split(/\s+/).some((w) => notStreetNameWords.has(w.toLowerCase()))) continue;
    const sentenceStart = input.sentence(start).start;
    const window = before(input, start, 8);
    const cue = first(residenceCues, window.slice(Math.max(0, window.length - (start - sentenceStart))));
    if (!cue) continue;
    if (first(venueCues, before(input, start, 4)) || first(venueCues, after(input, end, 2))) continue;
    pushAddress(input, out, start, end, cue, 0.8);
  }
  for (const m of lower.matchAll(LIVES_AT)) {
    const street = m[1]!;
    const end = m.index + m[0].length;
    const start = end - street.length;
    if (street.split(/\s+/).some((w) => notStreetNameWords.has(w))) continue;
    pushAddress(input, out, start, end, m[0].slice(0, m[0].length - street.length).trim().replace(/\s*:$/, ''));
  }
}

function findPostcodes(input: DetectorInput, out: Candidate[]): void {
  const schoolPostcode = input.context.school?.postcode;
  for (const m of input.norm.text.matchAll(POSTCODE)) {
    const start = m.index;
    const end = start + m[0].length;
    const cue = input.near(start, end, homeCues, 5);
    const pc = postcodeOf(m[1]!, m[2]!, m[3]!, m[4]!, cue !== undefined);
    if (!pc) continue;
    if (schoolPostcode && pc.compact === compactPostcode(schoolPostcode)) continue;
    out.push({
      signal: 'confidential.contact-details',
      start,
      end,
      confidence: cue ? 0.9 : 0.6,
      reasons: [
        { kind: 'pattern', detail: 'a UK postcode with a known postcode area' },
        ...(cue ? [{ kind: 'context' as const, detail: `"${cue}" nearby` }] : []),
      ],
      message: MESSAGES.postcode,
      suggestion: MESSAGES.addressSuggestion,
    });
  }
}

function findBirthDates(input: DetectorInput, out: Candidate[]): void {
  const lower = input.norm.lower;
  if (!/dob|d\.o|d\/o|birth|born/.test(lower)) return;
  for (const m of lower.matchAll(BIRTH_DATE)) {
    const g = m.groups!;
    const cue = g.cue!;
    const hasYear = Boolean(g.y1 ?? g.y2 ?? g.y3 ?? g.y4);
    const explicit = !/^(?:born|birthday)/.test(cue);
    // "born on 12 March" is a baby announcement or a birthday: only a full date with its year is a date of birth.
    if (!explicit && !hasYear) continue;
    // "Our school was born on 1 September 2011": a founding date, not a person's.
    if (!explicit && first(notPersonBorn, before(input, m.index, 3))) continue;
    const end = m.index + m[0].length;
    const start = end - g.date!.length;
    out.push({
      signal: 'confidential.date-of-birth',
      start,
      end,
      confidence: explicit ? (hasYear ? 0.95 : 0.8) : 0.85,
      reasons: [
        { kind: 'pattern', detail: hasYear ? 'a full date' : 'a day and month' },
        { kind: 'context', detail: `"${cue.replace(/\s+/g, ' ')}" just before it` },
      ],
      message: MESSAGES.dob,
      suggestion: MESSAGES.dobSuggestion,
    });
  }
}

function findNhsNumbers(input: DetectorInput, out: Candidate[]): void {
  for (const m of input.norm.text.matchAll(NHS)) {
    if (!isValidNhsNumber(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    const cue = input.near(start, end, nhsCues, 4);
    if (!cue) {
      // About 1 in 11 ten-digit numbers pass the check by chance: without a cue, only the NHS's own 3-3-4 layout
      // counts, and not when the words around say it is a reference or it starts like a phone number.
      if (!m[2] || m[1]!.startsWith('0')) continue;
      if (first(referenceCues, before(input, start, 3))) continue;
    }
    out.push({
      signal: 'confidential.nhs-number',
      start,
      end,
      confidence: cue ? 0.95 : 0.6,
      reasons: [
        { kind: 'pattern', detail: cue ? 'ten digits' : 'ten digits grouped 3-3-4, as NHS numbers are written' },
        { kind: 'checksum', detail: 'NHS number check digit (mod 11) is valid' },
        ...(cue ? [{ kind: 'context' as const, detail: `"${cue}" nearby` }] : []),
      ],
      message: MESSAGES.nhs,
      suggestion: MESSAGES.nhsSuggestion,
    });
  }
}

function findNinos(input: DetectorInput, out: Candidate[]): void {
  for (const m of input.norm.text.matchAll(NINO)) {
    if (!isValidNino(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    const cue = input.near(start, end, ninoCues, 4);
    // Lower-case letters and digits are common in codes; only the usual capitals count without a cue.
    if (!cue && m[0] !== m[0].toUpperCase()) continue;
    out.push({
      signal: 'confidential.ni-number',
      start,
      end,
      confidence: cue ? 0.97 : 0.85,
      reasons: [
        { kind: 'pattern', detail: 'two letters, six digits and a letter A–D' },
        { kind: 'checksum', detail: 'prefix letters are ones HMRC issues' },
        ...(cue ? [{ kind: 'context' as const, detail: `"${cue}" nearby` }] : []),
      ],
      message: MESSAGES.nino,
      suggestion: MESSAGES.ninoSuggestion,
    });
  }
}

/** Overlapping findings of one signal (a street and its postcode, two ways of finding one address) become one. */
function mergeOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const twin = kept.find((k) => k.signal === c.signal && k.start < c.end && c.start < k.end);
    if (!twin) {
      kept.push(c);
      continue;
    }
    twin.end = Math.max(twin.end, c.end);
    if (c.confidence > twin.confidence) {
      twin.confidence = c.confidence;
      twin.message = c.message;
      twin.suggestion = c.suggestion;
    }
    for (const r of c.reasons) if (!twin.reasons.some((x) => x.detail === r.detail)) twin.reasons.push(r);
  }
  return kept;
}

export const personalData: Detector = {
  meta: {
    id: 'personal-data',
    category: 'confidential',
    signals: ['confidential.contact-details', 'confidential.date-of-birth', 'confidential.nhs-number', 'confidential.ni-number'],
    description:
      'Personal phone numbers, email addresses, home addresses and postcodes, dates of birth, NHS numbers (check digit validated) and National Insurance numbers.',
  },
  detect(input) {
    const found: Candidate[] = [];
    findPhones(input, found);
    findEmails(input, found);
    findAddresses(input, found);
    findPostcodes(input, found);
    findBirthDates(input, found);
    findNhsNumbers(input, found);
    findNinos(input, found);
    return mergeOverlaps(found).map(
      (c): DetectorFinding => ({
        signal: c.signal,
        ...input.at(c.start, c.end),
        confidence: c.confidence,
        evidence: { reasons: c.reasons },
        message: c.message,
        suggestion: c.suggestion,
      }),
    );
  },
};
