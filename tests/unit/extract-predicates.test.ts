import { describe, expect, it } from 'vitest';
import { sameMeaning } from '@/lib/wordnet';
import { extractFigures } from '@/lib/extract';

const predicates = (text: string) => extractFigures(text).map((f) => [f.text, f.predicate?.lemma]);

describe('what happened to what a figure counts', () => {
  it('is read after the counted noun, through auxiliaries and reporting verbs', () => {
    expect(predicates('Thirty-four miners were trapped underground.')).toEqual([['Thirty-four', 'trap']]);
    expect(predicates('Twenty-four people were confirmed dead on Monday.')).toEqual([['Twenty-four', 'die']]);
    expect(predicates('More than 60 others were injured in the blast.')).toEqual([['60', 'injure']]);
  });

  it('is the verb the figure is the object of', () => {
    expect(predicates('A gas explosion hit the pit on Sunday, killing all 24 miners.')).toEqual([['24', 'kill']]);
    expect(predicates('Troops freed 71 of the hostages.')).toEqual([['71', 'free']]);
  });

  it('reads "claimed N lives" and a death toll that rose as deaths', () => {
    expect(predicates('The accident claimed 17 lives.')).toEqual([['17', 'die']]);
    expect(predicates('The death toll from the blast climbed to 35.')).toEqual([['35', 'die']]);
  });

  it('reads the dead counted as such ("343 dead", "406 deaths") as deaths, and what they are said to have done after "to"', () => {
    expect(predicates('The blaze left at least 343 dead. Bird flu has caused 68 deaths. There were 12 fatalities.')).toEqual([['343', 'die'], ['68', 'die'], ['12', 'die']]);
    expect(predicates('More than 100 Indians are believed to have died in the fire.')).toEqual([['100', 'die']]);
  });

  it('reads the hurt counted as such ("1,500 wounded") as hurt, and never a preposition ("during") as what happened', () => {
    expect(predicates('The fire left more than 1,500 wounded during the pilgrimage. The raid left 30 injured.')).toEqual([['1,500', 'wound'], ['30', 'injure']]);
    expect(predicates('Prices rose 3 percent during the year.')).toEqual([['3 percent', undefined]]);
  });

  it('counts what "the number of" is of, with what happened to it, not how the number moved', () => {
    const read = (text: string) => extractFigures(text).map((f) => [f.text, f.measure, f.predicate?.lemma]);
    expect(read('The number of dead rose to 35 on Monday.')).toEqual([['35', 'dead', 'die']]);
    expect(read('The number of people killed reached 85.')).toEqual([['85', 'people', 'kill']]);
    expect(read('He said the number of wounded could number up to 5,000.')).toEqual([['5,000', 'wounded', 'wound']]);
    // No verb brings the number to the figure: the figure is of something else.
    expect(read('The number of cities with populations of more than 10 million will grow.')[0]![1]).toBe('populations');
  });

  it('gives a part after ", including" what happened to the whole', () => {
    expect(predicates('The fire killed 217 pilgrims, including an estimated 100 Indians.')).toEqual([['217', 'kill'], ['100', 'kill']]);
    // With no verb of the whole near, the part is what is included.
    expect(predicates('The 12 states, including 3 large ones, voted.')[1]).toEqual(['3', 'include']);
  });

  it('is not a purpose after a noun ("the raid to free the 72 hostages"), which says what was meant', () => {
    expect(predicates('Fujimori was praised after the raid to free the 72 hostages.')).toEqual([['72', undefined]]);
    expect(predicates('Troops managed to free 71 hostages.')).toEqual([['71', 'free']]);
  });

  it('is read through a relative pronoun after the counted noun', () => {
    expect(predicates('The 24 miners who died were buried on Monday.')).toEqual([['24', 'die']]);
    expect(predicates('Four committees that requested the files got them.')).toEqual([['Four', 'request']]);
    // A relative clause with its own subject says what someone else did.
    expect(predicates('The 30 people that police arrested were released.')).toEqual([['30', undefined]]);
  });

  it('is never a modal, which says nothing of what happened: it is the verb after it', () => {
    expect(predicates('Results came from the 21 regions which will each send members.')).toEqual([['21', 'send']]);
    expect(predicates('Officials said 600 outlets will now be able to open longer.')).toEqual([['600', undefined]]);
  });

  it('is not a word that only bounds the number', () => {
    expect(predicates('The toll rose to 85 over the past three days.')[0]).toEqual(['85', 'die']);
    expect(predicates('The company hired 400 workers.')).toEqual([['400', 'hire']]);
  });
});

describe('predicates in other words (WordNet)', () => {
  const v = (lemma: string) => ({ lemma, pos: 'verb' as const });
  it('are the same for synonyms, causes and specialisations', () => {
    expect(sameMeaning(v('kill'), v('die'))).toBe(true);
    expect(sameMeaning(v('escape'), v('flee'))).toBe(true);
    expect(sameMeaning(v('injure'), v('wound'))).toBe(true);
    expect(sameMeaning({ lemma: 'death', pos: 'noun' } as never, v('die'))).toBe(true);
  });

  it('differ for different outcomes, and for mere siblings', () => {
    expect(sameMeaning(v('kill'), v('injure'))).toBe(false);
    expect(sameMeaning(v('trap'), v('escape'))).toBe(false);
    expect(sameMeaning(v('die'), v('survive'))).toBe(false);
    expect(sameMeaning(v('rise'), v('fall'))).toBe(false);
  });
});

describe('a part of a set', () => {
  it('"21 of the schoolgirls abducted": the participle speaks of the set, the verb before the number of the part', () => {
    const figure = (text: string, written: string) => extractFigures(text).find((f) => f.text === written);
    expect(figure('The president says 21 of the schoolgirls abducted in 2014 are free.', '21')?.predicate).toBeUndefined();
    expect(figure('The group freed 21 of the schoolgirls abducted in 2014.', '21')?.predicate?.lemma).toBe('free');
    expect(figure('Militants abducted 276 schoolgirls in 2014.', '276')?.predicate?.lemma).toBe('abduct');
    // The part is counted in the whole's noun, past the whole's own number.
    expect(figure('The group freed 21 of the more than 200 schoolgirls.', '21')?.measure).toBe('schoolgirls');
  });
});
