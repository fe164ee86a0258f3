import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { loadArticles, parseArticle } from '@/lib/content';
import { extractEntities, extractQuotes, type QuoteMention } from '@/lib/extract';
import { Article } from '@/lib/schema/content';
import { SEED_DIR } from '../helpers/paths';

/** Every quote of a text written for these tests, with the speaker's name as the entity extractor resolved it. */
function quotesOf(text: string) {
  const entities = extractEntities(text);
  return extractQuotes(text, entities).map((q: QuoteMention) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    const named = q.speaker?.mention && entities.find((e) => e.start === q.speaker!.mention!.start);
    return { text: q.text, kind: q.kind, cue: q.cue?.text, speaker: named ? named.canonical : q.speaker?.via === 'description' ? q.speaker.text : undefined, id: q.quoteId };
  });
}

const one = (text: string, words: string) => quotesOf(text).find((q) => q.text.includes(words));

describe('direct quotes, whatever their layout', () => {
  it('“…,” X said / X said: “…” / “…,” said X, title', () => {
    expect(one('Talks went on. "There are small advances towards a good end," Bishop Ana Lopez said on Monday.', 'small advances')).toMatchObject({ kind: 'direct', speaker: 'Ana Lopez', cue: 'said' });
    expect(one('Maria Costa, a trade lawyer, noted: “Progress is being made on every front of the talks.”', 'Progress is')).toMatchObject({ kind: 'direct', speaker: 'Maria Costa', cue: 'noted' });
    expect(one('“The meeting aims at preparing the final phase,” said Defence Minister Omar Diallo, who chaired it.', 'final phase')).toMatchObject({ kind: 'direct', speaker: 'Omar Diallo' });
    expect(one('“We have always applied the rules in full,” said the spokeswoman, Li Wen.', 'applied the rules')).toMatchObject({ speaker: 'Li Wen' });
  });

  it('a quote split by "he said" is one quote of one speaker', () => {
    const quotes = quotesOf('“The border is safer than it was,” Governor Paul Brandt said. “But we cannot stop now.”');
    expect(quotes).toHaveLength(2);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(1);
    expect(quotes.every((q) => q.speaker === 'Paul Brandt')).toBe(true);
  });

  it('a quote run over several paragraphs keeps its speaker', () => {
    const quotes = quotesOf('Mayor Joan Reyes spoke after the vote.\n\n“We waited a long time for this day and the people deserve it.\n\n“Now the real work of rebuilding the town begins,” she said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Joan Reyes', 'Joan Reyes']);
    expect(quotes[0]!.id).toBe(quotes[1]!.id);
  });

  it('the one quoted speaks, not the agency quoting', () => {
    expect(one('"Our firms must take full advantage of the chance," the Vietnam News Agency quoted Hoang Minh, a trade official.', 'full advantage')).toMatchObject({ speaker: 'Hoang Minh' });
  });

  it('a long quote whose speaker the text does not give has none; a scare quote is no quote', () => {
    const quotes = quotesOf('Officials pointed to the "de minimis" loophole.\n\n"No one will be left behind when the rebuilding starts," read a banner at the town hall.');
    expect(quotes.some((q) => q.text === 'de minimis')).toBe(false);
    expect(one('Officials pointed to the "de minimis" loophole.\n\n"No one will be left behind when the rebuilding starts," read a sign.', 'left behind')?.speaker).toBeUndefined();
  });
});

describe('partial quotes and indirect speech', () => {
  it('called the meeting “constructive”; vowed to “do the work”', () => {
    expect(one('Economy Minister Rosa Ortiz called the talks with the delegation “constructive,” officials said.', 'constructive')).toMatchObject({ kind: 'partial', speaker: 'Rosa Ortiz', cue: 'called' });
    expect(one('Prime Minister Tom Hale, after a call with the president, has vowed to “do the work” to avoid tariffs.', 'do the work')).toMatchObject({ kind: 'partial', speaker: 'Tom Hale', cue: 'vowed' });
  });

  it('X said (that) …; …, X said; according to X, …; X told AFP that …', () => {
    expect(one('President Alan Moss said he will release no prisoners.', 'release no prisoners')).toMatchObject({ kind: 'indirect', speaker: 'Alan Moss', cue: 'said' });
    expect(one('Water supply will be stopped for four days, the city government announced.', 'Water supply')).toMatchObject({ kind: 'indirect', speaker: 'the city government', cue: 'announced' });
    expect(one('According to Sara Kim, the ship left port on Friday night.', 'the ship left')).toMatchObject({ kind: 'indirect', speaker: 'Sara Kim', cue: 'According to' });
    expect(one('Dr. Miguel Sanz told AFP that the hostages were in good shape.', 'hostages were')).toMatchObject({ kind: 'indirect', speaker: 'Miguel Sanz', cue: 'told' });
  });

  it('a description is the speaker only when its head noun can speak', () => {
    expect(one('“The water is safe to drink again,” said a salesperson at a local chain store.', 'safe to drink')?.speaker).toBe('a salesperson at a local chain store');
    expect(one('His father praised the two soldiers’ valor in facing a “cruel and fanatical enemy.”', 'cruel')).toBeUndefined();
  });
});

describe('pronouns: bound to the last person who fits, never guessed', () => {
  it('"he said" after a quote takes its speaker; "she" skips a man', () => {
    const quotes = quotesOf('“We are close to a deal,” Foreign Minister Carlos Ruiz said.\n\n“The last points are small ones,” he said.\n\nAna Torres met Carlos Ruiz on Friday. “I expect a signature next week,” she said.');
    expect(quotes.find((q) => q.text.includes('last points'))?.speaker).toBe('Carlos Ruiz');
    expect(quotes.find((q) => q.text.includes('signature'))?.speaker).toBe('Ana Torres');
  });

  it('"they said" names no one; a photo credit in parentheses is no antecedent', () => {
    expect(one('Relatives gathered at the gate. "We only want to see our daughters again soon," they said.', 'daughters')?.speaker).toBeUndefined();
    const text = '“China applies every resolution in full,” said the spokeswoman, Hua Lin.\n\nSpokeswoman Hua Lin speaks at a briefing. (Mark Stone/AP)\n\n“We never allow our companies to break the rules,” she said.';
    expect(one(text, 'never allow')?.speaker).toBe('Hua Lin');
  });
});

describe('story quote groups', () => {
  const article = (id: string, ...paragraphs: string[]) => Article.parse({ ...parseArticle(`${id}.txt`, id, `Report ${id}\n\nLIMA, April 14, 1997 (AFP)\n\n${paragraphs.join('\n\n')}\n`), slug: id });

  it('one group per quote across sources, marked agree, worded differently or attributed differently', () => {
    const { quotes } = analyzeStory([
      article('a', '“There are small advances towards a good end,” Archbishop Juan Cipriani said.', '“Nobody will be left behind in the residence,” Cipriani said.', '“The talks will go on until every hostage is free,” President Alberto Fujimori said.'),
      article('b', '“There are small advances towards a good end,” Archbishop Juan Cipriani said.', '“No one will be left behind in that residence,” Cipriani said.', '“The talks will go on until every hostage is free,” Archbishop Juan Cipriani said.'),
    ]);
    const group = (words: string) => quotes.find((q) => q.sources.some((s) => s.text.includes(words)))!;
    expect(group('small advances')).toMatchObject({ status: 'agree', speaker: { name: 'Juan Cipriani' } });
    expect(group('small advances').sources.map((s) => s.article)).toEqual(['a', 'b']);
    expect(group('left behind')).toMatchObject({ status: 'worded-differently' });
    expect(group('left behind').sources).toHaveLength(2);
    expect(group('every hostage')).toMatchObject({ status: 'attributed-differently' });
    expect(new Set(group('every hostage').sources.map((s) => s.speaker?.name))).toEqual(new Set(['Alberto Fujimori', 'Juan Cipriani']));
  });
});

describe('the seeds’ quotes', () => {
  it('are attributed to the trade expert, the Economy Minister and the Prime Minister', () => {
    const { articles } = loadArticles(SEED_DIR);
    const { quotes, entities } = analyzeStory(articles);
    const speakerOf = (words: string) => quotes.find((q) => q.sources.some((s) => s.text === words))?.speaker;
    const roleOf = (name: string) => entities.find((e) => e.name === name)?.roles?.map((r) => r.role).join('; ');
    expect(speakerOf('There’s progress being made on the security front')?.name).toBe('Dan Ujczo');
    expect(speakerOf('constructive')?.name).toBe('Marcelo Ebrard');
    expect(speakerOf('do the work')?.name).toBe('Justin Trudeau');
    expect(roleOf('Marcelo Ebrard')).toMatch(/Economy Minister/);
    expect(roleOf('Justin Trudeau')).toMatch(/Prime Minister/);
  });
});
