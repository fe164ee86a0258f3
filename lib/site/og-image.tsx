import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_NAME, SITE_TAGLINE } from './config';
import { OG_IMAGE_SIZE } from './metadata';
import { OG_FONT_FAMILY, ogFonts } from './og-font';

/** What a share image shows. Any page type (article, entity, fact group) describes itself with one. */
export interface OgCard {
  /** Small label above the title: what kind of page this is. */
  kind: string;
  title: string;
  /**
   * Who published it, shown under the title. An article card always sets the key (undefined
   * shows "Source not named"); cards of other pages leave it out and show no source line.
   */
  source?: string;
  /** An extra line under the source, e.g. that the headline was derived. */
  note?: string;
}

const INK = '#1d1f22';
const PAPER = '#fbfaf7';
const ACCENT = '#8a2d12';
const MUTED = '#575c63';
const BAR = 16;
const MARGIN_X = 72;
const MARGIN_Y = 44;
const CONTENT_WIDTH = OG_IMAGE_SIZE.width - 2 * MARGIN_X;
const CONTENT_HEIGHT = OG_IMAGE_SIZE.height - BAR - 2 * MARGIN_Y;

/** Long headlines get a smaller size so they fit the card without being cut. */
function titleSize(title: string): number {
  if (title.length <= 60) return 72;
  if (title.length <= 110) return 58;
  return 46;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > 0 ? cut : max - 1)}…`;
}

function Card({ card }: { card: OgCard }) {
  const title = clip(card.title, 160);
  const line = { display: 'flex', marginTop: 6 } as const;
  // Explicit sizes throughout: satori sizes boxes without the border and padding of a parent.
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: OG_IMAGE_SIZE.width, height: OG_IMAGE_SIZE.height, background: PAPER, color: INK, fontFamily: OG_FONT_FAMILY }}>
      <div style={{ display: 'flex', height: BAR, background: ACCENT }} />
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: CONTENT_WIDTH, height: CONTENT_HEIGHT, margin: `${MARGIN_Y}px ${MARGIN_X}px` }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 600, color: ACCENT }}>{`${SITE_NAME} · ${card.kind}`}</div>
        <div style={{ display: 'flex', fontSize: titleSize(title), fontWeight: 600, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: 'flex', flexDirection: 'column', fontSize: 30, color: MUTED }}>
          {'source' in card ? <div style={{ ...line, color: INK }}>{card.source ? `Source: ${card.source}` : 'Source not named'}</div> : null}
          {card.note ? <div style={line}>{card.note}</div> : null}
          <div style={line}>{SITE_TAGLINE}</div>
        </div>
      </div>
    </div>
  );
}

/**
 * A 1200×630 PNG: satori lays the card out as SVG with the font from npm, resvg rasterises it.
 * Same input, same bytes: no system fonts, no clock, and no network (a glyph missing from the
 * font is left out instead of being fetched, which satori would otherwise try).
 */
export async function ogImagePng(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(<Card card={card} />, { ...OG_IMAGE_SIZE, fonts: ogFonts(), loadAdditionalAsset: async () => [] });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}
