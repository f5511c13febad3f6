import { describe, expect, it } from 'vitest';
import { citedClauses, resolved } from './packs.ts';

const pack = resolved('owls-academy-trust');

describe('owls-academy-trust: the best-fitting clause comes first', () => {
  it.each([
    ['Well done to Grace Okafor for her brilliant times tables score this morning!', 'Employee Responsibility, bullet 4'],
    ['Brilliant assembly from Zoë in Year 2 this morning, she was so confident', 'Employee Responsibility, bullet 4'],
    ['One of my Year 5s has been put on a child protection plan today. Heartbreaking.', 'Employee Responsibility, bullet 6'],
    ['A girl in my Year 6 class is in foster care now and really struggling', 'Employee Responsibility, bullet 6'],
    ['Mrs Khan has been suspended pending investigation, keep it quiet', 'Employee Responsibility, bullet 12'],
    ['Arbor login for supply staff is cover1 and the password is Oakwood!2024', 'Employee Responsibility, bullet 12'],
    ["We can't say until the report is out but Ofsted gave us Outstanding!!", 'Employee Responsibility, bullet 12'],
    ['Ofsted inspectors are clowns, every single one of them.', 'Employee Responsibility, bullet 11 (offensive language)'],
    ['Some of these parents are absolute fucking idiots.', 'Employee Responsibility, bullet 11 (offensive language)'],
    ['Our Year 4 kids are feral, honestly, like teaching animals', 'Employee Responsibility, bullet 11 (Equality Act)'],
    ['Disabled kids are a drain on the school budget and everyone knows it.', 'Employee Responsibility, bullet 11 (Equality Act)'],
    ["I'm going to punch that parent if she shouts at my TA again.", 'Employee Responsibility, bullet 14 (liability)'],
    ["Jo's mum's mobile is 07700 900123 if anyone needs to get hold of her about the trip", 'Employee Responsibility, bullet 14 (copyright and privacy)'],
    ['Anyone fancy a porn night after the Christmas do? 😂', 'Employee Responsibility, bullet 13'],
    ['Another lovely sports day at Oakwood Primary School ☀️', 'Social Media Security, paragraph 1'],
    // Signals from detectors still being built (pupil-image, pupil-contact, pupil-influence, school-representation,
    // school-providers, school-disrepute, school-copyright, defamatory, extremism).
    ['Pics of my Year 3s on their trip to the zoo today!', 'Employee Responsibility, bullet 4'],
    ['Year 11, add me on Snapchat if you need help with revision', 'Employee Responsibility, bullet 3'],
    ['Told my class who to vote for in the general election 🗳️', 'Employee Responsibility, bullet 7'],
    ["Went into work still drunk after the leavers' do 🙈", 'Employee Responsibility, bullet 7'],
    ['Speaking for the school, we think the strike is completely justified.', 'Employee Responsibility, bullet 8'],
    ['Everyone knows the deputy head has been fiddling the budget', 'Employee Responsibility, bullet 9'],
    ['The caterers our school uses are cowboys, cold food every day', 'Employee Responsibility, bullet 10'],
    ['Scanned the whole Collins textbook, DM me for the PDF', 'Employee Responsibility, bullet 14 (copyright and privacy)'],
    ['The attackers were heroes and should be an example to us all', 'Employee Responsibility, bullet 14 (liability)'],
  ])('%s → %s', (text, clause) => expect([...citedClauses(text, pack).first]).toContain(clause));
});
