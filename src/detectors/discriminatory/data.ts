// Word lists for the discriminatory detector. Every entry says what it is and why it is here; `source` names the
// protected characteristic in the Equality Act 2010 that the word attacks. The lists are data: the rules that use
// them live in discriminatory.ts and README.md explains each deliberate decision about a word with an innocent sense.
import type { Term } from '../../engine/terms.ts';

export const CHARACTERISTICS = [
  'age',
  'disability',
  'gender reassignment',
  'marriage and civil partnership',
  'pregnancy and maternity',
  'race',
  'religion or belief',
  'sex',
  'sexual orientation',
] as const;
export type Characteristic = (typeof CHARACTERISTICS)[number];

/** Where the Equality Act 2010 defines each protected characteristic (all are listed in s.4). */
export const EQUALITY_ACT: Record<Characteristic, string> = {
  age: 'Equality Act 2010 s.4, s.5 (age)',
  disability: 'Equality Act 2010 s.4, s.6 (disability)',
  'gender reassignment': 'Equality Act 2010 s.4, s.7 (gender reassignment)',
  'marriage and civil partnership': 'Equality Act 2010 s.4, s.8 (marriage and civil partnership)',
  'pregnancy and maternity': 'Equality Act 2010 s.4, s.18 (pregnancy and maternity)',
  race: 'Equality Act 2010 s.4, s.9 (race: colour, nationality, ethnic or national origins)',
  'religion or belief': 'Equality Act 2010 s.4, s.10 (religion or belief)',
  sex: 'Equality Act 2010 s.4, s.11 (sex)',
  'sexual orientation': 'Equality Act 2010 s.4, s.12 (sexual orientation)',
};

/**
 * A slur. Written lower-case; a space matches spaces, hyphens or nothing ("window licker", "windowlicker"); a hyphen
 * must be written. The detector also accepts letters repeated ("spazzz"), digits or symbols for letters ("sp4z") and
 * one masked inner letter in two ("n*gger", not "p***y").
 */
export interface SlurTerm extends Term {
  characteristic: Characteristic;
  /** How sure a match is a slur when the rules below let it through. */
  confidence: number;
  /**
   * 'noun': only when used as a name for a person — "you …", "he's a …", "called her a …" — because the word has an
   * everyday sense (a dyke is also a ditch, a fag a cigarette, a bender a binge).
   */
  frame?: 'noun';
  /** The word before must be one of these ("that's so gay", not "so gay-friendly"). */
  after?: readonly string[];
  /** Not when the next word is one of these: "faggots and peas" is dealt with by notNear, "Maine coon" by notAfter. */
  notBefore?: readonly string[];
  /** Not when the previous word is one of these. */
  notAfter?: readonly string[];
  /** Not when one of these words is within six words either side (food words around the meatball dish). */
  notNear?: readonly string[];
  /** Capitalised in mid-sentence it is a surname or a place (Coon, Mong, Troon): not flagged. */
  properNoun?: boolean;
}

function slur(term: string, characteristic: Characteristic, note: string, confidence: number, rules: Partial<SlurTerm> = {}): SlurTerm {
  return { term, characteristic, note, source: EQUALITY_ACT[characteristic], confidence, ...rules };
}

const FOOD_AND_FIREWOOD = [
  'peas', 'pea', 'gravy', 'mash', 'mashed', 'onion', 'onions', 'dinner', 'dinners', 'tea', 'lunch', 'recipe', 'butcher',
  'butchers', 'brains', "brain's", 'cook', 'cooked', 'cooking', 'eat', 'ate', 'eating', 'oven', 'chips', 'meatballs',
  'pork', 'liver', 'mushy', 'sausages', 'freezer', 'menu', 'dish', 'sticks', 'firewood', 'kindling', 'bundle', 'bundles',
  'heretic', 'heretics', 'stake', 'faggot', 'faggots', 'tasty', 'yum', 'delicious',
];
const CIGARETTE = ['break', 'breaks', 'end', 'ends', 'packet', 'packets', 'butt', 'butts', 'lighter', 'ash', 'hag'];
const CLINICAL = [
  'cerebral', 'diplegia', 'hemiplegia', 'quadriplegia', 'tetraplegia', 'paraplegia', 'monoplegia', 'paresis', 'cp',
  'muscle', 'muscles', 'colon', 'dysphonia', 'gait', 'type', 'society', 'societies', 'bladder', 'tone',
];
const HOMINIDS = [
  'sapiens', 'sapien', 'erectus', 'habilis', 'neanderthalensis', 'floresiensis', 'naledi', 'heidelbergensis', 'ergaster',
  'antecessor', 'luzonensis', 'rudolfensis', 'economicus', 'ludens', 'faber', 'deus', 'genus', 'species', 'and',
];
const RETARD_AS_VERB = [
  'the', 'growth', 'its', 'their', 'his', 'her', 'ignition', 'timing', 'combustion', 'spread', 'progress', 'development',
  'setting', 'decay', 'flow', 'corrosion', 'fire', 'flames', 'burning',
];
/** "that's so gay" as a put-down: the word before "so gay" / "well gay". */
const PUT_DOWN_LEADS = ["that's", 'thats', 'that', "it's", 'its', 'is', 'was', "you're", 'youre', 'ur', 'sounds', 'looks', 'how', 'proper'];

export const SLURS: readonly SlurTerm[] = [
  // Race (colour, nationality, ethnic or national origins).
  slur('nigger', 'race', 'anti-Black racial slur', 0.98),
  slur('niggers', 'race', 'anti-Black racial slur', 0.98),
  slur('nigga', 'race', 'anti-Black racial slur (variant spelling)', 0.95),
  slur('niggas', 'race', 'anti-Black racial slur (variant spelling)', 0.95),
  slur('niggaz', 'race', 'anti-Black racial slur (variant spelling)', 0.95),
  slur('niggah', 'race', 'anti-Black racial slur (variant spelling)', 0.95),
  slur('nig nog', 'race', 'anti-Black racial slur', 0.95),
  slur('nig nogs', 'race', 'anti-Black racial slur', 0.95),
  slur('wog', 'race', 'racial slur for Black or Asian people', 0.9),
  slur('wogs', 'race', 'racial slur for Black or Asian people', 0.9),
  slur('golliwog', 'race', 'racist caricature of Black people, used as a slur', 0.8),
  slur('golliwogs', 'race', 'racist caricature of Black people, used as a slur', 0.8),
  slur('gollywog', 'race', 'racist caricature of Black people, used as a slur', 0.8),
  slur('darkie', 'race', 'racial slur for Black people', 0.9),
  slur('darkies', 'race', 'racial slur for Black people', 0.9),
  slur('darky', 'race', 'racial slur for Black people', 0.9),
  slur('sambo', 'race', 'racial slur for Black people; capitalised SAMBO is also a martial art', 0.85, { properNoun: true, notBefore: ['wrestling', 'club', 'class', 'classes'] }),
  slur('sambos', 'race', 'racial slur for Black people', 0.85),
  slur('jungle bunny', 'race', 'racial slur for Black people', 0.95),
  slur('jungle bunnies', 'race', 'racial slur for Black people', 0.95),
  slur('pickaninny', 'race', 'racial slur for Black children', 0.95),
  slur('pickaninnies', 'race', 'racial slur for Black children', 0.95),
  slur('coon', 'race', 'racial slur for Black people; also a surname, a cat breed (Maine Coon) and a dog breed (coonhound)', 0.8, {
    properNoun: true,
    notAfter: ['maine', 'raccoon', 'racoon'],
    notBefore: ['hound', 'hounds', 'dog', 'dogs', 'cat', 'cats', 'kitten', 'kittens', 'carnival', 'cheese'],
  }),
  slur('coons', 'race', 'racial slur for Black people; the plural of the cat breed is excluded', 0.8, { properNoun: true, notAfter: ['maine'] }),
  slur('half caste', 'race', 'offensive term for people of mixed heritage', 0.8),
  slur('half castes', 'race', 'offensive term for people of mixed heritage', 0.8),
  slur('paki', 'race', 'racial slur for people of South Asian heritage', 0.95),
  slur('pakis', 'race', 'racial slur for people of South Asian heritage', 0.95),
  slur('pakki', 'race', 'racial slur for people of South Asian heritage (variant spelling)', 0.95),
  slur('chinky', 'race', 'racial slur for Chinese or East Asian people (also for a takeaway)', 0.9),
  slur('chinkies', 'race', 'racial slur for Chinese or East Asian people', 0.9),
  slur('chink', 'race', 'racial slur for East Asian people; "a chink in the armour" and "a chink of light" are not', 0.85, { frame: 'noun', notBefore: ['of', 'in'] }),
  slur('chinks', 'race', 'racial slur for East Asian people', 0.85, { frame: 'noun', notBefore: ['of', 'in'] }),
  slur('gook', 'race', 'racial slur for East Asian people', 0.9),
  slur('gooks', 'race', 'racial slur for East Asian people', 0.9),
  slur('jap', 'race', 'dated abbreviation for Japanese people, offensive as a name for people', 0.8),
  slur('japs', 'race', 'dated abbreviation for Japanese people, offensive as a name for people', 0.8),
  slur('gyppo', 'race', 'slur for Gypsy, Roma and Traveller people (recognised ethnic groups)', 0.95),
  slur('gyppos', 'race', 'slur for Gypsy, Roma and Traveller people', 0.95),
  slur('gippo', 'race', 'slur for Gypsy, Roma and Traveller people (variant spelling)', 0.95),
  slur('gippos', 'race', 'slur for Gypsy, Roma and Traveller people (variant spelling)', 0.95),
  slur('gypo', 'race', 'slur for Gypsy, Roma and Traveller people (variant spelling)', 0.9),
  slur('gypos', 'race', 'slur for Gypsy, Roma and Traveller people (variant spelling)', 0.9),
  slur('pikey', 'race', 'slur for Travellers (Irish Travellers are a recognised ethnic group)', 0.95),
  slur('pikeys', 'race', 'slur for Travellers', 0.95),
  slur('pikie', 'race', 'slur for Travellers (variant spelling)', 0.9),
  slur('pikies', 'race', 'slur for Travellers (variant spelling)', 0.9),
  slur('spic', 'race', 'slur for Hispanic people; "spic and span" is excluded', 0.85, { notBefore: ['and', 'n'] }),
  slur('spics', 'race', 'slur for Hispanic people', 0.85),
  slur('wetback', 'race', 'slur for Mexican and Latin American migrants', 0.9),
  slur('wetbacks', 'race', 'slur for Mexican and Latin American migrants', 0.9),
  slur('wop', 'race', 'slur for Italian people', 0.85),
  slur('wops', 'race', 'slur for Italian people', 0.85),
  slur('dago', 'race', 'slur for Italian, Spanish or Portuguese people', 0.8),
  slur('dagos', 'race', 'slur for Italian, Spanish or Portuguese people', 0.8),
  slur('eyetie', 'race', 'slur for Italian people', 0.8),
  slur('eyeties', 'race', 'slur for Italian people', 0.8),
  slur('kraut', 'race', 'slur for German people (sauerkraut and krautrock are one word and do not match)', 0.7),
  slur('krauts', 'race', 'slur for German people', 0.7),
  slur('polack', 'race', 'slur for Polish people (the Polish word "Polak" is neutral and not listed)', 0.85),
  slur('polacks', 'race', 'slur for Polish people', 0.85),
  slur('bog trotter', 'race', 'slur for Irish people', 0.85),
  slur('bog trotters', 'race', 'slur for Irish people', 0.85),
  slur('raghead', 'race', 'slur for Arab, South Asian, Muslim or Sikh people', 0.95),
  slur('ragheads', 'race', 'slur for Arab, South Asian, Muslim or Sikh people', 0.95),
  slur('towelhead', 'race', 'slur for Arab, South Asian, Muslim or Sikh people', 0.95),
  slur('towelheads', 'race', 'slur for Arab, South Asian, Muslim or Sikh people', 0.95),
  // Religion or belief.
  slur('kike', 'religion or belief', 'antisemitic slur', 0.95),
  slur('kikes', 'religion or belief', 'antisemitic slur', 0.95),
  slur('yid', 'religion or belief', 'antisemitic slur (its use as a football chant is contested; still flagged)', 0.8),
  slur('yids', 'religion or belief', 'antisemitic slur', 0.8),
  slur('christ killer', 'religion or belief', 'antisemitic slur', 0.9),
  slur('christ killers', 'religion or belief', 'antisemitic slur', 0.9),
  slur('muzzie', 'religion or belief', 'anti-Muslim slur', 0.9),
  slur('muzzies', 'religion or belief', 'anti-Muslim slur', 0.9),
  slur('muzrat', 'religion or belief', 'anti-Muslim slur', 0.95),
  slur('muzrats', 'religion or belief', 'anti-Muslim slur', 0.95),
  slur('taig', 'religion or belief', 'sectarian slur for Catholics', 0.85),
  slur('taigs', 'religion or belief', 'sectarian slur for Catholics', 0.85),
  // Sexual orientation.
  slur('faggot', 'sexual orientation', 'homophobic slur; also a British meatball dish and a bundle of sticks, excluded by food words nearby', 0.9, { notNear: FOOD_AND_FIREWOOD }),
  slur('faggots', 'sexual orientation', 'homophobic slur; also the British meatball dish (faggots and peas)', 0.9, { notNear: FOOD_AND_FIREWOOD }),
  slur('fag', 'sexual orientation', 'homophobic slur; in Britain mostly a cigarette or a chore, so only as a name for a person', 0.85, { frame: 'noun', notBefore: CIGARETTE }),
  slur('fags', 'sexual orientation', 'homophobic slur; in Britain mostly cigarettes, so only as a name for people', 0.85, { frame: 'noun', notBefore: CIGARETTE }),
  slur('poof', 'sexual orientation', 'homophobic slur; also "and poof, it vanished", so only as a name for a person', 0.85, { frame: 'noun' }),
  slur('poofs', 'sexual orientation', 'homophobic slur', 0.85, { frame: 'noun' }),
  slur('poofter', 'sexual orientation', 'homophobic slur', 0.95),
  slur('poofters', 'sexual orientation', 'homophobic slur', 0.95),
  slur('bender', 'sexual orientation', 'homophobic slur; also a drinking binge ("on a bender"), so only as a name for a person', 0.8, { frame: 'noun' }),
  slur('benders', 'sexual orientation', 'homophobic slur; also drinking binges', 0.8, { frame: 'noun' }),
  slur('homo', 'sexual orientation', 'homophobic slur; not before a species name (Homo sapiens) or after "genus"/"ecce"', 0.8, { notBefore: HOMINIDS, notAfter: ['genus', 'ecce'] }),
  slur('homos', 'sexual orientation', 'homophobic slur', 0.85),
  slur('queer', 'sexual orientation', 'reclaimed as an identity ("queer history", "she is queer"), so only as an insult aimed at a person', 0.75, { frame: 'noun' }),
  slur('queers', 'sexual orientation', 'reclaimed as an identity, so only as an insult aimed at people', 0.75, { frame: 'noun' }),
  slur('dyke', 'sexual orientation', 'homophobic slur for lesbians; also a ditch or embankment (Offa\'s Dyke), so only as a name for a person', 0.8, { frame: 'noun', properNoun: true }),
  slur('dykes', 'sexual orientation', 'homophobic slur for lesbians; also ditches', 0.8, { frame: 'noun', properNoun: true }),
  slur('bull dyke', 'sexual orientation', 'homophobic slur for lesbians', 0.9),
  slur('diesel dyke', 'sexual orientation', 'homophobic slur for lesbians', 0.9),
  slur('lezza', 'sexual orientation', 'homophobic slur for lesbians', 0.9),
  slur('lezzas', 'sexual orientation', 'homophobic slur for lesbians', 0.9),
  slur('lezzer', 'sexual orientation', 'homophobic slur for lesbians', 0.9),
  slur('lezzers', 'sexual orientation', 'homophobic slur for lesbians', 0.9),
  slur('lezzie', 'sexual orientation', 'homophobic slur for lesbians', 0.85),
  slur('lezzies', 'sexual orientation', 'homophobic slur for lesbians', 0.85),
  slur('lesbo', 'sexual orientation', 'homophobic slur for lesbians ("Lesbos", the island, is not listed)', 0.85),
  slur('batty boy', 'sexual orientation', 'homophobic slur', 0.95),
  slur('batty boys', 'sexual orientation', 'homophobic slur', 0.95),
  slur('batty man', 'sexual orientation', 'homophobic slur', 0.95),
  slur('batty men', 'sexual orientation', 'homophobic slur', 0.95),
  slur('bum boy', 'sexual orientation', 'homophobic slur', 0.9),
  slur('bum boys', 'sexual orientation', 'homophobic slur', 0.9),
  slur('shirt lifter', 'sexual orientation', 'homophobic slur', 0.95),
  slur('shirt lifters', 'sexual orientation', 'homophobic slur', 0.95),
  slur('fudge packer', 'sexual orientation', 'homophobic slur', 0.9),
  slur('fudge packers', 'sexual orientation', 'homophobic slur', 0.9),
  slur('pillow biter', 'sexual orientation', 'homophobic slur', 0.9),
  slur('pillow biters', 'sexual orientation', 'homophobic slur', 0.9),
  slur('nancy boy', 'sexual orientation', 'homophobic slur', 0.85),
  slur('nancy boys', 'sexual orientation', 'homophobic slur', 0.85),
  slur('so gay', 'sexual orientation', '"that\'s so gay" used as a put-down; "gay" on its own is an ordinary word and never flagged', 0.75, { after: PUT_DOWN_LEADS }),
  slur('well gay', 'sexual orientation', '"that\'s well gay" used as a put-down', 0.75, { after: PUT_DOWN_LEADS }),
  // Gender reassignment.
  slur('tranny', 'gender reassignment', 'transphobic slur; not before van/radio/gearbox (British slang for those)', 0.9, { notBefore: ['van', 'vans', 'radio', 'box', 'gearbox', 'fluid'] }),
  slur('trannies', 'gender reassignment', 'transphobic slur', 0.9),
  slur('trannie', 'gender reassignment', 'transphobic slur', 0.9),
  slur('shemale', 'gender reassignment', 'transphobic slur', 0.9),
  slur('shemales', 'gender reassignment', 'transphobic slur', 0.9),
  slur('she-male', 'gender reassignment', 'transphobic slur', 0.9),
  slur('he-she', 'gender reassignment', 'transphobic slur; "he-she-it" (grammar) is excluded', 0.8, { notBefore: ['it', 'they'] }),
  slur('ladyboy', 'gender reassignment', 'transphobic slur', 0.85),
  slur('ladyboys', 'gender reassignment', 'transphobic slur', 0.85),
  slur('troon', 'gender reassignment', 'transphobic slur; Troon is also a town in Ayrshire', 0.85, { frame: 'noun', properNoun: true }),
  slur('troons', 'gender reassignment', 'transphobic slur', 0.85, { properNoun: true }),
  // Disability.
  slur('retard', 'disability', 'ableist slur; not as the verb ("retard the spread", "to retard growth")', 0.9, { notBefore: RETARD_AS_VERB, notAfter: ['to', 'fire', 'flame', 'will', 'may', 'can'] }),
  slur('retards', 'disability', 'ableist slur; not as the verb ("it retards the growth")', 0.9, { notBefore: RETARD_AS_VERB, notAfter: ['it', 'which', 'that'] }),
  slur('retarded', 'disability', 'ableist slur and an outdated clinical label; not "retarded growth" or "retarded the spread"', 0.9, { notBefore: RETARD_AS_VERB, notAfter: ['fire', 'flame'] }),
  slur('retardo', 'disability', 'ableist slur', 0.95),
  slur('retardos', 'disability', 'ableist slur', 0.95),
  slur('tard', 'disability', 'ableist slur (short for the above); words ending in -tard such as custard or leotard do not match', 0.85),
  slur('tards', 'disability', 'ableist slur', 0.85),
  slur('spaz', 'disability', 'ableist slur (from "spastic")', 0.95),
  slur('spazz', 'disability', 'ableist slur (variant spelling)', 0.95),
  slur('spazzes', 'disability', 'ableist slur', 0.95),
  slur('spazzy', 'disability', 'ableist slur', 0.9),
  slur('spazzing', 'disability', 'ableist slur used as a verb', 0.85),
  slur('spazzed', 'disability', 'ableist slur used as a verb', 0.85),
  slur('spazmo', 'disability', 'ableist slur', 0.95),
  slur('spacker', 'disability', 'ableist slur', 0.95),
  slur('spackers', 'disability', 'ableist slur', 0.95),
  slur('spakka', 'disability', 'ableist slur', 0.95),
  slur('spacka', 'disability', 'ableist slur', 0.95),
  slur('spastic', 'disability', 'ableist slur in modern use; not in clinical terms (spastic cerebral palsy, spastic diplegia) or the Spastics Society', 0.85, { notBefore: CLINICAL }),
  slur('spastics', 'disability', 'ableist slur in modern use; "the Spastics Society" (now Scope) is excluded', 0.85, { notBefore: CLINICAL }),
  slur('mong', 'disability', 'ableist slur (from "mongol", once used of people with Down syndrome); Mong Kok and the surname are excluded', 0.9, { notBefore: ['kok'], properNoun: true }),
  slur('mongs', 'disability', 'ableist slur', 0.9),
  slur('mongy', 'disability', 'ableist slur', 0.9),
  slur('mongoloid', 'disability', 'ableist slur (outdated label for Down syndrome)', 0.9),
  slur('mongoloids', 'disability', 'ableist slur', 0.9),
  slur('downie', 'disability', 'slur for people with Down syndrome', 0.9),
  slur('downies', 'disability', 'slur for people with Down syndrome', 0.9),
  slur('window licker', 'disability', 'ableist slur', 0.9),
  slur('window lickers', 'disability', 'ableist slur', 0.9),
  slur('cripple', 'disability', 'ableist slur as a noun; the verb ("cuts could cripple the trust") is excluded by requiring a person', 0.75, { frame: 'noun' }),
  slur('cripples', 'disability', 'ableist slur as a noun', 0.75, { frame: 'noun' }),
  slur('midget', 'disability', 'offensive term for people of restricted growth; not Midget Gems (sweets) or midget submarines', 0.75, { notBefore: ['gem', 'gems', 'submarine', 'submarines'] }),
  slur('midgets', 'disability', 'offensive term for people of restricted growth', 0.75),
  slur('schizo', 'disability', 'slur for people with mental illness (a disability when long-term)', 0.75),
  slur('schizos', 'disability', 'slur for people with mental illness', 0.75),
  slur('speshul', 'disability', 'mocking spelling of "special" aimed at disabled people', 0.75),
  slur('spesh', 'disability', 'mocking short form of "special" aimed at disabled people', 0.7),
  // Age.
  slur('coffin dodger', 'age', 'derogatory term for older people', 0.75),
  slur('coffin dodgers', 'age', 'derogatory term for older people', 0.75),
];

/** Words that, sitting between a person word and a slur, still make it a name for the person: "you absolute …". */
export const INTENSIFIERS: readonly string[] = [
  'fucking', 'fuckin', 'effing', 'bloody', 'dirty', 'filthy', 'little', 'massive', 'total', 'complete', 'absolute', 'utter',
  'big', 'fat', 'stupid', 'proper', 'right', 'typical', 'real', 'sodding', 'flipping', 'frigging', 'freaking', 'bleeding',
  'disgusting', 'horrible', 'ugly', 'old', 'young', 'lazy', 'thick', 'useless', 'such',
];

/** Words that address the person the slur names: "you …". */
export const VOCATIVES: readonly string[] = ['you', 'ya', 'u', 'yer'];

/** Words before "a …" that make it a name for a person: "he's a …", "is a bit of a …", "you're a …". */
export const ARTICLE_LEADS: readonly string[] = [
  "you're", 'youre', 'ur', "he's", 'hes', "she's", 'shes', "they're", 'theyre', "i'm", 'im', 'is', 'was', 'are', 'were',
  'being', 'be', 'been',
];

/** "called him a …": the verb before the object pronoun. */
export const CALLING: readonly string[] = ['call', 'called', 'calling', 'calls'];

// ---- Dehumanising words -------------------------------------------------------------------------------------------

/** A word that treats people as animals, pests or dirt. `form` says how it attaches to its target. */
export interface DehumanisingTerm extends Term {
  kind: 'dehumanising';
  /** 'adj' goes before the target ("feral kids") or after a verb ("went feral"); 'noun' is what they "are". */
  form: 'adj' | 'noun' | 'both';
  confidence: number;
  /** A costume or a play ("animals in the nativity") is the usual innocent sense. */
  costume?: boolean;
}

function dehum(term: string, form: DehumanisingTerm['form'], note: string, confidence: number, costume = false): DehumanisingTerm {
  return { term, kind: 'dehumanising', form, note, confidence, ...(costume ? { costume } : {}) };
}

export const DEHUMANISING: readonly DehumanisingTerm[] = [
  dehum('feral', 'adj', 'wild, untamed: said of children or families it treats them as stray animals ("feral cats" is not flagged)', 0.8),
  dehum('ferals', 'noun', 'people described as wild animals', 0.8),
  dehum('verminous', 'adj', 'infested with vermin, said of people', 0.85),
  dehum('vermin', 'noun', 'pests to be exterminated; "vermin control" is not flagged', 0.9),
  dehum('scum', 'noun', 'dirt on the surface; "pond scum" in science is not flagged', 0.85),
  dehum('scummy', 'adj', 'like scum, said of people', 0.75),
  dehum('pond life', 'noun', 'the lowest form of life, said of people', 0.85),
  dehum('pondlife', 'noun', 'the lowest form of life, said of people (written as one word)', 0.85),
  dehum('pond scum', 'noun', 'the lowest form of life, said of people', 0.85),
  dehum('animals', 'noun', 'people called animals; a play, a topic or a farm trip is not flagged', 0.75, true),
  dehum('animal', 'noun', 'a person called an animal', 0.7, true),
  dehum('wild animals', 'noun', 'people called wild animals', 0.8, true),
  dehum('savages', 'noun', 'people called uncivilised; history teaching about the word is not flagged (no target)', 0.85, true),
  dehum('rats', 'noun', 'people called rats; plague-rat history and the class pet are not flagged', 0.75, true),
  dehum('sewer rats', 'noun', 'people called rats', 0.85),
  dehum('cockroaches', 'noun', 'people called cockroaches (the word of the Rwandan genocide propaganda)', 0.9),
  dehum('roaches', 'noun', 'people called cockroaches', 0.8),
  dehum('parasites', 'noun', 'people called parasites', 0.85),
  dehum('leeches', 'noun', 'people called leeches', 0.75),
  dehum('subhuman', 'both', 'people called less than human', 0.95),
  dehum('sub human', 'both', 'people called less than human', 0.95),
  dehum('subhumans', 'noun', 'people called less than human', 0.95),
  dehum('degenerates', 'noun', 'people called degenerate', 0.8),
  dehum('inbred', 'adj', 'families called inbred ("inbred mice" in biology has no human target)', 0.8),
  dehum('inbreds', 'noun', 'people called inbred', 0.85),
  dehum('lowlifes', 'noun', 'people called the lowest form of life', 0.75),
  dehum('low lifes', 'noun', 'people called the lowest form of life', 0.75),
  dehum('dregs', 'noun', 'people called the dregs (of society)', 0.75),
  dehum('scrotes', 'noun', 'British slang for worthless people', 0.75),
  dehum('trash', 'noun', 'people called rubbish', 0.7),
  dehum('apes', 'noun', 'people called apes (a racist trope when aimed at Black people)', 0.75, true),
  dehum('chavs', 'noun', 'class-based contempt for working-class children and families', 0.75),
  dehum('chav', 'both', 'class-based contempt, used of children and families ("chav mums")', 0.7),
  dehum('chavvy', 'adj', 'class-based contempt, used of children and families', 0.7),
];

// ---- Generalisations about protected groups -----------------------------------------------------------------------

/** A protected group named by a noun ("Muslims") or an adjective that needs a people-noun after it ("Muslim parents"). */
export interface GroupTerm extends Term {
  kind: 'group';
  characteristic: Characteristic;
  /** An adjective only counts as a group before a people-noun: "black kids", never "black cats". */
  adjective?: boolean;
  /** Only when written with a capital: "Poles", not tent poles. */
  capital?: boolean;
}

function group(term: string, characteristic: Characteristic, note: string, rules: Partial<GroupTerm> = {}): GroupTerm {
  return { term, kind: 'group', characteristic, note, source: EQUALITY_ACT[characteristic], ...rules };
}
const adj = { adjective: true } as const;

export const GROUPS: readonly GroupTerm[] = [
  group('muslims', 'religion or belief', 'followers of Islam'),
  group('moslems', 'religion or belief', 'followers of Islam (dated spelling)'),
  group('muslim', 'religion or belief', 'followers of Islam', adj),
  group('jews', 'religion or belief', 'Jewish people (religion and ethnic origin)'),
  group('jewish', 'religion or belief', 'Jewish people', adj),
  group('christians', 'religion or belief', 'followers of Christianity'),
  group('christian', 'religion or belief', 'followers of Christianity', adj),
  group('catholics', 'religion or belief', 'Roman Catholics'),
  group('catholic', 'religion or belief', 'Roman Catholics', adj),
  group('protestants', 'religion or belief', 'Protestants'),
  group('hindus', 'religion or belief', 'followers of Hinduism'),
  group('hindu', 'religion or belief', 'followers of Hinduism', adj),
  group('sikhs', 'religion or belief', 'followers of Sikhism'),
  group('sikh', 'religion or belief', 'followers of Sikhism', adj),
  group('buddhists', 'religion or belief', 'followers of Buddhism'),
  group('atheists', 'religion or belief', 'belief includes lack of belief (s.10(2))'),
  group('religious', 'religion or belief', 'religious people', adj),
  group('blacks', 'race', 'Black people'),
  group('black', 'race', 'Black people', adj),
  group('white', 'race', 'white people', adj),
  group('brown', 'race', 'people of colour', adj),
  group('asians', 'race', 'Asian people'),
  group('asian', 'race', 'Asian people', adj),
  group('africans', 'race', 'African people'),
  group('african', 'race', 'African people', adj),
  group('arabs', 'race', 'Arab people'),
  group('arab', 'race', 'Arab people', adj),
  group('indians', 'race', 'Indian people'),
  group('indian', 'race', 'Indian people', adj),
  group('pakistanis', 'race', 'Pakistani people'),
  group('pakistani', 'race', 'Pakistani people', adj),
  group('bangladeshis', 'race', 'Bangladeshi people'),
  group('bangladeshi', 'race', 'Bangladeshi people', adj),
  group('chinese', 'race', 'Chinese people ("the Chinese are…" or before a people-noun)', adj),
  group('poles', 'race', 'Polish people (capital P only: tent poles are not people)', { capital: true }),
  group('polish', 'race', 'Polish people (capital P only, before a people-noun)', { adjective: true, capital: true }),
  group('romanians', 'race', 'Romanian people'),
  group('romanian', 'race', 'Romanian people', adj),
  group('eastern europeans', 'race', 'people from Eastern Europe (national origins)'),
  group('eastern european', 'race', 'people from Eastern Europe (national origins)', adj),
  group('immigrants', 'race', 'immigrants: generalisations about them target nationality and national origins'),
  group('immigrant', 'race', 'immigrants', adj),
  group('migrants', 'race', 'migrants: generalisations about them target nationality and national origins'),
  group('migrant', 'race', 'migrants', adj),
  group('foreigners', 'race', 'foreigners: nationality'),
  group('foreign', 'race', 'foreigners: nationality', adj),
  group('asylum seekers', 'race', 'asylum seekers: nationality and national origins'),
  group('refugees', 'race', 'refugees: nationality and national origins'),
  group('gypsies', 'race', 'Gypsies (a recognised ethnic group)'),
  group('gypsy', 'race', 'Gypsy people', adj),
  group('travellers', 'race', 'Travellers (Irish Travellers and Romany Gypsies are recognised ethnic groups)'),
  group('traveller', 'race', 'Traveller people', adj),
  group('roma', 'race', 'Roma people'),
  group('irish', 'race', 'Irish people (national origins)', adj),
  group('women', 'sex', 'women'),
  group('a woman', 'sex', 'a woman, standing for women in general ("a woman shouldn\'t be…")'),
  group('females', 'sex', 'women'),
  group('female', 'sex', 'women', adj),
  group('men', 'sex', 'men'),
  group('males', 'sex', 'men'),
  group('male', 'sex', 'men', adj),
  group('gays', 'sexual orientation', 'gay people'),
  group('gay', 'sexual orientation', 'gay people', adj),
  group('lesbians', 'sexual orientation', 'lesbians'),
  group('lesbian', 'sexual orientation', 'lesbians', adj),
  group('homosexuals', 'sexual orientation', 'gay people'),
  group('homosexual', 'sexual orientation', 'gay people', adj),
  group('bisexuals', 'sexual orientation', 'bisexual people'),
  group('bisexual', 'sexual orientation', 'bisexual people', adj),
  group('lgbt', 'sexual orientation', 'LGBT people', adj),
  group('lgbtq', 'sexual orientation', 'LGBTQ people', adj),
  group('trans', 'gender reassignment', 'trans people', adj),
  group('transgender', 'gender reassignment', 'trans people', adj),
  group('transsexuals', 'gender reassignment', 'trans people (dated term)'),
  group('non binary', 'gender reassignment', 'non-binary people', adj),
  group('disabled', 'disability', 'disabled people', adj),
  group('the disabled', 'disability', 'disabled people'),
  group('autistic', 'disability', 'autistic people', adj),
  group('autistics', 'disability', 'autistic people'),
  group('sen', 'disability', 'children with special educational needs (often disabled)', adj),
  group('send', 'disability', 'children with special educational needs and disabilities', adj),
  group('adhd', 'disability', 'people with ADHD', adj),
  group('dyslexic', 'disability', 'dyslexic people', adj),
  group('deaf', 'disability', 'deaf people', adj),
  group('blind', 'disability', 'blind people', adj),
  group("down's", 'disability', 'people with Down syndrome', adj),
  group('downs', 'disability', 'people with Down syndrome', adj),
  group('wheelchair users', 'disability', 'wheelchair users'),
  group('the mentally ill', 'disability', 'people with mental illness'),
  group('mentally ill', 'disability', 'people with mental illness', adj),
  group('old', 'age', 'older people', adj),
  group('older', 'age', 'older people', adj),
  group('elderly', 'age', 'older people', adj),
  group('the elderly', 'age', 'older people'),
  group('pensioners', 'age', 'older people'),
  group('oaps', 'age', 'older people'),
  group('boomers', 'age', 'older people'),
  group('pregnant', 'pregnancy and maternity', 'pregnant women', adj),
  group('married', 'marriage and civil partnership', 'married people', adj),
  group('menopausal', 'sex', 'menopausal women (sex and age)', adj),
  group('two dads', 'sexual orientation', 'a same-sex couple as parents'),
  group('two mums', 'sexual orientation', 'a same-sex couple as parents'),
  group('same sex', 'sexual orientation', 'same-sex couples and parents', adj),
  group('headscarf', 'religion or belief', 'religious dress standing for the wearer (Muslim women)'),
  group('hijab', 'religion or belief', 'religious dress standing for the wearer (Muslim women)'),
  group('burka', 'religion or belief', 'religious dress standing for the wearer (Muslim women)'),
  group('burqa', 'religion or belief', 'religious dress standing for the wearer (Muslim women)'),
  group('niqab', 'religion or belief', 'religious dress standing for the wearer (Muslim women)'),
  group('turban', 'religion or belief', 'religious dress standing for the wearer (Sikh men)'),
];

/** After a group adjective these make a group of people: "Muslim parents", "disabled kids". */
export const PEOPLE_NOUNS: readonly string[] = [
  'people', 'person', 'persons', 'folk', 'folks', 'men', 'women', 'man', 'woman', 'lads', 'boys', 'girls', 'guys', 'kids',
  'children', 'pupils', 'students', 'parents', 'families', 'mums', 'dads', 'mothers', 'fathers', 'teachers', 'staff',
  'colleagues', 'workers', 'neighbours', 'community', 'communities', 'lot', 'ones', 'youths', 'teenagers', 'drivers',
  'family', 'household', 'households', 'couples', 'couple',
];

/** What a group is said to be: each predicate with how sure the generalisation is abuse. */
export interface PredicateTerm extends Term {
  kind: 'predicate';
  confidence: number;
}

function pred(term: string, confidence: number, note: string): PredicateTerm {
  return { term, kind: 'predicate', confidence, note };
}

export const PREDICATES: readonly PredicateTerm[] = [
  ...['terrorists', 'terrorist', 'extremists', 'rapists', 'paedos', 'paedophiles', 'pedos', 'nonces', 'groomers', 'predators', 'perverts'].map((t) =>
    pred(t, 0.9, 'accuses a whole group of crime or abuse')),
  ...['thieves', 'criminals', 'crooks', 'scroungers', 'benefit scroungers', 'spongers', 'liars', 'cheats', 'dangerous', 'violent'].map((t) =>
    pred(t, 0.85, 'accuses a whole group of dishonesty, crime or violence')),
  ...['inferior', 'evil', 'abominations', 'an abomination', 'unnatural', 'freaks', 'weirdos', 'sick', 'disgusting', 'vile', 'filthy', 'dirty', 'smelly', 'primitive', 'backward', 'mentally ill', 'not normal', 'not natural', 'not welcome'].map((t) =>
    pred(t, 0.85, 'calls a whole group degraded, diseased or unwelcome')),
  ...['a plague', 'a disease', 'a cancer', 'a menace', 'a drain', 'a burden', 'the problem', 'a problem', 'taking over', 'ruining this country', 'ruining everything', 'ruining the country'].map((t) =>
    pred(t, 0.8, 'calls a whole group a danger or a burden')),
  ...['lazy', 'stupid', 'thick', 'useless', 'hopeless', 'greedy', 'mean', 'tight', 'a waste of space', 'a nightmare', 'emotional', 'hysterical', 'too emotional'].map((t) =>
    pred(t, 0.65, 'a negative stereotype about a whole group')),
  ...['confused', 'attention seekers', 'attention seeking', 'delusional', 'going through a phase', 'just a phase'].map((t) =>
    pred(t, 0.65, 'dismisses a whole group\'s identity')),
  ...['all the same', 'a joke', 'weird', 'mental'].map((t) => pred(t, 0.55, 'a dismissive generalisation about a whole group')),
];

/** A modal clause about a group: "… should be deported", "… can't drive", "… don't belong here". */
export const GROUP_VERB_PHRASES: readonly PredicateTerm[] = [
  ...['be deported', 'be sent back', 'be shot', 'be banned', 'be gassed', 'be kicked out', 'be locked up', 'be hanged', 'be put down', 'go back', 'get out', 'be sterilised', 'die', 'burn'].map((t) =>
    pred(t, 0.9, 'calls for a group to be removed or harmed')),
  ...["shouldn't be allowed", 'should not be allowed', "shouldn't be in charge", "shouldn't be head", "shouldn't be heads",
    "shouldn't be a head", "shouldn't be leaders", "shouldn't be teachers", "shouldn't be teaching", "shouldn't teach",
    "shouldn't be trusted", "shouldn't be near", "shouldn't be working", "shouldn't work", "don't belong", 'do not belong', "can't be trusted", 'cannot be trusted'].map((t) =>
    pred(t, 0.8, 'excludes a whole group')),
  ...["can't drive", 'cannot drive', "can't teach", "can't lead", "can't park", "can't cope", "can't do maths", "can't think"].map((t) =>
    pred(t, 0.6, 'a negative stereotype about a whole group')),
];

/** Sentences that reject a generalisation rather than make it: "the myth that…", "challenging the stereotype". */
export const DISTANCING: readonly Term[] = [
  'myth', 'myths', 'stereotype', 'stereotypes', 'stereotyping', 'misconception', 'misconceptions', 'prejudice', 'racist',
  'racism', 'homophobic', 'homophobia', 'transphobic', 'transphobia', 'sexist', 'sexism', 'islamophobia', 'islamophobic',
  'antisemitic', 'antisemitism', 'anti semitism', 'ableist', 'ableism', 'misogyny', 'misogynist', 'discrimination',
  'discriminatory', 'challenge', 'challenging', 'challenged', 'debunk', 'debunking', 'tackling', 'tackle', 'anti racist',
  'anti racism', 'not true', "isn't true", 'wrong to', 'lie that', 'claim that', 'claims that', 'idea that',
  'assumption', 'assume', 'hate crime', 'hate speech', 'anti bullying', 'slur', 'slurs', 'offensive', 'unacceptable',
  'language like', 'words like', 'phrases like', 'equality', 'diversity', 'inclusion', 'pshe', 'rshe', 'discussion',
  'discussed', 'discuss', 'history of the word',
].map((term) => ({ term, note: 'a cue that the post discusses or challenges prejudice rather than voicing it' }));

/** Phrases that are xenophobic in themselves. */
export const PHRASES: readonly PredicateTerm[] = [
  'go back to your own country', 'go back to their own country', 'go back to where you came from',
  'go back to where they came from', 'back to where they came from', 'back where they came from',
  'back to their own country', 'back to your own country', 'back to their own countries', 'send them all back',
].map((t) => pred(t, 0.85, 'telling people to leave the country: a classic racist phrase'));

// ---- Who dehumanising words are aimed at ----------------------------------------------------------------------------

/** People words a dehumanising word can attach to. Year groups and form names (9X, Y6) are recognised in code. */
export const TARGETS: readonly string[] = [
  'kids', 'kid', 'kiddies', 'kiddos', 'children', 'child', 'pupils', 'pupil', 'students', 'student', 'learners', 'class',
  'classes', 'form', 'boys', 'boy', 'girls', 'girl', 'lads', 'lasses', 'teenagers', 'teens', 'youngsters', 'youths',
  'parents', 'parent', 'mums', 'mum', 'moms', 'mothers', 'mother', 'dads', 'dad', 'fathers', 'father', 'carers', 'families',
  'family', 'people', 'folk', 'locals', 'residents', 'reception', 'nursery', 'lot', 'estate', 'intake', 'cohort', 'set',
  'group', 'tutor group', 'year group',
];

/** Verbs that join a target to what it is called: "are", "were", "behaved like". */
export const COPULAS: readonly string[] = [
  'are', 'is', 'were', 'was', 'be', 'being', 'been', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked', 'become',
  'became', 'get', 'gets', 'got', 'getting', 'go', 'goes', 'went', 'gone', 'going', 'turned', 'turn', 'run', 'ran',
  'running', 'act', 'acts', 'acted', 'acting', 'behave', 'behaves', 'behaved', 'behaving',
];

/** Filler between the verb and the word: "are an absolute bunch of …". */
export const FILLERS: readonly string[] = [
  'a', 'an', 'the', 'such', 'so', 'really', 'absolutely', 'absolute', 'complete', 'completely', 'total', 'totally', 'utter',
  'utterly', 'bunch', 'load', 'pack', 'lot', 'set', 'herd', 'gang', 'of', 'right', 'proper', 'properly', 'real', 'actual',
  'actually', 'literal', 'literally', 'just', 'all', 'bloody', 'flipping', 'fucking', 'effing', 'little', 'wild', 'like',
  'little', 'dirty', 'filthy', 'feral', 'horrible', 'nasty', 'pure', 'genuinely', 'honestly', 'basically', 'more',
  'than', 'nothing', 'but', 'bit', 'kind', 'sort', 'half', 'practically', 'virtually', 'no', 'better', 'worse', 'always',
  'still', 'again', 'today', 'full', 'blown', 'feral', 'thieving', 'scummy', 'disgusting', 'vile', 'rabid', 'raving',
];

// ---- Stereotypes and veiled threats without a slur ------------------------------------------------------------------

/**
 * A phrase that stereotypes or threatens a group when one is named in the same sentence or the sentence before:
 * "these Romanian families never even try…", "half of these refugees need to remember where they are", "Travellers
 * on the field again. Lock up your bikes." On its own ("hide the iPads, it's leavers' day") it is nothing.
 */
export interface StereotypeTerm extends Term {
  kind: 'stereotype';
  confidence: number;
}

function stereo(confidence: number, note: string, terms: readonly string[]): StereotypeTerm[] {
  return terms.map((term) => ({ term, kind: 'stereotype', confidence, note }));
}
const cross = (as: readonly string[], bs: readonly string[]) => as.flatMap((a) => bs.map((b) => `${a} ${b}`));
const VALUABLES = ['laptops', 'ipads', 'tablets', 'chromebooks', 'valuables', 'purses', 'handbags', 'bags', 'wallets', 'phones', 'bikes', 'cars', 'car keys', 'silver', 'silverware', 'cutlery', 'spoons', 'tools', 'stuff', 'belongings'];

export const STEREOTYPES: readonly StereotypeTerm[] = [
  ...stereo(0.75, 'says a group makes no effort (a stereotype of immigrants and minorities)', [
    "don't even try", 'dont even try', "doesn't even try", 'never even try', "won't even try", "don't even bother", 'dont even bother',
    "doesn't even bother", 'never even bother', "won't even bother", "can't even be bothered", 'cannot even be bothered',
    'refuse to integrate', 'refuses to integrate', "won't integrate", "don't integrate", 'never integrate',
    "don't want to integrate", 'make no effort', 'makes no effort', 'never make any effort',
  ]),
  ...stereo(0.7, 'resents what a group is given (a stereotype of immigrants and minorities)', [
    'pander to them', 'pandering to them', 'pandered to',
    'get everything for free', 'get everything handed to them', 'handed everything on a plate', 'jump the queue',
    'jumping the queue', 'taking our jobs', 'take our jobs', 'stealing our jobs', 'taking our houses', 'sponging off',
    'milking the system', 'scrounging off', 'breed like rabbits', 'breeding like rabbits',
  ]),
  ...stereo(0.8, 'tells a group it does not belong, or threatens it', [
    'remember where they live', 'remember where they are', 'remember where they came from', 'remember whose country',
    'know their place', 'should be grateful', 'ought to be grateful', 'be grateful to be here', 'this is england',
    'this is britain', 'this is a christian country', 'should all go back', 'should all be sent back', 'ship them back',
    'ship them all back',
  ]),
  ...stereo(0.7, 'says a group takes and gives nothing (a stereotype of disabled people, SEN pupils and migrants)', [
    'drain every resource', 'drain all the resources', 'drain resources', 'drains resources', 'drain on resources',
    'give nothing back', 'gives nothing back', 'contribute nothing', 'contributes nothing',
  ]),
  ...stereo(0.7, 'tells a group to learn English (a jibe at national origin)', [
    'need to learn english', 'needs to learn english', 'should learn english', 'should learn some english',
    'need to learn some english', 'need to learn the language', 'should learn the language', 'learn to speak english',
  ]),
  ...stereo(0.7, 'says a group cannot be trusted or keeps to its own', [
    "don't trust them", 'dont trust them', 'do not trust them', "can't trust them", 'cant trust them', 'never trust them',
    "wouldn't trust them", 'always stick together', 'all stick together', 'only look after their own', 'look after their own',
  ]),
  ...stereo(0.7, 'a sexist stereotype: women ruled by hormones', ['all hormones', 'too hormonal', 'so hormonal', 'time of the month']),
  ...stereo(0.7, 'says same-sex or trans people harm children or families', [
    'whatever next', 'need a mum', 'needs a mum', 'need a mother', 'needs a mother', 'need a dad', 'needs a dad',
    'need a father', 'needs a father', 'is grooming', 'are grooming', "it's grooming", 'its grooming', 'is indoctrination',
    "it's indoctrination", 'grooming kids', 'grooming children',
  ]),
  ...stereo(0.75, 'says a group are thieves', ['always the thieves', 'always the ones who nick', 'always nicking', 'always stealing']),
  ...stereo(0.75, 'implies a group steals (a stereotype of Travellers, Gypsies, Roma and migrants)', [
    ...cross(['hide the', 'hide your', 'lock up the', 'lock up your', 'lock away the', 'lock away your', 'watch your', 'hold on to your', 'hold onto your', 'keep an eye on your', 'count the', 'nail down the', 'chain up the', 'chain up your'], VALUABLES),
    'count the spoons', 'nail everything down', 'lock everything up',
  ]),
];

/** After a group adjective, places that stand for the people: "the Traveller site", "a Roma camp". */
export const GROUP_PLACES: readonly string[] = ['site', 'sites', 'camp', 'camps', 'encampment', 'caravans', 'estate', 'nonsense', 'agenda', 'ideology', 'lobby'];

/**
 * The English-language jibe at families: "if only his parents learnt some English", "the parents can't even speak
 * English", "they can't be bothered to learn the language". It needs the judgement ("maybe if", "even", "bothered",
 * "refuse") and the families as subject, so "translators for families who don't speak English" and "he didn't speak
 * English in September and now he's reading" are not flagged.
 */
export const LANGUAGE_SUBJECTS: readonly string[] = [
  'they', 'parents', 'the parents', 'his parents', 'her parents', 'their parents', 'families', 'the family', 'these families',
  'those families', 'the families', 'mum', 'dad', 'his mum', 'his dad', 'her mum', 'her dad', 'mums', 'dads', 'some parents',
  'half of them', 'most of them', 'none of them', 'some of them', 'these people', 'those people', 'half the parents',
];
export const LANGUAGE_JUDGEMENTS: readonly string[] = [
  "can't be bothered to", 'cannot be bothered to', "couldn't be bothered to", 'never bother to', 'never bothered to',
  "don't bother to", "won't bother to", "didn't bother to", 'bothered to', 'refuse to', 'refuses to', 'refused to',
  'make no effort to', 'made no effort to', 'never make the effort to', "can't even", 'cannot even', "don't even",
  "won't even", "doesn't even", 'never even',
];
