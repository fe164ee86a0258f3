import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles, parseArticle } from '@/lib/content';
import { featuresOf, qualityOf } from '@/lib/content/boilerplate';
import { CORPUS_DIR, hasCorpus } from '../helpers/paths';

const parse = (text: string) => parseArticle('web.txt', 'web', text);
const removed = (text: string) => parse(text).chrome.map((c) => `${c.reason}: ${c.text}`);
const paragraphs = (text: string) => parse(text).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.unit.text] : []));

const LEAD = 'Harbor workers ended their strike on Thursday after the port authority agreed to raise wages by four percent, officials said.';
const SECOND = 'The strike had closed the port for nine days and left dozens of ships waiting offshore, according to the shipping agency.';

describe('boilerplate by general features (jusText-style)', () => {
  it('scores lines by length and stop-word density, as jusText does', () => {
    expect(qualityOf(featuresOf(`${LEAD} ${SECOND}`))).toBe('good');
    expect(qualityOf(featuresOf('Photo'))).toBe('short');
    // A line of names and numbers has no stop words: bad by jusText's measure, which is why it is not removed for that alone.
    expect(qualityOf(featuresOf('Rivertown 2 (Alder 38, 72) Stonebridge 2 (Mallory 67, Penn 85), Eastfield 1 (Corr 12) Westbury 0'))).toBe('bad');
  });

  it('removes a picture credit run into its caption, but not a headline or a sentence that starts with an agency', () => {
    const text = `Agency Wire digest -- Nov. 7\n\n${LEAD}\n\nReuters In 2014 the strikers marched through the old harbor district\n\nReuters reported that talks would resume.\n`;
    expect(removed(text)).toEqual(['photo-caption: Reuters In 2014 the strikers marched through the old harbor district']);
    expect(parse(text).title).toBe('Agency Wire digest -- Nov. 7');
    expect(paragraphs(text)).toContain('Reuters reported that talks would resume.');
  });

  it('removes links to other stories: bracketed titles and labelled links', () => {
    const text = `Strike ends\n\n${LEAD}\n\n[Graphic: The ports that handle the most cargo]\n\n${SECOND}\n\nREAD MORE: Dock workers vote on new contract\n\nMore: the union will vote again next week.\n`;
    expect(removed(text)).toEqual(['link-list: [Graphic: The ports that handle the most cargo]', 'link-list: READ MORE: Dock workers vote on new contract']);
    // A sentence is never a link, whatever it opens with.
    expect(paragraphs(text)).toContain('More: the union will vote again next week.');
  });

  it('removes a line that is no sentence and comes twice in the prose; a repeated subheading over results stays', () => {
    const text = `Strike ends\n\n${LEAD}\n\nStory continues below\n\n${SECOND}\n\nStory continues below\n\nThe union said it was satisfied.\n`;
    expect(removed(text)).toEqual(['repeated-line: Story continues below', 'repeated-line: Story continues below']);
    const results = 'Results from the harbor regatta\n\nMen\n\nFinal\n\nRivertown bt Stonebridge, 3-1.\n\nWomen\n\nFinal\n\nEastfield bt Westbury, 3-2.\n';
    expect(removed(results)).toEqual([]);
  });

  it('removes "Read more:" and the short lines after it at the end of an article; a good paragraph after the label stays', () => {
    const text = `Strike ends\n\n${LEAD}\n\n${SECOND}\n\nRead more:\n\nDock workers vote on new contract\n\nThey left the docks. But the strike is not over.\n`;
    expect(removed(text)).toEqual([
      'link-list: Read more:',
      'link-list: Dock workers vote on new contract',
      'link-list: They left the docks. But the strike is not over.',
    ]);
    const kept = `Strike ends\n\n${LEAD}\n\nRead more:\n\n${LEAD} ${SECOND}\n`;
    expect(removed(kept)).toEqual([]);
  });

  it('removes a line that is no sentence between two removed lines', () => {
    const text = `Strike ends\n\n${LEAD}\n\n[Graphic: The ports that handle the most cargo]\n\nTop stories from our harbor desk\n\n[Dock workers vote on new contract]\n\n${SECOND}\n`;
    expect(removed(text)).toContain('boilerplate: Top stories from our harbor desk');
    expect(paragraphs(text)).toEqual([LEAD, SECOND]);
  });

  it('a line that is no sentence nor heading and that another article of the story also carries is furniture; shared prose and headings are not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-boilerplate-'));
    try {
      const shared = 'The Harbor Desk newsletter brings the port news every weekday morning, with the shipping times, the weather and the tides';
      writeFileSync(join(dir, 'a.txt'), `Strike ends at the port\n\n${LEAD}\n\n${shared}\n\n${SECOND}\n\nConclusion\n\nThe union said it was satisfied.\n`);
      writeFileSync(join(dir, 'b.txt'), `Port reopens after strike\n\n${SECOND}\n\n${shared}\n\nShips began to dock on Friday.\n\nConclusion\n\nThe port expects a busy week.\n`);
      const { articles } = loadArticles(dir);
      for (const article of articles) {
        expect(article.chrome, article.id).toEqual([expect.objectContaining({ reason: 'repeated-line', text: shared })]);
        expect(article.blocks.some((b) => b.type === 'paragraph' && b.unit.text === SECOND), article.id).toBe(true);
        expect(article.blocks.some((b) => b.type === 'heading' && b.text === 'Conclusion'), article.id).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Clean newswire has no site furniture: every line the classifier removed there would be news lost.
describe.skipIf(!hasCorpus)('boilerplate on the newswire corpus', () => {
  it('removes no line of the 915 articles as repeated, boilerplate or a link', () => {
    const { articles } = loadArticles(CORPUS_DIR);
    expect(articles).toHaveLength(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).length);
    const judged = articles.flatMap((a) => a.chrome.filter((c) => ['repeated-line', 'boilerplate', 'link-list'].includes(c.reason)).map((c) => `${a.id}: ${c.text}`));
    expect(judged).toEqual([]);
    // The corpus does have credit-led lines in headline position ("Xinhua … news advisory"): they stay headlines.
    const advisory = articles.find((a) => /^Xinhua .*advisory/i.test(readFileSync(join(CORPUS_DIR, `${a.id}.txt`), 'utf8')));
    expect(advisory?.title).toMatch(/^Xinhua/);
  });
});
