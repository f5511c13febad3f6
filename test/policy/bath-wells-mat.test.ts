import { describe, expect, it } from 'vitest';
import { citedClauses, resolved } from './packs.ts';

const pack = resolved('bath-wells-mat');

describe('bath-wells-mat: the best-fitting clause comes first', () => {
  it.each([
    // Pupils
    ['Oliver Smith finally cracked long division today and the look on his face was everything 😭', '4.3.6, bullet 2'],
    ['Lizzie in Year 3 has just been diagnosed with ADHD — mum is relieved they finally have answers.', '4.3.6, bullet 3 (personal data)'],
    ['Had to call social services this afternoon about one of my Year 4s. Heartbreaking.', '4.3.6, bullet 3 (personal data)'],
    ['Here are some pics of my Year 4s from sports day — look at those smiles!', '4.3.7'],
    ["Year 6, add me on Snapchat — I'll put your homework reminders on my story 😉", '4.3.1'],
    ['Told my Year 6 class exactly who their parents should be voting for on Thursday 🌹', '4.3.13'],
    // The school and its confidential matters
    ['So proud of everyone at Oakwood Primary today — our Christmas fair raised over £900 for the roof fund!', '4.3.6'],
    ['Parents, if you have questions about the trip just email me at j.hughes@oakwood.sch.uk', '4.3.10'],
    ['Speaking for the school here: we are all completely against the new housing estate on Mill Lane.', '4.3.6, bullet 1'],
    ["Door code for the staff room is 4582 if anyone's popping in over half term.", '4.3.6, bullet 3 (confidential)'],
    ["Don't tell anyone but there are going to be redundancies in the support staff team after Easter.", '4.3.6, bullet 3 (not yet public)'],
    ['Mr Davies is facing a disciplinary hearing next week, keep it quiet.', '4.3.9'],
    ['Happy birthday to our lovely caretaker Dave, born 14/02/1972 — a proper legend!', '3.4, bullet 8'],
    ['Whoever signed us up with Fresh Plate Catering wants their head read — the school dinners are inedible and they are a total rip-off.', '4.2'],
    // Conduct
    ['Our useless head has cancelled PPA again. Clueless.', '4.3.8'],
    ['Year 5 went feral this afternoon, honestly like teaching animals.', '4.3.5'],
    ['The parents of 4B are an absolute nightmare this year. Every single one of them.', '4.3.8'],
    ["If that parent comes into my classroom shouting again I'll knock him out, I swear.", '2.5'],
    ['Gay teachers shouldn\'t be allowed to teach in primary schools, end of.', '4.3.5'],
    ['Hen do pics incoming — strippers, shots and a blowjob cake 😂', '4.3.5'],
    ['What a shit week. Roll on half term.', '4.8, bullet 4'],
    ['The 7/7 bombers were freedom fighters, not terrorists. Rest in power, brothers.', '4.3.14, bullet 4'],
  ])('%s → %s', (text, clause) => expect([...citedClauses(text, pack).first]).toContain(clause));
});
