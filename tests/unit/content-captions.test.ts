import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import { parseArticle } from '@/lib/content';
import { Article } from '@/lib/schema/content';

/** A scraped article: a headline, a picture's caption or credit somewhere, and the story. */
const scraped = (chrome: string) =>
  `Port reopens after the storm\n\n${chrome}\n\nThe port of Portville reopened on Sunday after a week-long closure, officials said.\n\nShips began to enter the harbor on Monday.\n`;
const parse = (text: string) => parseArticle('web.txt', 'web', text);

describe('photo captions, credits and gallery counters', () => {
  it.each([
    'Harbor master Tomas Reed speaks at a briefing in Portville on May 3, 2019. (Ana Ruiz/AP)',
    'The harbor on Monday. (Hyung Min-woo/Hyung Min-woo/Yonhap via AP)',
    'Dock workers return to the piers (Photo: Jane Doe/Getty Images)',
    'Ana Ruiz/Reuters',
    'Photo: Ana Ruiz/Reuters',
    'Offshore cranes at dawn ©Ana Ruiz (AFP)',
    'FILE - In this May 3, 2019, file photo, a crane stands over the harbor of Portville.',
    'Cranes over the harbor. (AP Photo/Ana Ruiz, File)',
    'Cranes over the harbor. (Ana Ruiz, File/Coastal Wire)',
    'In this photo taken on Monday, ships wait outside the harbor.',
    'Storm Damage Ports will have to rebuild piers along the coast Source: Port authorities, estimates from insurers',
  ])('"%s" is recorded as a caption, and never reaches the text', (line) => {
    const article = parse(scraped(line));
    expect(article.chrome).toContainEqual({ line: 3, text: line, reason: 'photo-caption' });
    expect(JSON.stringify(article.blocks)).not.toContain(line.slice(0, 20));
  });

  it('an agency caption that opens an article: the old picture is chrome, the news after it text, dated by the news', () => {
    const line = 'FILE - In this Dec. 13, 2016, file photo, a crane stands over the harbor. The port said Friday, Dec. 29, 2017, it would grow. (AP Photo/Ana Ruiz, File)';
    const article = Article.parse({ ...parse(scraped(line)), slug: 'web' });
    expect(article.chrome).toEqual([
      { line: 3, text: 'FILE - In this Dec. 13, 2016, file photo, a crane stands over the harbor.', reason: 'photo-caption' },
      { line: 3, text: '(AP Photo/Ana Ruiz, File)', reason: 'photo-caption' },
    ]);
    expect(JSON.stringify(article.blocks)).toContain('The port said Friday, Dec. 29, 2017, it would grow.');
    const story = analyzeStory([article]);
    expect(story.articles[0]!.published?.value).toBe('2017-12-29');
    expect(story.timeline.some((e) => e.date.value.startsWith('2016'))).toBe(false);
  });

  it.each(['3/12', '3 of 12'])('a gallery counter "%s" is chrome', (line) => {
    expect(parse(scraped(line)).chrome).toContainEqual({ line: 3, text: line, reason: 'gallery-counter' });
  });

  it.each([
    ['Copyright 2017 The Coastal Wire. All rights reserved. This material may not be published.', 'copyright'],
    ['© 2019 Harbor News Service', 'copyright'],
    ['Do you have a story for our news team? Email us at tips@harbor-news.example or call us.', 'contact-prompt'],
    ['MOST READ IN NEWS PORT CITY How the harbor became a hub BIG STORM Waves hit the coast HARBOR PROBE Police look at the docks', 'link-list'],
    ['JUST WATCHED The storm in one minute Replay More Videos ... MUST WATCH The storm in one minute 01:26', 'video-player'],
    ['Ana Ruiz contributed from Portville.', 'contributor-note'],
    ['The Coastal Wire contributed to this report.', 'contributor-note'],
    ['Ana Ruiz in Portville and Li Wei and Xu Mei in Harbin contributed to this report.', 'contributor-note'],
    ['Harbor TV’s Ana Ruiz discusses the impact of the storm on the U.S. port.', 'video-player'],
    ['The Coastal Wire reports the port reopened on Sunday; chief harbor correspondent Ana Ruiz reports from Portville, Maine.', 'video-player'],
    ['A storm closed the port of Portville for a week. Harbor TV’s Ana Ruiz has that story.', 'video-player'],
    ['Like Harbor News World on Facebook and stay updated on foreign news', 'share-prompt'],
    ['Newsletter Sign Up Continue reading the main story Please verify you are human. Invalid email address. Please re-enter. You must select a newsletter to subscribe to.', 'reader-prompt'],
  ])('"%s" is recorded as %s', (line, reason) => {
    expect(parse(scraped(line)).chrome).toContainEqual({ line: 3, text: line, reason });
  });

  it('"— With assistance by …" is a credit, not body text', () => {
    const article = parse(scraped('— With assistance by Ana Ruiz'));
    expect(article.blocks).toContainEqual(expect.objectContaining({ type: 'byline', name: 'Ana Ruiz' }));
  });

  it('keeps news sentences with slashes, parentheses and "In this" as text', () => {
    for (const line of [
      'The company (AFP/Reuters reported) said on Monday it would rebuild the docks.',
      'In this election, both parties promised to rebuild the harbor.',
      'Prices rose 5% (and/or more) after the storm, traders said.',
      'The BIG STORM of 1998 and the GREAT FLOOD hit the port, officials said.',
      'Ana Ruiz contributed $5 million from her own savings to the harbor fund.',
      'Harbor TV’s Ana Ruiz said the storm had closed the port.',
      'The port’s Ana Ruiz discusses the storm, “and it was bad,” she said.',
      'Harbor TV’s Ana Ruiz discusses the storm. The port closed on Monday.',
      'The harbor master’s Ana Ruiz has the keys to the port, officials said.',
      'You could see the cranes from the town. Your boat had to wait, the harbor master told one captain. Ships waited for a week.',
    ]) {
      const article = parse(scraped(line));
      expect(article.chrome.map((c) => c.text)).not.toContain(line);
    }
  });

  it('a verbless line right after the headline is the lead picture\'s caption; the same line later, or a lead with a verb, is text', () => {
    const caption = 'Harbor master Tomas Reed and his deputy, Ana Ruiz, at the harbor in Portville last week.';
    expect(parse(scraped(caption)).chrome).toContainEqual(expect.objectContaining({ text: caption, reason: 'photo-caption' }));
    // Without a marked headline the first line is the headline, and the caption comes after it.
    expect(parse(`${caption}\n\nThe port of Portville reopened on Sunday, officials said.\n`).chrome.map((c) => c.text)).not.toContain(caption);
    const lead = 'Harbor master Tomas Reed reopened the docks in Portville last week.';
    expect(parse(scraped(lead)).chrome.map((c) => c.text)).not.toContain(lead);
    const later = parseArticle('web.txt', 'web', `Port reopens after the storm\n\nThe port reopened on Sunday, officials said.\n\n${caption}\n`);
    expect(later.chrome.map((c) => c.text)).not.toContain(caption);
  });

  it('a caption never dates an article: its date is no timeline event and no reference', () => {
    const text = `Port reopens after the storm\n\nThe harbor on Monday. Photo taken March 3, 2012. (Ana Ruiz/AP)\n\nThe port of Portville reopened on Saturday, May 4, 2019, after a week-long closure, officials said.\n`;
    const article = Article.parse({ ...parse(text), slug: 'web' });
    const story = analyzeStory([article]);
    expect(story.timeline.some((e) => e.date.value.startsWith('2012'))).toBe(false);
    expect(story.articles[0]!.published?.value).toBe('2019-05-04');
  });
});

describe('datelines run into the first paragraph', () => {
  it.each<[string, { place?: string; date?: string; agency?: string }]>([
    ['PORTVILLE (Coastal Wire) - The port reopened on Sunday.', { place: 'PORTVILLE', agency: 'Coastal Wire' }],
    ['May 5 (UPI) — The port reopened on Sunday.', { agency: 'UPI' }],
    ['PORTVILLE, May 5, 2019 (Coastal Wire) -- The port reopened on Sunday.', { place: 'PORTVILLE', date: '2019-05-05', agency: 'Coastal Wire' }],
    ['(CNN) The port reopened on Sunday.', { agency: 'CNN' }],
    ['PORTVILLE, Fla. — The port reopened on Sunday.', { place: 'PORTVILLE, Fla.' }],
    ['Portville (AFP) – The port reopened on Sunday.', { place: 'Portville', agency: 'AFP' }],
  ])('"%s" gives a dateline of its own, and the paragraph keeps the news', (paragraph, dateline) => {
    const article = parse(`Port reopens after the storm\n\n${paragraph}\n\nShips began to enter the harbor on Monday.\n`);
    const block = article.blocks.find((b) => b.type === 'dateline');
    expect(block).toMatchObject(dateline);
    expect(block).toMatchObject({ text: paragraph.slice(0, paragraph.indexOf('The port')).trim() });
    expect(article.source).toBe(dateline.agency);
    const first = article.blocks.find((b) => b.type === 'paragraph');
    expect(first?.type === 'paragraph' && first.unit.text).toBe('The port reopened on Sunday.');
    if (dateline.date) expect(article.published).toEqual({ value: dateline.date, from: 'dateline' });
  });

  it('a paper\'s own dateline ("WASHINGTON — …") opens no derived headline', () => {
    const article = parse('WASHINGTON — The port of Portville reopened on Sunday after a week-long closure.\n\nShips began to enter the harbor on Monday.\n');
    expect(article.title).toBe('The port of Portville reopened on Sunday after a week-long closure');
    expect(article.titleDerived).toBe(true);
  });

  it('a bracketed word that is no agency stays text, and so does a lead after the opening paragraphs', () => {
    expect(parse('Port reopens\n\n(Updated) The port reopened on Sunday.\n').blocks.some((b) => b.type === 'dateline')).toBe(false);
    // A name in title case with a party's letter is no dateline: "Smith (R) – The …".
    expect(parse('Port reopens\n\nSenator Smith (R) – The port reopened on Sunday.\n').blocks.some((b) => b.type === 'dateline')).toBe(false);
    const late = parse('Port reopens\n\nOne.\n\nTwo.\n\nThree.\n\n(CNN) The port reopened on Sunday.\n');
    expect(late.blocks.some((b) => b.type === 'dateline')).toBe(false);
  });
});
