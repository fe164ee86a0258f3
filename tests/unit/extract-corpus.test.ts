import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DateMentionSchema, EntityMentionSchema, FigureMentionSchema, extractDates, extractEntities, extractFigures, inferReferenceDate,
} from '@/lib/extract';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, '../shared/corpora/newswire-1997-2005');
const corpus = (name: string) => readFileSync(join(CORPUS, `${name}.txt`), 'utf8');
const summary = (text: string) => extractEntities(text).map((e) => `${e.type}:${e.text}${e.canonical === e.text ? '' : `→${e.canonical}`}`);

describe('newswire corpus', () => {
  it('finds people with titles, organisations, places and surname aliases', () => {
    const text = corpus('AFP_ENG_19970401.0092');
    expect(summary(text)).toEqual([
      'place:MOSCOW→Moscow', 'organization:AFP→Agence France-Presse', 'organization:Interfax', 'person:Vladimir Semionov', 'place:Moscow',
      'person:Igor Rodionov', 'person:Semionov→Vladimir Semionov', 'person:Rodionov→Igor Rodionov',
    ]);
    const rodionov = extractEntities(text).find((e) => e.text === 'Igor Rodionov')!;
    expect(rodionov.role).toMatchObject({ title: 'Defence Minister', source: 'title' });
  });

  it('links a defined acronym and splits company lists', () => {
    const peru = summary(corpus('AFP_ENG_19970414.0614'));
    expect(peru).toContain('organization:Tupac Amaru Revolutionary Movement');
    expect(peru).toContain('organization:MRTA→Tupac Amaru Revolutionary Movement');
    expect(peru).toContain('person:Fujimori→Alberto Fujimori');
    const cars = summary(corpus('AFP_ENG_19970406.0012'));
    expect(cars.some((e) => e.includes(' and Ford'))).toBe(false);
  });

  it('reads roles from appositives in Xinhua copy', () => {
    const fog = extractEntities(corpus('XIN_ENG_20061119.0189'));
    expect(fog.find((e) => e.text === 'Jamie Meier')?.role).toMatchObject({ title: 'meteorologist', of: 'National Weather Service' });
    expect(fog.find((e) => e.text === 'Ian Gregor')?.role).toMatchObject({ title: 'spokesman', of: 'Federal Aviation Administration' });
    expect(fog.find((e) => e.text === 'LAX')).toMatchObject({ canonical: 'Los Angeles International Airport', type: 'place' });
  });

  it('returns schema-valid mentions with exact offsets over a corpus sample', () => {
    const files = readdirSync(CORPUS).filter((_, i) => i % 23 === 0);
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const file of files) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const ref = inferReferenceDate(text);
      expect(ref?.source, file).toBe('dateline');
      const mentions = [
        ...extractEntities(text).map((m) => EntityMentionSchema.parse(m)),
        ...extractDates(text, { referenceDate: ref?.value }).map((m) => DateMentionSchema.parse(m)),
        ...extractFigures(text).map((m) => FigureMentionSchema.parse(m)),
      ];
      for (const m of mentions) expect(text.slice(m.start, m.end), file).toBe(m.text);
    }
  });
});

describe('lib/extract stays general', () => {
  it('names nothing from the seed articles', () => {
    const dir = join(ROOT, 'lib/extract');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const banned = /Sheinbaum|Trudeau|Carney|Brosseau|Ujczo|Ebrard|Lutnick|Hassett|Jamieson|Noem|Corcoran|Leavitt|Bessent|VisaVerge|WorldAmericas|KittyKat|Matzomaster|Proclamation 10886|21,889|918 billion|913 million/;
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(banned);
  });
});
