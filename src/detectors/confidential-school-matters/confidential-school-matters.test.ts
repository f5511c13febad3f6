import { runCases } from '../rule-tester.ts';
import { confidentialSchoolMatters } from './confidential-school-matters.ts';

runCases(confidentialSchoolMatters, {
  valid: [
    // Staff HR words with no colleague attached: union news, advice, policies.
    'Great union webinar tonight on your rights in disciplinary and grievance meetings.',
    'NEU: know your rights if you are put on capability. Free advice line for members.',
    'Grievance procedures are explained in the staff handbook.',
    'Top tips for staff wellbeing: look after your mental health.',
    { text: 'Redundancies across the sector are a disgrace. Fund our schools properly.', reason: 'public campaigning, no secrecy' },
    // Colleagues' good news, already public.
    'Congratulations to Mrs Jones on her retirement after 30 years!',
    { text: 'Congratulations to Miss Patel who is expecting a baby in the spring, we are all so excited!', reason: 'announced: no secrecy cue' },
    'Mrs Ahmed starts her maternity leave today, we will miss her!',
    { text: 'Our head is brilliant, so supportive of staff wellbeing.', reason: 'a role but no HR matter' },
    { text: 'The caretaker is brilliant, he fixed the boiler in 10 minutes.', reason: 'a role but no HR matter' },
    // The writer's own life and family.
    { text: 'My husband has been signed off with stress, it has been a hard few months.', reason: "the writer's family" },
    { text: "I've been off sick all week with this horrible cold.", reason: 'the writer themselves' },
    { text: 'Football manager sacked after three games, shocking.', reason: 'news, not a colleague' },
    { text: 'He was fired up for sports day!', reason: '"fired up"' },
    { text: 'Swimming was suspended due to the snow.', reason: 'an activity, not a person' },
    // Public Ofsted, exam and results news.
    'Our Ofsted report is published — Good in all areas!',
    'Ofsted report out today: we are Outstanding! Read the full report on our website.',
    { text: 'The kids were outstanding during the inspection today!', reason: 'praise, not a grade' },
    'Ofsted in today and tomorrow, wish us luck!',
    'Results day is Thursday, good luck to all our Year 11s.',
    { text: "Good luck with tomorrow's maths paper, Year 11! You've got this.", reason: 'no content of the paper' },
    'Our SATs results have been published: 82% met the expected standard.',
    { text: 'Mock exam papers are in the office for marking.', reason: "the school's own mocks" },
    // Talk about passwords with no password in it.
    'Password reset instructions are on the staff portal.',
    'Remember to change your password every 90 days.',
    'Forgot my SIMS password again 🙄',
    'The wifi password is on the whiteboard in the staffroom.',
    'My new password is better than my old one.',
    { text: 'Login: use your school email address and the usual password.', reason: 'instructions, not a login' },
    { text: 'Password: ********', reason: 'already masked' },
    { text: 'The PIN for the photocopier is on the sheet by the machine.', reason: 'no digits' },
    // Secrecy words that are not about school business.
    { text: "Don't tell anyone but I actually enjoyed the INSET day.", reason: "the writer's own confession" },
    { text: 'Between us and Oakwood there were 300 runners at cross country!', reason: '"between us and…"' },
    'Free, confidential support for teachers: call the Education Support helpline on 08000 562 561.',
    { text: 'Shh, it is a surprise party for my sister!', reason: 'no work context' },
    // Misfires found while probing, kept by name.
    { text: 'Keep it quiet, but the staff Christmas party is going to be epic this year.', reason: 'a harmless secret' },
    { text: "Don't share your password with anyone, even colleagues.", reason: 'advice' },
    { text: 'Mr Jones had his operation on the school roof fixed at last lol.', reason: '"operation" is too loose a word' },
    { text: 'The head announced her resignation in assembly today, we will miss her so much.', reason: 'announced, no secrecy' },
    { text: 'Our school was judged Good in 2019 and we have worked hard since.', reason: 'an old, public grade' },
    { text: "I had a look at last year's SATs papers with my class today, great practice.", reason: 'past papers are public' },
    { text: 'I had a quick look at the test results and we did well.', reason: 'no exam paper named' },
    { text: 'The username is your staff number and the password is the one you set in September.', reason: 'instructions' },
    // Own HR words in advice, policy or someone else's life.
    { text: 'Union tip: if you are invited to a disciplinary meeting, always take a rep.', reason: 'advice, not a case' },
    { text: 'Our grievance policy was updated this week.', reason: 'a policy' },
    { text: 'My son rang in sick to his Saturday job, cheeky monkey.', reason: "the writer's family" },
    { text: 'Dave rang in sick to the darts league lol', reason: 'no work context' },
    { text: 'Footballers should take a pay cut, not nurses.', reason: 'public debate' },
    // News with no sign it is unannounced, or only the announcement itself awaited.
    { text: 'Our new headteacher will be announced at the end of term, exciting times!', reason: 'who it is is still unknown' },
    { text: "Parents haven't been told about the trip yet because the coach isn't booked.", reason: 'nobody told yet is not a secret' },
    { text: "Heads across the county are cutting teaching posts, says today's union survey.", reason: 'public news' },
    // Exam papers described after the fact or as mocks.
    { text: 'This year\'s GCSE science papers were fair, well done Year 11!', reason: 'no content' },
    { text: "Going through this year's mock English paper; the second extract was about a shipwreck.", reason: "the school's own mock" },
    // Harmless secrets.
    {
      text: "Shh, I've hidden the good mugs in my classroom cupboard so nobody nicks them 🤫",
      reason: "named false alarm: the writer's own trivial confession; the emoji shares its sentence",
    },
    { text: "Sworn to secrecy about the Christmas party theme, but it's going to be great!", reason: 'a harmless secret' },
  ],
  invalid: [
    // Staff HR
    { text: 'Mr Davies has been suspended pending investigation, nobody knows why.', findings: [['confidential.staff-hr', 'suspended pending investigation']] },
    { text: 'Our head is off sick with stress again, third time this year.', findings: [['confidential.staff-hr', 'off sick']] },
    { text: 'A colleague is going through a disciplinary and the union are useless.', findings: [['confidential.staff-hr', 'disciplinary']], reason: 'unnamed colleague: weaker' },
    { text: 'Poor Sarah in maths has been put on capability procedures.', findings: [['confidential.staff-hr', 'on capability procedures']] },
    { text: 'The caretaker was sacked yesterday for stealing.', findings: [['confidential.staff-hr', 'sacked']] },
    { text: "There's a grievance against Mr Hughes from three of the TAs.", findings: [['confidential.staff-hr', 'grievance against']] },
    { text: 'My colleague has been signed off for 6 weeks with depression.', findings: [['confidential.staff-hr', 'signed off'], ['confidential.staff-hr', 'depression']] },
    { text: 'She raised a grievance against the head last week.', findings: [['confidential.staff-hr', 'raised a grievance']] },
    { text: 'The LADO is involved with one of our teachers.', findings: [['confidential.staff-hr', 'LADO']] },
    { text: 'Miss Carter is in hospital again, so I am covering her Year 5 class.', findings: [['confidential.staff-hr', 'in hospital']] },
    { text: 'Mrs Khan is pregnant!! Not announced yet so shhh 🤫', findings: [['confidential.staff-hr', 'pregnant']], reason: 'pregnancy with a secrecy cue' },
    { text: "Dave from PE has been given a final written warning, can't believe it.", findings: [['confidential.staff-hr', 'final written warning']] },
    { text: "My disciplinary meeting is on Thursday and I haven't slept, HR won't tell me anything.", findings: [['confidential.staff-hr', 'disciplinary meeting']], reason: "the writer's own dated process: weaker" },
    { text: "Our caretaker's wife is in hospital, so he's off all week.", findings: [['confidential.staff-hr', 'in hospital']], reason: "a colleague's family" },
    { text: "Our deputy at St Luke's is off with stress again.", findings: [['confidential.staff-hr', 'off with stress']], reason: 'a place between the role and the verb' },
    { text: 'The teacher who got sacked in March is suing the trust.', findings: [['confidential.staff-hr', 'sacked']] },
    { text: "Gemma rang in sick again this morning, so I'm covering her Year 3 class.", findings: [['confidential.staff-hr', 'rang in sick']] },
    { text: 'Our bursar has been told she faces a capability hearing next month.', findings: [['confidential.staff-hr', 'capability hearing']] },
    { text: 'Informal capability for one of our ECTs starts after half term.', findings: [['confidential.staff-hr', 'Informal capability']] },
    {
      text: "Mrs Price's husband has been diagnosed with cancer, so she's off for a while. Please don't mention it.",
      findings: [['confidential.staff-hr', 'cancer']],
    },
    // Unpublished school news
    { text: "Don't tell anyone but there are going to be redundancies in the summer.", findings: [['confidential.unpublished', 'redundancies']] },
    { text: 'We were told in briefing that the head is leaving at Easter.', findings: [['confidential.unpublished', 'head is leaving']], reason: 'heard inside school: weaker' },
    { text: "Between us, the trust is planning to merge us with St Mark's next year.", findings: [['confidential.unpublished', 'merge us']] },
    { text: 'Strictly confidential: the deficit budget means losing two TAs.', findings: [['confidential.unpublished', 'deficit']] },
    { text: 'Our deputy has handed in her notice, not announced yet.', findings: [['confidential.unpublished', 'handed in her notice']] },
    { text: 'Staff restructure coming in September. Keep this quiet for now, parents don\u2019t know.', findings: [['confidential.unpublished', 'restructure']], reason: 'cue in the next sentence' },
    { text: 'Honestly, between you and me, our school is a shambles at the moment.', findings: [['confidential.unpublished', 'between you and me']], reason: 'a secrecy cue about work on its own' },
    { text: "We're being academised next year and SLT swore us to secrecy in briefing.", findings: [['confidential.unpublished', 'academised']] },
    { text: "SLT plan to axe three support staff roles in April and they don't know yet.", findings: [['confidential.unpublished', 'axe three support staff roles']] },
    {
      text: 'Voluntary redundancy letters go out next week; the formal announcement to parents will be made in June.',
      findings: [['confidential.unpublished', 'Voluntary redundancy']],
      reason: 'an announcement still to come',
    },
    { text: 'Not announced yet but our school is cutting two admin posts. Keep it under wraps.', findings: [['confidential.unpublished', 'cutting two admin posts']] },
    // Ofsted outcome before publication
    { text: "We got Requires Improvement but can't say until the report is out.", findings: [['confidential.unpublished', 'Requires Improvement']] },
    { text: "Ofsted left today, we're Good! Can't say anything until the report is published.", findings: [['confidential.unpublished', 'Good']] },
    { text: 'Inspectors just left. Still RI 😭', findings: [['confidential.unpublished', 'RI']], reason: 'just after the inspection, no published report' },
    { text: 'HMI feedback today: we are coming out of special measures!!', findings: [['confidential.unpublished', 'special measures']] },
    // Exams
    { text: "Just seen tomorrow's GCSE maths paper 2, there's a huge question on vectors.", findings: [['confidential.unpublished', "tomorrow's GCSE maths paper 2"]] },
    {
      text: "This year's KS1 maths test: the first question is about sharing sweets between four friends.",
      findings: [['confidential.unpublished', "This year's KS1 maths test"]],
      reason: "this year's paper with its content",
    },
    { text: 'I got hold of the leaked A level chemistry paper, DM me.', findings: [['confidential.unpublished', 'A level chemistry paper']] },
    {
      text: 'Our GCSE results came through: 78% 9-4, best ever! Embargoed until Thursday so keep it quiet.',
      findings: [['confidential.unpublished', 'Our GCSE results']],
    },
    // Credentials
    { text: 'The SIMS password is Oakfield2024! if anyone needs it.', findings: [['confidential.credentials', 'password is Oakfield2024!']] },
    { text: 'Supply login: cover1 password: cover1', findings: [['confidential.credentials', 'login: cover1'], ['confidential.credentials', 'password: cover1']] },
    { text: 'Wifi password for the staff network is bananas123', findings: [['confidential.credentials', 'password for the staff network is bananas123']] },
    { text: 'Door code is 4582# for the back gate.', findings: [['confidential.credentials', 'Door code is 4582#']] },
    { text: 'pw: Summer2024', findings: [['confidential.credentials', 'pw: Summer2024']] },
    {
      text: 'My Arbor login is jsmith@oakfield.sch.uk and the password is Bluebird7',
      findings: [['confidential.credentials', 'login is jsmith@oakfield.sch.uk'], ['confidential.credentials', 'password is Bluebird7']],
    },
    { text: "Our CPOMS password is literally 'password' 🤦", findings: [['confidential.credentials', "password is literally 'password'"]], reason: 'a quoted word' },
    { text: 'Password\u200B: Tig\u200Ber99', findings: [['confidential.credentials', 'Password\u200B: Tig\u200Ber99']], reason: 'zero-width characters inside' },
  ],
});
