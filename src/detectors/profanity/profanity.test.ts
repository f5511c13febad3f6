import fc from 'fast-check';
import { DataSet, englishDataset } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../engine/analyse.ts';
import { createContext } from '../../engine/context.ts';
import { runCases } from '../rule-tester.ts';
import { ENTRIES, OBSCENITY_DECISIONS } from './data.ts';
import { obscenityMatcher, obscenityMatches, profanity } from './profanity.ts';

runCases(profanity, {
  valid: [
    { text: 'Ofsted gave us Good! Feeling on top of the world.', reason: 'hard negative: no gesture, no word' },
    { text: 'The new floor scrubber has made the hall gleam.', reason: 'the machine, with no insult frame' },
    { text: 'Great INSET this morning on keeping children safe from online pornography.', reason: 'misfire: safeguarding training more than eight words from the word' },
    'Year 9 geography trip to Scunthorpe steelworks was brilliant, thanks to the team at British Steel!',
    'Scunthorpe United 2-1 tonight, what a finish.',
    'Away fixture at Penistone Grammar on Saturday, minibus leaves at 8.',
    'Half-term walk around Clitheroe Castle with the family 🏰',
    'Our Year 6 residential in Cockermouth: gorge walking, kayaking and very muddy boots.',
    { text: 'Cycling the length of Orkney this summer, Kirkwall to Twatt and back!', reason: 'Twatt is a village in Orkney' },
    { text: 'Twatt, Orkney has the best sunsets I have ever seen.', reason: 'Title-case Twatt is the place' },
    'Staff walk from Shitterton to Bere Regis, blisters all round.',
    'Panto trip to see Dick Whittington at the Lyceum. Oh yes it was!',
    { text: "Reception loved our author week: Dick King-Smith's The Hodgeheg was the favourite.", reason: 'the children\'s author' },
    'Welcome to our new colleagues Phoebe, Hassan, Cassius and Nigel!',
    'Titus Andronicus with Year 12 today: not for the faint-hearted.',
    'Thank you to Analise, Ishita, Pooja and Abigayle from the PTA for running the cake stall.',
    'Arsenal v Spurs on the big screen in the staffroom? Only if marking is done.',
    'Year 4 are learning about the Anglo-Saxon kingdoms of Sussex, Essex and Middlesex.',
    'Mocktail and cocktail evening for the PTA on Friday, tickets £10.',
    'Our cockerel woke the whole of Forest School this morning.',
    'Year 2 have been drawing peacocks and reading Dickens for World Book Day.',
    { text: 'Great article by Matt Hancock on school funding? Not likely.', reason: 'a surname' },
    'Assessment week: every class passed their reading assessments with flying colours.',
    'Sports day on the grass, and the bass drum kept the beat for the relay.',
    'Data analysis training this afternoon, then a talk from the school therapist.',
    'Food tech: stir-fry with shiitake mushrooms was a big hit with Year 8.',
    'Cross-country finals at Matlock; well done to our friends from Buttershaw.',
    'Cumulative frequency with Year 11, then a document on the new specification.',
    'Trip to the Horniman Museum: the walrus was the star.',
    { text: 'Spring walk: pussy willow, catkins and frogspawn everywhere.', reason: 'the plant' },
    'The Owl and the Pussy-cat went to sea in Year 1 today.',
    { text: 'School dinner today: roast, then spotted dick and custard. Proper British!', reason: 'the pudding' },
    'Year 10 have started Moby Dick; the whale chapters divided opinion.',
    { text: 'Science lesson on the planets: Uranus is tipped on its side!', reason: 'the planet' },
    { text: 'Gardening club bought a new hoe and two rakes with the grant.', reason: 'the tool' },
    { text: 'Our bitch had six puppies overnight, mum and litter doing well!', reason: 'dog breeding: a female dog' },
    'Music history this term: punk week, from the Sex Pistols to the Clash.',
    { text: 'Parents are invited to our Relationships and Sex Education policy consultation on Tuesday.', reason: 'RSE is statutory' },
    { text: 'INSET today on keeping children safe from online pornography and sexting.', reason: 'safeguarding training' },
    { text: 'Blue tits nesting in the box outside the Year 3 classroom, live on the nest cam!', reason: 'birds' },
    { text: 'Year 10 computing: git clone, commit and push your project by Friday.', reason: 'git, the tool' },
    { text: 'I felt a right prat falling over in the staff netball match.', reason: 'mild, and said of oneself' },
    { text: 'Nativity rehearsal: Mary, Joseph, the ox and the ass were all perfect.', reason: 'the donkey' },
    { text: 'KS2 history: slag heaps, coal mining and the Aberfan disaster of 1966.', reason: 'mining waste' },
    { text: 'Who killed Cock Robin? Year 1 acted out the rhyme beautifully.', reason: 'nursery rhyme' },
    { text: 'A level art trip to see the Renaissance nudes at the National Gallery.', reason: 'art history' },
    { text: 'So proud: got an A* in my Open University module!', reason: 'a grade, not a masked word' },
    { text: 'Lost property is in room 7175, next to reception.', reason: 'digits that de-leet to a word' },
    { text: 'The bell end of the tuba needs a polish before the brass concert.', reason: 'the instrument' },
    { text: 'Computer Science: a nonce is a number used once in cryptography.', reason: 'cryptography' },
    { text: "Sod's law: the day Ofsted call is the day the boiler breaks.", reason: 'idiom, not swearing' },
    { text: 'Our head turned the first sod for the new sports hall today.', reason: 'a piece of turf' },
    { text: 'Summa cum laude for one of our former pupils at Durham!', reason: 'Latin' },
    { text: 'Kitchen-cum-diner finally finished, just in time for Christmas.', reason: 'Latin "with"' },
    { text: 'Clean-up day: the new floor scrubber is a game changer for the site team.', reason: 'the machine' },
    { text: 'FS2 had a wonderful trip to the farm today.', reason: 'Foundation Stage, not an abbreviated swear' },
    'Cockpit tour at the air museum for the STEM club.',
    { text: 'Year 6 impressionist paintings after Pissarro and Monet are on display.', reason: 'the painter' },
    'GCSE geography case study: the Fukushima disaster of 2011.',
    { text: 'History club: William the Bastard became William the Conqueror in 1066.', reason: 'his historical name' },
    { text: 'Cock-a-doodle-doo! Early start for the Year 1 farm visit.', reason: 'the rooster' },
    { text: 'Bloody freezing on the playground for duty this morning!', reason: 'bloody is deliberately not flagged' },
    { text: 'Welcome to Mrs Pratt, our new head of maths.', reason: 'a surname that collapses to a mild insult' },
    { text: 'Climbing club learnt the munter hitch and the figure of eight today.', reason: 'a knot' },
    { text: 'Staff flu jabs today: just a quick prick of the needle and back to class.', reason: 'a needle prick' },
    { text: 'English Language A level: coining nonce words with Year 12 today.', reason: 'linguistics' },
  ],
  invalid: [
    { text: 'That supply teacher is a gobsh*te of the highest order', findings: [['abuse.profanity', 'gobsh*te']], reason: 'masked compound' },
    { text: 'Our new head can stick his action plan where the sun don\'t shine', findings: [['abuse.profanity', "where the sun don't shine"]], reason: 'vulgar idiom without a rude word' },
    { text: 'Email from the trust about targets again 🖕', findings: [['abuse.profanity', '🖕']], reason: 'middle-finger emoji' },
    { text: 'The parents in that WhatsApp group are just skanky scrubbers', findings: [['abuse.profanity', 'skanky'], ['abuse.profanity', 'scrubbers']], reason: 'insult frame with a new adjective' },
    { text: 'What a fucking day. Photocopier jammed again.', findings: [['abuse.profanity', 'fucking']] },
    { text: 'Ofsted tomorrow, f*ck my life', findings: [['abuse.profanity', 'f*ck']], reason: 'a symbol for a vowel' },
    { text: 'This marking is sh1t', findings: [['abuse.profanity', 'sh1t']], reason: 'leetspeak' },
    { text: 'Absolute b0ll0cks from the DfE again', findings: [['abuse.profanity', 'b0ll0cks']], reason: 'leetspeak' },
    { text: 'The parent at pickup was a total w@nker', findings: [['abuse.profanity', 'w@nker']], reason: 'leetspeak' },
    { text: 'f u c k this new timetable', findings: [['abuse.profanity', 'f u c k']], reason: 'spaced out' },
    { text: 's.h.i.t, the fire alarm again', findings: [['abuse.profanity', 's.h.i.t']], reason: 'dotted out' },
    { text: 'The parent at pickup was a w a n k e r', findings: [['abuse.profanity', 'w a n k e r']], reason: 'spaced out after "a"' },
    { text: 'Honestly, you are a c u n t', findings: [['abuse.profanity', 'c u n t']], reason: 'spaced out, "a" not marked' },
    { text: 'The new deputy is a total ᴘʀɪᴄᴋ', findings: [['abuse.profanity', 'ᴘʀɪᴄᴋ']], reason: 'small capitals' },
    { text: 'fuuuuck, forgot the reports are due today', findings: [['abuse.profanity', 'fuuuuck']], reason: 'stretched' },
    { text: 'Sh\u200Bit, Ofsted are in tomorrow', findings: [['abuse.profanity', 'Sh\u200Bit']], reason: 'zero-width space inside' },
    { text: 'what the f*** is going on with the website', findings: [['abuse.profanity', 'f***']], reason: 'masked' },
    { text: 'c**t of a parent shouting at the gate', findings: [['abuse.profanity', 'c**t']], reason: 'masked' },
    { text: 'sh#t happens, trip postponed', findings: [['abuse.profanity', 'sh#t']], reason: 'masked with a hash' },
    { text: 'You absolute tw@t', findings: [['abuse.profanity', 'tw@t']] },
    { text: '🎉 fuck yes, Ofsted are gone 🎉', findings: [['abuse.profanity', 'fuck']], reason: 'emoji around it' },
    { text: 'ｆｕｃｋ this week', findings: [['abuse.profanity', 'ｆｕｃｋ']], reason: 'full-width letters' },
    { text: 'fu\u0441k this week', findings: [['abuse.profanity', 'fu\u0441k']], reason: 'Cyrillic look-alike letter' },
    { text: 'FUCKING brilliant result for our Year 6!!', findings: [['abuse.profanity', 'FUCKING']], reason: 'swearing, even in praise' },
    { text: 'Parking warden at the school gates is a motherfucker', findings: [['abuse.profanity', 'motherfucker']] },
    { text: 'Our head is such a pillock', findings: [['abuse.profanity', 'pillock']] },
    { text: 'Some tosser keyed my car in the staff car park', findings: [['abuse.profanity', 'tosser']] },
    { text: 'The new deputy is a complete bellend', findings: [['abuse.profanity', 'bellend']] },
    { text: 'That knobhead from the trust visited again', findings: [['abuse.profanity', 'knobhead']] },
    { text: 'Year 11 mock timetable is bollocks', findings: [['abuse.profanity', 'bollocks']] },
    { text: 'Sod off, Monday.', findings: [['abuse.profanity', 'Sod off']], reason: 'mild' },
    { text: 'Who parks across the bus bay? What a twat.', findings: [['abuse.profanity', 'twat']] },
    { text: 'Going back to Twatt next summer; the ferry man was a twat though', findings: [['abuse.profanity', 'twat']], reason: 'the place is spared, the insult is not' },
    { text: 'Scunthorpe were shit tonight', findings: [['abuse.profanity', 'shit']], reason: 'the place is spared, the swearing is not' },
    { text: 'Bloody hell, what a shite day', findings: [['abuse.profanity', 'shite']], reason: 'bloody is not flagged' },
    { text: 'Bugger, left my lanyard at home again', findings: [['abuse.profanity', 'Bugger']], reason: 'mild' },
    { text: 'Crap day, crap weather, crap coffee', findings: [['abuse.profanity', 'Crap'], ['abuse.profanity', 'crap'], ['abuse.profanity', 'crap']] },
    { text: 'The inspector was an arrogant arsehole', findings: [['abuse.profanity', 'arsehole']] },
    { text: "Who's the arse who took my mug from the staffroom?", findings: [['abuse.profanity', 'arse']] },
    { text: "Don't be a dick, just reply to the email", findings: [['abuse.profanity', 'dick']] },
    { text: 'Spotted dick for pudding, and the dinner lady was a dick about seconds', findings: [['abuse.profanity', 'dick']], reason: 'the pudding is spared, the insult is not' },
    { text: 'Stupid bitch in the car park took my space again', findings: [['abuse.profanity', 'bitch']] },
    { text: 'One dad at parents evening called me a slag', findings: [['abuse.profanity', 'slag']] },
    { text: "Had a pint with the new head, turns out he's a right git", findings: [['abuse.profanity', 'git']], reason: 'insult frame' },
    { text: 'That new caretaker is a nonce, everyone knows it', findings: [['abuse.profanity', 'nonce']] },
    { text: 'She looks a right minger in that photo', findings: [['abuse.profanity', 'minger']] },
    { text: 'WTF is this new marking policy', findings: [['abuse.profanity', 'WTF']] },
    { text: 'ffs the wifi is down again', findings: [['abuse.profanity', 'ffs']] },
    { text: 'Cock-up with the trip letters again', findings: [['abuse.profanity', 'Cock-up']], reason: 'mild; the longer match wins' },
    { text: 'Bit of a cock up with the coach booking for Friday', findings: [['abuse.profanity', 'cock up']], reason: 'mild idiom, not the strong word' },
    { text: 'bastard printer has eaten my worksheets', findings: [['abuse.profanity', 'bastard']] },
    { text: 'Some absolute bell end parked across the gates', findings: [['abuse.profanity', 'bell end']], reason: 'no instrument in sight' },
    { text: 'send nudes lol', findings: [['abuse.sexual', 'send nudes']] },
    { text: 'caught a colleague watching porn on the staffroom PC', findings: [['abuse.sexual', 'porn']] },
    { text: 'IT found a p0rn site in the browser history of the hall laptop', findings: [['abuse.sexual', 'p0rn']], reason: 'leetspeak' },
    { text: 'He sent her a dick pic, unbelievable', findings: [['abuse.sexual', 'dick pic']], reason: 'the longer, sexual match wins' },
    { text: 'someone left a dildo in the lost property box 😂', findings: [['abuse.sexual', 'dildo']] },
    { text: 'the new TA is well horny after the Christmas do', findings: [['abuse.sexual', 'horny']] },
    { text: 'Overheard two Year 11s saying they had sex in the park', findings: [['abuse.sexual', 'had sex']], reason: 'explicit phrase; sex alone is never flagged' },
  ],
});

describe('profanity data', () => {
  it('decides every word in the installed obscenity English dataset', () => {
    const shipped = new Set<string>();
    new DataSet<{ originalWord: string }>()
      .addAll(englishDataset as DataSet<{ originalWord: string }>)
      .removePhrasesIf((p) => {
        shipped.add(p.metadata!.originalWord);
        return false;
      });
    expect([...shipped].sort()).toEqual(OBSCENITY_DECISIONS.map((d) => d.term).sort());
  });

  it('has an entry for each kept word, and only kept words lack their own patterns', () => {
    const kept = OBSCENITY_DECISIONS.filter((d) => d.use === 'keep').map((d) => d.term).sort();
    expect(ENTRIES.filter((e) => !e.patterns).map((e) => e.term).sort()).toEqual(kept);
  });

  it('keeps strong words at 0.85 or more and mild ones at 0.5 or less', () => {
    for (const e of ENTRIES) {
      if (e.kind === 'mild' || e.kind === 'mild-insult') expect(e.confidence, e.term).toBeLessThanOrEqual(0.5);
      expect(e.note, e.term).toBeTruthy();
    }
    expect(ENTRIES.find((e) => e.term === 'fuck')!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(ENTRIES.find((e) => e.term === 'cunt')!.confidence).toBeGreaterThanOrEqual(0.85);
  });
});

describe('profanity detector', () => {
  const run = (text: string) => analyse(text, createContext(), [profanity]);

  it('never quotes the matched word in its message or evidence', () => {
    for (const f of run('fucking shite, send nudes you twat')) {
      expect(f.message).not.toMatch(/fuck|shit|nude|twat/i);
      for (const r of f.evidence.reasons) expect(r.detail).not.toMatch(/fuck|shit|nude|twat/i);
    }
  });

  it('says when a spelling was disguised', () => {
    const [f] = run('what a w@nker');
    expect(f!.evidence.reasons.map((r) => r.kind)).toContain('pattern');
  });

  it('gives mild words low confidence and strong words high confidence', () => {
    expect(run('bugger')[0]!.confidence).toBeLessThanOrEqual(0.5);
    expect(run('you cunt')[0]!.confidence).toBeGreaterThanOrEqual(0.85);
  });

  // The gate only narrows where obscenity looks; it must never change what obscenity finds.
  const words = ['fuck', 'sh1t', 'f*ck', 'Scunthorpe', 'cock-a-doodle', 'dick', 'spotted dick', 'shiitake', 'bitch', 'ass', 'class', 'bell end', 'sod off', 'fuuuuuuuuuuuuuuck', 'tw@t', 'Twatt', 'pussy willow', 'p0rn', 'wank', 'the', 'Year 6', '  ', '\n', '🎉', 'a', 'b0ll0cks'];
  it('finds exactly what obscenity finds over the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.constantFrom(' ', '', '  ', '.'), (parts, sep) => {
        const lower = parts.join(sep).toLowerCase();
        const key = (m: { startIndex: number; endIndex: number; termId: number }) => `${m.startIndex}:${m.endIndex}:${m.termId}`;
        expect(obscenityMatches(lower).map(key).sort()).toEqual(obscenityMatcher.getAllMatches(lower).map(key).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('keeps offsets inside the text for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const f of run(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThan(f.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
