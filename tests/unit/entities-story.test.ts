import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { isCommonWord } from '@/lib/wordnet';
import { parseArticle } from '@/lib/content';
import { extractEntities } from '@/lib/extract';
import { wordsOf } from '@/lib/extract/words';
import { Article } from '@/lib/schema/content';

const article = (id: string, ...paragraphs: string[]) =>
  Article.parse({ ...parseArticle(`${id}.txt`, id, `Report ${id}\n\nBEIJING, Nov. 27, 2006 (Xinhua)\n\n${paragraphs.join('\n\n')}\n`), slug: id });
const entitiesOf = (...articles: Article[]) => analyzeStory(articles).entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, articles: e.articles }));
const names = (text: string) => extractEntities(text).map((e) => `${e.text}:${e.type}`);

describe('facilities and places', () => {
  it('type coal mines and collieries as places and factories as organizations, never as people', () => {
    expect(names('A gas blast hit the Yuanhua Coal Mine on Saturday.')).toContain('Yuanhua Coal Mine:place');
    expect(names('Rescuers reached the Luweitan Colliery late on Sunday.')).toContain('Luweitan Colliery:place');
    expect(names('Workers at the Harbin Boiler Factory were sent home.')).toContain('Harbin Boiler Factory:organization');
  });

  it('split a place named after a facility: "X in Y" and "X of Y" with two complete names are two entities', () => {
    expect(names('The blast hit the Changyuan Coal Mine in Fuyuan on Sunday.')).toEqual(expect.arrayContaining(["Changyuan Coal Mine:place", "Fuyuan:place"]));
    expect(names('It happened at the Nanshan Colliery in Wangyu Village of Lingshi County.')).toEqual(
      expect.arrayContaining(['Nanshan Colliery:place', 'Wangyu Village:place', 'Lingshi County:place']),
    );
    // "Bank of Canada" keeps its "of": the right side is no complete name of its own.
    expect(names('The Bank of Canada held rates.')).toContain('Bank of Canada:organization');
  });

  it('never keep a preposition that opens the sentence', () => {
    expect(names('At the Luxi Colliery, 30 miners were hurt.')).toEqual(['Luxi Colliery:place']);
  });
});

describe('entities across a story', () => {
  it('merge a company with and without its legal form, and a body with and without a country prefix', () => {
    const entities = entitiesOf(
      article('a', 'Goldman Sachs Group Inc. said on Friday it would take a charge.'),
      article('b', 'Goldman Sachs expects a charge, the Treasury Department said.'),
      article('c', 'The U.S. Treasury Department said the rule applies to Goldman Sachs.'),
    );
    expect(entities.filter((e) => /Goldman/.test(e.name))).toHaveLength(1);
    expect(entities.find((e) => /Goldman/.test(e.name))!.articles).toEqual(['a', 'b', 'c']);
    expect(entities.filter((e) => /Treasury/.test(e.name))).toHaveLength(1);
  });

  it('resolve a lone name to the one full name it starts or ends, and keep two namesakes apart', () => {
    const story = entitiesOf(
      article('a', 'Mine owner Gong Anku was detained on Monday. Police said Gong had fled the site.'),
      article('b', 'President Alberto Fujimori praised the troops. His son Kenji Fujimori was at his side.', 'Fujimori said the raid was a success.'),
    );
    const gong = story.filter((e) => /Gong/.test(e.name));
    expect(gong).toHaveLength(1);
    expect(gong[0]).toMatchObject({ name: 'Gong Anku', type: 'person' });
    const fujimoris = story.filter((e) => /Fujimori/.test(e.name));
    expect(fujimoris.map((e) => e.name).sort()).toEqual(expect.arrayContaining(['Alberto Fujimori', 'Kenji Fujimori']));
    expect(fujimoris.some((e) => e.aliases.includes('Kenji Fujimori') && e.name === 'Alberto Fujimori')).toBe(false);
  });

  it('read "the Times" as the one body named after a place and that word ("The Denver Times")', () => {
    const found = extractEntities('The report was first published by The Denver Times. The Times said the memo was leaked, and the Post agreed with the Cairo Post.');
    const short = (word: string) => found.find((e) => e.text === word)!;
    expect(short('Times')).toMatchObject({ canonical: "Denver Times", type: "organization" });
    expect(short('Post')).toMatchObject({ canonical: 'Cairo Post', type: 'organization' });
  });

  it('join "The Times" of one article to the one body of the story named after a place and "Times"; two such papers stay two', () => {
    const one = entitiesOf(article('a', 'The memo was first reported by The Denver Times on Monday.'), article('b', 'The Times said the memo was leaked.'));
    expect(one.find((e) => e.name === 'Denver Times')).toMatchObject({ type: 'organization', aliases: ['Times'] });
    const two = entitiesOf(
      article('a', 'The memo was first reported by the Los Angeles Times. The deal was later confirmed, the Times said.'),
      article('b', 'The memo was first reported by the New York Times. The deal was later confirmed, the Times said.'),
    );
    expect(two.filter((e) => /Times/.test(e.name)).map((e) => e.name).sort()).toEqual(['Los Angeles Times', 'New York Times']);
  });

  it('keep a parent and a child of one name apart ("Jr"), and give the bare surname to the one without it; not a regnal "II"', () => {
    const story = entitiesOf(
      article('a', 'President Omar Ruiz said the suit was a sham. It targets the president\'s son, Omar Ruiz Jr., and an adviser.', 'Ruiz Jr. did not comment. Ruiz called it a hoax.'),
      article('b', 'King Abdullah II met the envoy. Abdullah said the talks went well.'),
    );
    const father = story.find((e) => e.name === 'Omar Ruiz')!;
    // The stop is the abbreviation's, part of the name.
    const son = story.find((e) => e.name === 'Omar Ruiz Jr.')!;
    expect(son.aliases).toContain('Ruiz Jr.');
    expect(father.aliases).toContain('Ruiz');
    expect(father.aliases).not.toContain('Omar Ruiz Jr.');
    expect(story.filter((e) => /Abdullah/.test(e.name)).map((e) => e.name)).toEqual(['Abdullah II']);
    // A generation cut off its name by a comma names no one.
    expect(names('Its former chairman, Paul Ruiz, Jr., was indicted.')).not.toContain('Jr:person');
  });
});

describe('no names', () => {
  it('a common word is one English writes in lower case; a proper name is not', () => {
    for (const word of ['Border', 'Country', 'Caravans', 'Source', 'File']) expect(isCommonWord(word), word).toBe(true);
    for (const word of ['Tijuana', 'Jixi', 'Obama', 'Paris', 'Reuters']) expect(isCommonWord(word), word).toBe(false);
  });

  it('a lone letter is never an entity; places the extractor knows stay', () => {
    const story = entitiesOf(article('a', 'V said nothing. Police in Tijuana watched as the group from Honduras waited.'));
    const found = story.map((e) => e.name);
    expect(found).not.toContain('V');
    expect(found).toEqual(expect.arrayContaining(['Tijuana', 'Honduras']));
  });

  it('a headline in title case names only what the prose or the gazetteer knows', () => {
    const text = 'Rebels Sue Norland And Acme Campaign, Alleging Collusion In Vote.\n\nThe rebels said the Acme Campaign had worked with Norland officials in Portville.';
    const found = extractEntities(text).filter((e) => e.start < text.indexOf('\n')).map((e) => e.text);
    expect(found).not.toContain('Rebels Sue Norland And Acme Campaign');
    expect(found).not.toContain('Alleging Collusion');
    // Nor do the prose's short names stand for a headline's run of capitals.
    const rebels = extractEntities(`${text} Rebels said so.`).filter((e) => e.text === 'Rebels');
    expect(rebels.every((e) => e.canonical === 'Rebels')).toBe(true);
    // A sentence that only has names in capitals is no headline.
    expect(names('Officials of the Acme Campaign met Ana Ruiz in Portville.')).toEqual(expect.arrayContaining(['Acme Campaign:other', 'Ana Ruiz:person']));
  });

  it('a plural of a kind of person is no name: "Britons", "Londoners", "Democrats"', () => {
    const story = entitiesOf(article('a', 'Thousands of Britons and Londoners marched on Saturday, and Democrats in Congress praised them.'));
    const found = story.map((e) => e.name);
    for (const group of ['Britons', 'Londoners', 'Democrats']) expect(found).not.toContain(group);
    expect(found).toContain('Congress');
  });
});

describe('datelines', () => {
  const datelined = (id: string, place: string, text: string) =>
    Article.parse({ ...parseArticle(`${id}.txt`, id, `Report ${id}\n\n${place}, April 22, 1997 (AFP)\n\n${text}\n`), slug: id });

  it('an article datelined in a place the story names is one of that place’s articles, with its dateline', () => {
    const story = analyzeStory([
      datelined('a', 'LIMA', 'Troops stormed the residence in Lima on Tuesday, officials said.'),
      datelined('b', 'LIMA', 'Troops freed the hostages on Tuesday after four months, officials said.'),
    ]);
    const lima = story.entities.find((e) => e.name === 'Lima')!;
    expect(lima.articles).toEqual(['a', 'b']);
    expect(lima.mentionCounts).toEqual({ a: 1 });
    expect(lima.datelines).toEqual([{ article: 'a', text: 'LIMA, April 22, 1997 (AFP)' }, { article: 'b', text: 'LIMA, April 22, 1997 (AFP)' }]);
  });

  it('an article whose headline names an entity of the story is one of its articles, with the headline; a common word never matches', () => {
    const headlined = (id: string, headline: string, text: string) =>
      Article.parse({ ...parseArticle(`${id}.txt`, id, `${headline}\n\nHANOI, Nov. 19, 2006 (Xinhua)\n\n${text}\n`), slug: id });
    const story = analyzeStory([
      headlined('a', 'Leaders gather for the summit', 'Leaders met in Vietnam on Friday. Theresa May attended.'),
      headlined('b', 'Russia and Peru sign trade deal in Vietnam in May', 'The two countries signed the deal on Sunday, officials said.'),
    ]);
    const vietnam = story.entities.find((e) => e.name === 'Vietnam')!;
    expect(vietnam.articles).toEqual(['a', 'b']);
    expect(vietnam.headlines).toEqual([{ article: 'b', text: 'Russia and Peru sign trade deal in Vietnam in May' }]);
    // "May" is Theresa May's surname, and a month: a headline's capital says nothing.
    expect(story.entities.find((e) => e.name === 'Theresa May')!.articles).toEqual(['a']);
    // Names no sentence of the story gives make no entity.
    expect(story.entities.some((e) => e.name === 'Russia')).toBe(false);
  });

  it('a dateline alone makes no entity', () => {
    const story = analyzeStory([datelined('a', 'TACNA', 'Troops freed the hostages on Tuesday after four months, officials said.')]);
    expect(story.entities.some((e) => e.name.toLowerCase() === 'tacna')).toBe(false);
  });
});

describe('names that are no entity', () => {
  it('a word WordNet gives as a kind of person or a quality, and common words in capitals, are no entities', () => {
    const story = analyzeStory([article('a', 'Troops fought the Marxist rebels for months, officials said.', 'The rebels were caught RED HANDED by the troops on Tuesday.')]);
    expect(story.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Marxist']));
    expect(story.entities.some((e) => /red handed/i.test(e.name))).toBe(false);
  });

  it('a site naming itself in its own article is no entity; named by another source it is', () => {
    const own = Article.parse({ ...parseArticle('own.md', 'own', '---\nsource: Harbor News\n---\n# Port reopens\n\nThe port reopened on Sunday. Sources like Harbor News also provide updates.\n'), slug: 'own' });
    expect(analyzeStory([own]).entities.some((e) => e.name === 'Harbor News')).toBe(false);
    const other = article('b', 'The port reopened on Sunday, Harbor News reported.');
    expect(analyzeStory([own, other]).entities.find((e) => e.name === 'Harbor News')?.articles).toEqual(['own', 'b']);
  });
});

describe('types from context', () => {
  it('type a name the extractor could only guess by the nouns around it (WordNet classes)', () => {
    const typeOf = (text: string, name: string) => extractEntities(text).find((m) => m.text === name);
    // A group noun before or after the name: a body, not a person's name.
    expect(typeOf('The militant group Zarqa Dawa freed nine hostages.', 'Zarqa Dawa')).toMatchObject({ type: 'organization' });
    // A place noun after it, or "the town of": a place.
    expect(typeOf('Voting closed late in the troubled Vukara Belta region.', 'Vukara Belta')).toMatchObject({ type: 'place' });
    expect(typeOf('The girls were taken from the town of Kolbari in April.', 'Kolbari')?.type).toBe('place');
    // An appositive with a noun of person: a person.
    expect(typeOf('Tran Dong Vu, the deputy minister, opened the talks.', 'Tran Dong Vu')?.type).toBe('person');
    // A name its own words made "other" (it opens on a verb) is a body when an appositive says so.
    expect(typeOf('The case was brought by Defend Democracy, a civic group run by lawyers.', 'Defend Democracy')?.type).toBe('organization');
    expect(typeOf('The case was brought by Defend Democracy, which lawyers run.', 'Defend Democracy')?.type).toBe('other');
    // The last noun of a compound says what X is: "an Indian home minister" is a person, though "home" is a place.
    expect(typeOf('But Rafiq Kolmar, an Indian home minister who was there, told the paper.', 'Rafiq Kolmar')?.type).toBe('person');
    expect(typeOf('Kovar Lintaz, a party official, said the vote was fair.', 'Kovar Lintaz')?.type).toBe('person');
    // "X militants" are members of X, who is no one person: the guess is withdrawn, on evidence.
    expect(typeOf('Troops said Zarqa Dawa militants freed nine hostages.', 'Zarqa Dawa')).toMatchObject({ type: 'other' });
    expect(typeOf('Troops said Zarqa Dawa militants freed nine hostages.', 'Zarqa Dawa')?.guessed).toBeUndefined();
    // English puts no article before a personal name: "the Marlow Vantage" is a thing (a ship here).
    expect(typeOf('Officials boarded the Marlow Vantage and questioned its crew.', 'Marlow Vantage')?.type).toBe('other');
    // ... unless the name only qualifies a noun after it.
    expect(typeOf('Officials read the Zarqa Dawa statement aloud.', 'Zarqa Dawa')?.type).toBe('person');
    // A newspaper is a body: "the newspaper X", "X newspaper".
    expect(typeOf('It was reported by the South Korean newspaper Hanbit Sinmun on Tuesday.', 'Hanbit Sinmun')?.type).toBe('organization');
    // With nothing around it, a guess stays a guess, and says so.
    expect(typeOf('Talks with Zarqa Dawa went on.', 'Zarqa Dawa')).toMatchObject({ type: 'person', guessed: true });
  });

  it('a place compromise guesses from capitals yields to the context; a head noun after a name outranks WordNet', () => {
    expect(names('Rebels pledged allegiance to the Karsh Dominion group last year.')).toContain('Karsh Dominion:organization');
    // WordNet files "forest" with groups (of trees); the head list knows it for a place.
    expect(names('Troops searched the dense Sambora forest for weeks.')).toContain('Sambora:place');
  });

  it('a direction within a country names the country; the gazetteer keeps its own compass names', () => {
    expect(names('Seven miners were killed in Southwest China on Monday.')).toContain('China:place');
    expect(names('The blast hit Northeast China’s Heilongjiang Province.')).toEqual(expect.arrayContaining(['China:place', 'Heilongjiang Province:place']));
    expect(names('Talks in Northern Ireland and North Korea went on.')).toEqual(['Northern Ireland:place', 'North Korea:place']);
    expect(extractEntities('N. Korea received oil.').map((m) => m.canonical)).toEqual(['North Korea']);
  });

  it('a country right after a verb is a slogan\'s object, but a body named so keeps its name', () => {
    expect(names('Soldiers shouted "We have won!" and "Long Live Peru" as the president passed.')).toContain('Peru:place');
    expect(names('Fans sang God Save Ireland at the ground.')).toEqual(expect.arrayContaining(['Ireland:place']));
    expect(names('Three parties, the Democratic Action, the Project Venezuela and others, pulled out.')).toContain('Project Venezuela:organization');
  });

  it('a name ending in a common noun takes its class; a first name before a place head makes a person', () => {
    expect(names('A Harlow Declaration is expected on Sunday.')).toContain('Harlow Declaration:other');
    expect(names('Leaders endorsed the Bogor Goals again.')).toContain('Bogor Goals:other');
    expect(names('Profits fell, said Rosalind Lake.')).toContain('Rosalind Lake:person');
    expect(names('Boats crossed Victoria Lake at dawn.')).toContain('Victoria Lake:place');
    // A capitalised particle belongs to the name.
    expect(names('The talks were led by Le Cong Phung, the deputy minister.')).toContain('Le Cong Phung:person');
  });

  it('across a story, a type given on evidence outweighs guesses from the name’s shape', () => {
    const story = entitiesOf(
      article('a', 'Talks with Zarqa Dawa went on for months. Zarqa Dawa freed nine hostages on Monday.'),
      article('b', 'Zarqa Dawa released the hostages near the border.'),
      article('c', 'The militant group Zarqa Dawa freed nine hostages, officials said.'),
    );
    expect(story.find((e) => e.name === 'Zarqa Dawa')).toMatchObject({ type: 'organization', articles: ['a', 'b', 'c'] });
  });
});

describe('merging across a story', () => {
  it('a name with an honorific in front is the same one; with a first name or an English word in front it is not', () => {
    const story = entitiesOf(
      article('a', 'Spokesman Mallam Idris Baba said the talks would go on.'),
      article('b', 'Presidential spokesman Idris Baba said the girls were tired.'),
      article('c', 'The National Harbour Council met on Monday.'),
      article('d', 'The Harbour Council said it would meet again.'),
      article('e', 'Peter John Walsh spoke after the vote.'),
      article('f', 'John Walsh spoke after the vote.'),
    );
    expect(story.find((e) => e.name === 'Idris Baba')?.articles).toEqual(['a', 'b']);
    expect(story.filter((e) => /Harbour Council/.test(e.name)).map((e) => e.name).sort()).toEqual(['Harbour Council', 'National Harbour Council']);
    expect(story.filter((e) => /John Walsh/.test(e.name)).map((e) => e.name).sort()).toEqual(['John Walsh', 'Peter John Walsh']);
  });

  it('an acronym is one body across the story: written after two forms of the name, or alone', () => {
    const story = entitiesOf(
      article('a', 'Hostages were held by the Salar Tomo Revolutionary Movement (STRM) for months.'),
      article('b', 'Captives of the Salar Tomo (STRM) said they were treated well.'),
      article('c', 'Leaders met the Pacific Business Forum Council in the morning.'),
      article('d', 'The PBFC urged leaders to cut tariffs.'),
    );
    const strm = story.filter((e) => e.aliases.includes('STRM') || e.name === 'STRM');
    expect(strm).toHaveLength(1);
    expect(strm[0]!.articles).toEqual(['a', 'b']);
    expect(story.find((e) => e.name === 'Pacific Business Forum Council')?.articles).toEqual(['c', 'd']);
  });

  it('an acronym alone joins the one name it spells wherever that name is written; an acronym inside the name may give one letter', () => {
    const story = entitiesOf(
      article('a', 'Leaders met the Pacific Business Forum Council in the morning.'),
      article('b', 'The Pacific Business Forum Council met again on Friday.'),
      article('c', 'The PBFC urged leaders to cut tariffs.'),
      article('d', 'The PBFC Youth Advisory Board met in Hanoi on Monday.'),
      article('e', 'The PYAB said young people wanted open markets.'),
    );
    expect(story.find((e) => e.name === 'Pacific Business Forum Council')?.articles).toEqual(['a', 'b', 'c']);
    expect(story.find((e) => e.name === 'PBFC Youth Advisory Board')?.articles).toEqual(['d', 'e']);
  });
});

describe('one body, place or person under several names', () => {
  it('the UN before a body, a legal form on an untyped name, a middle initial, an administrative head', () => {
    const story = entitiesOf(
      article('a', 'The UN Security Council met on Friday. Analysts at Orsola Bank Group AG agreed. Chief executive Lloyd K. Varga said so.'),
      article('b', 'The Security Council voted. Orsola Bank cut its forecast, Lloyd Varga said.'),
      article('c', 'The blast hit a mine in Lingwu County on Sunday.'),
      article('d', 'Rescuers in Lingwu worked through the night.'),
    );
    const forms = (pattern: RegExp) => story.filter((e) => pattern.test(e.name) || e.aliases.some((a) => pattern.test(a)));
    expect(forms(/Security Council/)).toHaveLength(1);
    expect(forms(/Orsola/)).toHaveLength(1);
    expect(forms(/Varga/)).toHaveLength(1);
    expect(forms(/Lingwu/)).toHaveLength(1);
    expect(forms(/Lingwu/)[0]).toMatchObject({ type: 'place', articles: ['c', 'd'] });
  });

  it('a branch named with its country, a country in short form, a middle name, a first name with its generation', () => {
    const story = entitiesOf(
      article('a', 'Lena Varga, director of Granite Alliance UK, spoke. Press secretary Sarah Tilden Kessler confirmed it at the U.S. Embassy. His son, Karl Jr., was there.'),
      article('b', 'Granite Alliance U.K. said so. Sarah Kessler spoke at the United States Embassy. Karl Brenner Jr. declined to comment.'),
      article('c', 'Granite Alliance, a rights group, agreed. The Bank of America said nothing.'),
    );
    const forms = (name: string) => story.filter((e) => e.name === name || e.aliases.includes(name));
    expect(forms('Granite Alliance')).toHaveLength(1);
    expect(forms('Granite Alliance')[0]?.articles).toEqual(['a', 'b', 'c']);
    expect(forms('U.S. Embassy')).toEqual(forms('United States Embassy'));
    expect(forms('U.S. Embassy')[0]?.articles).toEqual(['a', 'b']);
    expect(forms('Sarah Kessler')[0]?.articles).toEqual(['a', 'b']);
    expect(forms('Karl Brenner Jr.')[0]?.articles).toEqual(['a', 'b']);
    // A country after "of" is part of the name: the Bank of America is no branch of a "Bank of".
    expect(story.find((e) => e.name === 'Bank of America')?.aliases).toEqual([]);
  });

  it('a middle name or a first name with its generation joins only the one full name it fits', () => {
    const story = entitiesOf(
      article('a', 'Sarah Tilden Kessler spoke. Sarah Quinn Kessler replied. His son, Karl Jr., was there.'),
      article('b', 'Sarah Kessler declined to comment. Karl Brenner Jr. and Karl Ostrow Jr. met.'),
    );
    expect(story.filter((e) => /Kessler/.test(e.name)).map((e) => e.name).sort()).toEqual(['Sarah Kessler', 'Sarah Quinn Kessler', 'Sarah Tilden Kessler']);
    // Two sons named Karl: "Karl Jr." is neither.
    expect(story.find((e) => e.name === 'Karl Jr.')?.articles).toEqual(['a']);
    expect(story.find((e) => e.name === 'Karl Brenner Jr.')?.aliases).toEqual([]);
  });

  it('a region and its name with the head WordNet gives as a synonym are one place; a state and its river two', () => {
    const story = entitiesOf(
      article('a', 'The ships sailed into the Mediterranean Sea on Monday. Floods hit Mississippi.'),
      article('b', 'Iran wants access to the Mediterranean, officials said. Barges crowded the Mississippi River.'),
    );
    expect(story.find((e) => e.name === 'Mediterranean Sea' || e.name === 'Mediterranean')?.articles).toEqual(['a', 'b']);
    expect(story.filter((e) => /Mississippi/.test(e.name)).map((e) => e.articles)).toEqual([['a'], ['b']]);
  });

  it('a short form of a given name ("Rudy") is the formal one; a royal style written before a name is an alias', () => {
    const story = entitiesOf(
      article('a', 'Former mayor Rudy Vallance joined the team. Queen Elizabeth II received him.'),
      article('b', 'Rudolph W. Vallance said he would seek a swift end to the inquiry.'),
    );
    expect(story.find((e) => /Vallance/.test(e.name))?.articles).toEqual(['a', 'b']);
    expect(story.find((e) => e.name === 'Elizabeth II')?.aliases).toContain('Queen Elizabeth II');
  });

  it('an autonomous region with and without its people and head is one place; a place is not the body its name opens', () => {
    const story = entitiesOf(
      article('a', 'New cases were reported in northwest China\'s Xinjiang Uygur Autonomous Region on Tuesday. The girl died in Hunan Province.'),
      article('b', 'Officials in Xinjiang culled the flocks. Doctors at the Hunan Provincial Children\'s Hospital treated the boy, and Hunan reported no new case.'),
    );
    expect(story.find((e) => e.name === 'Xinjiang Uygur Autonomous Region' || e.name === 'Xinjiang')?.articles).toEqual(['a', 'b']);
    const hospital = story.find((e) => e.name === "Hunan Provincial Children's Hospital")!;
    expect(hospital.type).toBe('organization');
    expect(hospital.aliases).not.toContain('Hunan');
  });

  it('words for peoples and faiths name a group, not an entity ("Indian Moslem")', () => {
    const story = entitiesOf(article('a', 'A prominent Indian Moslem cleric called for a ban. Moslem pilgrims gathered at Mina.'));
    expect(story.some((e) => /Moslem/.test(e.name))).toBe(false);
  });

  it('a body with and without "Department of"; capitalised common words joined by "and" are one body, kinds of people two', () => {
    const story = entitiesOf(
      article('a', 'The Department of Harbor Safety said so.'),
      article('b', 'Talks, backed by Harbor Safety reports, will decide.'),
      article('c', 'Migrants were turned over to Immigration and Customs Enforcement on Monday. Republicans and Senate Democrats met.'),
    );
    expect(story.find((e) => e.name === 'Department of Harbor Safety')?.articles).toEqual(['a', 'b']);
    expect(story.find((e) => e.name === 'Immigration and Customs Enforcement')?.type).toBe('organization');
    expect(story.some((e) => /Republicans and/.test(e.name))).toBe(false);
  });

  it('an agreement with its countries in other forms and without the generic words is one', () => {
    const story = entitiesOf(
      article('a', 'The U.S.-Mexico-Canada trade agreement was signed.'),
      article('b', 'The United States-Mexico-Canada Agreement holds.'),
      article('c', 'The U.S.-Canada Free Trade Agreement of 1988 came first.'),
    );
    expect(story.filter((e) => e.type === 'agreement').map((e) => [e.name, e.articles])).toEqual([
      ['U.S.-Canada Free Trade Agreement', ['c']],
      ['United States-Mexico-Canada Agreement', ['a', 'b']],
    ]);
  });

  it('an acronym in brackets belongs to the name before it only when it can spell it', () => {
    const m = extractEntities('The Croatian Democratic Union (HDZ) won. The UN administration in Eastern Vardia (UNTAV) ends in July.');
    expect(m.find((e) => e.text === 'HDZ')?.canonical).toBe('Croatian Democratic Union');
    expect(m.find((e) => e.text === 'UNTAV')?.canonical).toBe('UNTAV');
    // An acronym ending in S is still one in brackets, though compromise reads it as a plural.
    expect(names('The mandate of the UN administration in Eastern Vardia (UNTAES) ends in July.')).toContain('UNTAES:organization');
  });

  it('a title between an acronym and a name: the acronym is the body, the name the person, the title neither', () => {
    expect(names('CBP Chief Patrol Agent Rodney S. Scott said the port was full.')).toEqual(['CBP:organization', 'Rodney S. Scott:person']);
    expect(names('FBI Special Agent Mara Tolland was there.')).toEqual(['FBI:organization', 'Mara Tolland:person']);
  });

  it('one place name with two heads WordNet gives as one thing is one place; with heads of two things it is two', () => {
    const story = entitiesOf(
      article('a', 'A gas blast hit the Maoshan Coal Mine on Sunday.'),
      article('b', 'Rescuers reached the Maoshan Colliery on Monday.'),
      article('c', 'The Maoshan Station was closed after the blast.'),
    );
    expect(story.find((e) => e.name === 'Maoshan Colliery' || e.name === 'Maoshan Coal Mine')?.articles).toEqual(['a', 'b']);
    expect(story.find((e) => e.name === 'Maoshan Station')?.articles).toEqual(['c']);
    // County and city are two places, whatever they share.
    const places = entitiesOf(article('a', 'Floods hit Lingshan County on Sunday.'), article('b', 'Floods hit Lingshan City on Sunday.'));
    expect(places.filter((e) => /Lingshan/.test(e.name))).toHaveLength(2);
  });

  it('a name the text gives as another name of the one before it is that one ("also called", "known as")', () => {
    const m = extractEntities('The slick will reach the Varna River (also called Ostrava River in Russia) next week.');
    expect(m.map((e) => `${e.text}→${e.canonical}`)).toEqual(['Varna River→Varna River', 'Ostrava River→Varna River', 'Russia→Russia']);
    // Two names side by side are two.
    expect(extractEntities('The slick will reach the Varna River and the Ostrava River.').map((e) => e.canonical)).toEqual(['Varna River', 'Ostrava River']);
    expect(extractEntities('It reached Varna River and Ostrava River.').map((e) => e.canonical)).toEqual(['Varna River', 'Ostrava River']);
    expect(extractEntities('He joined U.S. Customs and Border Protection.').map((e) => e.canonical)).toEqual(['U.S. Customs and Border Protection']);
    expect(extractEntities('But Customs and Border Protection said no.').map((e) => e.canonical)).toEqual(['Customs and Border Protection']);
  });

  it('a programme a known body runs under its own name is a body; other programmes are plans', () => {
    expect(names('The United Nations Development Program sent experts.')).toEqual(['United Nations Development Program:organization']);
    expect(names('The UN Environment Programme sent experts.')).toEqual(['UN Environment Programme:organization']);
    expect(names('The Harbor Renewal Program was halted.')).toEqual(['Harbor Renewal Program:law']);
  });

  it('titles with portfolios joined by "and" or after "of" are titles; the name after them is a person', () => {
    expect(names('It was signed by Vardian Minister of Trade and Economic Development Herman Kolb.')).toEqual(['Herman Kolb:person']);
    expect(names('Economic Development and Trade Minister Herman Kolb signed it.')).toEqual(['Herman Kolb:person']);
    // A nationality right after a title is a first name; a nationality alone is no name.
    expect(names('It was signed by Trade Minister German Gref on Sunday.')).toEqual(['German Gref:person']);
    expect(names('A Sri Lankan official said so.')).toEqual([]);
    // A first name that is also a head word ("Bill") still opens the name after a title.
    expect(names('New York Mayor Bill de Blasio spoke.')).toEqual(['New York:place', 'Bill de Blasio:person']);
  });

  it('a known place run into a personal name that opens with a first name is two names', () => {
    expect(names('He informed the Russian Ambassador to China Sergey Razov on Saturday.')).toEqual(['China:place', 'Sergey Razov:person']);
    expect(names('In talks in Moscow Sergey Lavrov said so.')).toEqual(['Moscow:place', 'Sergey Lavrov:person']);
    expect(names('Paris Hilton said so.')).toEqual(['Paris Hilton:person']);
    // The longest place opens the name: "San Juan", though "San" is a town too and "Juan" a first name.
    expect(names('Residents of the Lima neighborhood of San Juan de Miraflores saw a flag.')).toEqual(['Lima:place', 'San Juan de Miraflores:place']);
  });

  it('a capital inside one word writes a company or brand name; a surname with a particle is a person', () => {
    expect(names('Analysts polled by DataHarbor expected more.')).toEqual(['DataHarbor:organization']);
    expect(names('The deal was done, McTavish said.')).toEqual(['McTavish:person']);
  });

  it('a legal form makes a company, whatever surname it carries', () => {
    expect(names('said Ryan Dudley, the head of tax services at Friedman LLP.')).toEqual(['Ryan Dudley:person', 'Friedman LLP:organization']);
    expect(names('The bank sued Keller AG on Monday.')).toContain('Keller AG:organization');
  });

  it('a body whose words are joined by "of" in one article and "for" in another is one body', () => {
    const story = entitiesOf(
      article('a', 'The International Committee of the Harbor Watch brokered the deal.'),
      article('b', 'The International Committee for the Harbor Watch said it was pleased.'),
    );
    expect(story.filter((e) => /Harbor Watch/.test(e.name))).toEqual([expect.objectContaining({ type: 'organization', articles: ['a', 'b'] })]);
  });

  it('a lone word the extractor could only guess at that opens one body’s name is that body, named in full', () => {
    const story = entitiesOf(
      article('a', 'Harrowgate Keller Group Inc. said it would take a charge.'),
      article('c', 'Analysts said Harrowgate was working to limit the damage.'),
    );
    expect(story.filter((e) => /Harrowgate/.test(e.name))).toEqual([
      { name: 'Harrowgate Keller Group Inc', type: 'organization', aliases: ['Harrowgate'], articles: ['a', 'c'] },
    ]);
    // Not when a person of the story has that name.
    const people = entitiesOf(
      article('a', 'Harrowgate Keller Group Inc. said it would take a charge.'),
      article('b', 'Talks were led by Maria Harrowgate, the trade minister.'),
      article('c', 'Analysts said Harrowgate was working to limit the damage.'),
    );
    expect(people.find((e) => e.name === 'Harrowgate Keller Group Inc')?.articles).toEqual(['a']);
  });

  it('a common word that opens the sentence before "of" is no part of the name', () => {
    expect(names('Shares of Harrowgate Keller Group Inc. fell 1 percent.')).toEqual(['Harrowgate Keller Group Inc:organization']);
    expect(names('Residents of Dalian were told to store water.')).toEqual(['Dalian:place']);
    expect(names('Bank of Canada held rates.')).toEqual(['Bank of Canada:organization']);
  });

  it('a guessed name that opens exactly one body’s name is that body', () => {
    const story = entitiesOf(
      article('a', 'Hostages were held by the Salar Tomo Revolutionary Movement for months.'),
      article('b', 'All 14 of the Salar Tomo rebels inside were killed.'),
    );
    expect(story.filter((e) => /Salar Tomo/.test(e.name))).toEqual([expect.objectContaining({ name: 'Salar Tomo Revolutionary Movement', articles: ['a', 'b'] })]);
  });
});

describe('names opening a sentence', () => {
  it('a word the text writes as a name elsewhere is a name at a sentence start too (taught to compromise)', () => {
    const text = 'The law will push Velmont from a profit to a loss. Velmont cautioned that the charge could change. She said nothing.';
    expect(names(text)).toEqual(['Velmont:other', 'Velmont:other']);
    // Written only at sentence starts, a guessed word is no name: nothing vouches for it.
    expect(names('Velmont cautioned that the charge could change. Velmont declined to comment.')).toEqual([]);
  });

  it('what one text teaches compromise is not kept for the next text', () => {
    const later = 'Tarrowby declined to comment.';
    const untaught = [...wordsOf(later)[0]!.tags];
    wordsOf('The law will push Tarrowby from a profit. Tarrowby cautioned that the charge could change.');
    expect([...wordsOf(later)[0]!.tags]).toEqual(untaught);
    expect(untaught).not.toContain('ProperNoun');
  });

  it('a lone word that opens one body’s name in the same text is that body, wherever it stands', () => {
    const mentions = extractEntities('Harrowgate Keller Group Inc. said it would take a charge. Harrowgate declined to comment. Harrowgate plans to appeal.');
    expect(mentions.map((m) => `${m.text}:${m.type}:${m.canonical}`)).toEqual([
      'Harrowgate Keller Group Inc:organization:Harrowgate Keller Group Inc',
      'Harrowgate:organization:Harrowgate Keller Group Inc',
      'Harrowgate:organization:Harrowgate Keller Group Inc',
    ]);
  });

  it('an indefinite pronoun opening a sentence starts no name ("Anything Obama did")', () => {
    expect(names('The voters hated Velmont. Anything Velmont did was bad. Everyone Velmont met agreed.')).toEqual(['Velmont:other', 'Velmont:other', 'Velmont:other']);
  });

  it('a first name and surname before "of" is a complete name: the body after it is another', () => {
    expect(names('Cipriani spoke, along with Michel Varga of the International Committee of the Red Cross.')).toEqual(
      expect.arrayContaining(['Michel Varga:person', 'International Committee of the Red Cross:organization']),
    );
    expect(names('He met the Bank of Canada governor.')).toContain('Bank of Canada:organization');
  });

  it('a lone first name where a place is expected is a place ("at Mina in Saudi Arabia", "landed at Shannon in the west of Ireland")', () => {
    expect(names('A fire broke out in a camp at Mina in Saudi Arabia. The fire spread north of Mina.')).toEqual(['Mina:place', 'Saudi Arabia:place', 'Mina:place']);
    expect(names('The plane landed at Shannon in the west of Ireland.')).toEqual(['Shannon:place', 'Ireland:place']);
    expect(names('Shannon said the plane was late.')).toEqual(['Shannon:person']);
  });

  it('"surnamed Song" is a person; "WHO\'s" is the body\'s possessive; a title and a name before "of" end the name', () => {
    expect(names('The patient surnamed Song is recovering. Song still coughs.')).toEqual(['Song:person', 'Song:person']);
    expect(extractEntities('The World Health Organization (WHO) met. Experts praised the WHO\'s team.').map((e) => e.text)).toEqual(['World Health Organization', 'WHO', 'WHO']);
    expect(names('The ruling was signed by Judge Arif Abdulrazzak Shaheen of the Iraqi High Criminal Court.')).toEqual(['Arif Abdulrazzak Shaheen:person', 'Iraqi High Criminal Court:organization']);
  });

  it('a family name opening a sentence before a syllable given name is a name ("Ban Ki-moon"); a forum is a body', () => {
    expect(names('Ban Ki-moon, the foreign minister, chaired the meeting.')).toEqual(['Ban Ki-moon:person']);
    expect(names('Leaders came for the Beijing Summit of the Forum on China-Africa Cooperation.')).toEqual([
      'Beijing Summit:other',
      'Forum on China-Africa Cooperation:organization',
    ]);
  });

  it('a name with or without its Arabic article is one ("Moqtada Sadr", "Moqtada al-Sadr"), and so is a slip beside it ("Nuri Malik")', () => {
    const entities = entitiesOf(
      article('a', 'Followers of Moqtada al-Sadr marched. Nuri al-Maliki spoke.', 'Nuri al-Maliki met Bush. Later Nuri al-Maliki left.'),
      article('b', 'Moqtada Sadr backed the list. A memo doubted Nuri Malik.'),
    );
    expect(entities.find((e) => e.name === 'Moqtada al-Sadr')?.articles).toEqual(['a', 'b']);
    expect(entities.find((e) => e.name === 'Nuri al-Maliki')?.aliases).toContain('Nuri Malik');
  });

  it('a compound given name may be cut to its first part ("Laurent-Desire Kabila", "Laurent Kabila"), unless two people share the cut', () => {
    const entities = entitiesOf(
      article('a', 'Rebels led by Laurent-Desire Kabila advanced on Kinshasa.'),
      article('b', 'Rebel leader Laurent Kabila said Kinshasa was his next target.'),
    );
    expect(entities.find((e) => e.name.endsWith('Kabila'))?.articles).toEqual(['a', 'b']);
    const two = entitiesOf(
      article('a', 'Jean-Pierre Martin met Jean-Luc Martin in Paris on Monday.'),
      article('b', 'Jean Martin spoke in Lyon on Tuesday.'),
    );
    expect(two.filter((e) => /Martin$/.test(e.name)).length).toBe(3);
  });

  it('a name with or without an apostrophe inside a word is one ("Ha\'aretz", "Haaretz")', () => {
    const entities = entitiesOf(
      article('a', "The crossing was closed, the Israeli daily Ha'aretz reported on Friday."),
      article('b', 'A security official quoted by the Haaretz daily said talks had stopped.'),
    );
    expect(entities.filter((e) => /aretz/.test(e.name)).map((e) => e.articles)).toEqual([['a', 'b']]);
  });

  it('a lone word the extractor could not type is the place a geographic word opens on it ("Arafat", "Mount Arafat")', () => {
    const entities = entitiesOf(
      article('a', 'The pilgrimage climaxes on nearby Mount Arafat on Wednesday.'),
      article('b', 'Officials will wait for the pilgrims to return to Mecca from Arafat.'),
    );
    expect(entities.find((e) => e.name === 'Mount Arafat')).toMatchObject({ type: 'place', articles: ['a', 'b'] });
  });

  it('"Sino-" before a hyphen is China: the "Forum on Sino-Africa Cooperation" is the "Forum on China-Africa Cooperation"', () => {
    const entities = entitiesOf(
      article('a', 'Leaders met at the Forum on China-Africa Cooperation in Beijing.'),
      article('b', 'Reporters covered the Forum on Sino-Africa Cooperation in Beijing.'),
    );
    expect(entities.find((e) => e.name.startsWith('Forum'))).toMatchObject({ articles: ['a', 'b'], aliases: ['Forum on Sino-Africa Cooperation'] });
  });

  it('a word English reads first as an adjective titles no one ("the Iraqi National Dialogue"); a plural title after one names people, no person', () => {
    // What has a leader is a body (see "types a name its words left unsure of" in extract-entities).
    expect(names('Khalaf al-Alyani, a leader of the Iraqi National Dialogue, spoke.')).toEqual(['Khalaf al-Alyani:person', 'Iraqi National Dialogue:organization']);
    // A nationality before an English word opens a body's name; before a title it is the person's.
    expect(names('Leaders of the Southern African Development Community met.')).toEqual(['Southern African Development Community:organization']);
    expect(names('Chinese State Councilor Tang Jiaxuan met him.')).toEqual(['Tang Jiaxuan:person']);
    expect(names('Observers from the Council for National Security arrived.')).toEqual(['Council for National Security:organization']);
    expect(names('Nine out of 10 Conservative MPs are men.')).toEqual([]);
    expect(names('Archbishop Emeritus Desmond Tutu attended.')).toEqual(['Desmond Tutu:person']);
    // A person noun still titles: "Rebel leader Joseph Kony", "Senators Barack Obama and Joe Biden".
    expect(names('Senators Barack Obama spoke.')).toEqual(['Barack Obama:person']);
  });

  it('initials before a surname are part of the name after a title ("Ambassador M.H. Ansari")', () => {
    expect(names('Ambassador M.H. Ansari said: "We are in a crisis."')).toEqual(['M.H. Ansari:person']);
    expect(names('Power Secretary R.V. Shahi told reporters.')).toEqual(['R.V. Shahi:person']);
  });

  it('a style between two names is part of the name ("Sheikh Sharif Sheikh Ahmed"), not a nationality\'s title', () => {
    expect(names('"We have decided," Sheikh Sharif Sheikh Ahmed, the head of the committee, told reporters.')).toEqual(['Sheikh Sharif Sheikh Ahmed:person']);
    expect(names('Saudi King Abdullah met him.')).toEqual(['Abdullah:person']);
  });

  it('a name so many kilometres from somewhere is a place ("Dinsoor, about 270 kilometres west of Mogadishu")', () => {
    expect(names('Islamic forces took control of Dinsoor, about 270 kilometres (170 miles) west of Mogadishu.')).toEqual(['Dinsoor:place', 'Mogadishu:place']);
  });

  it('two abstract nouns joined by "and" inside a body\'s name stay in it; a body and another do not', () => {
    expect(names('The Chinese Center for Disease Control and Prevention is carrying out tests.')).toEqual(['Chinese Center for Disease Control and Prevention:organization']);
    expect(names('The Commerce Department and Treasury agreed.')).not.toContain('Commerce Department and Treasury:organization');
  });

  it('a nationality alone after a title word is an adjective, not a person', () => {
    expect(names('Major European banks Barclays and Tarrow Holdings expect charges.').some((n) => /European/.test(n))).toBe(false);
    expect(names('Minister of Trade German Gref arrived on Monday.')).toContain('German Gref:person');
  });

  it('a surname whose kin the text names ("Velmont’s daughter, Maria") is not the kin’s full name', () => {
    const text = 'Velmont’s daughter, Maria wept at the funeral. Velmont said the soldiers were brave. Maria Velmont flew home from Boston.';
    const mentions = extractEntities(text).filter((m) => m.type === 'person');
    expect(mentions.filter((m) => m.text === 'Velmont').map((m) => m.canonical)).toEqual(['Velmont', 'Velmont']);
    // Without the kin, the surname is the full name's.
    expect(extractEntities('Maria Velmont flew home. The general said Velmont was brave.').map((m) => m.canonical)).toEqual(['Maria Velmont', 'Maria Velmont']);
  });
});

describe('titles, undertakings and qualifiers', () => {
  it('a capital "The" mid-sentence before one common word writes a paper’s title, which is a body', () => {
    expect(names('Putin is a guest, according to The Harbinger. Reports in The Times agreed.')).toEqual(['Putin:person', 'The Harbinger:organization', 'The Times:organization']);
    // A list that lost its comma still gives two names.
    expect(names('Outlets that reported on it include the BBC The Harbinger and others.')).toEqual(['BBC:organization', 'The Harbinger:organization']);
    // Without the capital it is no name: "the guardian of the port".
    expect(names('He was named the guardian of the port.')).toEqual([]);
  });

  it('the word for an undertaking before a name makes an operation or a project, not a person or a place', () => {
    expect(names('Troops in Operation Velmont Storm freed the hostages.')).toEqual(['Operation Velmont Storm:other']);
    expect(names('He revealed Project Amadeo to the cabinet.')).toEqual(['Project Amadeo:other']);
    // A compound ("Task Force") or a body's name is not one.
    expect(names('Task Force Velmont patrols the city.')).not.toContain('Task Force Velmont:other');
    expect(names('The Campaign Committee met.')).not.toContain('Campaign Committee:other');
  });

  it('a surname that only qualifies a body ("the Harrowgate administration") is the person the story names in full', () => {
    const story = entitiesOf(
      article('a', 'The deal was negotiated by the Harrowgate administration in 2015.'),
      article('b', 'President Tomas Harrowgate signed the deal, Harrowgate said.'),
    );
    expect(story.filter((e) => /Harrowgate/.test(e.name))).toEqual([expect.objectContaining({ name: 'Tomas Harrowgate', type: 'person', articles: ['a', 'b'] })]);
    // An English word before the noun names the body itself: "the Democratic party" is a body, not a guess.
    const guess = (text: string) => extractEntities(text).map((m) => `${m.text}:${m.type}:${m.guessed === true}`);
    expect(guess('He met the Democratic party chief on Friday.')).toEqual(['Democratic:organization:false']);
    expect(guess('He met the Harrowgate administration on Friday.')).toEqual(['Harrowgate:organization:true']);
  });

  it('a full name with one more surname is the same person, when no other full name goes on from it; a generation is another', () => {
    const story = entitiesOf(
      article('a', 'The firm was founded by Ramiro Fonseca Mora, a lawyer.'),
      article('b', 'Ramiro Fonseca, a director of the firm, denied wrongdoing.'),
    );
    expect(story.filter((e) => /Fonseca/.test(e.name))).toEqual([expect.objectContaining({ type: 'person', articles: ['a', 'b'] })]);
    const generations = entitiesOf(article('a', 'The suit names Tomas Velmont Jr. as a defendant.'), article('b', 'Tomas Velmont denied it.'));
    expect(generations.filter((e) => /Velmont/.test(e.name))).toHaveLength(2);
  });

  it('a name after a compound noun of a kind of body is that body ("the law firm X")', () => {
    expect(names('The files came from the Panama law firm Harrowgate Velmont.')).toContain('Harrowgate Velmont:organization');
  });

  it('one body whatever the form: stops in its acronym, "Department of X" or "X Department", an acronym keeping the "of"', () => {
    const story = entitiesOf(
      article('a', 'The Department of Justice sent the memos. Lawmakers said the DOJ had waited. The F.B.I. agreed.'),
      article('b', 'The Justice Department sent the memos to the FBI on Thursday.'),
    );
    expect(story.filter((e) => /Justice|DOJ/.test(e.name))).toEqual([expect.objectContaining({ type: 'organization', articles: ['a', 'b'] })]);
    expect(story.filter((e) => /F\.?B\.?I/.test(e.name))).toEqual([expect.objectContaining({ type: 'organization', articles: ['a', 'b'] })]);
  });

  it('a surname joins the one person of the story whose names differ only by a middle initial', () => {
    const story = entitiesOf(
      article('a', 'The special counsel, Robert S. Mueller, asked questions.'),
      article('b', 'Robert Mueller asked questions. Mueller did not comment.'),
      article('c', 'The inquiry led by Mueller went on.'),
    );
    expect(story.filter((e) => /Mueller/.test(e.name))).toEqual([expect.objectContaining({ type: 'person', articles: ['a', 'b', 'c'] })]);
  });

  it('a body is one however its possessive is written, and with or without its country when the story names no other', () => {
    const story = entitiesOf(
      article('a', "Kim addressed the Workers' Party of Korea (WPK) on Friday."),
      article('b', "Kim spoke at a meeting of the Worker's Party of Korea on Friday."),
      article('c', "After a meeting of his ruling Workers' Party, Kim said tests would stop."),
    );
    expect(story.filter((e) => /Worker/.test(e.name))).toEqual([expect.objectContaining({ type: 'organization', articles: ['a', 'b', 'c'] })]);
    const two = entitiesOf(
      article('d', "Kim addressed the Workers' Party of Vietnam on Friday."),
      article('e', "Kim addressed the Workers' Party of Laos on Friday."),
      article('f', "After a meeting of his ruling Workers' Party, Kim said tests would stop."),
    );
    expect(two.filter((e) => /Worker/.test(e.name)).map((e) => e.articles)).toEqual(expect.arrayContaining([['d'], ['e'], ['f']]));
  });

  it('a place is one with or without an adjective that only describes it, not one that tells it apart', () => {
    const story = entitiesOf(
      article('a', 'Activists marched toward International Friendship Park on Sunday.'),
      article('b', 'Hundreds gathered near Friendship Park, on the border, on Sunday.'),
    );
    expect(story.filter((e) => /Friendship Park/.test(e.name))).toEqual([expect.objectContaining({ type: 'place', articles: ['a', 'b'] })]);
    const apart = entitiesOf(
      article('c', 'Activists marched toward North Friendship Park on Sunday.'),
      article('d', 'Hundreds gathered near Friendship Park, on the border, on Sunday.'),
    );
    expect(apart.filter((e) => /Friendship Park/.test(e.name)).map((e) => e.articles)).toEqual(expect.arrayContaining([['c'], ['d']]));
  });

  it('a body\'s name is one with a head noun and "of" put inside it, not with a word that tells two bodies apart', () => {
    const story = entitiesOf(
      article('a', 'The talks were brokered by the International Committee of the Red Cross on Thursday.'),
      article('b', 'The release was brokered by the International Red Cross, officials said.'),
    );
    expect(story.filter((e) => /Red Cross/.test(e.name))).toEqual([expect.objectContaining({ name: 'International Committee of the Red Cross', articles: ['a', 'b'] })]);
    const apart = entitiesOf(
      article('c', 'The International Atomic Energy Agency sent inspectors on Monday.'),
      article('d', 'The International Energy Agency cut its oil forecast on Monday.'),
    );
    expect(apart.filter((e) => /Energy Agency/.test(e.name)).map((e) => e.articles)).toEqual(expect.arrayContaining([['c'], ['d']]));
  });

  it('a short form of a given name is the same person ("Bill" is "William"), a different given name is not', () => {
    const story = entitiesOf(
      article('a', 'Representative William J. Hartwell of the Judiciary Committee asked for the files.'),
      article('b', 'Rep. Bill Hartwell said the files were late. Hartwell wants them now.'),
      article('c', 'Senator Thomas Hartwell, his brother, said nothing. Rep. Karen Hartwell agreed.'),
    );
    const hartwells = story.filter((e) => /Hartwell/.test(e.name));
    expect(hartwells.find((e) => /William|Bill/.test(e.name))).toMatchObject({ type: 'person', articles: ['a', 'b'] });
    expect(hartwells.map((e) => e.name)).toEqual(expect.arrayContaining(['Thomas Hartwell', 'Karen Hartwell']));
  });

  it('a bare family name is the story\'s person, not a relative named beside him, and a hyphen makes no other person', () => {
    const story = entitiesOf(
      article('a', 'Leader Pak Sung-ho announced the halt. Pak said it was his father Pak Sung-il\'s dying wish.', 'Pak will meet the envoy on Friday.'),
      article('b', 'Pak Sung Ho announced the halt on Friday.'),
    );
    const leader = story.find((e) => e.name.startsWith('Pak Sung') && !e.name.endsWith('il'))!;
    expect(leader).toMatchObject({ type: 'person', articles: ['a', 'b'] });
    expect(leader.aliases).toContain('Pak');
    expect(story.find((e) => e.name === 'Pak Sung-il')?.aliases ?? []).not.toContain('Pak');
  });

  it('a word for a kind of person is no entity, however it was typed ("Aides said", "the top Democrat")', () => {
    const story = entitiesOf(article('a', 'Aides said the meeting went well.', 'Elijah Cummings, the top Democrat on the Oversight Committee, disagreed.'));
    expect(story.map((e) => e.name)).not.toContain('Aides');
    expect(story.map((e) => e.name)).not.toContain('Democrat');
    // Names WordNet knows ("Nike", a goddess) and adjectives ("Pacific") are not kinds of person.
    const names = entitiesOf(article('b', 'Nike reported higher sales in the Philippines and across the Pacific.')).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Nike', 'Philippines', 'Pacific']));
  });

  it('an undertaking is one entity with or without the word for what it is ("Project Velor", "Velor")', () => {
    const story = entitiesOf(
      article('a', 'The minister said the program, called "Project Velor," was meant to build a weapon.'),
      article('b', 'He referred to a secret project, codenamed "Velor", which was shelved in 2003.'),
    );
    expect(story.filter((e) => /Velor/.test(e.name))).toEqual([expect.objectContaining({ name: 'Project Velor', type: 'other', aliases: ['Velor'], articles: ['a', 'b'] })]);
  });

  it('one name written two ways is one entity: a plural "s" in a long name, or a one-letter slip written once', () => {
    const story = entitiesOf(
      article('a', 'The march was organized by Pueblo Sin Fronteras, an aid group.', 'Kolbari Haram fighters attacked the town; Kolbari Haram denied it.'),
      article('b', 'Members of Pueblos Sin Fronteras marched on Sunday.', 'Kolbari Haram freed the girls.'),
      article('c', 'The girls were held by Kolbari Harm for two years.'),
    );
    const pueblo = story.filter((e) => /Pueblo/.test(e.name));
    expect(pueblo).toHaveLength(1);
    expect([pueblo[0]!.name, ...pueblo[0]!.aliases].sort()).toEqual(['Pueblo Sin Fronteras', 'Pueblos Sin Fronteras']);
    expect(pueblo[0]!.articles).toEqual(['a', 'b']);
    expect(story.filter((e) => /Kolbari/.test(e.name))).toEqual([expect.objectContaining({ name: 'Kolbari Haram', articles: ['a', 'b', 'c'] })]);
    // Two names of equal standing a letter apart are two: nothing says which is the slip.
    const two = entitiesOf(article('a', 'Maria Velmont spoke.'), article('b', 'Mario Velmont replied.'));
    expect(two.filter((e) => /Velmont/.test(e.name))).toHaveLength(2);
  });

  it('a plan one report names in title case is the same plan where another writes its common nouns in lower case ("the Busan roadmap")', () => {
    const story = entitiesOf(
      article('a', 'The ministers endorsed the Busan Roadmap to the Bogor Goals on Wednesday.'),
      article('b', 'The leaders adopted the Hanoi Action Plan to implement the Busan roadmap for free trade.'),
      article('c', 'Leaders met in Busan last year.'),
    );
    expect(story.find((e) => e.name === 'Busan Roadmap')).toMatchObject({ articles: ['a', 'b'] });
    // The city named alone stays the city.
    expect(story.find((e) => e.name === 'Busan')).toMatchObject({ type: 'place', articles: ['c'] });
  });
});

