import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { factStatus } from '@/lib/analysis/fact-status';
import { parseArticle } from '@/lib/content';
import { extractFigures } from '@/lib/extract';
import { Article } from '@/lib/schema/content';

/** A wire article with a dateline, made from sentences written for these tests. */
function wire(id: string, date: string, ...paragraphs: string[]): Article {
  const [y, m, d] = date.split('-').map(Number);
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, 1));
  const text = `Report ${id}\n\nTAIYUAN, ${month} ${d}, ${y} (Xinhua)\n\n${paragraphs.join('\n\n')}\n`;
  return Article.parse({ ...parseArticle(`${id}.txt`, id, text), slug: id });
}

const factsOf = (...articles: Article[]) => analyzeStory(articles).facts.filter((f) => f.kind === 'figure');
/** The fact holding the figure written `text` in article `id`. */
const factWith = (facts: ReturnType<typeof factsOf>, id: string, text: string) => facts.find((f) => f.claims.some((c) => c.article === id && c.text === text));

describe('fact identity: what is counted, what happened to it, and which event', () => {
  it('groups the same count said with other words for what happened (killed, died, dead)', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'A gas blast at the Luxi Colliery in Hebei Province killed 12 miners on Saturday, officials said.'),
      wire('b', '2006-11-26', 'Twelve miners died when gas exploded at the Luxi Colliery in Hebei Province on Saturday.'),
      wire('c', '2006-11-26', 'At the Luxi Colliery in Hebei Province, 12 miners were confirmed dead after the blast on Saturday.'),
    );
    const fact = factWith(facts, 'a', '12')!;
    expect(fact.claims.map((c) => c.article).sort()).toEqual(['a', 'b', 'c']);
    expect(fact.status).toBe('agree');
    expect(fact.label).toMatch(/^Miners (?:killed|died)$/);
  });

  it('keeps the killed apart from the injured, and fled with escaped', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'The blast at the Luxi Colliery killed 14 miners and injured 30 others, and nine miners escaped.'),
      wire('b', '2006-11-26', 'At the Luxi Colliery, 30 miners were injured and 14 were killed in the blast, while nine miners fled the pit.'),
    );
    const injured = factWith(facts, 'a', '30')!;
    expect(injured.claims.every((c) => c.value === 30)).toBe(true);
    expect(factWith(facts, 'a', '14')?.claims.some((c) => c.value === 30)).toBe(false);
    expect(factWith(facts, 'a', 'nine')!.claims.map((c) => c.article).sort()).toEqual(['a', 'b']);
  });

  it('counts one kind of thing under its different names (WordNet: hostages are captives, schoolgirls girls)', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'Troops freed 71 hostages from the Tarma residence on Saturday, officials said.'),
      wire('b', '2006-11-26', 'The 71 captives freed from the Tarma residence on Saturday were taken to hospital.'),
      wire('c', '2006-11-26', 'A further 40 miners were freed from the Tarma pit on Saturday.'),
    );
    expect(factWith(facts, 'a', '71')!.claims.map((c) => c.article).sort()).toEqual(['a', 'b']);
    expect(factWith(facts, 'c', '40')!.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('passes kinship on only downwards: a system is a group and people are a group, but economies are no people', () => {
    const facts = factsOf(
      wire('a', '2005-11-15', 'In Portville, 12 people died in the flood on Monday.', 'Some 40 groups sent help.', 'Five systems failed in the storm.', 'The summit drew 21 economies of the region.', 'The bloc has 21 members in all.'),
    );
    // Counted as people, the economies would be a version of any count of their article.
    const economies = facts.find((f) => f.claims.some((c) => c.unit === 'economies'));
    expect(economies?.claims.map((c) => c.unit)).toEqual(['economies']);
    // Downwards it passes on: "domestic fowls" are fowls, which are birds.
    const birds = factsOf(
      wire('b', '2005-11-15', 'In all, 322,500 family birds were culled in the two counties.', 'In Zepu county 130,000 fowls were culled.'),
      wire('c', '2005-11-17', 'In the two counties, 322,500 domestic fowls have been culled.'),
    );
    expect(factWith(birds, 'c', '322,500')?.claims.map((c) => c.article)).toEqual(['b', 'c']);
  });

  it('joins the same rate of the same thing among the same countries, in other words; another thing’s rate stays apart', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'Canada and Mexico face the looming threat of 25% U.S. tariffs, officials said.'),
      wire('b', '2006-11-26', 'Canada and Mexico are hoping to avoid steep 25% tariffs from the United States.'),
      wire('c', '2006-11-26', 'The United States delayed 25% tariffs on Canadian and Mexican exports for a month.'),
      wire('d', '2006-11-26', 'Canada will meet a 25% levy on steel from the United States.'),
    );
    expect(factWith(facts, 'a', '25%')!.claims.map((c) => c.article).sort()).toEqual(['a', 'b', 'c']);
  });

  it('never joins a count of others to the count reported ("thousands of other girls", "another 19")', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'Rebels abducted 276 schoolgirls from the Kolbari school in April.'),
      wire('b', '2006-11-26', 'Thousands of other girls have been abducted by the rebels from the Kolbari school in April.'),
    );
    expect(factWith(facts, 'a', '276')!.claims.map((c) => c.article)).toEqual(['a']);
  });

  it('reads "another" after a count of something else as no count of others ("… killed 217. Another 1,290 people were injured")', () => {
    const facts = factsOf(
      wire('a', '1997-04-16', 'The fire at the Mina camp killed 217 pilgrims. Another 1,290 people were injured at the Mina camp, many seriously.'),
      wire('b', '1997-04-25', 'The fire at the Mina camp killed at least 343 people and left more than 1,500 wounded at the Mina camp.'),
    );
    expect(factWith(facts, 'a', '1,290')!.claims.map((c) => c.value)).toEqual([1290, 1500]);
    // After a count of the same thing, "another" is more of it: never a version of the first.
    const more = factsOf(
      wire('c', '1997-04-16', 'The blast at the Luxi Colliery killed 12 miners. Another 19 miners were killed at the Luxi Colliery later.'),
      wire('d', '1997-04-17', 'The blast at the Luxi Colliery killed 19 miners.'),
    );
    expect(factWith(more, 'c', '19')!.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('joins the same count of others in two reports ("128 other politicians")', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'The leaked files name 12 current or former world leaders and 128 other politicians and public officials.'),
      wire('b', '2006-11-26', 'Besides 12 world leaders, the papers link 128 other politicians and public officials to offshore firms.'),
    );
    expect(factWith(facts, 'a', '128')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
    expect(factWith(facts, 'a', '12')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('never joins the dead of two accidents at different mines, though the number is the same', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'A gas blast killed 24 miners at the Luxi Colliery in Hebei Province on Saturday.'),
      wire('b', '2006-11-27', 'A flood killed 24 miners at the Baoshan Coal Mine in Anhui Province on Sunday.'),
    );
    expect(factWith(facts, 'a', '24')!.claims.map((c) => c.article)).toEqual(['a']);
  });

  it('joins a toll given for a province to the one of the mine the story places in it; two mines of one province stay two', () => {
    const province = wire('a', '2006-11-06', 'Rescuers on Monday were still searching for the 30 miners trapped in a coal mine explosion which had claimed 17 lives in Shanxi Province on Sunday.');
    const mine = wire(
      'b',
      '2006-11-13',
      'The blast hit the Jiaojiazhai Colliery in Xinzhou, a central-north city of Shanxi Province, on Nov. 5.',
      'The death toll in another accident in this coal-rich province climbed to 35 on Monday, with 12 more missing in the pit of the Jiaojiazhai Colliery in Xinzhou, where a gas blast trapped 47 on Nov. 5.',
    );
    const facts = factsOf(province, mine);
    expect(factWith(facts, 'a', '17')).toMatchObject({ status: 'changed' });
    expect(factWith(facts, 'a', '17')!.claims.map((c) => c.value)).toEqual([17, 35]);
    // A second mine of the province with a toll of that day: the province's 17 could be either's.
    const other = wire('c', '2006-11-13', 'The death toll of a flood at the Nanshan Colliery in Shanxi Province climbed to 33 on Monday, after the coal mine flooded on Nov. 5.');
    const three = factsOf(other, mine, province);
    expect(factWith(three, 'a', '17')!.claims.map((c) => c.article)).toEqual(['a']);
    expect(factWith(three, 'c', '33')!.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('joins a figure an article says again in other words to its fact; a nation’s part of a toll never joins the toll', () => {
    const first = wire(
      'a',
      '1997-04-16',
      'An inferno at the Mina camp near Mecca killed 217 pilgrims, including an estimated 100 Indians.',
      'The Saudi authorities on Wednesday increased the overall toll from the blaze at the Mina camp near Mecca to 217.',
      'The Indian ambassador estimated the Indian dead at around 100.',
    );
    const later = wire('b', '1997-04-25', 'Saudi officials say the fire at the Mina camp near Mecca killed at least 343 people.', 'The blaze at the Mina camp left at least 343 dead, officials said.');
    const facts = factsOf(first, later);
    const toll = factWith(facts, 'a', '217')!;
    expect(toll.claims.map((c) => c.value).sort()).toEqual([217, 217, 343, 343]);
    expect(toll.status).toBe('changed');
    expect(factWith(facts, 'a', '100')!.claims.every((c) => c.value === 100)).toBe(true);
  });

  it('joins a span an article gives twice around the same words; calls a later bounded claim with another number changed', () => {
    const facts = factsOf(
      wire('a', '2006-12-29', '"We need three months\' martial law," the prime minister told parliament on Friday.', 'Parliament will vote on the martial law for three months next week.'),
    );
    expect(factWith(facts, 'a', "three months")!.claims).toHaveLength(2);
    const tolls = factsOf(
      wire('b', '2006-12-26', 'The prime minister said on Tuesday that more than 1,000 fighters have been killed in the fighting around Baidoa.'),
      wire('c', '2006-12-28', 'The prime minister said on Thursday that up to 3,000 fighters have been killed in the fighting around Baidoa.'),
    );
    expect(factWith(tolls, 'b', '1,000')).toMatchObject({ status: 'changed' });
  });

  it('never joins two different numbers of one article, bounded or not ("at least 78" over a weekend, 85 over three days)', () => {
    const facts = factsOf(
      wire('a', '2006-11-27', 'Seven miners were killed in a blast on Monday, bringing the death toll in coal mine accidents to 85 over the past three days. The weekend saw three mine disasters leaving at least 78 people dead.'),
      wire('b', '2006-11-27', 'The death toll in coal mine accidents rose to 85 over the past three days, after a blast killed seven miners on Monday.'),
    );
    expect(factWith(facts, 'a', '85')!.claims.map((c) => c.value)).toEqual([85, 85]);
  });

  it('never joins a past accident an article recalls to the one it reports', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'A gas blast at the Luxi Colliery killed 40 miners on Saturday, the worst accident this year.'),
      wire('b', '2006-11-27', 'The Luxi Colliery has a grim record: in 1998, a blast at the pit killed 40 miners.'),
    );
    expect(factWith(facts, 'a', '40')!.claims.map((c) => c.article)).toEqual(['a']);
  });

  it('gives a past year to the figure whose clause it is in, not to one before it', () => {
    // "who were kidnapped in April 2004" says when the 200 were taken, not when the 21 were freed.
    const facts = factsOf(
      wire('a', '2006-10-13', 'The government said it had secured the release of 21 of the more than 200 Norland schoolgirls who were kidnapped by rebels in April 2004.'),
      wire('b', '2006-10-13', 'The rebels freed 21 Norland schoolgirls on Thursday after talks, the government said.'),
    );
    expect(factWith(facts, 'a', '21')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
    // A year in the figure's own clause still sets it in the past.
    const recalled = factsOf(
      wire('c', '2006-10-13', 'The rebels freed 21 Norland schoolgirls on Thursday after talks, the government said.'),
      wire('d', '2006-10-13', 'Talks failed before: the 21 Norland schoolgirls who were freed by rebels in April 2004 were taken again.'),
    );
    expect(factWith(recalled, 'c', '21')!.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('reads a present perfect as a count up to now: its year is when the count began, and "lives" are people who died', () => {
    const facts = factsOf(
      wire('a', '2016-10-13', 'The insurgency has claimed more than 20,000 lives and driven two million people from their homes since the rebels took up arms in 2009.'),
      wire('b', '2016-10-13', 'The group, which formed in 2002, has killed more than 20,000 people in attacks across the country.'),
    );
    const toll = factWith(facts, 'a', '20,000')!;
    expect(toll.claims.map((c) => c.article)).toEqual(['a', 'b']);
    expect(toll.label).toBe('People died');
    // "1,000 dead" and "3,000 wounded" count people too: "People died", not "Dead died (people)".
    const later = factsOf(
      wire('c', '2006-12-26', 'The fighting in Norland has left more than 1,000 dead and 3,000 wounded, the prime minister said.'),
      wire('d', '2006-12-28', 'The fighting in Norland has left up to 3,000 dead and 5,000 wounded, the prime minister said.'),
    );
    expect(factWith(later, 'c', '1,000')!.label).toBe('People died');
    expect(factWith(later, 'c', '3,000')!.label).toBe('People wounded');
    // "78 people dead" says it once: "People died", not "People dead died".
    const dead = factsOf(
      wire('e', '2006-11-27', 'The past weekend has been tragic in Norland, with three mine disasters leaving at least 78 people dead.'),
      wire('f', '2006-11-27', 'The past weekend has been tragic in Norland, with three mine disasters leaving at least 78 people dead.'),
    );
    expect(factWith(dead, 'e', '78')!.label).toBe('People died');
  });

  it('reads "since <date>" as when a state began, which holds still: it dates neither the figure nor its event', () => {
    const facts = factsOf(
      wire('a', '1997-04-23', 'About 20 rebels had been holding the residence and 72 prominent hostages since December 17.'),
      wire('b', '1997-04-23', 'Commandos raided the residence on Tuesday and freed the 72 prominent hostages held by the rebels.'),
    );
    expect(factWith(facts, 'a', '72')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('never sets counts an order of magnitude apart against each other', () => {
    const facts = factsOf(
      wire('a', '2016-10-13', 'Gunmen killed eight people in the market of Portville on Monday.'),
      wire('b', '2016-10-13', 'In Portville, the rebels have killed 20,000 people since they took up arms.'),
    );
    expect(factWith(facts, 'a', 'eight')?.claims.map((c) => c.article)).toEqual(['a']);
  });

  it('never sets rates more than twice apart against each other: a rate is no toll that grows between reports', () => {
    const facts = factsOf(
      wire('a', '2006-11-03', 'Private equity investment in Norland increased by 50.4 percent to 174.6 million dollars, the survey said.'),
      wire('b', '2006-11-30', 'Nonresidential fixed investment increased at a rate of 8.8 percent in the third quarter, the survey said.'),
    );
    expect(factWith(facts, 'a', '50.4 percent')!.claims.map((c) => c.article)).toEqual(['a']);
  });

  it('never joins a rate over time to the toll of one accident', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'The blast at the Luxi Colliery claimed 17 lives, rescuers said.'),
      wire('b', '2006-11-27', 'Coal mine accidents claim about 6,000 lives a year in the country, the rescuers said.'),
    );
    expect(factWith(facts, 'a', '17')!.claims.map((c) => c.article)).toEqual(['a']);
  });

  it('joins a standing count across the days of its sentences\' verbs, and looks for no place in a roll call of countries', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'The Norland Forum currently has 21 members: Australia, Brunei, Canada, Chile, China, Chinese Taipei and Vietnam.'),
      wire('b', '2006-11-18', 'Leaders of the 21 member economies of the Norland Forum began their annual meeting in Hanoi on Saturday.'),
      wire('c', '2006-11-19', 'Leaders of the 21 member economies of the Norland Forum wrapped up their meeting in Hanoi on Sunday.'),
    );
    expect(factWith(facts, 'a', '21')!.claims.map((c) => c.article)).toEqual(['a', 'b', 'c']);
    // Something happening to the counted on another day is another event.
    const killed = factsOf(
      wire('d', '2006-11-18', '21 miners were killed in a gas blast in the Norland pit on Saturday.'),
      wire('e', '2006-11-19', '21 miners were killed in a gas blast in the Norland pit on Sunday.'),
    );
    expect(factWith(killed, 'd', '21')!.claims.map((c) => c.article)).toEqual(['d']);
  });

  it('keeps apart events set on different days', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'Senior officials wrapped up their two-day meeting here Monday, the ministry said.'),
      wire('b', '2006-11-19', 'The leaders wrapped up their two-day meeting here Sunday, the ministry said.'),
    );
    expect(factWith(facts, 'a', 'two-day')!.claims.map((c) => c.article)).toEqual(['a']);
  });

  it('never groups two exact numbers of one article as one fact', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'Washington asked the council to ban 10 ships from ports.', 'The council banned four ships from ports on Thursday.'),
    );
    expect(factWith(facts, 'a', '10')?.claims.some((c) => c.value === 4)).not.toBe(true);
  });

  it('keeps the state of things before the news apart from the news ("previously", "used to")', () => {
    const now = wire('a', '2006-11-13', 'Under the new rules, companies will pay a 15 percent tax on cash held abroad, the ministry said.');
    const before = wire('b', '2006-11-13', 'Previously, companies had to pay a 35 percent tax on cash held abroad, the ministry said.');
    const same = wire('c', '2006-11-13', 'Companies will pay a 25 percent tax on cash held abroad under the new rules, the ministry said.');
    expect(factWith(factsOf(now, before), 'a', '15 percent')!.claims.map((c) => c.article)).toEqual(['a']);
    // Without the marker, two rates of one tax on the same day are grouped and differ: the rule above is what keeps them apart.
    expect(factWith(factsOf(now, same), 'a', '15 percent')).toMatchObject({ status: 'differ' });
  });

  it('reads "the firm" and "the investment bank" as the body the article is about, in a sum it reports in other words', () => {
    const about = (id: string, ...lines: string[]) =>
      wire(id, '2006-11-13', 'Velmont Partners said the new law will cost it money.', 'Velmont declined to comment on the filing.', 'Analysts expect Velmont to recover soon.', ...lines);
    const facts = factsOf(
      about('a', 'The investment bank forecast that the law will knock $5 billion off its profit.'),
      about('b', 'Velmont Partners expects to take a $5 billion hit to profits.'),
      about('c', 'The move let the firm access a tax credit worth $140 million this year.'),
      about('d', 'The acceleration results in about $140 million in tax savings for Velmont Partners.'),
    );
    expect(factWith(facts, 'a', '$5 billion')!.claims.map((c) => c.article).sort()).toEqual(['a', 'b']);
    expect(factWith(facts, 'c', '$140 million')!.claims.map((c) => c.article).sort()).toEqual(['c', 'd']);
    // The last body named before the description is another one: "the company" is Tarrow, not the article's subject.
    const other = factsOf(
      about('e', 'Tarrow Holdings also reported results.', 'The company holds $5 billion abroad.'),
      about('f', 'Velmont Partners holds $5 billion abroad.'),
    );
    expect(factWith(other, 'e', '$5 billion')!.claims.map((c) => c.article)).toEqual(['e']);
  });

  it('sets two sums of the same noun of one body against each other, though a name follows the noun', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'Velmont Partners had $31.2 billion in earnings reinvested abroad at the end of 2016.'),
      wire('b', '2006-11-13', 'The charge is based on the $32.6 billion in undistributed foreign earnings Velmont Partners had at the end of 2016.'),
    );
    expect(factWith(facts, 'a', '$31.2 billion')).toMatchObject({ status: 'differ' });
    expect(factWith(facts, 'a', '$31.2 billion')!.claims.map((c) => c.value)).toEqual([31.2e9, 32.6e9]);
  });

  it('counts an acronym and the compound WordNet spells it with as one noun ("CD\'s", "compact discs")', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'The archive in Portville held 55,000 files on 183 CD\'s, the minister said.'),
      wire('b', '2006-11-13', 'Experts studied the 55,000 pages and 183 compact discs of files from the archive in Portville.'),
    );
    expect(factWith(facts, 'a', '183')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('reads a year in a participle\'s aside as the date of the name before it, not of the figure ("APEC, established in 1989, has 21 members")', () => {
    const facts = factsOf(
      wire('a', '2005-11-13', 'The forum, established in 1989, currently has 21 members, including Norland and Portville.'),
      wire('b', '2005-11-16', 'The forum currently has 21 members, including Norland and Portville, the statement said.'),
    );
    expect(factWith(facts, 'a', '21')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('never joins tolls of two articles whose sentences name no place, body or day, unless their words agree', () => {
    const facts = factsOf(
      wire('a', '2005-12-12', 'Violence flared before the clampdown took full effect, killing at least seven people and wounding at least 30.'),
      wire('b', '2005-12-17', 'The rare outbreaks of violence on polling day left four people dead.'),
    );
    expect(factWith(facts, 'b', 'four')?.claims.map((c) => c.article) ?? ['b']).toEqual(['b']);
    // Named where it happened, what happened is enough: the words may share little.
    const named = factsOf(
      wire('a', '2006-11-26', 'Rescuers said the gas blast at the Luxi Colliery killed 12 miners.'),
      wire('b', '2006-11-27', 'Twelve miners died at the Luxi Colliery, officials confirmed on Monday.'),
    );
    expect(factWith(named, 'a', '12')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('never joins tolls of sentences that name countries, none of them in common', () => {
    const facts = factsOf(
      wire('a', '2006-12-10', 'The rebels killed 15 people in an attack on a bus near the border with Chad, the army said.'),
      wire('b', '2006-12-11', 'At least 20 people were killed in a blast in north China\'s Shanxi Province, officials said.'),
    );
    expect(factWith(facts, 'b', '20')?.claims.map((c) => c.article) ?? ['b']).toEqual(['b']);
    // One country in common is enough.
    const shared = factsOf(
      wire('a', '2006-12-10', 'The rebels killed 15 people in an attack on a bus in Sudan near the border with Chad.'),
      wire('b', '2006-12-10', 'Fifteen people were killed when rebels attacked a bus in Sudan, officials said.'),
    );
    expect(factWith(shared, 'a', '15')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
    // A city names its country when no other country has a city of that name: Mogadishu is in Somalia.
    const cities = factsOf(
      wire('c', '2006-12-10', 'Government forces withdrew 4,000 troops from Mogadishu, the army said.'),
      wire('d', '2006-12-10', 'The United States will withdraw 5,000 troops from Iraq, officials said.'),
    );
    expect(factWith(cities, 'c', '4,000')?.claims.map((c) => c.article) ?? ['c']).toEqual(['c']);
    // One city's country and the same country named are one.
    const same = factsOf(
      wire('e', '2006-12-10', 'Government forces withdrew 4,000 troops from Mogadishu, the army said.'),
      wire('f', '2006-12-10', 'Somalia withdrew about 4,000 troops from the capital, officials said.'),
    );
    expect(factWith(same, 'e', '4,000')!.claims.map((c) => c.article)).toEqual(['e', 'f']);
  });

  it('never joins two people\'s own counts ("Jackson is averaging 12.3 points", "Martin is averaging 12.9 points")', () => {
    const facts = factsOf(
      wire('a', '2006-12-11', 'Stephen Jackson is averaging 12.3 points a game for the Pacers this season.'),
      wire('b', '2006-12-11', 'Kenyon Martin is averaging 12.9 points a game for the Pacers this season.'),
      wire('c', '2006-12-12', 'Stephen Jackson is averaging 12.3 points a game for the Pacers, the team said.'),
    );
    expect(factWith(facts, 'a', '12.3')!.claims.map((c) => c.article)).toEqual(['a', 'c']);
    expect(factWith(facts, 'b', '12.9')!.claims.map((c) => c.article)).toEqual(['b']);
  });

  it('never joins tolls of reports months apart unless they name the same place, body or facility', () => {
    const facts = factsOf(
      wire('a', '2005-11-23', 'A blast killed 24 people in the early hours, police said.'),
      wire('b', '2006-11-13', 'Officials said 24 people were killed in a blast in the early hours.'),
    );
    expect(factWith(facts, 'a', '24')!.claims.map((c) => c.article)).toEqual(['a']);
    const named = factsOf(
      wire('a', '2006-04-20', 'The blast at the Luxi Colliery killed 24 miners in April.'),
      wire('b', '2006-11-13', 'Months after the blast at the Luxi Colliery that killed 24 miners, the pit reopened.'),
    );
    expect(factWith(named, 'a', '24')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('counts troops as soldiers: WordNet defines them as "soldiers collectively"', () => {
    const facts = factsOf(
      wire('a', '2005-12-15', 'Around 2,154 US soldiers have been killed in Iraq since the invasion, the Pentagon said.'),
      wire('b', '2005-12-15', 'More than 2,140 US troops have been killed in Iraq since the invasion in 2003.'),
    );
    expect(factWith(facts, 'a', '2,154')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('joins the same count of one kind of thing in other words ("five locations", "five sites"), in few words alike', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'Aides in Portville said five locations for the potential summit are under consideration.'),
      wire('b', '2006-11-13', 'The White House was looking at five sites for a possible meeting of the two leaders in Portville.'),
      wire('c', '2006-11-13', 'In Portville, officials are reviewing five locations as possible meeting places.'),
    );
    expect(factWith(facts, 'a', 'five')!.claims.map((c) => c.article)).toEqual(['a', 'b', 'c']);
  });

  it('keeps apart counts in other words when the number is small, the nouns are no kind of each other, or a report counts both nouns', () => {
    const small = factsOf(
      wire('a', '2006-11-13', 'The rebels fired back at the troops in Portville, killing one soldier.'),
      wire('b', '2006-11-13', 'In Portville, one hostage died during the assault.'),
    );
    expect(factWith(small, 'a', 'one')?.claims.map((c) => c.article)).toEqual(['a']);
    // Teams and people are both groups in WordNet, but neither is a kind of the other.
    const unlike = factsOf(
      wire('e', '2006-11-13', 'In Portville, eight teams came to the games.'),
      wire('f', '2006-11-13', 'In Portville, eight people came to the games.'),
    );
    expect(factWith(unlike, 'e', 'eight')?.claims.map((c) => c.article)).toEqual(['e']);
    // Article d counts guards too: its 12 hostages are not c's 12 guards in other words.
    const counted = factsOf(
      wire('c', '2006-11-13', 'In Portville, 12 guards died in the assault on the residence.'),
      wire('d', '2006-11-13', 'In Portville, 12 hostages died in the assault on the residence.', 'Two guards were wounded there.'),
    );
    expect(factWith(counted, 'c', '12')!.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('joins a span of one kind of event in other words ("two days of meetings", "the two-day summit"), not two visits of one length', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'Welcoming Rolf Ander to his estate, Mara Lind spoke after two days of meetings.'),
      wire('b', '2006-11-13', 'Mara Lind said that after the two-day summit with Rolf Ander, "we will get along even better."'),
    );
    expect(factWith(facts, 'a', 'two days')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
    // The same noun needs words alike: one man's two three-day visits are two.
    const visits = factsOf(
      wire('c', '2006-11-13', 'Rolf Ander arrived in Portville on Tuesday for a three-day official visit to boost trade ties.'),
      wire('d', '2006-11-13', 'Rolf Ander, who came from Norland, where he was on a three-day visit, was met by Mara Lind.'),
    );
    expect(factWith(visits, 'c', 'three-day')!.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('sets two estimates of one body\'s sum of one kind against each other, though few words agree', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'Velmont Partners had been expected to post fourth-quarter net income of $2.07 billion, according to analysts.'),
      wire('b', '2006-11-13', 'The charge will push Velmont Partners from an estimated $1.9 billion in earnings for the quarter to a likely loss.'),
    );
    expect(factWith(facts, 'a', '$2.07 billion')!.claims.map((c) => c.article)).toEqual(['a', 'b']);
    // Another body's sum of the same kind is not its version.
    const other = factsOf(
      wire('c', '2006-11-13', 'Velmont Partners had been expected to post fourth-quarter net income of $2.07 billion, according to analysts.'),
      wire('d', '2006-11-13', 'Tarrow Holdings expects fourth-quarter net income of $1.9 billion, its finance chief said.'),
    );
    expect(factWith(other, 'c', '$2.07 billion')!.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('files a figure with the report most like it and of the same number, not with a looser group', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'Under the new law, overseas income held as cash by firms in Norland would be subject to a 12.5 percent rate.'),
      wire('b', '2006-11-13', 'The discounted one-time levy on money held overseas in Norland is 12.5 percent for income held in cash or other liquid assets and 6 percent for income held in harder-to-sell assets.'),
      wire('c', '2006-11-13', 'The discounted one-time levy on money returned to Norland is 12.5 percent for income held in cash or other liquid assets and 6 percent for income held in harder-to-sell assets.'),
    );
    expect(factWith(facts, 'c', '12.5 percent')!).toMatchObject({ status: 'agree' });
    expect(factWith(facts, 'c', '12.5 percent')!.claims.map((c) => c.value)).toEqual([12.5, 12.5, 12.5]);
    expect(factWith(facts, 'c', '6 percent')!.claims.map((c) => c.value)).toEqual([6, 6]);
  });

  it('counts "member economies" as members, when the qualifier is a common noun', () => {
    const facts = factsOf(
      wire('a', '2006-11-13', 'Officials from 21 member economies of the Portville Forum met in the city.', 'The Portville Forum currently has 21 members: Norland, Sudland and 19 others.'),
      wire('b', '2006-11-18', 'Leaders of the 21 member economies of the Portville Forum began their annual meeting.'),
    );
    expect(factWith(facts, 'a', '21')!.claims.map((c) => c.article)).toEqual(['a', 'a', 'b']);
    // "25 EU leaders" are no EUs: a name before the noun is whose, not what.
    const names = factsOf(
      wire('c', '2006-11-13', 'All 25 EU leaders met in Portville on Monday.'),
      wire('d', '2006-11-13', 'Norland began entry talks with the 25-member EU in Portville.'),
    );
    expect(factWith(names, 'c', '25')?.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('joins one distance between two places, whichever bearing a report gives ("west of the city", "outside the capital")', () => {
    const facts = factsOf(
      wire('a', '2006-12-28', 'Gedi spoke in Norvik, a township about 20 kilometres west of the coastal city of Portville.'),
      wire('b', '2006-12-29', 'Gedi was earlier in Norvik, about 20 kilometres outside the capital.'),
    );
    const distance = factWith(facts, 'a', '20 kilometres')!;
    expect(distance.claims.map((c) => c.article)).toEqual(['a', 'b']);
    // Labelled by its own words, which give the unit: not "20 kilometres (kilometer)".
    expect(distance.label).toBe('20 kilometres');
  });

  it('joins a figure that outlets quote in the same words, even a vague one ("thousands of our supporters")', () => {
    const facts = factsOf(
      wire('a', '2018-04-26', 'Jane Alder, director of the Norland Rights Trust, said "thousands of our supporters" will "very definitely be making our voices heard".'),
      wire('b', '2018-04-26', '"When the president arrives, we and thousands of our supporters will very definitely be making our voices heard," Jane Alder said.'),
    );
    const fact = factWith(facts, 'a', 'thousands')!;
    expect(fact.claims.map((c) => c.article)).toEqual(['a', 'b']);
    expect(fact.status).toBe('agree');
    // Outside a quotation, "thousands" with no verb is no version of anything.
    const loose = factsOf(
      wire('c', '2018-04-26', 'Jane Alder said thousands of supporters of the Norland Rights Trust would march.'),
      wire('d', '2018-04-26', 'Thousands of supporters of the Norland Rights Trust are expected in Portville.'),
    );
    expect(factWith(loose, 'c', 'thousands')!.claims.map((c) => c.article)).toEqual(['c']);
  });

  it('joins one large count of one noun in few words alike, and a bound only to a count close to it', () => {
    const facts = factsOf(
      wire('a', '1997-04-15', 'About two million Moslem pilgrims gathered in Mina to attend the annual hajj.'),
      wire('b', '1997-04-16', 'A ministry spokesman said 100 Indians were among the two million pilgrims.'),
    );
    const pilgrims = factWith(facts, 'a', 'two million')!;
    expect(pilgrims.claims.map((c) => c.article)).toEqual(['a', 'b']);
    expect(pilgrims.status).toBe('approximate');
    // One count said to have been trained, the other sent: no versions of each other.
    const told = factsOf(
      wire('e', '2006-11-02', 'Norland has helped establish nearly 900 projects in Africa and train some 14,600 personnel in various fields.'),
      wire('f', '2006-11-04', 'Norland has sent a total of 15,000 medical personnel to 47 African nations and regions since the dispatch of its first medical team to Sudland in 1963, according to the Foreign Ministry.'),
    );
    expect(factWith(told, 'e', '14,600')!.claims.map((c) => c.article)).toEqual(['e']);
  });

  it('calls a toll that rises in a later report changed, and two tolls of one day differ', () => {
    const first = wire('a', '2006-11-05', 'The gas blast at the Jiaojiazhai Coal Mine killed 17 miners, the mine said on Sunday.');
    const later = wire('b', '2006-11-06', 'The gas blast at the Jiaojiazhai Coal Mine killed 35 miners, the mine said on Monday.');
    const sameDay = wire('c', '2006-11-05', 'The gas blast at the Jiaojiazhai Coal Mine killed 19 miners, the mine said on Sunday.');
    expect(factWith(factsOf(first, later), 'a', '17')).toMatchObject({ status: 'changed' });
    expect(factWith(factsOf(first, sameDay), 'a', '17')).toMatchObject({ status: 'differ' });
    expect(factWith(factsOf(first, sameDay), 'a', '17')!.claims).toHaveLength(2);
  });

  it('calls a later "at least" toll that the first no longer fits changed, not differ', () => {
    const first = wire('a', '1997-04-16', 'A fire at the Mina camp near Mecca killed 217 pilgrims on Tuesday, Saudi authorities said.');
    const later = wire('b', '1997-04-25', 'Saudi officials say the fire at the Mina camp near Mecca on April 15 killed at least 343 pilgrims.');
    const sameDay = wire('c', '1997-04-16', 'Saudi officials say the fire at the Mina camp near Mecca on Tuesday killed at least 343 pilgrims.');
    expect(factWith(factsOf(first, later), 'a', '217')).toMatchObject({ status: 'changed' });
    expect(factWith(factsOf(first, sameDay), 'a', '217')).toMatchObject({ status: 'differ' });
  });
});

describe('one article that gives a figure twice', () => {
  it('agrees with itself when both mentions give the same number, and claims nothing when they differ', () => {
    const twice = wire('a', '2006-12-29', 'The interim government declared martial law for three months on Friday.', 'The minister said the martial law for three months would end the fighting.');
    const fact = factWith(factsOf(twice), 'a', 'three months')!;
    expect(fact.claims).toHaveLength(2);
    expect(fact.status).toBe('agree');
    // Two numbers in one article under one label: two things, or two moments the article does not
    // tell apart. The status function claims no contradiction.
    expect(factStatus([{ article: 'c', value: 217 }, { article: 'c', value: 300 }])).toBe('single');
    expect(factStatus([{ article: 'c', value: 217 }, { article: 'd', value: 300 }])).toBe('differ');
  });
});

describe('offices', () => {
  it('change hands between reports of different days, and differ on the same day, by the same rule as figures', () => {
    const before = wire('a', '2006-11-05', 'Canadian Prime Minister Jean Tremblay spoke on Sunday.');
    const after = wire('b', '2006-11-06', 'Canadian Prime Minister Paul Lavoie spoke on Monday.');
    const sameDay = wire('c', '2006-11-05', 'Canadian Prime Minister Paul Lavoie spoke on Sunday.');
    const office = (...articles: Article[]) => analyzeStory(articles).facts.find((f) => f.kind === 'office');
    expect(office(before, after)).toMatchObject({ label: 'Prime Minister of Canada', status: 'changed' });
    expect(office(before, sameDay)).toMatchObject({ status: 'differ' });
  });
});

describe('figures that are no facts', () => {
  it('are not times of day or phone numbers', () => {
    const texts = extractFigures('The blast came at 11 a.m. Sunday; a second at 4:00 p.m. Call (202) 555-0100 or +1 202 555 0199.').map((f) => f.text);
    expect(texts).toEqual([]);
    expect(extractFigures('About 100 troops stormed the house.').map((f) => [f.text, f.measure])).toEqual([['100', 'troops']]);
  });

  it('are not ages or small counts of nothing in particular', () => {
    const facts = factsOf(
      wire('a', '2006-11-26', 'Marcia Suarez, 23, said the 21-year-old had left. Three nations and two trading partners were at the table.'),
      wire('b', '2006-11-26', 'Marcia Suarez, 23, said that the 21-year-old had gone. Three nations and two trading partners were at the talks.'),
    );
    expect(facts.flatMap((f) => f.claims.map((c) => c.text))).toEqual([]);
  });

  it('are the age of a person, not how long a war, a lawsuit or a drama has lasted', () => {
    const facts = factsOf(
      wire('a', '2018-04-29', "A 36-year-old teacher said Norland Post's nine-month-old lawsuit is going nowhere.", 'In Portville, 500 old houses collapsed.'),
      wire('b', '2018-04-30', "A 36-year-old teacher said Norland Post's nine-month-old lawsuit was stalled.", 'In Portville, 500 old houses collapsed.'),
    );
    expect(facts.map((f) => f.claims.map((c) => c.text)).sort()).toEqual([['500', '500'], ['nine-month', 'nine-month']]);
  });
});

describe('ages', () => {
  it('belong to the person named next to them, never to a fact', () => {
    const story = analyzeStory([
      wire('a', '2018-04-29', 'Ana Ruiz, 23, said the group would wait at the port.', 'His 18-year-old brother, Luis Ortega, stayed behind.', 'The 21-year-old said nothing more.'),
    ]);
    const ageOf = (name: string) => story.entities.find((e) => e.name === name)?.ages?.map((a) => a.age);
    expect(ageOf('Ana Ruiz')).toEqual([23]);
    expect(ageOf('Luis Ortega')).toEqual([18]);
    expect(story.entities.flatMap((e) => e.ages ?? []).map((a) => a.age).sort()).toEqual([18, 23]);
    expect(story.facts.filter((f) => f.kind === 'figure')).toEqual([]);
  });
});
