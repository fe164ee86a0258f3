import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DateMentionSchema, EntityMentionSchema, FigureMentionSchema, extractDates, extractEntities, extractFigures, inferReferenceDate,
} from '@/lib/extract';
import { CORPUS_DIR, hasCorpus, NEWSWIRE_FIXTURE_DIR, ROOT } from '../helpers/paths';

/** A newswire-style article written for the tests (tests/fixtures/newswire): invented people, real places. */
const fixture = (name: string) => readFileSync(join(NEWSWIRE_FIXTURE_DIR, `${name}.txt`), 'utf8');
const summary = (text: string) => extractEntities(text).map((e) => `${e.type}:${e.text}${e.canonical === e.text ? '' : `→${e.canonical}`}`);

describe('newswire copy', () => {
  it('finds people with titles, organisations, places and surname aliases', () => {
    const text = fixture('afp-navy-chief');
    expect(summary(text)).toEqual([
      'place:KIEV→Kiev', 'organization:AFP→Agence France-Presse', 'organization:Interfax', 'person:Pavlo Dorosh', 'place:Kiev', 'place:Odessa',
      'person:Taras Melnyk', 'person:Dorosh→Pavlo Dorosh', 'person:Melnyk→Taras Melnyk',
    ]);
    const melnyk = extractEntities(text).find((e) => e.text === 'Taras Melnyk')!;
    expect(melnyk.role).toMatchObject({ title: 'Defence Minister', source: 'title' });
  });

  it('links a defined acronym and splits company lists', () => {
    const lima = summary(fixture('afp-lima-carmakers'));
    expect(lima).toContain('organization:National Investment Promotion Agency');
    expect(lima).toContain('organization:NIPA→National Investment Promotion Agency');
    expect(lima).toContain('person:Rojas→Alberto Rojas');
    // "Toyota, Volkswagen and Ford": three companies, not one long name.
    expect(lima).toEqual(expect.arrayContaining(['organization:Toyota', 'organization:Volkswagen', 'organization:Ford']));
    expect(lima.some((e) => e.includes(' and Ford'))).toBe(false);
  });

  it('reads roles from appositives and titles in Xinhua copy', () => {
    const snow = extractEntities(fixture('xin-denver-snow'));
    expect(snow.find((e) => e.text === 'Tom Okafor')?.role).toMatchObject({ title: 'meteorologist', of: 'National Weather Service', source: 'appositive' });
    // "FAA spokeswoman Laura Brandt": the acronym defined earlier names her organisation.
    expect(snow.find((e) => e.text === 'Laura Brandt')?.role).toMatchObject({ title: 'spokeswoman', of: 'Federal Aviation Administration' });
    expect(snow.find((e) => e.text === 'DIA')).toMatchObject({ canonical: 'Denver International Airport', type: 'place' });
    expect(snow.find((e) => e.text === 'Brandt' && e.start > 0)).toMatchObject({ canonical: 'Laura Brandt', type: 'person' });
  });
});

describe.skipIf(!hasCorpus)('newswire corpus', () => {
  it('returns schema-valid mentions with exact offsets over a corpus sample', () => {
    const files = readdirSync(CORPUS_DIR).filter((_, i) => i % 23 === 0);
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const file of files) {
      const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
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
  it('names nothing from the seed articles or the newswire fixtures of these tests', () => {
    const dir = join(ROOT, 'lib/extract');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const banned = /Sheinbaum|Trudeau|Carney|Brosseau|Ujczo|Ebrard|Lutnick|Hassett|Jamieson|Noem|Corcoran|Leavitt|Bessent|VisaVerge|WorldAmericas|KittyKat|Matzomaster|Proclamation 10886|21,889|918 billion|913 million|Dorosh|Melnyk|Rojas|Okafor|Brandt|Investment Promotion|NIPA|\bDIA\b/;
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(banned);
  });
});
