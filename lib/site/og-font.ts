import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SatoriOptions } from 'satori';

/** Every script subset Source Serif 4 ships; satori takes each glyph from whichever subset has it. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const WEIGHTS = [400, 600] as const;

export const OG_FONT_FAMILY = 'Source Serif 4';

let cached: SatoriOptions['fonts'] | undefined;

/**
 * Source Serif 4 from the @fontsource npm package (satori reads .woff, not .woff2). Read from
 * node_modules at build time: no font is ever downloaded. Path from the project root because the
 * route is bundled, and a bundled module's own location says nothing about node_modules.
 */
export function ogFonts(): SatoriOptions['fonts'] {
  cached ??= WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({
      name: OG_FONT_FAMILY,
      weight,
      style: 'normal' as const,
      data: readFileSync(join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4', 'files', `source-serif-4-${subset}-${weight}-normal.woff`)),
    })),
  );
  return cached;
}
