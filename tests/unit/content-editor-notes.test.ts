import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content';

const story = (first: string) =>
  `${first}\n\nLIMA, April 22, 1997 (AFP)\n\nTroops stormed the residence on Tuesday, freeing the hostages held there since December.\n\nThe president visited the site later that day.\n`;
const parse = (text: string) => parseArticle('wire.txt', 'wire', text);

describe('wire editors’ notes', () => {
  it.each([
    ['1st LD: Troops free hostages in Lima', '1st LD:'],
    ['2nd Ld Writethru: Troops free hostages in Lima', '2nd Ld Writethru:'],
    ['2nd Ld-Writethru: Troops free hostages in Lima', '2nd Ld-Writethru:'],
    ['Update: Troops free hostages in Lima', 'Update:'],
    ['UPDATE-2: Troops free hostages in Lima', 'UPDATE-2:'],
    ['Urgent: Troops free hostages in Lima', 'Urgent:'],
    ['URGENT Troops free hostages in Lima', 'URGENT'],
    ['URGENTTroops free hostages in Lima', 'URGENT'],
    ['BULLETIN Troops free hostages in Lima', 'BULLETIN'],
    ['=(GRAPHIC+PICTURE)= Troops free hostages in Lima', '=(GRAPHIC+PICTURE)='],
    ['Roundup: Troops free hostages in Lima', 'Roundup:'],
    ['Factbox: Troops free hostages in Lima', 'Factbox:'],
  ])('"%s": the note is removed chrome and the rest is the headline', (line, note) => {
    const article = parse(story(line));
    expect(article.title).toBe('Troops free hostages in Lima');
    expect(article.titleDerived).toBe(false);
    expect(article.chrome).toContainEqual({ line: 1, text: note, reason: 'editor-note' });
  });

  it.each(['ATTENTION - ADDS details, quotes ///', 'quotes, reax ///', '= (PICTURES) =', '=(PICTURE)='])(
    'a note on its own line ("%s") is chrome, and the headline is derived from the lead',
    (line) => {
      const article = parse(story(line));
      expect(article.chrome).toContainEqual({ line: 1, text: line, reason: 'editor-note' });
      expect(article.titleDerived).toBe(true);
      expect(article.title).toMatch(/^Troops stormed the residence/);
    },
  );

  it('leaves headlines that only start like a note alone', () => {
    for (const title of ['Update on the hostage talks', 'Urgent talks on hostages in Lima', 'Bulletin boards fill with hostage news', 'Roundup of the hostage talks']) {
      const article = parse(story(title));
      expect(article.title).toBe(title);
      expect(article.chrome.filter((c) => c.reason === 'editor-note')).toEqual([]);
    }
  });

  it('keeps the words of a derived headline whole: no cut inside "1,000"', () => {
    const article = parse('BEIJING, Dec 1, 2006\n\nThe prime minister said on Tuesday that more than 1,000 people have been killed in fighting between his troops and the rebels in the north.\n');
    expect(article.title).not.toMatch(/more than 1$/);
    expect(article.title).toContain('1,000');
  });

  it.each(['cases in central China', 'flu', 'Xinjiang', '2006'])('"%s" above the dateline is the end of a lost headline: chrome, and the headline is derived', (line) => {
    const article = parse(story(line));
    expect(article.chrome).toContainEqual({ line: 1, text: line, reason: 'headline-fragment' });
    expect(article.titleDerived).toBe(true);
    expect(article.title).toMatch(/^Troops stormed the residence/);
    expect(article.blocks.some((b) => b.type === 'paragraph' && b.unit.text === line)).toBe(false);
  });

  it('keeps a headline of two capitalised words, or of five words and more in lower case', () => {
    for (const title of ['Rough diamond', 'global energy demand to soar by 2030']) expect(parse(story(title)).chrome.filter((c) => c.reason === 'headline-fragment')).toEqual([]);
  });

  it('reads "By Xinhua writer An Bei" as a byline, and derives a headline without a second dateline', () => {
    const article = parse('official\n\nBEIJING, Nov. 10, 2006 (Xinhua)\n\nBy Xinhua writer An Bei\n\nSHANGHAI, Nov. 10 (Xinhua) -- Karaoke bars in the main cities will have to pay royalties to artists from next year.\n');
    expect(article.byline).toBe('An Bei');
    expect(article.title).toMatch(/^Karaoke bars in the main cities/);
  });
});
