import type { SchoolProfile } from '../../engine/school-profile.ts';
import { runCases } from '../rule-tester.ts';
import { schoolIdentity } from './school-identity.ts';

// A name shared with hundreds of schools, churches and hospitals, with an acronym and a place-qualified alias.
const stMarys: SchoolProfile = {
  name: "St Mary's C of E Primary School",
  aliases: ['SMPS', "St Mary's Thornbury"],
  urn: '123456',
  dfeNumber: '855/2001',
  emailDomains: ['stmarys.sch.uk'],
  postcode: 'LE12 3AB',
};
// A core name that is also a place and a wood; a two-letter acronym.
const oakwood = { school: { name: 'Oakwood Academy', aliases: ['OA'], emailDomains: ['oakwood-academy.org.uk'] } };
// Accents and a type word before the name.
const ecole = { school: { name: 'École Sainte-Thérèse' } };
// An ampersand in the name.
const trinity = { school: { name: 'Holy Trinity and St Silas CE Primary School' } };
// A phase word that is only weak on its own.
const hollins = { school: { name: 'Hollins High School' } };
// Cores that are everyday words or surnames.
const hope = { school: { name: 'Hope Academy' } };
const harris = { school: { name: 'Harris Academy' } };
const none = {};

runCases(schoolIdentity, {
  context: { school: stMarys },
  valid: [
    { text: "Took Year 3 to St Mary's church for the harvest festival", reason: 'the church, not the school' },
    { text: "My daughter was born at St Mary's Hospital and the staff were incredible", reason: 'a hospital of the same name' },
    { text: "Traffic on St Mary's Road made me late for school", reason: 'a road of the same name' },
    { text: "Lovely match against St Mary's RC Primary today", reason: 'another denomination: another school' },
    { text: "St Mary's Catholic Primary were brilliant hosts for the tournament", reason: 'Catholic is not C of E' },
    { text: "St Mary's Infant School choir joined our carol concert", reason: 'an infant school is not our primary' },
    { text: "Our Year 6 visited St Mary's College for a taster day", reason: 'a college is never our primary' },
    { text: 'Great St Mary\'s was stunning on our school trip to Cambridge', reason: 'a longer name: the Cambridge church' },
    { text: "St Mary's looked beautiful in the snow this morning", reason: 'bare core name with no school word nearby' },
    { text: "Mary's birthday party was brilliant fun", reason: 'no saint: a person' },
    { text: 'Finally fixed the smps in my old PC', reason: 'the acronym alias only counts in capitals' },
    { text: 'Well done to Oakfield Primary for winning the tournament', reason: 'another school' },
    { text: 'Feedback please on the changes in our uniform policy', reason: 'a uniform policy, not a picture' },
    { text: 'The Brownies looked so smart in their uniform at the parade', reason: 'not a school uniform' },
    { text: 'Call 0116 123456 for panto tickets', reason: "the URN's digits inside a phone number" },
    { text: 'Postcode for the fete is LE12 3AD', reason: 'a different postcode' },
    { text: 'LE12 is such a lovely part of the county', reason: 'outward code only' },
    { text: 'Email me at jo.bloggs@gmail.com about the bake sale' },
    {
      text: 'Still miss my old address j.smith@hillside.sch.uk',
      reason: "with a profile, only the school's own domains count; other addresses are personal data for another detector",
    },
    { text: 'Loved the #StMarys carol service tonight', reason: 'a bare core-name hashtag: also the church' },
    { text: 'Oakwood Academy were lovely hosts for the cluster CPD', reason: 'another school for this profile' },
    { text: 'St Mary’s Hospital nurses are heroes', reason: 'curly apostrophe, still a hospital' },
    { text: 'Had a nosey round St Mary\'s with the dog before school', reason: 'a place walked round' },
    { text: 'Our school is brilliant and so are our Year 6', reason: '"school" alone is not a cue' },
    { text: 'Lost my school uniform from 1998 in the loft!', reason: 'own old uniform is not a cue' },
    // Oakwood Academy
    { text: 'Lovely walk through Oakwood before school', context: oakwood, reason: 'a place walked through' },
    { text: 'Oakwood is gorgeous in autumn', context: oakwood, reason: 'bare core name with no school word' },
    { text: 'Oakwood was busy so we did the school run early', context: oakwood, reason: 'a place-like core at a sentence start needs a school word right after it' },
    { text: 'Oakwood Park Primary School were lovely hosts', context: oakwood, reason: 'a longer name: another school' },
    { text: 'West Oakwood Academy won the quiz again', context: oakwood, reason: 'a longer name: another school' },
    { text: 'The oakwood table in the staffroom needs oiling', context: oakwood, reason: 'lower case and not next to a school word' },
    { text: 'Oakwood Road is closed so the school run will be slow', context: oakwood, reason: 'a road' },
    { text: 'Oakwood High beat us at football', context: oakwood, reason: '"High" alone is not a type word for an academy' },
    { text: 'The Oakwood community came together for the fun run', context: oakwood, reason: '"community" needs a type word after it' },
    { text: 'Tickets for the OA concert are on sale', context: oakwood, reason: 'two-letter acronym needs a school word' },
    { text: 'Well done to Oakfield Primary for winning the netball', context: oakwood, reason: 'another school' },
    { text: 'Find me on oakwood-academy.org.uk.fake.net', context: oakwood, reason: 'the domain is only part of another' },
    // Ecole Sainte-Therese
    { text: 'Sainte-Thérèse de Lisieux is such an interesting saint', context: ecole, reason: 'the saint, no school word' },
    // Hollins High School
    { text: 'Walked up Hollins high street after work', context: hollins, reason: '"high street" is not the school' },
    // Everyday words and surnames
    { text: 'Hope everyone has a lovely half term!', context: hope, reason: 'an everyday word at a sentence start' },
    { text: 'I hope all our pupils enjoyed sports day', context: hope, reason: 'an everyday word in lower case' },
    { text: 'Mr Harris took Year 6 swimming today', context: harris, reason: 'a person: title before the name' },
    { text: 'Thank you to Mrs. Harris and all the Year 6 staff', context: harris, reason: 'a person: "Mrs." before the name' },
    { text: 'Primary School sports day #PrimarySchool', context: { school: { name: '???' } }, reason: 'a name with no words matches nothing' },
    // No profile
    { text: 'Our Ofsted report is out: rated Good in 2024!', context: none },
    { text: 'We raised 123456 pennies for Children in Need', context: none, reason: 'six digits with no URN cue' },
    { text: 'DfE says 2024/2025 funding rises by 2%', context: none, reason: 'a school year, not a DfE number' },
    { text: 'DfE number 999/1234 is not real', context: none, reason: 'not a local authority code' },
    { text: 'Ofsted inspected 855/2001 pupils', context: none, reason: 'no DfE cue: a fraction' },
    { text: "St Mary's C of E Primary School", context: none, reason: 'names are only matched against a profile' },
    { text: 'Email jo@example.co.uk about the raffle', context: none },
    { text: 'URN 12345 on the letter', context: none, reason: 'five digits' },
  ],
  invalid: [
    {
      text: "St Aidan's is going to be academised in September.",
      findings: [['school.name', "St Aidan's"]],
      context: { school: { name: "St Aidan's C of E Primary School", aliases: ["St Aidan's"] } },
      reason: 'misfire (missed): an alias that repeats the core is the alias the school declared',
    },
    {
      text: "So proud of everyone at St Mary's C of E Primary School today!",
      findings: [['school.name', "St Mary's C of E Primary School"]],
      reason: 'exact full name',
    },
    { text: 'Great day at St. Marys CE Primary with Year 4', findings: [['school.name', 'St. Marys CE Primary']] },
    { text: "Saint Mary's staff were amazing at the Christmas fair", findings: [['school.name', "Saint Mary's"]], reason: 'core name next to a school word' },
    { text: 'back to st marys primary tomorrow, wish me luck', findings: [['school.name', 'st marys primary']] },
    { text: "Lovely service at St Mary's Church of England Primary this morning", findings: [['school.name', "St Mary's Church of England Primary"]] },
    { text: 'Another brilliant SMPS Sports Day in the sun', findings: [['school.name', 'SMPS']], reason: 'acronym alias' },
    { text: "St Mary's's PTA raised £2,000 for the library", findings: [['school.name', "St Mary's"]], reason: 'double possessive' },
    {
      text: 'St Mary’s C of E Primary School’s nativity was wonderful',
      findings: [['school.name', 'St Mary’s C of E Primary School']],
      reason: 'curly apostrophes, possessive left out of the mark',
    },
    { text: 'Sports day at St Mary\'s Thornbury was fab', findings: [['school.name', "St Mary's Thornbury"]], reason: 'alias' },
    { text: 'Our Year 6 leavers from St Mary\'s are off to big school!', findings: [['school.name', "St Mary's"]], reason: 'capitalised core with a school word near' },
    { text: 'ST MARYS C.E. PRIMARY SCHOOL FUN RUN', findings: [['school.name', 'ST MARYS C.E. PRIMARY SCHOOL']] },
    { text: 'St Mary\u200B\'s CofE Primary smashed it', findings: [['school.name', 'St Mary\u200B\'s CofE Primary']], reason: 'zero-width space, CofE' },
    { text: "Nativity photos from St Mary's CE.", findings: [['school.name', "St Mary's CE"]], reason: 'sentence stop not marked' },
    { text: 'Email me at office@stmarys.sch.uk', findings: [['school.email', 'office@stmarys.sch.uk']] },
    { text: 'Head.Teacher@StMarys.Sch.UK replied at last', findings: [['school.email', 'Head.Teacher@StMarys.Sch.UK']], reason: 'case' },
    { text: 'Newsletter is on www.stmarys.sch.uk/news', findings: [['school.email', 'www.stmarys.sch.uk']], reason: 'bare domain' },
    { text: 'Our URN is 123456 if anyone needs it', findings: [['school.urn', '123456']] },
    { text: 'Reference 123 456 on the form', findings: [['school.urn', '123 456']], reason: 'the profile URN anywhere' },
    { text: 'reports.ofsted.gov.uk/provider/21/123456', findings: [['school.urn', '123456']], reason: 'URN in a URL' },
    { text: 'DfE number 855/2001', findings: [['school.dfe-number', '855/2001']] },
    { text: 'LAESTAB 8552001 for the form', findings: [['school.dfe-number', '8552001']], reason: 'without the slash' },
    { text: 'Postcode for the fete is le123ab', findings: [['school.postcode', 'le123ab']] },
    { text: 'Drop-off at LE12  3AB from 8:30', findings: [['school.postcode', 'LE12  3AB']], reason: 'double space' },
    { text: '#StMarysCofE had a great sports day', findings: [['school.name', '#StMarysCofE']], reason: 'hashtag' },
    { text: 'Proud to be part of #TeamStMarys', findings: [['school.name', '#TeamStMarys']], reason: 'hashtag with a team word' },
    {
      text: "St Mary's C of E Primary School, LE12 3AB (URN 123456)",
      findings: [
        ['school.name', "St Mary's C of E Primary School"],
        ['school.postcode', 'LE12 3AB'],
        ['school.urn', '123456'],
      ],
    },
    { text: 'Look at them all in our uniform for the trip!', findings: [['school.cue', 'in our uniform']] },
    { text: 'Made a cake with the school logo on it for the leavers', findings: [['school.cue', 'the school logo']] },
    { text: "Some days I can't believe where I work", findings: [['school.cue', 'where I work']] },
    { text: 'Snow at our school gates this morning ❄️', findings: [['school.cue', 'our school gates']] },
    { text: 'The Year 3 children looked so smart in their uniforms', findings: [['school.cue', 'in their uniforms']], reason: 'their uniform with pupils named' },
    // Oakwood Academy
    { text: 'Welcome back, Oakwood Academy!', context: oakwood, findings: [['school.name', 'Oakwood Academy']] },
    { text: "Oakwood Academy's sports day was a triumph", context: oakwood, findings: [['school.name', 'Oakwood Academy']] },
    { text: 'Two Oakwood Academy-trained teachers joined us', context: oakwood, findings: [['school.name', 'Oakwood Academy']], reason: 'hyphenated compound' },
    { text: 'Good luck to everyone at Oakwood in their SATs this week', context: oakwood, findings: [['school.name', 'Oakwood']], reason: 'mid-sentence capital, school word near' },
    { text: 'Year 6 at Oakwood were superstars today', context: oakwood, findings: [['school.name', 'Oakwood']] },
    { text: 'Huge thanks to the Oakwood PTA', context: oakwood, findings: [['school.name', 'Oakwood']] },
    { text: 'OA Year 7 were amazing on the trip', context: oakwood, findings: [['school.name', 'OA']], reason: 'short acronym with a school word' },
    { text: 'Follow @OakwoodAcad for updates', context: oakwood, findings: [['school.name', '@OakwoodAcad']], reason: 'handle' },
    { text: 'Send it to j.bloggs@oakwood-academy.org.uk', context: oakwood, findings: [['school.email', 'j.bloggs@oakwood-academy.org.uk']] },
    { text: 'Oakwood Primary Academy and Nursery open evening', context: oakwood, findings: [['school.name', 'Oakwood Primary Academy and Nursery']], reason: 'longer type phrase' },
    // Ecole Sainte-Therese
    { text: "Bonne rentrée à l'École Sainte-Thérèse !", context: ecole, findings: [['school.name', 'École Sainte-Thérèse']], reason: 'accents, type word first' },
    { text: 'Ecole Ste Therese sports day', context: ecole, findings: [['school.name', 'Ecole Ste Therese']], reason: 'Ste for Sainte, no accents' },
    { text: 'Ste Thérèse pupils sang beautifully', context: ecole, findings: [['school.name', 'Ste Thérèse']] },
    // Holy Trinity and St Silas
    { text: 'Holy Trinity & St Silas CE Primary won the cup', context: trinity, findings: [['school.name', 'Holy Trinity & St Silas CE Primary']], reason: 'ampersand' },
    { text: 'Holy Trinity and St. Silas pupils were a credit', context: trinity, findings: [['school.name', 'Holy Trinity and St. Silas']] },
    // Hollins High School
    { text: 'Hollins were amazing at sports day today', context: hollins, findings: [['school.name', 'Hollins']], reason: 'sentence start, not an everyday word, school word near' },
    { text: 'hollins staff smashed it today', context: hollins, findings: [['school.name', 'hollins']], reason: 'lower case, next to "staff"' },
    { text: 'Hollins High were brilliant at the concert', context: hollins, findings: [['school.name', 'Hollins High']], reason: "the profile's own phase word" },
    { text: 'So proud of our Year 5s, the best in Hope!', context: hope, findings: [['school.name', 'Hope']], reason: 'mid-sentence capital with a school word' },
    { text: 'Sports day at Hope was brilliant', context: hope, findings: [['school.name', 'Hope']] },
    // No profile
    { text: 'Our URN is 123456', context: none, findings: [['school.urn', '123456']] },
    { text: 'Our Ofsted unique reference number: 139482', context: none, findings: [['school.urn', '139482']] },
    { text: 'DfE number 855/2001 if you need it', context: none, findings: [['school.dfe-number', '855/2001']] },
    { text: 'Our establishment number is 855 2001', context: none, findings: [['school.dfe-number', '855 2001']] },
    { text: 'Contact head@hillside.sch.uk for a visit', context: none, findings: [['school.email', 'head@hillside.sch.uk']] },
    { text: 'Parking outside our school is a nightmare', context: none, findings: [['school.cue', 'outside our school']] },
    { text: 'Loving the school I work at', context: none, findings: [['school.cue', 'the school I work at']] },
  ],
});
