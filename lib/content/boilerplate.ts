/**
 * Boilerplate by general features, in the spirit of jusText (Pomikálek, 2011): each text line is
 * judged by its length, its density of stop words, whether it ends a sentence, whether it reads
 * like a link or a picture credit, and whether it repeats; then by its neighbours.
 *
 * News has lines jusText would throw away (a football result, a list of names: short, no stop
 * words, no full stop), so terseness alone removes nothing. A line goes only on evidence of its own
 * (a link, a credit, a repeat) or of its neighbours (it sits between removed lines, or in a list of
 * links after "Read more:").
 */
import { eng } from 'stopword';
import type { Chrome } from '../schema/content';
import { boxKind, isHeadingLike, isLabel } from './lines';

/** jusText's classes: long prose is good, prose-like text near-good, the rest short or bad. */
export type Quality = 'good' | 'near-good' | 'short' | 'bad';

// jusText's default thresholds, in characters and in the share of words that are stop words.
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.3;
const STOPWORDS_HIGH = 0.32;

const STOP_WORDS = new Set(eng);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SENTENCE_END = /[.!?…]["'’”)\]]*$/;

/** "[Video purports to show captives]": a related story's title in brackets, linked in the page. */
const BRACKETED = /^\[[^[\]]{3,}\]$/;
/** "READ MORE: Second girl found", "Related: 34 things to know": a link with its label on one line. */
const LABELLED_LINK = /^(?:read more|more|related|see also|also read|read next|watch|recommended)\s*:\s*\S/i;
/** Agencies that credit news pictures. */
const PICTURE_AGENCY = String.raw`(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|PA|Associated Press|Alamy|Rex(?: Features)?|Shutterstock|Bloomberg|Corbis|NurPhoto|SIPA|Anadolu)`;
/** "Reuters In 2014 Boko …", "AP:Associated Press The girls …": a picture's credit run into its caption. */
const CREDIT_LED = new RegExp(String.raw`^${PICTURE_AGENCY}(?:\s*:\s*${PICTURE_AGENCY})?\s+(?=\p{Lu})`, 'u');

/** Lines (trimmed) that two or more of a story's texts carry, each text counted once. */
export function sharedLinesOf(texts: string[]): Set<string> {
  const files = new Map<string, number>();
  for (const text of texts) for (const line of new Set(text.split('\n').map((l) => l.trim()))) if (line) files.set(line, (files.get(line) ?? 0) + 1);
  return new Set([...files].filter(([, n]) => n > 1).map(([line]) => line));
}

export interface LineFeatures {
  chars: number;
  stopWordDensity: number;
  endsSentence: boolean;
}

export function featuresOf(text: string): LineFeatures {
  const words = text.toLowerCase().match(WORD) ?? [];
  const stop = words.filter((w) => STOP_WORDS.has(w.replace(/['’].*$/, ''))).length;
  return { chars: text.length, stopWordDensity: words.length === 0 ? 0 : stop / words.length, endsSentence: SENTENCE_END.test(text) };
}

/** jusText's first, context-free pass (without its link density, which plain text does not have). */
export function qualityOf(f: LineFeatures): Quality {
  if (f.chars < LENGTH_LOW) return 'short';
  if (f.stopWordDensity >= STOPWORDS_HIGH && f.chars > LENGTH_HIGH) return 'good';
  return f.stopWordDensity >= STOPWORDS_LOW ? 'near-good' : 'bad';
}

/** One non-blank source line as the classifier sees it: text, or already known to be something else. */
export interface SourceLine {
  text: string;
  /** Set when the line classifier already removed the line. */
  chrome?: Chrome['reason'];
  /** Lines that are structure (lists, tables, datelines) are never judged here. */
  isText: boolean;
}

/**
 * Which text lines are boilerplate, and why. `lines` are an article's non-blank lines in order;
 * `elsewhere` holds lines (trimmed) that other articles of the story also carry. The first line,
 * where a headline stands, is judged only by its neighbours.
 */
export function boilerplate(lines: SourceLine[], elsewhere: ReadonlySet<string> = new Set()): Map<number, Chrome['reason']> {
  const removed = new Map<number, Chrome['reason']>();
  const seen = new Map<string, number>();
  for (const line of lines) if (line.isText) seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
  const features = lines.map((l) => featuresOf(l.text));

  // Evidence of the line's own. A repeat of the headline is the segmenter's to record. A line
  // repeated in the article is furniture inside prose ("Advertisement", "Photo"); under another
  // heading it is one too ("Men's singles" / "Semi-finals"). Another article carrying it is
  // evidence only for a line no heading: sections of two articles may both be a "Conclusion".
  lines.forEach((line, i) => {
    if (!line.isText || line.chrome || i === 0) return;
    const sharedWithStory = elsewhere.has(line.text) && !isHeadingLike(line.text);
    const repeated = line.text !== lines[0]!.text && ((seen.get(line.text) ?? 0) > 1 || sharedWithStory);
    const inProse = features[i - 1]!.endsSentence && (i + 1 === lines.length || features[i + 1]!.endsSentence);
    const own = ownEvidence(line.text, features[i]!, repeated && inProse);
    if (own) removed.set(i, own);
  });
  // A separator divides text; it says nothing of the lines around it.
  const isChrome = (i: number) => i >= 0 && i < lines.length && ((lines[i]!.chrome ?? 'separator') !== 'separator' || removed.has(i));

  // Evidence of its neighbours: a line that is no sentence, between two removed lines.
  lines.forEach((line, i) => {
    if (!line.isText || line.chrome || removed.has(i) || features[i]!.endsSentence) return;
    if (qualityOf(features[i]!) !== 'good' && isChrome(i - 1) && isChrome(i + 1)) removed.set(i, 'boilerplate');
  });

  // A list of links at the end: "Read more:" and the lines after it, up to the first good paragraph.
  const label = lines.findIndex((l, i) => l.isText && !l.chrome && i > 0 && isLabel(l.text) && boxKind(l.text) === 'related' && lines[i + 1]?.isText);
  if (label !== -1) {
    let end = label + 1;
    while (end < lines.length && lines[end]!.isText && qualityOf(features[end]!) !== 'good') end++;
    if (end === lines.length) for (let i = label; i < end; i++) if (!lines[i]!.chrome) removed.set(i, 'link-list');
  }
  return removed;
}

function ownEvidence(text: string, f: LineFeatures, repeated: boolean): Chrome['reason'] | undefined {
  if (BRACKETED.test(text)) return 'link-list';
  if (f.endsSentence) return undefined;
  if (LABELLED_LINK.test(text)) return 'link-list';
  if (CREDIT_LED.test(text)) return 'photo-caption';
  // A line that is no sentence and comes twice: furniture ("Advertisement", "Photo"), not news.
  if (repeated) return 'repeated-line';
  return undefined;
}
