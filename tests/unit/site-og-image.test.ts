import { afterEach, describe, expect, it, vi } from 'vitest';
import { ogCards } from '@/lib/site/og-cards';
import { ogImagePng } from '@/lib/site/og-image';
import { siteData } from '@/lib/site/data';
import { firstDifference, inTwoProcesses } from '../helpers/determinism';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const CARD = { kind: 'Source article', title: 'Canada and Mexico step up border talks', source: 'Example News' };

afterEach(() => vi.unstubAllGlobals());

describe('share images', () => {
  it('are 1200×630 PNGs, byte-identical for the same card in separate processes, time zones and locales apart', async () => {
    const png = await ogImagePng(CARD);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const [first, second] = await inTwoProcesses('og-image', JSON.stringify(CARD));
    expect(firstDifference(first!, second!)).toBeUndefined();
    expect(first!.toString()).toBe(Buffer.from(png).toString('hex'));
  }, 60_000);

  it('differ by title and source', async () => {
    const base = Buffer.from(await ogImagePng(CARD));
    expect(base.equals(Buffer.from(await ogImagePng({ ...CARD, title: 'Another headline' })))).toBe(false);
    expect(base.equals(Buffer.from(await ogImagePng({ ...CARD, source: undefined })))).toBe(false);
  });

  it('never reach for the network, even for glyphs the font lacks', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in builds')));
    vi.stubGlobal('fetch', fetch);
    const png = await ogImagePng({ ...CARD, title: 'Łódź, Αθήνα, Київ, 東京 🇨🇦 and a very long headline that has to wrap over several lines of the card to fit' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('cover every page that has one: site, articles, entities, fact groups and quote groups, each at its own path', () => {
    const cards = ogCards();
    const paths = cards.map((c) => c.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/og/site.png');
    const { story } = siteData();
    for (const a of story.articles) expect(paths).toContain(`/og/articles/${a.slug}.png`);
    for (const e of story.entities) expect(paths).toContain(`/og/entities/${e.slug}.png`);
    for (const f of story.facts) expect(paths).toContain(`/og/facts/${f.id}.png`);
    for (const q of story.quotes) expect(paths).toContain(`/og/quotes/${q.id}.png`);
    expect(story.quotes.length).toBeGreaterThan(0);
    const article = cards.find((c) => c.path === '/og/articles/border-tensions-tariffs-spark-urgent-agreements.png')!;
    expect(article.card).toMatchObject({ kind: 'Source article', source: 'VisaVerge.com', note: expect.stringContaining('derived') });
  });
});
