import { describe, expect, it } from 'vitest';
import { citedClauses, resolved } from './packs.ts';

const pack = resolved('star-academy-trust');

describe('star-academy-trust: the best-fitting clause comes first', () => {
  it.each([
    ['Oliver Smith was an absolute star in assembly today 🌟', '5.8, bullet 3'],
    ['Poor Grace in Year 4 has been referred to social services after what she told me today.', '3.2'],
    ['One of my Year 2 boys has just been put on a child protection plan.', '5.14'],
    ['Mr Hughes is facing a disciplinary after what happened on the residential, keep it to yourselves.', '5.14'],
    ["Inspectors left an hour ago. We've been graded Requires Improvement but we can't say anything until the report is out.", '5.14'],
    ['Cover for 5B tomorrow: the Arbor login is rpatel and the password is Sunflower!22', '5.4'],
    ['New number for the running club group: 07700 900789, text me about Saturday.', '5.19'],
    ['Proud to be starting at Oakwood Primary School in September!', '5.10, bullet 1'],
    ['If you need me over the holidays, email r.patel@oakwood.sch.uk', '5.16'],
    ['The parents at this school are idiots, every single one of them.', '5.8, bullet 4'],
    ['Year 6 behaved like wild animals on the coach home from the museum.', '5.8, bullet 5'],
    ["I swear if that mum shouts at me in the playground again I'll smash her face in.", '5.8, bullet 5'],
    ['Honestly women are too emotional to be headteachers.', '5.8, bullet 5'],
    ['SATs week is finally over, thank fuck for that.', '5.8, bullet 1'],
    // These need detectors that are being built (pupil.image, pupil.contact, school.representation, school.copyright).
    ["Here's a video of my Year 3s performing their class assembly this morning!", '5.15'],
    ['Year 6, add me on Snapchat if you need any help with your revision.', '4.1'],
    ['As a school we think the new Ofsted framework is completely unfair.', '5.8, bullet 2'],
    ["I've uploaded scans of the whole CGP SATs revision guide, free to download from the link.", '3.5'],
  ])('%s → %s', (text, clause) => expect([...citedClauses(text, pack).first]).toContain(clause));
});
