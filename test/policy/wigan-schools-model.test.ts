import { describe, expect, it } from 'vitest';
import { citedClauses, resolved } from './packs.ts';

const pack = resolved('wigan-schools-model');

describe('wigan-schools-model: the best-fitting clause comes first', () => {
  it.each([
    ['Lovely to see Oliver Smith and his mum at the library on Saturday!', 'Disclosure of confidential information, paragraph 2'],
    ['Pupil number P207000016049 keeps bouncing back on the census, any ideas?', 'Disclosure of confidential information, paragraph 2'],
    ['Poor lad in my Year 5 class has just been diagnosed with ADHD, mum is devastated.', 'Personal use of social media, bullet 4'],
    ['The Arbor password is Bluebell!2024, can someone log in and do my register?', 'Personal use of social media, bullet 10'],
    ['Some of the mums at pick-up are actual vermin.', 'Offensive material, paragraph 1'],
    ['If that child throws one more chair I swear I will strangle him.', 'Offensive material, paragraph 1'],
    ['My useless head of department has lost the coursework AGAIN.', 'Summary, bullet 14'],
    ['Another twat of a day, seriously. Who designed this timetable?', 'Purpose, paragraph 5'],
    ['Caught a Year 9 boy sending dick pics round the class group chat, what is wrong with people', 'Obscene material, paragraph 1'],
    ['Delivery for school keeps going to the wrong place, our postcode is LE12 3AB people!', 'Summary, bullet 12'],
    ['So lucky to work at Oakwood Primary, best staff team ever ❤️', 'Personal use of social media, bullet 1'],
    ['Happy to help with the fundraiser, drop me a line at sarah.jones@oakwood.sch.uk', 'Personal use of social media, bullet 6'],
    ['Keep it quiet, but the head is leaving at Christmas and they have not told the parents yet.', 'Summary, bullet 17'],
    ['Our new house is at 27 Willow Close, Loughborough LE11 2QR, housewarming on Saturday!', 'Summary, bullet 3'],
    // Detectors still being built when this was written: pupil.contact, pupil.image, abuse.defamatory,
    // school.representation, school.disrepute, school.copyright.
    ['Year 10, follow me on Snapchat and I will post the answers tonight', 'Online contact with children and young people, bullet 2'],
    ['Photos of my Year 2s at the beach today, look at their little faces!', 'Personal use of social media, bullet 5'],
    ['Everyone knows our business manager has been helping herself to the school fund.', 'Libel/defamation, paragraph 1'],
    ['On behalf of the school I can say we all think the new academy trust is a disaster.', 'Summary, bullet 15'],
    ['Came into work still drunk from the wedding, Year 3 did not notice a thing 🍾', 'Legal aspects, paragraph 2'],
    ['Photocopied the entire Read Write Inc handbook, DM me and I will send you the scans', 'Copyright, paragraph 1'],
  ])('%s → %s', (text, clause) => expect([...citedClauses(text, pack).first]).toContain(clause));
});
