import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Block, TextUnit } from '../schema/content';
import { articleHast, root, sentenceNodes } from './hast';
import type { MarkIndex } from '../site/marks';

export interface RenderOptions {
  /** Marks by unit anchor: spans of the text to link (entities, dates, figures). */
  marks?: MarkIndex;
  /** Renders every link; the site passes one that knows its base path. Default: a plain `<a>`. */
  link?: ComponentType<ComponentProps<'a'>>;
}

/**
 * The one rendering pipeline: a hast tree built from typed blocks (article text only ever in
 * text nodes) → React elements. No HTML strings are built or injected anywhere.
 */
function render(tree: ReturnType<typeof root>, { link }: RenderOptions): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: link ? { a: link } : {} });
}

export function renderBlocks(blocks: Block[], options: RenderOptions = {}): ReactNode {
  return render(articleHast(blocks, options.marks), options);
}

/** One unit's sentences as inline content, e.g. for a reader comment. */
export function renderUnitText(unit: TextUnit, options: RenderOptions = {}): ReactNode {
  return render(root(sentenceNodes(unit, options.marks?.get(unit.anchor))), options);
}
