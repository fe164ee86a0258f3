import { afterEach, describe, expect, it, vi } from 'vitest';
import { ogImagePng, ogImageRoute } from '@/lib/site/og-image';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const CARD = { kind: 'Source article', title: 'Canada and Mexico step up border talks', source: 'Example News' };

afterEach(() => vi.unstubAllGlobals());

describe('share images', () => {
  it('are 1200×630 PNGs, byte-identical for the same card', async () => {
    const png = await ogImagePng(CARD);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(await ogImagePng(CARD)).equals(Buffer.from(png))).toBe(true);
  });

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

  it('come from one route factory: static params and a PNG response per item', async () => {
    const items = [{ slug: 'one', title: 'One' }, { slug: 'two', title: 'Two' }];
    const route = ogImageRoute(() => items, (i) => i.slug, (i) => ({ kind: 'Entity', title: i.title }));
    expect(route.generateStaticParams()).toEqual([{ image: 'one.png' }, { image: 'two.png' }]);
    const response = await route.GET(new Request('http://x/'), { params: Promise.resolve({ image: 'two.png' }) });
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    expect((await route.GET(new Request('http://x/'), { params: Promise.resolve({ image: 'three.png' }) })).status).toBe(404);
  });
});
