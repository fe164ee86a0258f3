import type { Root as HastRoot } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Block, TextUnit } from '../schema/content';
import { articleMdast, sentenceNodes } from './mdast';
import { ContentLink } from './link';
import type { MarkIndex } from './marks';

/**
 * The one rendering pipeline: mdast → hast (remark-rehype, raw HTML never allowed through) →
 * React elements. No HTML strings are built or injected anywhere.
 */
const toHast = unified().use(remarkRehype, { allowDangerousHtml: false });

function render(tree: Parameters<typeof toHast.runSync>[0]): ReactNode {
  const hast = toHast.runSync(tree) as HastRoot;
  return toJsxRuntime(hast, { Fragment, jsx, jsxs, components: { a: ContentLink } });
}

export function renderBlocks(blocks: Block[], marks?: MarkIndex): ReactNode {
  return render(articleMdast(blocks, marks));
}

/** One unit's sentences as inline content, e.g. for a reader comment. */
export function renderUnitText(unit: TextUnit): ReactNode {
  return render({ type: 'root', children: sentenceNodes(unit) as never });
}
