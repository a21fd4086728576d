// Word lists for the synthetic archive, in the register of the seed articles in corpus/: English
// councils, Ofsted judgements, the workforce measures the trade press reports, named speakers.

export const COUNCILS = (
  "Barking and Dagenham|Barnet|Barnsley|Bath and North East Somerset|Bedford|Bexley|Birmingham|Blackburn with Darwen|" +
  "Blackpool|Bolton|Bournemouth|Bracknell Forest|Bradford|Brent|Brighton and Hove|Bristol|Bromley|Buckinghamshire|Bury|" +
  "Calderdale|Cambridgeshire|Camden|Central Bedfordshire|Cheshire East|Cheshire West and Chester|Cornwall|Coventry|" +
  "Croydon|Cumbria|Darlington|Derby|Derbyshire|Devon|Doncaster|Dorset|Dudley|Durham|Ealing|East Riding of Yorkshire|" +
  "East Sussex|Enfield|Essex|Gateshead|Gloucestershire|Greenwich|Hackney|Halton|Hammersmith and Fulham|Hampshire|" +
  "Haringey|Harrow|Hartlepool|Havering|Herefordshire|Hertfordshire|Hillingdon|Hounslow|Isle of Wight|Islington|" +
  "Kensington and Chelsea|Kent|Kingston upon Hull|Kingston upon Thames|Kirklees|Knowsley|Lambeth|Lancashire|Leeds|" +
  "Leicester|Leicestershire|Lewisham|Lincolnshire|Liverpool|Luton|Manchester|Medway|Merton|Middlesbrough|Milton Keynes|" +
  "Newcastle|Newham|Norfolk|North East Lincolnshire|North Lincolnshire|North Somerset|North Tyneside|North Yorkshire|" +
  "Northamptonshire|Northumberland|Nottingham|Nottinghamshire|Oldham|Oxfordshire|Peterborough|Plymouth|Portsmouth|" +
  "Redbridge|Redcar and Cleveland|Richmond upon Thames|Rochdale|Rotherham|Rutland|Salford|Sandwell|Sefton|Sheffield|" +
  "Shropshire|Slough|Solihull|Somerset|South Gloucestershire|South Tyneside|Southampton|Southend-on-Sea|Southwark|" +
  "St Helens|Staffordshire|Stockport|Stockton-on-Tees|Stoke-on-Trent|Suffolk|Sunderland|Surrey|Sutton|Swindon|Tameside|" +
  "Telford and Wrekin|Thurrock|Torbay|Tower Hamlets|Trafford|Wakefield|Walsall|Waltham Forest|Wandsworth|Warrington|" +
  "Warwickshire|West Berkshire|West Sussex|Westminster|Wigan|Wiltshire|Windsor and Maidenhead|Wirral|Wokingham|" +
  "Wolverhampton|Worcestershire|York"
).split("|");

export const JUDGEMENTS = ["inadequate", "requires improvement", "good", "outstanding"] as const;

export const FIRST_NAMES = (
  "Alan|Alison|Andrew|Angela|Anne|Anthony|Brian|Carol|Catherine|Charlotte|Chris|Claire|David|Debbie|Eleanor|Elizabeth|" +
  "Emma|Fiona|Gareth|Helen|Ian|James|Jane|Janet|John|Julie|Karen|Kevin|Laura|Linda|Mark|Martin|Michael|Nick|Paul|Peter|" +
  "Rachel|Richard|Robert|Sarah|Simon|Stephen|Susan|Tim|Tom|Yvonne"
).split("|");

export const LAST_NAMES = (
  "Adams|Ahmed|Baker|Barnes|Bell|Bennett|Brown|Carter|Clarke|Cole|Cooper|Davies|Dixon|Edwards|Evans|Fisher|Fletcher|" +
  "Foster|Gibson|Graham|Green|Hall|Harris|Harvey|Hill|Holmes|Hughes|Hunt|Jackson|James|Jenkins|Johnson|Jones|Kelly|" +
  "Khan|King|Knight|Lee|Lewis|Marshall|Martin|Mason|Mills|Mitchell|Moore|Morgan|Morris|Murphy|Owen|Palmer|Parker|" +
  "Patel|Pearson|Phillips|Price|Reid|Richards|Roberts|Robinson|Rose|Russell|Shaw|Simpson|Smith|Stevens|Taylor|Thomas|" +
  "Thompson|Turner|Walker|Ward|Watson|White|Wilkinson|Williams|Wilson|Wood|Wright|Young"
).split("|");

/** Roles that name the speaker's organisation generically; a council's own roles take its name. */
export const NATIONAL_ROLES = [
  "Ofsted's chief inspector",
  "Ofsted's national director for social care",
  "chair of the Local Government Association's children and young people board",
  "president of the Association of Directors of Children's Services",
  "chief executive of the British Association of Social Workers",
  "chief executive of the NSPCC",
  "children's minister",
  "shadow children's minister",
];

export const COUNCIL_ROLES = ["director of children's services", "cabinet member for children's services", "chief executive", "leader of the council"];

/** Counted things that noise sentences report, with the verb that follows a count of them. */
export const TOPICS = [
  "looked-after children",
  "child protection plans",
  "social workers",
  "agency social workers",
  "children in need",
  "referrals to children's social care",
  "care leavers",
  "foster carers",
  "children's homes",
  "adoptions",
  "serious case reviews",
  "monitoring visits",
  "vacancies",
  "complaints",
];

/**
 * Counted things that only planted sentences pair with a given council and year. Noise uses them
 * too (with other councils and years), so finding the planted one takes the council and the year.
 */
export const PLANTED_TOPICS = [
  { phrase: "unregistered children's homes", key: "unregistered" },
  { phrase: "missing-from-care episodes", key: "missing" },
  { phrase: "adoption breakdowns", key: "breakdowns" },
  { phrase: "secure welfare placements", key: "secure" },
  { phrase: "private fostering arrangements", key: "private" },
  { phrase: "section 47 enquiries", key: "enquiries" },
  { phrase: "return home interviews", key: "interviews" },
  { phrase: "emergency protection orders", key: "emergency" },
  { phrase: "unaccompanied asylum-seeking children", key: "unaccompanied" },
  { phrase: "out-of-area placements", key: "placements" },
  { phrase: "special guardianship orders", key: "guardianship" },
  { phrase: "early help assessments", key: "assessments" },
  { phrase: "residential special schools", key: "residential" },
  { phrase: "allegations against staff", key: "allegations" },
  { phrase: "exclusions from pupil referral units", key: "exclusions" },
  { phrase: "youth offending referrals", key: "offending" },
  { phrase: "supported lodgings", key: "lodgings" },
  { phrase: "kinship carers", key: "kinship" },
  { phrase: "independent reviewing officers", key: "reviewing" },
  { phrase: "family group conferences", key: "conferences" },
] as const;

export const SPELLED = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty"];

export const RATIO_WORDS: Array<[word: string, denominator: number]> = [
  ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["10", 10],
];

export const FILLER = [
  "Inspectors found that leadership had improved since the last visit.",
  "The report praised the stability of the management team.",
  "Senior leaders were said to have a clear grip on practice.",
  "The council said it accepted the findings in full.",
  "Inspectors criticised delays in assessing children at risk.",
  "The inspection also looked at services for care leavers.",
  "A new improvement plan has been drawn up with partners.",
  "Partners in health and the police were praised for joint working.",
  "The authority has been under a government improvement notice.",
  "Staff told inspectors that morale had risen over the year.",
  "The findings were published on the inspectorate's website.",
  "Managers were said to have a good understanding of their weaknesses.",
  "Inspectors noted that thresholds were not always applied consistently.",
  "The council has since appointed a permanent director.",
  "Feedback from young people was largely positive.",
  "The report called for more consistent supervision of frontline staff.",
];

export const QUOTE_OPENINGS = [
  "We are disappointed by the judgement but we accept the findings",
  "This is a real turning point for children in the area",
  "The picture of performance shows there is clearly an on-going need for improvement",
  "Strong and stable leadership is the single most important factor",
  "We will not rest until every child gets the help they deserve",
  "Caseloads remain too high and that has to change",
  "These results reflect the hard work of our social workers",
  "Councils cannot do this alone when budgets are under such pressure",
];

export const QUOTE_CLOSINGS = [
  "and we will work with partners to put it right",
  "and that is what families have a right to expect",
  "but there is still much more to do",
  "and we owe it to the children we look after",
  "so the pace of improvement must quicken",
];

/** Site chrome the ingest must drop: every line here matches a rule in src/ingest/chrome.ts. */
export const CHROME_TOP = [
  "We use cookies to help provide and enhance our service. By continuing you agree to the use of cookies.",
  "Register now to read up to 10 articles a month.",
  "Subscribe from £4.99/month for unlimited access.",
  "3 mins read",
];

export const CHROME_INLINE = [
  "Image: inspectors at a children's home in 2014",
  "Sign up today for our free daily newsletter to get the latest news.",
  "Book your free place at the Children's Services Live conference in 2016.",
  "Social worker jobs: apply now for posts paying a salary of up to £38,000.",
  "Advertisement",
];

export const CHROME_END = [
  ["Related articles", "Ofsted ratings for 2016 in full", "Nine in 10 homes rated good"],
  ["Comments are closed."],
  ["Share this article", "Tweet"],
  ["Media enquiries", "Press office: 0300 123 1231", "Out of hours: 07919 123 456"],
];

export const PUBLISHERS = ["Children & Young People Now", "Community Care", "Ofsted", "Local Government Chronicle", "The Guardian", "BBC News"];

export const HEADLINE_PATTERNS = [
  "{council} children's services rated {judgement}",
  "Ofsted: {council} makes progress on {topic}",
  "{council} council told to improve services for {topic}",
  "Inspectors find {topic} failings in {council}",
  "{council} social care back to {judgement}",
];
