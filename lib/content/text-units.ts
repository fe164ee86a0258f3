import type { Block, TextUnit } from '../schema/content';

/** Every citable text unit of the article body, in reading order (comments excluded). */
export function bodyUnits(blocks: Block[]): TextUnit[] {
  return blocks.flatMap((block): TextUnit[] => {
    switch (block.type) {
      case 'paragraph':
        return [block.unit];
      case 'list':
      case 'takeaways':
        return block.items;
      case 'summary':
        return block.paragraphs;
      case 'glossary':
        return block.entries.map((entry) => entry.definition);
      case 'table':
        return block.rows.flat().filter((cell): cell is TextUnit => cell !== null);
      default:
        return [];
    }
  });
}
