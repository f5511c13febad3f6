import { describe, expect, it } from 'vitest';
import { citedClauses, resolved } from './packs.ts';

const pack = resolved('congerstone-primary');

describe('congerstone-primary: the best-fitting clause comes first', () => {
  it.each([
    ['Massive well done to Muhammad Hassan for his football trophy at the weekend!', 'Employee Responsibility, bullet 4'],
    ['Oliver in Year 6 finally cracked long division today, so proud', 'Employee Responsibility, bullet 4'],
    ['One of my Year 5s has been put on a child protection plan today. Heartbreaking.', 'Employee Responsibility, bullet 6'],
    ['A boy in my class has just been diagnosed with autism and mum is devastated', 'Employee Responsibility, bullet 6'],
    ['Miss Carter is on a final written warning, apparently. Poor woman.', 'Employee Responsibility, bullet 13'],
    ['Arbor login for supply staff is cover1 and the password is Oakwood!2024', 'Employee Responsibility, bullet 13'],
    ["Keep this to yourselves but our head is leaving at Christmas. Not announced yet!", 'Employee Responsibility, bullet 13'],
    ['The parents at our school gates are clueless, honestly.', 'Employee Responsibility, bullet 12 (offensive language)'],
    ['What a shit day. Roll on half term.', 'Employee Responsibility, bullet 12 (offensive language)'],
    ['Kids from that estate are vermin, every single one of them.', 'Employee Responsibility, bullet 12 (Equality Act)'],
    ['All Muslims are terrorists and should be deported', 'Employee Responsibility, bullet 12 (Equality Act)'],
    ["I swear I'm going to strangle the head if she changes the timetable again.", 'Employee Responsibility, bullet 16 (liability)'],
    ['Her NHS number is 943 476 5919 if the nurse at the hospital asks for it', 'Employee Responsibility, bullet 16 (copyright and privacy)'],
    ['Who wants the link to that porn site Dave was on about in the pub? 😂', 'Employee Responsibility, bullet 14'],
    ['Our URN is 123456 if anyone from the PTA needs it for the grant form', 'Social Media Security, paragraph 1'],
    // Signals from detectors still being built (pupil-image, pupil-contact, pupil-influence, school-representation,
    // school-providers, school-disrepute, school-copyright, defamatory, extremism).
    ['Pics of my Year 3s on their trip to the zoo today!', 'Employee Responsibility, bullet 7'],
    ['Year 6, add me on Snapchat if you need help with your SATs revision', 'Employee Responsibility, bullet 3'],
    ['Told my class who to vote for in the general election 🗳️', 'Employee Responsibility, bullet 8'],
    ["Went into work still drunk after the leavers' do 🙈", 'Employee Responsibility, bullet 8'],
    ['Speaking for the school, we think the strike is completely justified.', 'Employee Responsibility, bullet 9'],
    ['Everyone knows the deputy head has been fiddling the budget', 'Employee Responsibility, bullet 10'],
    ['The caterers our school uses are cowboys, cold food every day', 'Employee Responsibility, bullet 11'],
    ['The attackers were heroes and should be an example to us all', 'Employee Responsibility, bullet 15'],
    ['Scanned the whole Collins textbook, DM me for the PDF', 'Employee Responsibility, bullet 16 (copyright and privacy)'],
  ])('%s → %s', (text, clause) => expect([...citedClauses(text, pack).first]).toContain(clause));
});
