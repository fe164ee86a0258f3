import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryOfCity, extractEntities, type EntityMention } from '@/lib/extract';
import { SEED_DIR } from '../helpers/paths';

const seed = (prefix: string) => readFileSync(join(SEED_DIR, readdirSync(SEED_DIR).find((f) => f.startsWith(prefix))!), 'utf8');
const lineWith = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle))!;
const spanOf = (text: string, needle: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`not found: ${needle}`);
  return { start, end: start + needle.length, text: needle };
};
const find = (mentions: EntityMention[], text: string) => mentions.find((m) => m.text === text);

const a000 = seed('000_');
const a001 = seed('001_');
const a002 = seed('002_');
const a003 = seed('003_');
const a004 = seed('004_');

const names = (text: string) => extractEntities(text).map((e) => `${e.text}:${e.type}`);

describe('extractEntities: people, titles and roles', () => {
  it('takes the title out of the name and keeps it as the role', () => {
    const s = lineWith(a001, 'Commerce Secretary Howard Lutnick');
    const m = extractEntities(s);
    expect(find(m, 'Howard Lutnick')).toMatchObject({ ...spanOf(s, 'Howard Lutnick'), type: 'person', role: { title: 'Commerce Secretary', source: 'title' } });
    expect(find(m, 'Kevin Hassett')?.role).toMatchObject({ title: 'economic adviser' });
    expect(find(m, 'Jamieson Greer')).toMatchObject({ type: 'person', role: { title: 'Trade Representative', of: 'United States', status: 'nominee' } });
    expect(find(m, 'Marcelo Ebrard')?.role).toMatchObject({ title: 'Economy Minister', of: 'Mexico', text: 'Mexican Economy Minister' });
    expect(m.some((e) => e.text.includes('Secretary') || e.text.includes('Representative'))).toBe(false);
  });

  it('keeps the country of a national title as `of`', () => {
    const s = lineWith(a001, 'Mexican President Claudia Sheinbaum');
    const m = find(extractEntities(s), 'Claudia Sheinbaum');
    expect(m).toMatchObject({ ...spanOf(s, 'Claudia Sheinbaum'), type: 'person', role: { title: 'President', of: 'Mexico', start: spanOf(s, 'Mexican').start } });
  });

  it('reads appositive roles with their affiliation', () => {
    const s = lineWith(a001, 'Dan Ujczo');
    expect(find(extractEntities(s), 'Dan Ujczo')?.role).toMatchObject({ title: 'U.S.-Canada trade expert', source: 'appositive' });
    const t = lineWith(a002, 'a professor at Notre Dame University');
    const m = extractEntities(t);
    expect(find(m, 'Erin Corcoran')?.role).toMatchObject({ title: 'professor', of: 'Notre Dame University', source: 'appositive' });
    expect(find(m, 'Notre Dame University')?.type).toBe('organization');
  });

  it('reads possessive, organisational and former qualifiers', () => {
    const s = lineWith(a004, "Mexico City’s Mayor Claudia Sheinbaum");
    const m = extractEntities(s);
    expect(find(m, 'Claudia Sheinbaum')?.role).toMatchObject({ title: 'Mayor', of: 'Mexico City' });
    expect(find(m, 'Mexico City')).toMatchObject({ ...spanOf(s, 'Mexico City'), type: 'place' });
    expect(find(m, 'Mark Carney')?.role).toMatchObject({ title: 'Governor', of: 'Bank of Canada', status: 'former', text: 'former Bank of Canada Governor' });
    expect(find(m, 'Bank of Canada')?.type).toBe('organization');
  });

  it('finds people after lower-case titles and "Secretary of State"', () => {
    const s = lineWith(a002, 'Karoline Leavitt');
    expect(find(extractEntities(s), 'Karoline Leavitt')?.role).toMatchObject({ title: 'press secretary', of: 'White House' });
    const t = lineWith(a002, 'Marco Rubio');
    const m = extractEntities(t);
    expect(find(m, 'Marco Rubio')?.role?.title).toBe('Secretary of State');
    expect(find(m, 'Scott Bessent')?.role?.title).toBe('Treasury Secretary');
    expect(find(m, 'Howard Lutnick')?.role).toMatchObject({ title: 'Commerce Secretary', status: 'nominee' });
  });

  it('never makes a bare title or a broken "President Donald" span', () => {
    const all = [a000, a001, a002, a003, a004].flatMap((t) => extractEntities(t));
    const people = all.filter((e) => e.type === 'person').map((e) => e.text);
    expect(people).not.toContain('President');
    expect(people).not.toContain('President Donald');
    expect(people).not.toContain('Secretary Kristi');
    expect(people.every((p) => !/^(President|Secretary|Prime|Mayor|Governor)\b/.test(p))).toBe(true);
    const noem = lineWith(a001, 'Kristi Noem');
    expect(find(extractEntities(noem), 'Kristi Noem')).toMatchObject({ ...spanOf(noem, 'Kristi Noem'), type: 'person' });
  });
});

describe('extractEntities: exact spans', () => {
  it('cuts possessives with either apostrophe', () => {
    const s = "President Donald Trump’s administration met Trump's aides.";
    const m = extractEntities(s);
    expect(m.filter((e) => e.canonical === 'Donald Trump').map((e) => e.text)).toEqual(['Donald Trump', 'Trump']);
    expect(find(m, 'Trump')).toMatchObject(spanOf(s, 'Trump', 1));
  });

  it('excludes bullets, punctuation and emoji flags', () => {
    const s = lineWith(a002, 'Recent agreements between the United States 🇺🇸');
    const m = extractEntities(s);
    expect(m.filter((e) => e.type === 'place').slice(0, 3).map((e) => [e.text, e.start, e.end])).toEqual([
      ['United States', spanOf(s, 'United States').start, spanOf(s, 'United States').end],
      ['Canada', spanOf(s, 'Canada').start, spanOf(s, 'Canada').end],
      ['Mexico', spanOf(s, 'Mexico').start, spanOf(s, 'Mexico').end],
    ]);
    const bullet = lineWith(a002, '• Mexico deployed 10,000');
    expect(extractEntities(bullet)[0]).toMatchObject(spanOf(bullet, 'Mexico'));
  });

  it('always satisfies text.slice(start, end) === text', () => {
    for (const t of [a000, a001, a002, a003, a004]) {
      for (const e of extractEntities(t)) expect(t.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('extractEntities: types', () => {
  it('reads a name behind a lower-case prefix ("post-Saddam Hussein era", "pro-Moscow"), and keeps a capitalised prefix in its name', () => {
    const names = (t: string) => extractEntities(t).map((e) => `${e.text}:${e.type}`);
    expect(names('Iraqis voted in the first election of the post-Saddam Hussein era, as pro-Moscow rebels met non-EU envoys.')).toEqual([
      'Saddam Hussein:person',
      'Moscow:place',
      'EU:organization',
    ]);
    expect(names('Beijing passed the Anti-Secession Law and joined the Trans-Pacific Partnership talks.')).toEqual(['Beijing:place', 'Anti-Secession Law:law', 'Trans-Pacific Partnership:agreement']);
    // A nationality after a prefix stays an adjective: the pro-Syrian president is no Syrian president.
    expect(extractEntities("Lebanon's pro-Syrian President Emile Lahoud spoke.").find((e) => e.text === 'Emile Lahoud')?.role).toMatchObject({ text: 'President', title: 'President' });
  });

  it('gives a city the country the gazetteer knows it in, only when no other country has a city of its name', () => {
    expect(['Beijing', 'Mogadishu', 'Busan', 'Hyderabad', 'Paris', 'Nowhereville'].map(countryOfCity)).toEqual(['China', 'Somalia', 'South Korea', undefined, undefined, undefined]);
  });

  it('types laws, agreements, organisations and places', () => {
    const m = extractEntities(a002);
    const typeOf = (text: string) => find(m, text)?.type;
    expect(typeOf('Proclamation 10886')).toBe('law');
    expect(typeOf('International Emergency Economic Powers Act')).toBe('law');
    expect(typeOf('Remain in Mexico')).toBe('law');
    expect(find(m, 'Remain in Mexico')?.canonical).toBe('Remain in Mexico policy');
    expect(typeOf('United States-Mexico-Canada Agreement')).toBe('agreement');
    expect(typeOf('White House')).toBe('organization');
    expect(typeOf('National Guard')).toBe('organization');
    expect(typeOf('Texas')).toBe('place');
    expect(typeOf('North America')).toBe('place');
    expect(find(extractEntities(a001), 'Customs and Border Protection')?.type).toBe('organization');
    const a = extractEntities(a000);
    expect(find(a, 'Department of Homeland Security')?.type).toBe('organization');
    expect(find(a, 'U.S.-Mexico-Canada trade agreement')?.type).toBe('agreement');
  });
});

describe('extractEntities: aliases', () => {
  it('resolves surnames to the full name anywhere in the text', () => {
    const m = extractEntities(a001);
    const trump = m.filter((e) => e.text === 'Trump');
    expect(trump.length).toBeGreaterThan(3);
    expect(new Set(trump.map((e) => e.canonical))).toEqual(new Set(['Donald Trump']));
    expect(new Set(trump.map((e) => e.entityId))).toEqual(new Set([find(m, 'Donald Trump')!.entityId]));
    expect(find(m, 'Ujczo')).toMatchObject({ canonical: 'Dan Ujczo', type: 'person' });
    const c = extractEntities(a003);
    expect(c.filter((e) => e.text === 'Carney').every((e) => e.canonical === 'Mark Carney')).toBe(true);
  });

  it('resolves a lone name inside one full name of the text ("President Yusuf" of "Abdullahi Yusuf Ahmed"), not inside two', () => {
    const m = extractEntities('President Abdullahi Yusuf Ahmed of Somalia came to Beijing. President Yusuf met Hu Jintao.');
    expect(m.filter((e) => e.text === 'Yusuf').map((e) => e.canonical)).toEqual(['Abdullahi Yusuf Ahmed']);
    // A surname still goes first: "Hussein" beside "Saddam Hussein" is his, not Aidid's.
    const h = extractEntities('Mohamed Hussein Aidid met envoys. Saddam Hussein was tried. Hussein said nothing.');
    expect(h.filter((e) => e.text === 'Hussein').map((e) => e.canonical)).toEqual(['Saddam Hussein']);
    const two = extractEntities('Abdullahi Yusuf Ahmed met Ali Yusuf Hassan. Yusuf spoke first.');
    expect(two.filter((e) => e.text === 'Yusuf').map((e) => e.canonical)).toEqual(['Yusuf']);
  });

  it('resolves the first of two Spanish surnames, but not a first name, to the full name', () => {
    const m = extractEntities('Colonel Tomas Ruiz Quintero died on Tuesday. Ruiz, 38, led the raid. Tomas Ortega was hurt.');
    expect(m.filter((e) => e.text === 'Ruiz').map((e) => e.canonical)).toEqual(['Tomas Ruiz Quintero']);
    expect(find(m, 'Tomas Ortega')?.canonical).toBe('Tomas Ortega');
  });

  it('keeps a hyphenated Arabic article in the name and resolves the surname with or without it', () => {
    const text =
      'Iraqi Interior Minister Jawad al-Bolani said the cleric Harith al-Dhari was stirring strife. ' +
      'Al-Dhari denied it. Officials said al-Dhari left for Jordan, and Dhari was not expected back. Bolani did not comment.';
    const m = extractEntities(text);
    expect(find(m, 'Jawad al-Bolani')).toMatchObject({ ...spanOf(text, 'Jawad al-Bolani'), type: 'person', role: { title: 'Interior Minister' } });
    expect(find(m, 'Harith al-Dhari')).toMatchObject({ ...spanOf(text, 'Harith al-Dhari'), type: 'person' });
    for (const surname of ['Al-Dhari', 'al-Dhari', 'Dhari']) {
      expect(m.find((e) => e.text === surname && e.start > text.indexOf('denied') - 10)).toMatchObject({ canonical: 'Harith al-Dhari', type: 'person' });
    }
    expect(find(m, 'Bolani')).toMatchObject({ canonical: 'Jawad al-Bolani' });
  });

  it('links a body\'s one-word name in brackets to its long name, but not a place or a word inside a firm\'s name', () => {
    const canonicals = (text: string) => extractEntities(text).map((e) => `${e.text}=${e.canonical}`);
    expect(canonicals('The Islamic Resistance Movement ( Hamas) rejected the deal. Hamas condemned it.')).toEqual([
      'Islamic Resistance Movement=Islamic Resistance Movement',
      'Hamas=Islamic Resistance Movement',
      'Hamas=Islamic Resistance Movement',
    ]);
    expect(canonicals('The venture Acer Peripherals (Suzhou) Co began work.').join()).not.toContain('Suzhou=Acer');
    expect(canonicals('Saltlakes Holdings (Private) Limited bought it.').join()).not.toContain('Private=Saltlakes');
  });

  it('links acronyms and expansions both ways', () => {
    const m = extractEntities(a002);
    const id = (text: string) => find(m, text)?.entityId;
    expect(id('IEEPA')).toBe(id('International Emergency Economic Powers Act'));
    expect(find(m, 'IEEPA')).toMatchObject({ type: 'law', canonical: 'International Emergency Economic Powers Act' });
    expect(id('USMCA')).toBe(id('United States-Mexico-Canada Agreement'));
    // Initial letters alone, without a parenthesis: "USMCA" in a text that spells it out elsewhere.
    const s = 'The United States-Mexico-Canada Agreement was signed. Critics say USMCA blocks tariffs.';
    expect(find(extractEntities(s), 'USMCA')).toMatchObject({ type: 'agreement', canonical: 'United States-Mexico-Canada Agreement' });
  });

  it('cuts a possessive off an acronym written with stops, and keeps a titled person apart from the body after "of"', () => {
    expect(names('The F.B.I.’s Russia inquiry went on.')).toEqual(['F.B.I.:organization', 'Russia:place']);
    expect(names('The memos went to Representative Devin Nunes of the Intelligence Committee.')).toEqual(['Devin Nunes:person', 'Intelligence Committee:organization']);
    expect(names('Elijah Cummings, the top Democrat on the Oversight Committee, spoke.')).toContain('Oversight Committee:organization');
  });

  it('reads common words capitalised for emphasis after a quantifier as no name ("all Nuclear Tests")', () => {
    expect(names('"North Korea has agreed to suspend all Nuclear Tests and close up a test site," Trump wrote.')).toEqual(['North Korea:place']);
    expect(names('All United Nations members voted, as did many Goldman Sachs clients.')).toEqual(['United Nations:organization', 'Goldman Sachs:organization']);
  });

  it('reads "a <Body> Resolution" as the body and an unnamed law, a named law whole', () => {
    expect(names('Such transfers are banned by a U.N. Security Council Resolution that was adopted in September.')).toEqual(['U.N. Security Council:organization']);
    expect(names('The Clean Air Act passed in 1970.')).toEqual(['Clean Air Act:law']);
  });

  it('types common nouns before a country\'s name as a body of that country, not a place', () => {
    expect(names('The figures were released by Statistics Netherlands on Monday.')).toEqual(['Statistics Netherlands:organization']);
    expect(names('He flew to Paris on Air France last week.')).toEqual(['Paris:place', 'Air France:organization']);
    expect(names('Officials of Athletics Kenya said so.')).toEqual(['Athletics Kenya:organization']);
    // A direction, a region, or a word read mostly as an adjective keeps the place.
    expect(names('Growth in Mainland China slowed.')).toEqual(['Mainland China:place']);
    expect(names('The governor of the Upper Zaire region said so.')).toEqual(['Upper Zaire:place']);
  });

  it('keeps a possessive of people as a class inside a name, and a possessive title titles no one', () => {
    expect(names('Kim spoke at a meeting of the Worker\'s Party of Korea on Friday.')).toContain("Worker's Party of Korea:organization");
    expect(names('Talks with the rebel Lord\'s Resistance Army resumed.')).toContain("Lord's Resistance Army:organization");
    expect(names('The APEC Senior Officials\' Meeting opened on Monday.')).toEqual(["APEC Senior Officials' Meeting:other"]);
    // WordNet files the plural "leaders" as a body (the leadership); its singular is a person.
    expect(names('The Economic Leaders\' Meeting opened on Monday.')).toEqual(["Economic Leaders' Meeting:other"]);
    // A person's possessive still ends the name.
    expect(names("They met at Nelson Mandela's Soweto home.")).toEqual(['Nelson Mandela:person', 'Soweto:place']);
  });

  it('reads a capitalised pronoun\'s spelling inside a sentence, after an unknown name, as part of that name ("Zheng He")', () => {
    expect(names('Six hundred years ago, the mariner Zheng He led the largest fleet in the world.')).toContain('Zheng He:person');
    expect(names('"Zheng He and Jackie Chan are both well known here," said Saggar.')).toContain('Zheng He:person');
    // Not after a verb or an English word: "A big Thank You" names no one, and a sentence's "He" opens no name.
    expect(names('"A big Thank You to the organizers," said Xue.')).not.toContain('Thank You:person');
    expect(names('The mariner Zheng Li arrived. He led the fleet.')).toEqual(['Zheng Li:person']);
  });

  it('keeps a given name of two hyphenated syllables and a name joined by a particle, but not a modifier or a span of months', () => {
    expect(names('President Moon Jae-in will meet Kim Jong-il on Friday.')).toEqual(['Moon Jae-in:person', 'Kim Jong-il:person']);
    // Written apart, the last syllable can read as a preposition, but none closes a clause.
    expect(names('Kim will meet South Korean President Moon Jae In. They last met in May.')).toContain('Moon Jae In:person');
    expect(names('He met Moon Jae In, the president, on Friday.')).toContain('Moon Jae In:person');
    expect(names('The summit was held in Seoul In.')).toContain('Seoul:place');
    expect(names('Trump hosted Abe at Mar-a-Lago on Tuesday.')).toContain('Mar-a-Lago:other');
    expect(names('Exports grew in the July-to-September quarter, Texas-based firms said.')).toEqual(['Texas:place']);
    expect(names('The San Diego-area office said so.').join()).not.toContain('Diego-area');
  });

  it('reads the name a hyphen makes a modifier of as a mention, whole, and leaves no piece of it behind', () => {
    expect(names('Troops joined the US-led coalition and the UN-brokered truce held.')).toEqual(['US:place', 'UN:organization']);
    expect(extractEntities('Troops joined the US-led coalition.').map((e) => e.canonical)).toEqual(['United States']);
    expect(names('The New York-based group and a Hong Kong-based firm met in the Kuala Lumpur-based office.')).toEqual(['New York:place', 'Hong Kong:place', 'Kuala Lumpur:place']);
    expect(names('The Hague-based court heard Al Qaeda-linked militants.')).toEqual(['The Hague:place', 'Al Qaeda:organization']);
    // A name the text gives in full licenses its surname; one word the lists do not know is no place.
    expect(names('Barack Obama left. Obama-era rules stay, and Toyota-powered cars won.')).toEqual(['Barack Obama:person', 'Obama:person']);
    expect(names('Man-made lakes and State-owned firms.')).toEqual([]);
  });

  it('keeps "for", "and" and a plural possessive inside a body\'s name', () => {
    expect(names('He is a fellow at the Center for Strategic and International Studies in Washington.')).toContain('Center for Strategic and International Studies:organization');
    expect(names("Kim spoke to the Workers' Party of Korea on Friday.")).toContain("Workers' Party of Korea:organization");
  });

  it('takes a city named like a common word for a place only where a place is expected', () => {
    expect(names('Details of Summit are being worked out now.')).not.toContain('Summit:place');
    expect(names('The rally was held in Summit on Sunday.')).toContain('Summit:place');
  });

  it('reads a common word opening a sentence as no name, unless the text or the lists know it', () => {
    expect(names('Witnesses said the rebels came. Analysts say prices will rise.')).toEqual([]);
    expect(names('Members of the "No" camp said the draft fails. The "Yes" camp disagreed.')).toEqual([]);
    expect(names('Turkey said so. Chad agreed.')).toEqual(['Turkey:place', 'Chad:place']);
    // A function word the capital made compromise read as a name, but not an acronym: "US".
    expect(names('"We are one nation. Whichever side wins, we remain one," Kivuitu said. But Kivuitu left. US envoys came.')).toEqual(['Kivuitu:person', 'Kivuitu:person', 'US:place']);
    // The text vouches for a name it writes mid-sentence, or as a word of a person's full name.
    expect(extractEntities('Shell said so. Profits at Shell rose.').map((e) => e.text)).toEqual(['Shell', 'Shell']);
  });

  it('reads a rare word WordNet files as a person as part of a name, not as a title before it', () => {
    expect(names('The government is thinking of charging him, government spokesman Kin Kiey Mulumba told reporters.')).toContain('Kin Kiey Mulumba:person');
    expect(names('Vice President Dick Cheney met Israeli Foreign Minister Silvan Shalom.')).toEqual(['Dick Cheney:person', 'Silvan Shalom:person']);
    // Titles, common or listed, still title: "Senators", "Astronauts".
    expect(names('Senators Barack Obama and John McCain spoke.')).toContain('Barack Obama:person');
    expect(names('Astronauts Robert Curbeam and Christer Fuglesang worked outside.')).toContain('Robert Curbeam:person');
  });

  it('reads a country\'s name with a nationality\'s ending as a nationality, not a name', () => {
    expect(names('The Zairean rebel alliance seized Kisangani, and Ecuadoran envoys met Jordan and Iran.')).toEqual(['Kisangani:place', 'Jordan:place', 'Iran:place']);
  });

  it('types a name its words left unsure of by the noun before it or an appositive after it', () => {
    expect(names('A suicide bomber from the radical Palestinian movement Islamic Jihad killed five Israelis.')).toContain('Islamic Jihad:organization');
    expect(names('The bomber killed five Israelis, Islamic Jihad said.')).toContain('Islamic Jihad:other');
    // What has leaders and members is a body; a possessive's noun has them ("the Heaven's Gate cult").
    expect(names('On Monday, a leader of the Iraqi National Dialogue pressed insurgents to observe a truce.')).toContain('Iraqi National Dialogue:organization');
    expect(names('The Iraqi National Dialogue pressed insurgents to observe a truce.')).toContain('Iraqi National Dialogue:other');
  });

  it('reads a people, a faith or a creed and its plural as no name', () => {
    expect(names('Islamists and Shiites clashed as Sunni Arabs and Kurds watched the Communists.')).toEqual([]);
    expect(names('The Islamist militia seized Kismayo.')).toEqual(['Kismayo:place']);
  });

  it('reads a direction alone as no name, and one opening a name as part of it', () => {
    expect(names("The North's vice minister met envoys from the West and the South.")).toEqual([]);
    expect(names('North Korea and South Sudan sent envoys.')).toEqual(['North Korea:place', 'South Sudan:place']);
  });

  it('types meetings, rounds of talks, agendas and roadmaps as events and plans, not bodies or places', () => {
    expect(names('Ministers at the APEC Ministerial Meeting backed the Busan Roadmap and the Doha Round.')).toEqual([
      'APEC Ministerial Meeting:other',
      'Busan Roadmap:other',
      'Doha Round:other',
    ]);
  });

  it('types an office named for its body as a body, and its acronym with it', () => {
    const m = extractEntities('The UN High Commissioner for Refugees (UNHCR) delayed the airlift. UNHCR spokesman Paul Stromberg said so.');
    expect(m.filter((e) => e.canonical === 'UN High Commissioner for Refugees').map((e) => `${e.text}:${e.type}`)).toEqual([
      'UN High Commissioner for Refugees:organization',
      'UNHCR:organization',
      'UNHCR:organization',
    ]);
  });

  it('reads "X said" as a speaker, but "people in X said" as a place', () => {
    expect(names('Experts at a farm in Sarrey said the birds had been killed by cold.')).toContain('Sarrey:place');
    expect(names('Kivuitu said the count was over.')).toEqual(['Kivuitu:person']);
  });

  it('reads a given name as opening a person\'s name though compromise reads a place in it', () => {
    expect(names('Former secretary of state James Baker will meet the leader. Baker, 66, was named envoy.')).toEqual(['James Baker:person', 'Baker:person']);
  });

  it('takes a city named like a person for a place where it qualifies a noun, and for the person where she acts', () => {
    expect(names('They will celebrate in the Sydney suburb of Auburn.')).toContain('Sydney:place');
    expect(names('Aggrey Kiyingi, 51, a Sydney cardiologist, denied it.')).toContain('Sydney:place');
    expect(names('Sydney said she would go.')).toEqual(['Sydney:person']);
    expect(names('Sydney Smith wrote the letter. Sydney signed it.')).toEqual(['Sydney Smith:person', 'Sydney:person']);
  });

  it('keeps a committee apart from the people on it and from the body its name opens with', () => {
    expect(names('Pompeo told U.S. Senators on the Senate Foreign Relations Committee that he was hopeful.')).toContain('Senate Foreign Relations Committee:organization');
    const senate = extractEntities('The Senate will vote. The Senate Foreign Relations Committee met.');
    expect(new Set(senate.map((e) => e.entityId)).size).toBe(2);
    expect(names('Nguyen Tuong Van was hanged.')).toEqual(['Nguyen Tuong Van:person']);
  });

  it('gives every form of a country one canonical name', () => {
    const s = 'The U.S. and the United States, also US, USA and America, met Canada.';
    const m = extractEntities(s).filter((e) => e.canonical === 'United States');
    expect(m.map((e) => e.text)).toEqual(['U.S.', 'United States', 'US', 'USA', 'America']);
    expect(new Set(m.map((e) => e.entityId)).size).toBe(1);
    expect(find(extractEntities('Trade across North America grew.'), 'North America')?.canonical).toBe('North America');
  });
});

describe('extractEntities: quotes and acronyms', () => {
  it('takes a short quote inside a sentence for a name, but not a quote of common words or of speech', () => {
    expect(names('He referred to a secret project, codenamed "Velor", which was shelved.')).toContain('Velor:other');
    expect(names('The leader mocked him as "Rocket Man" in a tweet.')).toContain('Rocket Man:other');
    expect(names('He warned against large "Caravans" of people.')).not.toContainEqual(expect.stringMatching(/^Caravans/));
    expect(names('Soldiers shouted "We have won!" and "Long Live Peru" as the president arrived.')).not.toContainEqual(expect.stringMatching(/^Long Live/));
  });

  it('never makes an acronym a text counts, pluralises or spells out in lower case an entity', () => {
    expect(names('The files were copied onto 183 CD\'s.')).toEqual([]);
    expect(names('Several NGOs and MPs protested.')).toEqual([]);
    const icbm = names('It launched several intercontinental ballistic missiles (ICBM). Its first ICBM flew in July.');
    expect(icbm.filter((n) => n.startsWith('ICBM'))).toEqual([]);
    // Nor the acronym of a common thing, written alone.
    expect(names('He tweeted at 7 p.m. Friday EDT that GDP and HIV rates fell.')).toEqual([]);
    // A body's acronym is spelt out in capitals, and stays a body.
    expect(names('The Federal Bureau of Investigation (FBI) said the FBI was looking.')).toContain('FBI:organization');
  });
});

describe('extractEntities: page chrome', () => {
  it('produces no junk from raw seed pages', () => {
    const texts = [a000, a001, a002, a003, a004].flatMap((t) => extractEntities(t).map((e) => e.text));
    for (const junk of ['Key Takeaways', 'Learn Today', 'Leave', 'Comments', 'Conclusion', 'At a glance', 'Fentanyl Czar', 'Trade Representative', 'Eugene Alta', 'Noir Black', 'Bella Ciao', 'KittyKat', 'Muchacha', 'Fentanyl']) {
      expect(texts, junk).not.toContain(junk);
    }
  });

  it('still finds established names in headings', () => {
    const m = extractEntities(a001);
    const heading = a001.split('\n')[0]!;
    const trump = m.find((e) => e.start === heading.indexOf('Trump'));
    expect(trump).toMatchObject({ text: 'Trump', canonical: 'Donald Trump' });
  });
});
