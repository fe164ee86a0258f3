import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities, extractFigures, type FigureMention } from '@/lib/extract';
import { SEED_DIR } from '../helpers/paths';

const seed = (prefix: string) => readFileSync(join(SEED_DIR, readdirSync(SEED_DIR).find((f) => f.startsWith(prefix))!), 'utf8');
const lineWith = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle))!;
const find = (figures: FigureMention[], text: string) => figures.find((f) => f.text === text);

const a001 = seed('001_');
const a002 = seed('002_');

describe('extractFigures: percentages and money', () => {
  it('reads percentages with what they measure', () => {
    const s = 'Canada and Mexico face the looming threat of 25% U.S. tariffs, 25 percent duties and a 50 per cent levy.';
    const f = extractFigures(s);
    expect(f.map((x) => [x.text, x.kind, x.value, x.unit, x.measure])).toEqual([
      ['25%', 'percent', 25, 'percent', 'tariffs'],
      ['25 percent', 'percent', 25, 'percent', 'duties'],
      ['50 per cent', 'percent', 50, 'percent', 'levy'],
    ]);
    expect(f[0]).toMatchObject({ start: s.indexOf('25%'), end: s.indexOf('25%') + 3 });
  });

  it('reads what a bare rate rates from the subject of its clause, when a verb joins them', () => {
    const s = 'Under the plan, the firms’ overseas income held as cash would be subject to a 12.5 percent rate, while other holdings would face a 6 percent rate.';
    const f = extractFigures(s);
    expect(f.map((x) => [x.text, x.measure])).toEqual([
      ['12.5 percent', 'overseas income'],
      ['6 percent', 'other holdings'],
    ]);
    expect(find(extractFigures('Home sales grew at a rate of 8.8 percent in the third quarter.'), '8.8 percent')?.measure).toBe('Home sales');
    // No verb between: "less than half the blistering 5.6 percent rate" rates nothing the clause names.
    expect(find(extractFigures('The pace was slower, but less than half the blistering 5.6 percent rate recorded in May.'), '5.6 percent')?.measure).toBe('rate');
  });

  it('reads what is measured before a name that only says where or whose ("turnout in Eastern Norland of up to 90 percent")', () => {
    const measure = (s: string) => extractFigures(s)[0]?.measure;
    expect(measure('The envoy said he expected turnout in Eastern Norland of up to 90 percent.')).toBe('turnout');
    expect(measure('Shares in Acme Corp fell 2.1 percent on Friday.')).toBe('Shares');
    expect(measure('The rate of inflation in Germany stood at 2.3 percent in November.')).toBe('inflation');
    // A capitalised word inside a sentence is part of the name: "Bank of East Norland".
    expect(measure('Among local lenders, Bank of East Norland climbed 3.8 percent.')).toBe('East Norland');
  });

  it('links a restatement in another currency and finds the measure past it', () => {
    const s = lineWith(a001, 'C$1.3 billion');
    const [cad, usd] = extractFigures(s);
    expect(cad).toMatchObject({ text: 'C$1.3 billion', start: s.indexOf('C$1.3'), kind: 'money', value: 1.3e9, currency: 'CAD', measure: 'border security' });
    expect(usd).toMatchObject({ text: '$913 million', value: 913e6, currency: 'USD', equivalentOf: { start: cad!.start, end: cad!.end }, measure: 'border security' });
  });

  it('reads currency words, symbols and bounds', () => {
    const f = extractFigures('Tenaga paid 1.175 billion ringgit, €40 million, £3.5bn, US$12 and 300 yuan after the bank lent over $918 billion in exports.');
    expect(f.map((x) => [x.text, x.value, x.currency])).toEqual([
      ['1.175 billion ringgit', 1.175e9, 'MYR'], ['€40 million', 40e6, 'EUR'], ['£3.5bn', 3.5e9, 'GBP'], ['US$12', 12, 'USD'], ['300 yuan', 300, 'CNY'], ['$918 billion', 918e9, 'USD'],
    ]);
    expect(f[5]).toMatchObject({ bound: 'lower', measure: 'exports' });
    const imports = find(extractFigures(lineWith(a001, '$107 billion')), '$107 billion');
    expect(imports).toMatchObject({ measure: 'imports' });
  });

  it('gives a scaled figure the exact value it was written with', () => {
    // In floating point 2.07 × 10⁹ and 0.29 × 10⁶ are off by a hair, and then equal no other report's.
    const f = extractFigures('It expected net income of $2.07 billion and 0.29 million more jobs, between 1.1 and 2.3 million voters.');
    expect(f.map((x) => [x.value, x.max])).toEqual([[2.07e9, undefined], [290000, undefined], [1.1e6, 2.3e6]]);
  });
});

describe('extractFigures: counts, durations and vague amounts', () => {
  it('counts with the noun phrase they count', () => {
    const s = lineWith(a002, 'with deployments to 18 cities');
    expect(find(extractFigures(s), '10,000')).toMatchObject({ kind: 'count', value: 10000, unit: 'troops', measure: 'National Guard troops' });
    expect(find(extractFigures(s), '18')).toMatchObject({ unit: 'cities', measure: 'cities and towns' });
    const upTo = find(extractFigures(lineWith(a001, 'up to 10,000')), '10,000');
    expect(upTo).toMatchObject({ bound: 'upper', measure: 'National Guard troops' });
  });

  it('counts the noun after "such" ("30 such transfers")', () => {
    expect(extractFigures('At least 30 such transfers have occurred since October.')).toEqual([expect.objectContaining({ value: 30, measure: 'transfers' })]);
  });

  it('counts the noun after a participle that describes it, not a verb after the counted noun', () => {
    expect(extractFigures('A witness counted around 50 Ethiopian armoured vehicles.')).toEqual([expect.objectContaining({ value: 50, unit: 'vehicles', measure: 'armoured vehicles' })]);
    expect(extractFigures('The leader of the world\'s 1.1 billion Catholics outraged Muslims.')).toEqual([expect.objectContaining({ unit: 'Catholics' })]);
  });

  it('counts the noun after a name with "of" inside it ("the two Horn of Africa nations")', () => {
    expect(extractFigures('Analysts accused the two Horn of Africa nations of fuelling the war.')).toEqual([expect.objectContaining({ value: 2, unit: 'nations', measure: 'Horn of Africa nations' })]);
  });

  it('takes no name before a count as what it counts ("Eritrea sent 2,000"), though a rate may be a name\'s', () => {
    const [troops, sent] = extractFigures('Addis Ababa deployed 8,000 troops, while its regional foe Eritrea sent 2,000 to back the Islamists.');
    expect(troops).toMatchObject({ value: 8000, unit: 'troops' });
    expect(sent).toMatchObject({ value: 2000 });
    expect(sent!.measure).toBeUndefined();
    expect(extractFigures('The Nikkei fell 1.2 percent on Friday.')).toEqual([expect.objectContaining({ measure: 'Nikkei' })]);
  });

  it('takes no single name as what a count counts ("10 Downing Street"), but a people\'s word or a unit is one', () => {
    const street = extractFigures('"We will hold talks during his visit," 10 Downing Street said in a statement.').find((f) => f.value === 10);
    expect(street).toBeDefined();
    expect(street!.measure).toBeUndefined();
    expect(extractFigures('Troops killed 12 Palestinians on Monday.')).toEqual([expect.objectContaining({ unit: 'Palestinians' })]);
    expect(extractFigures('The party lost 150 of its seats in the 577-seat National Assembly.')).toEqual(expect.arrayContaining([expect.objectContaining({ value: 577, unit: 'seat', measure: 'National Assembly' })]));
  });

  it('reads no bound, modal or other figure\'s unit as what a figure measures, and a span past "consecutive"', () => {
    expect(extractFigures('A poll put his approval rating at less than 30%.')).toEqual([expect.objectContaining({ value: 30, bound: 'upper', measure: 'approval rating' })]);
    const [, before] = extractFigures('The party won 12.24 percent, as against 12.87 percent it won two years ago.');
    expect(before).toMatchObject({ value: 12.87 });
    expect(before!.measure).toBeUndefined();
    expect(before!.predicate).toBeUndefined();
    expect(extractFigures('The assets of the 1 percent travel freely, while those of the 99 % cannot.').find((f) => f.value === 99)?.measure).toBeUndefined();
    expect(extractFigures('He has had a normal temperature for ten consecutive days.')).toEqual([expect.objectContaining({ kind: 'duration', value: 10, unit: 'day' })]);
  });

  it('gives where a sum came from ("…, from 171 million dollars") the measure of what it went to', () => {
    expect(extractFigures('Average daily business volumes were 229 million dollars, from 171 million dollars.')).toEqual([
      expect.objectContaining({ value: 229000000, measure: 'Average daily business volumes' }),
      expect.objectContaining({ value: 171000000, measure: 'Average daily business volumes' }),
    ]);
  });

  it('reads no time after a figure as its noun, joins gerunds before one noun and no name to a common noun', () => {
    expect(extractFigures('The tax will boost bank earnings by 13 percent next year.')[0]!.measure).not.toBe('next');
    expect(extractFigures('Sanctions hit six shipping and trading companies.')).toEqual([expect.objectContaining({ unit: 'companies', measure: 'shipping and trading companies' })]);
    expect(extractFigures('Bank of America will take a $3 billion charge and Credit Suisse Group AG expects a hit.')).toEqual([expect.objectContaining({ measure: 'charge' })]);
    expect(extractFigures('APEC accounts for approximately 60 percent of world GDP, about half of world trade.')).toEqual([expect.objectContaining({ measure: 'world GDP' })]);
  });

  it('takes no adjective alone before a figure as its noun ("a gas blast trapped 47"), but the dead and the others count', () => {
    const [trapped] = extractFigures('Rescuers searched the colliery, where a gas blast trapped 47 on Sunday.');
    expect(trapped).toMatchObject({ value: 47, predicate: expect.objectContaining({ lemma: 'trap' }) });
    expect(trapped!.measure).toBeUndefined();
    expect(extractFigures('Rescuers found the bodies by midday and were searching for the other 10.')).toEqual([expect.objectContaining({ measure: 'other' })]);
    expect(extractFigures('Officials put the Indian dead at around 100.')).toEqual([expect.objectContaining({ measure: 'dead' })]);
  });

  it('normalises measurement units', () => {
    const f = extractFigures(lineWith(a002, '21,889 pounds'));
    expect(f.map((x) => [x.text, x.value, x.unit])).toEqual([['21,889 pounds', 21889, 'pound'], ['43 pounds', 43, 'pound'], ['21,000 pounds', 21000, 'pound']]);
    expect(f[0]!.measure).toBe('fentanyl');
    expect(f[2]!.bound).toBe('lower');
  });

  it('reads durations in both forms', () => {
    const f = extractFigures('Tariffs were deferred for 30 days, a 30-day pause, and a five-year plan.');
    expect(f.map((x) => [x.text, x.kind, x.value, x.unit, x.measure])).toEqual([
      ['30 days', 'duration', 30, 'day', undefined],
      ['30-day', 'duration', 30, 'day', 'pause'],
      ['five-year', 'duration', 5, 'year', 'plan'],
    ]);
  });

  it('reads vague amounts as approximate lower bounds', () => {
    const f = extractFigures('Mexico has deployed thousands of national guard troops and screens millions of daily express packages worth billions of dollars.');
    expect(f.map((x) => [x.text, x.kind, x.value, x.approximate, x.bound, x.measure])).toEqual([
      ['thousands', 'vague', 1000, true, 'lower', 'national guard troops'],
      ['millions', 'vague', 1e6, true, 'lower', 'daily express packages'],
      ['billions', 'vague', 1e9, true, 'lower', 'dollars'],
    ]);
    expect(f[2]!.currency).toBe('USD');
  });

  it('reads "four dozen" as 48 of the noun after it, which may read as a verb', () => {
    expect(extractFigures('The counsel has at least four dozen questions for the president.').map((x) => [x.text, x.value, x.measure, x.bound])).toEqual([['four dozen', 48, 'questions', 'lower']]);
    expect(extractFigures('Gunmen seized two dozen of their colleagues.').map((x) => [x.text, x.value, x.measure])).toEqual([['two dozen', 24, 'colleagues']]);
  });

  it('reads spelled-out numbers and ranges', () => {
    const f = extractFigures('Eighty-eight flights were delayed; the rate was 58 to 60 planes an hour across three nations.');
    expect(f.map((x) => [x.text, x.value, x.max, x.unit])).toEqual([
      ['Eighty-eight', 88, undefined, 'flights'], ['58 to 60', 58, 60, 'planes'], ['three', 3, undefined, 'nations'],
    ]);
  });
});

describe('extractFigures: number words over modifiers', () => {
  it('counts with a spelled-out number when its noun comes after adjectives, participles or a name', () => {
    const f = extractFigures('Troops said four detained Ralu Dena leaders were freed. Four young couples wed, and one polling station stayed open.');
    expect(f.map((x) => [x.text, x.value, x.unit])).toEqual([['four', 4, 'leaders'], ['Four', 4, 'couples'], ['one', 1, 'station']]);
  });

  it('counts across adjectives joined by "or" and a noun that qualifies the noun, with that noun as the head', () => {
    const f = extractFigures('The files name at least eight current or former top leaders and 12 current or former heads of state.');
    expect(f.map((x) => [x.text, x.value, x.bound, x.measure])).toEqual([
      ['eight', 8, 'lower', 'current or former top leaders'],
      ['12', 12, undefined, 'current or former heads'],
    ]);
  });

  it('reads no bound in the particle of a verb WordNet lists with it ("spread over", "handed over")', () => {
    expect(extractFigures('The files were spread over 55,000 pages.')[0]).toMatchObject({ value: 55000 });
    expect(extractFigures('The files were spread over 55,000 pages.')[0]!.bound).toBeUndefined();
    expect(extractFigures('The rebels handed over 4 prisoners.')[0]!.bound).toBeUndefined();
    expect(extractFigures('Gunmen killed over 100 people.')[0]).toMatchObject({ value: 100, bound: 'lower' });
    expect(extractFigures('The toll rose above 50 people.')[0]).toMatchObject({ value: 50, bound: 'lower' });
  });

  it('counts the leaders of a counted set of bodies, one each ("the chairmen of the three committees")', () => {
    expect(extractFigures('The chairmen of the three House committees that requested the files spoke.')[0]).toMatchObject({ value: 3, unit: 'chairmen', predicate: { lemma: 'request' } });
    expect(extractFigures('The mayors of the two cities met on Friday.')[0]).toMatchObject({ value: 2, unit: 'mayors' });
    // Residents and members are many to a village or a party.
    expect(extractFigures('The residents of the three villages fled.')[0]).toMatchObject({ value: 3, unit: 'villages' });
    expect(extractFigures('The members of the two parties voted.')[0]).toMatchObject({ value: 2, unit: 'parties' });
  });

  it('reads a part of a whole owned by a pronoun ("20 of their vessels") as a count of the whole\'s noun', () => {
    const f = extractFigures('The Treasury placed six shipping companies and 20 of their vessels on its list; police detained 62 of their fans.');
    expect(find(f, '20')).toMatchObject({ measure: 'vessels', unit: 'vessels' });
    expect(find(f, '62')).toMatchObject({ measure: 'fans', unit: 'fans' });
  });

  it('reads what a length of time is of ("two days of meetings"), and nothing else after it', () => {
    expect(extractFigures('Abe flew in for two days of meetings with Trump.')[0]).toMatchObject({ kind: 'duration', value: 2, measure: 'meetings' });
    expect(extractFigures('It would end more than six decades of the conflict.')[0]).toMatchObject({ kind: 'duration', value: 6, measure: 'conflict' });
    expect(extractFigures('Abe stayed two days in Florida.')[0]!.measure).toBeUndefined();
  });

  it('reads a unit a wire\'s line break left apart from its hyphen ("the two- day summit"), and a span past an ordinal ("two-day 17th … Meeting")', () => {
    expect(extractFigures('Reporters came to cover the two- day summit.')[0]).toMatchObject({ text: 'two- day', kind: 'duration', value: 2, unit: 'day', measure: 'summit' });
    expect(extractFigures('They spoke at the close of the two-day 17th Norland Trade Meeting.')[0]).toMatchObject({ kind: 'duration', measure: 'Norland Trade Meeting' });
    // A hyphen before a word that is no unit joins nothing.
    expect(extractFigures('It took 15- odd years.').map((f) => f.text)).toEqual(['15']);
  });

  it('reads no noun in the bearing after a length ("20 kilometres west of the city", "outside the capital")', () => {
    expect(extractFigures('Gedi spoke in Norvik, a township about 20 kilometres west of the coastal city.')[0]).toMatchObject({ value: 20, unit: 'kilometer' });
    expect(extractFigures('Gedi spoke in Norvik, a township about 20 kilometres west of the coastal city.')[0]!.measure).toBeUndefined();
    expect(extractFigures('The town lies about 20 kilometres outside the capital.')[0]!.measure).toBeUndefined();
    expect(extractFigures('The boat sank 30 miles north-east of the port.')[0]!.measure).toBeUndefined();
    // Nor is it what happened to the length.
    expect(extractFigures('Bagram is 50 km north of Kabul.')[0]!.predicate).toBeUndefined();
    // A bearing that qualifies a noun is part of what is counted.
    expect(extractFigures('The strike shut three west coast ports.')[0]!.measure).toBe('west coast ports');
    expect(extractFigures('Le Monde found 2,300 offshore companies.')[0]!.measure).toBe('offshore companies');
  });

  it('reads what a length is the size of, named before it with "of" ("a radius of three km")', () => {
    expect(extractFigures('All birds within a radius of three kilometers were culled.')[0]).toMatchObject({ value: 3, unit: 'kilometer', measure: 'radius' });
    expect(extractFigures('The quake struck at a depth of 10 km.')[0]).toMatchObject({ unit: 'kilometer', measure: 'depth' });
  });

  it('reads what an age ("18-week-old") is the age of, and ends a noun phrase at "is"', () => {
    expect(extractFigures('Troops ended the 18-week-old hostage drama on Tuesday.')[0]).toMatchObject({ kind: 'duration', value: 18, unit: 'week', measure: 'hostage drama' });
    expect(extractFigures('The 18-week- old standoff ended.')[0]).toMatchObject({ measure: 'standoff' });
    expect(extractFigures('While the return of the 21 girls is a good sign, 45 cases is a start.').map((f) => f.measure)).toEqual(['girls', 'cases']);
  });

  it('reads a bound written with a hyphen ("more-than 11 million")', () => {
    expect(extractFigures('It holds more-than 11 million documents.')[0]).toMatchObject({ value: 11e6, bound: 'lower' });
  });

  it('reads "Forty eight" as 48, and what a sum is worth of ("10.9 billion yuan worth of debt")', () => {
    expect(extractFigures('Forty eight African countries will attend, with twenty one-year terms.').map((f) => [f.text, f.value])).toEqual([['Forty eight', 48], ['twenty', 20], ['one-year', 1]]);
    const [yuan] = extractFigures('China has canceled 10.9 billion yuan (1.36 billion U.S. dollars) worth of debt.');
    expect(yuan).toMatchObject({ value: 10_900_000_000, measure: 'debt' });
  });

  it('reads power units by their symbols ("30 MW", "kilowatt-hours"), which name nothing', () => {
    expect(extractFigures('It built four units of 30 MW hydro-power stations.').find((f) => f.value === 30)).toMatchObject({ text: '30 MW', unit: 'megawatt' });
    expect(extractFigures('The plant would produce 355 million kilowatt-hours of electricity.')[0]).toMatchObject({ unit: 'kilowatt-hour', measure: 'electricity' });
    expect(extractEntities('It built four units of 30 MW hydro-power stations.')).toEqual([]);
  });

  it('still reads a number word with no noun after it as no figure', () => {
    expect(extractFigures('One of them said two were hurt, and the three said nothing.')).toEqual([]);
  });
});

describe('extractFigures: what is not a figure', () => {
  it('skips years, dates, ordinals, list numbers, times and identifiers', () => {
    const s = 'In 2024, under Proclamation 10886 signed on January 20, 2025, the 1st round began at 9:30 with F-16 jets and COVID-19 rules.\n1. First item';
    expect(extractFigures(s)).toEqual([]);
  });

  it('reads a number after a name as a count when "times" or "percent" follows it ("sold oil to North Korea 30 times"), not a model number', () => {
    expect(extractFigures('Ships sold oil to North Korea 30 times since October.')).toEqual([expect.objectContaining({ value: 30, unit: 'times' })]);
    expect(extractFigures('Shares of HBOS 1.48 percent higher closed the day.')).toEqual([expect.objectContaining({ value: 1.48, kind: 'percent' })]);
    expect(extractFigures('He flew a Boeing 747 to Paris after Apollo 13 landed.')).toEqual([]);
  });

  it('keeps every span exact over the seed pages', () => {
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
      const t = seed(prefix);
      for (const f of extractFigures(t)) expect(t.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
