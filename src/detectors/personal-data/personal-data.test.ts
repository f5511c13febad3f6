import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../engine/analyse.ts';
import { createContext } from '../../engine/context.ts';
import type { SchoolProfile } from '../../engine/school-profile.ts';
import { runCases } from '../rule-tester.ts';
import { personalData } from './personal-data.ts';

const school: SchoolProfile = { name: "St Mary's Primary School", emailDomains: ['stmarys.sch.uk'], postcode: 'LE12 3AB' };

runCases(personalData, {
  valid: [
    // Everyday school posts with numbers in them.
    'What a brilliant sports day! Year 6 won the relay 3-1 and the PTA raised £1,245.50.',
    'Trip to the Science Museum on 12/03/2025 - coaches leave at 08:15 sharp.',
    { text: 'Sports day is on Friday 5th July, 1.30pm start. Bring sun cream!', reason: 'a date, but not a birth date' },
    'Reminder: non-uniform day on 21.06.2024, £1 donation.',
    { text: 'Term ends 19/07/24, back on 03/09/24.', reason: 'two dates; no birth cue' },
    { text: 'Dates: 01.02.2023 10.30 and 02.02.2023 14.00', reason: 'date and time digits must not join into a phone number' },
    'Ofsted rated us Good in 2023 (URN 123456).',
    'Class 4B raised 1,234,567 pennies!',
    'The Year 5 Oak Class assembly is at 2.45pm in Room 12.',
    { text: 'Tickets are £5, order number 00123456789, collect from reception.', reason: 'an order number, not a phone' },
    { text: 'Reading with my class: ISBN 0141036141.', reason: 'an ISBN-10 that parses as a Glasgow number' },
    { text: 'Call 999 in an emergency, or 111 for NHS advice.', reason: 'short service numbers' },
    // Organisations' own published contact details.
    { text: 'Call the school office on 01632 960000 to book a place.', reason: "the school's published landline" },
    { text: 'Phone the office on 0116 496 0123 to report absence.', reason: 'office landline' },
    { text: 'Ring me at school on 0161 496 0000 tomorrow.', reason: 'the school landline: the organisational cue beside it wins over "ring me"' },
    { text: 'Absence line: 0116 496 0124 (option 1)', reason: 'published absence line' },
    { text: 'NEU members: ballot closes soon. Union advice line 0345 811 8111.', reason: '03 numbers are organisations only' },
    { text: 'Tel: 0800 123 4567 for free advice.', reason: 'freephone: a business line' },
    { text: 'Email office@anyschool.org.uk to book the hall.', reason: "a role mailbox at an organisation's domain" },
    { text: 'Please email enquiries@cityfarm.org.uk for group rates.', reason: 'role mailbox' },
    { text: 'Questions? Email j.smith@stmarys.sch.uk', context: { school }, reason: "the school's own domain: the school detector reports it" },
    { text: 'Our postcode for the sat nav is LE12 3AB.', context: { school }, reason: "the school's own postcode" },
    { text: 'Find us at 12 Oak Road, Leicester LE12 3AB', context: { school }, reason: "the school's own address" },
    // Not email addresses.
    'Visit our new website www.stmarys.sch.uk for term dates.',
    { text: 'Thanks @MrsSmithTeaches for the resource! #edutwitter', reason: 'an @mention is not an email address' },
    { text: 'Sponsor me at justgiving.com/jo-runs!', reason: 'a URL' },
    { text: 'Find us at example dot com for the newsletter.', reason: 'a website said aloud, not a mailbox' },
    { text: 'Meet me at the gate at 3pm, then off to Costa.', reason: '"at" as an ordinary word' },
    // Not home addresses.
    { text: 'We all did a 10 Mile Walk for charity!', reason: 'a distance, not a street' },
    { text: 'The 3 Peaks Way challenge starts at 6am.', reason: 'an event, not an address' },
    { text: 'Well done to our Year 6 Park Road netball team.', reason: 'Year 6, not a house number' },
    { text: 'Our Christmas fair is at 2 Church Street Village Hall on 7 Dec.', reason: 'a public venue' },
    { text: 'Pick-up from 3.15, gate 2, Oak Avenue entrance.', reason: 'a gate number and a site entrance, not a house' },
    { text: 'CPD today at the Teaching School Hub, 24 Church Lane.', reason: 'a public venue named just before' },
    { text: 'Year 3 wrote letters to 10 Downing Street about plastic.', reason: 'a famous public address' },
    { text: 'He lives on the same road as me, small world!', reason: 'no street named' },
    'She lives in Leicester and commutes in every day.',
    { text: 'Our home match is at Park Road on Saturday, kick off 10am.', reason: '"home" as in a home fixture' },
    { text: 'Live music on Church Street this Saturday!', reason: '"live" as an adjective' },
    { text: 'Meet in Block B1 2nd floor for the exam.', reason: 'an ordinal, not a postcode' },
    { text: 'Coach reg AB12 CDE leaves from platform 4.', reason: 'a number plate is not a postcode' },
    { text: 'Year 6 are off to Y6 3RD camp', reason: 'not a postcode area' },
    // Not dates of birth.
    { text: 'Our little one was born on 12 March, weighing 7lb 2oz!', reason: 'a birth announcement without the year' },
    'Born and bred in Leeds, proud to teach here for 15 years.',
    { text: 'I was born in 1985 and still feel 21.', reason: 'a year only' },
    { text: 'Our school was born on 1 September 2011 as an academy.', reason: 'a founding date, not a person\'s' },
    { text: "Happy birthday to our head! Her birthday party is on 5th July.", reason: 'a birthday without a year' },
    { text: 'New-born lambs at the farm trip on 15/04/2024.', reason: '"born" not followed by the date' },
    // Not NHS or NI numbers.
    { text: 'NHS number 943 476 5871 on the form', reason: 'fails the NHS check digit' },
    { text: 'NHS 2222222222', reason: 'all one digit: never issued' },
    { text: 'Tracking number 943 476 5870 for the parcel.', reason: 'a reference cue and no NHS cue' },
    { text: 'ULN 9276308686', reason: 'a learner number passes the ULN check, not the NHS one' },
    { text: 'The example NI number QQ 12 34 56 A is not real.', reason: "HMRC's illustration: QQ is never issued" },
    { text: 'NI number TN 12 34 56 A', reason: 'TN is a prefix HMRC does not use' },
    { text: 'Part code ab123456c in the catalogue', reason: 'lower case and no NI cue' },
    'The NHS is 75 years old on 5 July 2023!',
  ],
  invalid: [
    // Phone numbers.
    { text: 'Text me on 07700 900123 if you need anything', findings: [['confidential.contact-details', '07700 900123']] },
    { text: 'Call Dave 07700-900-123', findings: [['confidential.contact-details', '07700-900-123']], reason: 'hyphens' },
    { text: 'Her mobile: 07700 900 123.', findings: [['confidential.contact-details', '07700 900 123']], reason: '5-3-3 grouping' },
    { text: 'Call +44 7700 900123 tonight', findings: [['confidential.contact-details', '+44 7700 900123']], reason: 'international form' },
    { text: 'Ring +44 (0)7700 900123', findings: [['confidential.contact-details', '+44 (0)7700 900123']], reason: '"(0)" kept in' },
    { text: 'My number is 0044 7700 900123', findings: [['confidential.contact-details', '0044 7700 900123']] },
    { text: 'WhatsApp me 07911123456', findings: [['confidential.contact-details', '07911123456']], reason: 'no spaces' },
    { text: 'Call Dave 07700.900.123 after six', findings: [['confidential.contact-details', '07700.900.123']], reason: 'dots' },
    { text: 'Parents: Mrs Khan is on 07911 123456 if the coach is late', findings: [['confidential.contact-details', '07911 123456']] },
    { text: "Mum's mob 07700 900 987 - don't share", findings: [['confidential.contact-details', '07700 900 987']] },
    { text: "Mrs Patel's home number is 0161 496 0000", findings: [['confidential.contact-details', '0161 496 0000']], reason: 'a home landline' },
    { text: 'Her home phone is 0115 496 0321', findings: [['confidential.contact-details', '0115 496 0321']], reason: 'an Ofcom drama number libphonenumber calls unallocated' },
    { text: 'Give me a ring on 01234 567890', findings: [['confidential.contact-details', '01234 567890']] },
    { text: 'Ring the trip mobile on 07700 900555 if delayed', findings: [['confidential.contact-details', '07700 900555']], reason: 'a mobile is reported, if weakly, even beside an organisational cue' },
    { text: 'Numbers: 07700 900123 and 07700 900124', findings: [['confidential.contact-details', '07700 900123'], ['confidential.contact-details', '07700 900124']] },
    { text: 'Text 0\u200B7700 900123', findings: [['confidential.contact-details', '0\u200B7700 900123']], reason: 'a zero-width space inside the number' },
    // Email addresses.
    { text: 'My email is teacher.jo@hotmail.co.uk, message me for resources', findings: [['confidential.contact-details', 'teacher.jo@hotmail.co.uk']] },
    { text: 'Contact jo@example.com about the fundraiser', findings: [['confidential.contact-details', 'jo@example.com']] },
    { text: 'Email j.smith@stmarys.sch.uk for the slides', findings: [['confidential.contact-details', 'j.smith@stmarys.sch.uk']], reason: 'without a school profile a staff address is personal' },
    { text: 'Send it to office@gmail.com', findings: [['confidential.contact-details', 'office@gmail.com']], reason: 'a role name at a webmail provider is still one person' },
    { text: 'email jo.bloggs [at] gmail [dot] com', findings: [['confidential.contact-details', 'jo.bloggs [at] gmail [dot] com']], reason: 'bracketed obfuscation' },
    { text: 'name [at] example [dot] com', findings: [['confidential.contact-details', 'name [at] example [dot] com']] },
    { text: 'jo(at)gmail(dot)co(dot)uk', findings: [['confidential.contact-details', 'jo(at)gmail(dot)co(dot)uk']] },
    { text: 'reach me at jo_b at outlook dot com', findings: [['confidential.contact-details', 'jo_b at outlook dot com']], reason: 'spelled out at a webmail provider' },
    { text: 'email sam.k @ yahoo.co.uk', findings: [['confidential.contact-details', 'sam.k @ yahoo.co.uk']], reason: 'spaces around the @' },
    // Home addresses and postcodes.
    { text: 'She lives at 12 Oak Road, Leicester LE4 5AB', findings: [['confidential.contact-details', '12 Oak Road, Leicester LE4 5AB']] },
    { text: "Can someone drop the forms to Jake's mum at 27 Brook Lane, LE4 7QT?", findings: [['confidential.contact-details', '27 Brook Lane, LE4 7QT']] },
    { text: 'Her new address is 3 Willow Crescent, Coalville', findings: [['confidential.contact-details', '3 Willow Crescent']] },
    { text: 'His address is 41a Station Rd, Loughborough LE11 2AB', findings: [['confidential.contact-details', '41a Station Rd, Loughborough LE11 2AB']] },
    { text: 'They moved to 18 Cherry Tree Close last week', findings: [['confidential.contact-details', '18 Cherry Tree Close']] },
    { text: 'Send it to Flat 2, 14 High St, Nottingham NG1 5AB', findings: [['confidential.contact-details', 'Flat 2, 14 High St, Nottingham NG1 5AB']] },
    { text: 'Dropped the cake round to 14 Elm Grove last night', findings: [['confidential.contact-details', '14 Elm Grove']], reason: 'number, name and street type without any cue' },
    { text: 'he lives at 5 acacia avenue le11 2ab', findings: [['confidential.contact-details', '5 acacia avenue le11 2ab']], reason: 'all lower case, with a home cue' },
    { text: 'She lives on Park Lane, near the shop', findings: [['confidential.contact-details', 'Park Lane']], reason: 'no house number, but "lives on"' },
    { text: 'Lovely family, they live two doors down from me on Beech Avenue.', findings: [['confidential.contact-details', 'Beech Avenue']], reason: 'a street named later in a sentence about where someone lives' },
    { text: 'He lives at 9 Mill Walk', findings: [['confidential.contact-details', '9 Mill Walk']], reason: 'a weak street type with a home cue' },
    { text: 'Postcode LE4 5AB', findings: [['confidential.contact-details', 'LE4 5AB']] },
    { text: 'Parcel for SW1A 1AA please', findings: [['confidential.contact-details', 'SW1A 1AA']], reason: 'a bare postcode is moderate evidence' },
    { text: 'Find us at 12 Oak Road, Leicester LE4 5AB', context: { school }, findings: [['confidential.contact-details', '12 Oak Road, Leicester LE4 5AB']], reason: 'not the school postcode' },
    // Dates of birth.
    { text: 'DOB 03/04/2015', findings: [['confidential.date-of-birth', '03/04/2015']] },
    { text: 'D.O.B: 3rd May 2015', findings: [['confidential.date-of-birth', '3rd May 2015']] },
    { text: 'd.o.b 14.02.14', findings: [['confidential.date-of-birth', '14.02.14']] },
    { text: 'Date of birth: 1st September 2013', findings: [['confidential.date-of-birth', '1st September 2013']] },
    { text: 'born on 12 March 2016', findings: [['confidential.date-of-birth', '12 March 2016']] },
    { text: 'Her date of birth is 03/04', findings: [['confidential.date-of-birth', '03/04']], reason: 'an explicit cue needs no year' },
    { text: 'Child born on the 4th of July 2016', findings: [['confidential.date-of-birth', '4th of July 2016']] },
    { text: 'Ella (dob 2015-09-30) starts Monday', findings: [['confidential.date-of-birth', '2015-09-30']], reason: 'ISO date' },
    { text: 'Her birthday is 12th March 2015', findings: [['confidential.date-of-birth', '12th March 2015']] },
    { text: 'born 12/03/2016 at 3am', findings: [['confidential.date-of-birth', '12/03/2016']] },
    // NHS numbers.
    { text: 'NHS number 943 476 5870', findings: [['confidential.nhs-number', '943 476 5870']] },
    { text: 'NHS no: 4505577104', findings: [['confidential.nhs-number', '4505577104']], reason: 'no spaces, with a cue' },
    { text: 'His number is 943-476-5870', findings: [['confidential.nhs-number', '943-476-5870']], reason: '3-3-4 with a valid check, no cue: reported weakly' },
    // National Insurance numbers.
    { text: 'NI number AB 12 34 56 C', findings: [['confidential.ni-number', 'AB 12 34 56 C']] },
    { text: 'His NI number is ab123456c', findings: [['confidential.ni-number', 'ab123456c']], reason: 'lower case with a cue' },
    { text: 'National Insurance: JG 10 37 54 A', findings: [['confidential.ni-number', 'JG 10 37 54 A']] },
    { text: 'Her details: AB123456C', findings: [['confidential.ni-number', 'AB123456C']] },
    // Several at once.
    {
      text: 'New starter: Sam Lee, DOB 02/05/2016, lives at 8 Elm Close, mum 07700 900456, NHS 943 476 5870',
      findings: [
        ['confidential.date-of-birth', '02/05/2016'],
        ['confidential.contact-details', '8 Elm Close'],
        ['confidential.contact-details', '07700 900456'],
        ['confidential.nhs-number', '943 476 5870'],
      ],
    },
  ],
});

describe('personal-data confidence', () => {
  const confidence = (text: string) => {
    const found = analyse(text, createContext(), [personalData]);
    expect(found).toHaveLength(1);
    return found[0]!.confidence;
  };

  it('ranks a personal mobile above a bare landline, and an office mobile lower', () => {
    const personalMobile = confidence('Text me on 07911 123456');
    const mobile = confidence('Contact 07911 123456');
    const landline = confidence('Contact 0161 496 0000');
    const officeMobile = confidence('The school office mobile is 07911 123456');
    expect(personalMobile).toBeGreaterThanOrEqual(0.85);
    expect(mobile).toBeGreaterThanOrEqual(0.85);
    expect(landline).toBe(0.6);
    expect(officeMobile).toBeLessThan(mobile);
  });

  it('treats a bare postcode as moderate and one with a home cue as high', () => {
    expect(confidence('Parcel for LE4 5AB')).toBe(0.6);
    expect(confidence('Her home postcode is LE4 5AB')).toBe(0.9);
  });

  it('needs a cue for high NHS confidence', () => {
    expect(confidence('943 476 5870')).toBeLessThan(0.7);
    expect(confidence('NHS number 943 476 5870')).toBeGreaterThan(0.9);
  });

  it('never quotes the matched text in the message', () => {
    const text = 'email jo.bloggs@gmail.com or 07700 900123, DOB 03/04/2015';
    for (const f of analyse(text, createContext(), [personalData])) {
      expect(f.message).not.toContain(text.slice(f.start, f.end));
    }
  });
});

describe('personal-data robustness', () => {
  const pieces = ['07700 900123', '+44 ', '(0)', 'jo', '@', ' [at] ', ' dot ', 'gmail', '.com', '12 ', 'Oak ', 'Road', 'LE4 5AB',
    'DOB ', 'born on ', '03/04/2015', '943 476 5870', 'NHS ', 'AB 12 34 56 C', ' ', '\u200B', '😀', 'ß', '\u202E', '\n'];
  it('never throws and keeps every finding inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const f of analyse(text, createContext(), [personalData])) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThan(f.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
