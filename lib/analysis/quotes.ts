import type { QuoteMention } from '../extract';
import type { AnalyzedEntity, AnalyzedQuote, QuoteKind, QuoteSource, QuoteSpeaker, QuoteStatus } from '../schema/story';
import type { ArticleMentions } from './extract-article';
import { mentionKey } from './entities';
import { readableId, uniqueIds } from './ids';
import { jaccard } from './words';

/** One article's quotes, with its source's citation, speaker and the part of a split quote. */
interface Reported extends QuoteSource {
  order: number;
  words: Set<string>;
  normalized: string;
}

const normalize = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
const wordsOf = (normalized: string) => new Set(normalized.split(' ').filter((w) => w.length > 2));

/** A quote of fewer words than this groups with another only when one holds the other's words. */
const MIN_OVERLAP_WORDS = 4;
/** Share of the two quotes' words that both have (Jaccard): most of each, not only of the shorter one. */
const OVERLAP = 0.5;

/**
 * Two reports of the same words: one holds the other (a partial quote of a longer one), or most
 * of the words of both are shared ("than we feared" / "than we had feared"). Two different
 * quotes that share a phrase ("a relief for every family on the waterfront" / "every family on
 * the waterfront owes them thanks") are two quotes.
 */
function sameWords(a: Reported, b: Reported): boolean {
  if (a.normalized.includes(b.normalized) || b.normalized.includes(a.normalized)) return true;
  if (Math.min(a.words.size, b.words.size) < MIN_OVERLAP_WORDS) return false;
  return jaccard(a.words, b.words) >= OVERLAP;
}

const KIND_RANK: QuoteKind[] = ['direct', 'partial', 'indirect'];

/**
 * How the sources agree. Different named speakers: attributed differently (a description such
 * as "a spokesman" contradicts no name). The same speaker in different direct words, neither
 * holding the other: worded differently. Indirect speech is a paraphrase by nature.
 */
function statusOf(sources: Reported[]): QuoteStatus {
  if (new Set(sources.map((s) => s.article)).size < 2) return 'single';
  const named = new Set(sources.flatMap((s) => (s.speaker?.entity ? [s.speaker.entity] : [])));
  if (named.size > 1) return 'attributed-differently';
  const direct = sources.filter((s) => s.kind === 'direct');
  const differ = direct.some((a) => direct.some((b) => a.article !== b.article && !a.normalized.includes(b.normalized) && !b.normalized.includes(a.normalized)));
  return differ ? 'worded-differently' : 'agree';
}

/** The speaker most sources give: a named entity first, then a description. */
function groupSpeaker(sources: Reported[]): QuoteSpeaker | undefined {
  const counts = new Map<string, { speaker: QuoteSpeaker; n: number }>();
  for (const s of sources) {
    if (!s.speaker) continue;
    const key = s.speaker.entity ?? `~${s.speaker.name.toLowerCase()}`;
    const entry = counts.get(key) ?? { speaker: s.speaker, n: 0 };
    entry.n += s.speaker.entity ? 2 : 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.speaker;
}

/**
 * Every quote of the story, grouped across sources: the same words (or one source's words
 * inside another's) are one group, citing each source's sentence, speaker and verb.
 */
export function buildQuoteGroups(articles: ArticleMentions[], idOfMention: Map<string, string>, entities: AnalyzedEntity[]): AnalyzedQuote[] {
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const reports: Reported[] = [];
  for (const mentions of articles) {
    for (const q of mentions.quotes) {
      const at = mentions.text.locate(q.start, q.end);
      if (!at) continue;
      const speaker = speakerOf(q, mentions, idOfMention, nameOf);
      const cueAt = q.cue && mentions.text.locate(q.cue.start, q.cue.end);
      const normalized = normalize(q.text);
      if (!normalized) continue;
      reports.push({
        article: at.article,
        anchor: at.anchor,
        quote: mentions.text.sentence(at.anchor)!.text,
        text: q.text,
        kind: q.kind,
        ...(q.cue && { cue: q.cue.text }),
        ...(cueAt && { cueSpan: { unit: cueAt.unit, start: cueAt.start, end: cueAt.end } }),
        ...(speaker && { speaker }),
        part: `${at.article}:${q.quoteId}`,
        span: { unit: at.unit, start: at.start, end: at.end },
        order: reports.length,
        normalized,
        words: wordsOf(normalized),
      });
    }
  }

  // Union-find over reports with the same words; parts of one quote stay apart (they are different words).
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (reports[i]!.part !== reports[j]!.part && sameWords(reports[i]!, reports[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Reported[]>();
  reports.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));

  const built = [...groups.values()].map((sources) => {
    const kind = KIND_RANK.find((k) => sources.some((s) => s.kind === k))!;
    const speaker = groupSpeaker(sources);
    const text = sources.find((s) => s.kind === kind)!.text;
    return {
      key: sources[0]!.order,
      articles: new Set(sources.map((s) => s.article)).size,
      group: {
        ...(speaker && { speaker }),
        kind,
        text,
        status: statusOf(sources),
        sources: sources.map(({ order: _o, words: _w, normalized: _n, ...source }) => source),
      },
    };
  });
  // The quotes most sources carry first, then in reading order.
  built.sort((a, b) => b.articles - a.articles || a.key - b.key);
  const ids = uniqueIds(built, ({ group }) => readableId(`${group.speaker?.name ?? 'unattributed'} ${group.text}`, 8), ({ group }) => `${group.sources[0]!.article}#${group.sources[0]!.anchor}:${group.sources[0]!.span.start}`);
  return built.map(({ group }, i) => ({ id: ids[i]!, ...group }));
}

/** The speaker a source gives: the entity it resolves to, or its own words for a description. */
function speakerOf(q: QuoteMention, mentions: ArticleMentions, idOfMention: Map<string, string>, nameOf: Map<string, string>): QuoteSpeaker | undefined {
  if (!q.speaker) return undefined;
  const at = q.speaker.mention && mentions.text.locate(q.speaker.mention.start, q.speaker.mention.end);
  const entity = at ? idOfMention.get(mentionKey(at)) : undefined;
  if (entity) return { name: nameOf.get(entity)!, entity };
  // A pronoun that points at nobody names nobody.
  return q.speaker.via === 'description' ? { name: q.speaker.text } : undefined;
}
