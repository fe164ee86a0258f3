import nlp from 'compromise';
import type { EntityMention, QuoteMention } from './schema';
import { quoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences } from '../content/sentences';
import { AUXILIARY, cueLemma, DETERMINERS, isAdverb, isFrameWord, PRONOUNS, tokensOf, type Token } from './speech-words';

/**
 * Who said what: direct quotes (“…,” X said / X said: “…”), partial quotes (called the meeting
 * “constructive”) and indirect speech (X said that …; …, X said; according to X, …), each with
 * its verb of saying and its speaker when the text gives one. A sieve of layout rules in the
 * manner of CoreNLP's QuoteAnnotator; a quote whose speaker the text does not give has none.
 */
type Speaker = NonNullable<QuoteMention['speaker']>;
type Cue = NonNullable<QuoteMention['cue']>;
interface Attribution {
  cue: Cue;
  speaker?: Speaker;
}

/** A direct quote shorter than this with no speaker is a title or a scare quote, not speech. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** Indirect speech needs a clause, not a word. */
const MIN_REPORTED_WORDS = 3;
/** How far back a pronoun looks for the person it stands for. */
const ANTECEDENT_WINDOW = 1500;
const APPOSITIVE_TOKENS = 20;
/** A described speaker ends in a noun, never in one of these ("this week to"). */
const FUNCTION_WORD = /^(?:to|of|in|on|at|for|with|by|from|and|or|but|as|than|that|which|who|week|year|month|day|time)$/;

class Attributor {
  readonly tokens: Token[];
  readonly spans: QuoteSpan[];
  private readonly sentences: Array<[number, number]>;

  constructor(readonly text: string, readonly entities: EntityMention[]) {
    this.tokens = tokensOf(text);
    this.spans = quoteSpans(text);
    this.sentences = splitSentences(text).map(({ start, end }) => [start, end]);
  }

  sentenceAt(offset: number): [number, number] {
    return this.sentences.find(([s, e]) => offset >= s && offset < e) ?? [offset, offset];
  }

  /** Index of the token starting at or after `offset`. */
  tokenFrom(offset: number): number {
    const i = this.tokens.findIndex((t) => t.start >= offset);
    return i === -1 ? this.tokens.length : i;
  }

  /** Index of the last token ending at or before `offset`. */
  tokenBefore(offset: number): number {
    let i = this.tokenFrom(offset) - 1;
    while (i >= 0 && this.tokens[i]!.end > offset) i--;
    return i;
  }

  gap(i: number): string {
    return this.text.slice(this.tokens[i - 1]?.end ?? 0, this.tokens[i]!.start);
  }

  inQuote(offset: number): boolean {
    return this.spans.some((q) => offset > q.open && offset < q.close);
  }

  cueAt(i: number): Cue | undefined {
    const t = this.tokens[i];
    const lemma = t && !this.inQuote(t.start) ? cueLemma(t) : undefined;
    return lemma ? { start: t!.start, end: t!.end, text: t!.text, lemma } : undefined;
  }

  mentionEndingAt(end: number): EntityMention | undefined {
    return this.entities.find((e) => e.end === end || (e.end === end - 2 && /^[’']s$/.test(this.text.slice(e.end, end))));
  }

  mentionStartingAt(start: number): EntityMention | undefined {
    return this.entities.find((e) => e.start === start);
  }

  /** The speaker whose last word is token `i`: a name, a pronoun or a description. */
  speakerEndingAt(i: number): Speaker | undefined {
    const t = this.tokens[i];
    if (!t) return undefined;
    const named = this.mentionEndingAt(t.end);
    if (named && named.type !== 'law' && named.type !== 'agreement') return { start: named.start, end: named.end, text: named.text, via: 'name', mention: { start: named.start, end: named.end } };
    if (t.lower in PRONOUNS) return this.pronoun(t);
    // "the foreign ministry", "a police spokesman": back to a determiner, words joined by spaces only.
    for (let k = i, seen = 0; k >= 0 && seen < 6; k--, seen++) {
      if (k < i && !/^ +$/.test(this.gap(k + 1))) return undefined;
      if (DETERMINERS.has(this.tokens[k]!.lower)) return k === i || FUNCTION_WORD.test(t.lower) ? undefined : this.description(k, i);
      if (cueLemma(this.tokens[k]!) && k < i) return undefined;
    }
    return undefined;
  }

  /** The speaker whose first word is token `i` ("said Cipriani", "said the ministry"). */
  speakerStartingAt(i: number, limit: number): Speaker | undefined {
    const t = this.tokens[i];
    if (!t || t.start >= limit) return undefined;
    const named = this.mentionStartingAt(t.start) ?? this.nameAfterTitle(i, limit);
    if (named && named.type !== 'law' && named.type !== 'agreement') return { start: t.start, end: named.end, text: this.text.slice(t.start, named.end), via: 'name', mention: { start: named.start, end: named.end } };
    if (t.lower in PRONOUNS) return this.pronoun(t);
    if (!DETERMINERS.has(t.lower)) return undefined;
    // A description runs to the punctuation or the verb that ends it.
    let k = i;
    while (k + 1 < this.tokens.length && k - i < 6 && /^ +$/.test(this.gap(k + 1)) && this.tokens[k + 1]!.start < limit && !cueLemma(this.tokens[k + 1]!) && !AUXILIARY.has(this.tokens[k + 1]!.lower) && this.tokens[k + 1]!.lower !== 'who') k++;
    return k > i && !FUNCTION_WORD.test(this.tokens[k]!.lower) ? this.description(i, k) : undefined;
  }

  /** "Dr. Miguel Sanchez", "Foreign Minister Jane Doe": a person named after capitalised title words. */
  private nameAfterTitle(i: number, limit: number): EntityMention | undefined {
    for (let k = i; k < i + 4 && k < this.tokens.length && this.tokens[k]!.start < limit; k++) {
      if (k > i && !/^ +$/.test(this.gap(k))) return undefined;
      const named = this.mentionStartingAt(this.tokens[k]!.start);
      if (named) return named.type === 'person' && k > i ? named : undefined;
      if (!/^\p{Lu}/u.test(this.tokens[k]!.text)) return undefined;
    }
    return undefined;
  }

  private description(from: number, to: number): Speaker {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to]!.end;
    const inside = this.entities.filter((e) => e.start >= start && e.end <= end && e.type !== 'law' && e.type !== 'agreement');
    const named = inside.filter((e) => e.type === 'person').at(-1) ?? inside.filter((e) => e.type === 'organization').at(-1);
    const titled = named ?? this.titledPerson(this.tokens[to]!.lower, start);
    return { start, end, text: this.text.slice(start, end), via: 'description', ...(titled && { mention: { start: titled.start, end: titled.end } }) };
  }

  /** "the cardiologist said": the last person before whose role ends with that word. */
  private titledPerson(head: string, before: number): EntityMention | undefined {
    return this.entities.filter((e) => e.type === 'person' && e.end <= before && before - e.end < ANTECEDENT_WINDOW && e.role?.title.toLowerCase().split(' ').at(-1) === head).at(-1);
  }

  /** A pronoun bound to the last person (or, for "it", organization) before it that fits. */
  private pronoun(t: Token): Speaker {
    const wants = PRONOUNS[t.lower];
    const speaker: Speaker = { start: t.start, end: t.end, text: t.text, via: 'pronoun' };
    if (!wants) return speaker;
    const candidates = this.entities.filter(
      (e) => e.end <= t.start && t.start - e.end < ANTECEDENT_WINDOW && !this.inQuote(e.start) && (wants === 'organization' ? e.type === 'organization' : e.type === 'person' && fitsGender(e.canonical, wants)),
    );
    const antecedent = candidates.at(-1);
    return antecedent ? { ...speaker, mention: { start: antecedent.start, end: antecedent.end } } : speaker;
  }

  /**
   * The speaker of the verb of saying at token `cue`: the subject right before it ("Cipriani
   * said", "X, a trade expert, noted"), or after it ("said Cipriani"), or, for a verb joined by
   * "and"/"but", the subject of the sentence ("X spent three hours there and said …").
   */
  subjectOf(cue: number, sentenceStart: number): Speaker | undefined {
    let k = cue - 1;
    while (k >= 0 && this.tokens[k]!.start >= sentenceStart && isAdverb(this.tokens[k]!) && /^ +$/.test(this.gap(k + 1))) k--;
    if (k < 0 || this.tokens[k]!.start < sentenceStart) return undefined;
    const between = this.gap(k + 1);
    if (/^ +$/.test(between)) {
      if (/^(?:and|but)$/.test(this.tokens[k]!.lower)) return this.sentenceSubject(sentenceStart, this.tokens[k]!.start);
      // "A cardiologist who visited the hostages said": the subject is before "who".
      const who = this.text.slice(sentenceStart, this.tokens[k]!.start).search(/\swho\s/);
      const subject = who === -1 ? undefined : this.speakerStartingAt(this.tokenFrom(sentenceStart), sentenceStart + who + 1);
      return subject && subject.end >= sentenceStart + who - 1 ? subject : this.speakerEndingAt(k);
    }
    // "X, a U.S.-Canada trade expert, noted": skip back over the appositive to the comma before it.
    if (/^, +$/.test(between)) {
      for (let j = k, seen = 0; j > 0 && seen < APPOSITIVE_TOKENS && this.tokens[j]!.start >= sentenceStart; j--, seen++) {
        if (/[.;:!?“”"]/.test(this.gap(j))) return undefined;
        if (/^, +$/.test(this.gap(j))) return this.speakerEndingAt(j - 1);
      }
    }
    return undefined;
  }

  /** A named subject that opens the sentence (after an opening phrase like "On Monday,"). */
  private sentenceSubject(sentenceStart: number, before: number): Speaker | undefined {
    let i = this.tokenFrom(sentenceStart);
    const comma = this.text.slice(sentenceStart, before).match(/^[^,]{0,30}, /);
    const first = this.mentionStartingAt(this.tokens[i]?.start ?? -1);
    if (!first && comma) i = this.tokenFrom(sentenceStart + comma[0].length);
    const speaker = this.speakerStartingAt(i, before);
    return speaker?.via === 'description' ? undefined : speaker;
  }

  /** "“…,” X said" / "“…,” said X" / "“…,” he said": the attribution right after a closing mark. */
  attributionAfter(q: QuoteSpan): Attribution | undefined {
    if (!q.closed) return undefined;
    const rest = this.text.slice(q.close + 1, q.close + 160);
    if (!/^,?[ \t]+[\p{L}]/u.test(rest)) return undefined;
    const i = this.tokenFrom(q.close + 1);
    const [, sentenceEnd] = this.sentenceAt(q.close + 1);
    const paragraphEnd = this.text.indexOf('\n', q.close);
    const limit = Math.min(sentenceEnd, paragraphEnd === -1 ? this.text.length : paragraphEnd);
    const cue = this.cueAt(i);
    if (cue) {
      const speaker = this.speakerStartingAt(i + 1, limit);
      return { cue, ...(speaker && { speaker }) };
    }
    const speaker = this.speakerStartingAt(i, limit);
    if (!speaker) return undefined;
    let k = this.tokenFrom(speaker.end);
    while (k < this.tokens.length && isAdverb(this.tokens[k]!) && /^ +$/.test(this.gap(k))) k++;
    const after = this.cueAt(k);
    return after && /^ +$/.test(this.gap(k)) && this.tokens[k]!.start < limit ? { cue: after, speaker } : undefined;
  }

  /** "X said: “…”" / "X noted, “…”": the attribution right before an opening mark. */
  attributionBefore(q: QuoteSpan): Attribution | undefined {
    const before = this.text.slice(Math.max(0, q.open - 40), q.open);
    if (!/\p{L}[,:]?\s*$/u.test(before)) return undefined;
    const k = this.tokenBefore(q.open);
    if (k < 0 || !/^[,:]?\s*$/.test(this.text.slice(this.tokens[k]!.end, q.open))) return undefined;
    let cueIndex = k;
    // "said Monday: “…”", "told reporters: “…”": a frame word or two after the verb.
    while (cueIndex > 0 && k - cueIndex < 3 && !this.cueAt(cueIndex) && (isFrameWord(this.tokens[cueIndex]!) || this.tokens[cueIndex]!.lower === 'reporters')) cueIndex--;
    const cue = this.cueAt(cueIndex);
    if (!cue) return undefined;
    const [sentenceStart] = this.sentenceAt(cue.start);
    const speaker = this.subjectOf(cueIndex, sentenceStart);
    return { cue, ...(speaker && { speaker }) };
  }

  /** "Ebrard called the talks “constructive”": the last verb of saying earlier in the sentence, with its subject. */
  attributionEarlier(q: QuoteSpan): Attribution | undefined {
    const [sentenceStart] = this.sentenceAt(q.open);
    for (let i = this.tokenBefore(q.open); i >= 0 && this.tokens[i]!.start >= sentenceStart; i--) {
      const cue = this.cueAt(i);
      if (!cue) continue;
      const speaker = this.subjectOf(i, sentenceStart);
      if (speaker) return { cue, speaker };
    }
    return undefined;
  }

  /** Whether the opening mark starts its sentence or paragraph: the quote is a whole utterance. */
  startsSentence(q: QuoteSpan): boolean {
    const [sentenceStart] = this.sentenceAt(q.open);
    return /^\s*$/.test(this.text.slice(sentenceStart, q.open));
  }
}

const genders = new Map<string, 'male' | 'female' | undefined>();

/** A name fits a pronoun unless its first name says otherwise (compromise's name lists). */
function fitsGender(name: string, wants: 'male' | 'female'): boolean {
  if (!genders.has(name)) {
    const doc = nlp(name.split(' ')[0]!);
    genders.set(name, doc.has('#MaleName') ? 'male' : doc.has('#FemaleName') ? 'female' : undefined);
  }
  const gender = genders.get(name);
  return gender === undefined || gender === wants;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Direct and partial quotes: the quoted spans that are speech, attributed where the layout says. */
function quotedSpeech(a: Attributor): Array<QuoteMention & { span: number }> {
  const found: Array<QuoteMention & { span: number }> = [];
  a.spans.forEach((q, index) => {
    const content = a.text.slice(q.start, q.end);
    const whole = a.startsSentence(q) || q.continues !== undefined;
    const before = a.attributionBefore(q);
    const after = a.attributionAfter(q);
    const direct = whole || (before !== undefined && /[,:]\s*$/.test(a.text.slice(before.cue.end, q.open)));
    const attribution = direct ? (after?.speaker ? after : before?.speaker ? before : (after ?? before)) : (a.attributionEarlier(q) ?? after);
    const base = { start: q.start, end: q.end, text: content, quoteId: '', span: index };
    if (direct) {
      found.push({ ...base, kind: 'direct', ...(attribution && { cue: attribution.cue }), ...(attribution?.speaker && { speaker: attribution.speaker }) });
    } else if (attribution?.speaker) {
      found.push({ ...base, kind: 'partial', cue: attribution.cue, speaker: attribution.speaker });
    }
  });
  return found;
}

/**
 * One quote's parts share a speaker: a quote run over several paragraphs, and a quote split by
 * its attribution (“A,” he said, “B.”) or followed by more quoted sentences in its paragraph.
 */
function joinParts(a: Attributor, quotes: Array<QuoteMention & { span: number }>): QuoteMention[] {
  const bySpan = new Map(quotes.map((q) => [q.span, q]));
  const paragraphOf = (offset: number) => a.text.lastIndexOf('\n', offset);
  let next = 1;
  const ids = new Map<number, string>();
  quotes.forEach((q, i) => {
    const span = a.spans[q.span]!;
    const previous = quotes[i - 1];
    const joinsPrevious =
      previous !== undefined &&
      q.kind === 'direct' &&
      previous.kind === 'direct' &&
      ((span.continues !== undefined && bySpan.get(span.continues) === previous) ||
        (paragraphOf(q.start) === paragraphOf(previous.start) && (!q.speaker || !previous.speaker || (q.cue && previous.cue && q.cue.start === previous.cue.start))));
    if (joinsPrevious) {
      ids.set(i, ids.get(i - 1)!);
      // The attributed part lends its speaker to the rest: backwards and forwards.
      if (!q.speaker && previous.speaker) Object.assign(q, { speaker: previous.speaker, cue: previous.cue });
      else if (q.speaker && !previous.speaker) for (let j = i - 1; j >= 0 && ids.get(j) === ids.get(i); j--) Object.assign(quotes[j]!, { speaker: q.speaker, cue: q.cue });
    } else ids.set(i, `q${next++}`);
  });
  return quotes
    .map((q, i) => ({ ...q, quoteId: ids.get(i)! }))
    .filter((q) => q.speaker || wordCount(q.text) >= MIN_UNATTRIBUTED_WORDS)
    .map(({ span: _span, ...q }) => q);
}

/** Indirect speech: "X said (that) …", "…, X said.", "…, said X.", "according to X, …". */
function reportedSpeech(a: Attributor, usedCues: Set<number>): Array<Omit<QuoteMention, 'quoteId'>> {
  const found: Array<Omit<QuoteMention, 'quoteId'>> = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i]!;
    if (usedCues.has(t.start) || a.inQuote(t.start)) continue;
    const [sentenceStart, sentenceEnd] = a.sentenceAt(t.start);
    const clauseEnd = sentenceEndWithoutPunctuation(a.text, sentenceStart, sentenceEnd);
    if (t.lower === 'according' && a.tokens[i + 1]?.lower === 'to') {
      const speaker = a.speakerStartingAt(i + 2, clauseEnd);
      if (!speaker) continue;
      const cue = { start: t.start, end: a.tokens[i + 1]!.end, text: a.text.slice(t.start, a.tokens[i + 1]!.end), lemma: 'according to' };
      const opening = /^\s*$/.test(a.text.slice(sentenceStart, t.start));
      const comma = a.text.indexOf(',', speaker.end);
      const content = opening
        ? comma !== -1 && comma < clauseEnd ? trimmed(a.text, comma + 1, clauseEnd) : undefined
        : /,\s*$/.test(a.text.slice(sentenceStart, t.start)) && /^[\s,]*$/.test(a.text.slice(speaker.end, clauseEnd).replace(/^[^,]*/, '')) ? trimmed(a.text, sentenceStart, a.text.lastIndexOf(',', t.start)) : undefined;
      if (content) found.push({ ...content, kind: 'indirect', cue, speaker });
      continue;
    }
    const cue = a.cueAt(i);
    if (!cue) continue;
    const reported = reportedAfter(a, i, cue.lemma, clauseEnd) ?? reportedBefore(a, i, sentenceStart, clauseEnd);
    if (reported) found.push({ ...reported.content, kind: 'indirect', cue, ...(reported.speaker && { speaker: reported.speaker }) });
  }
  return found.filter((q) => wordCount(q.text) >= MIN_REPORTED_WORDS && !a.spans.some((s) => s.start <= q.start && s.end >= q.end));
}

/** "X said (on Monday) (that) …", "X told reporters that …": the clause after the verb. */
function reportedAfter(a: Attributor, cueIndex: number, lemma: string, clauseEnd: number) {
  const [sentenceStart] = a.sentenceAt(a.tokens[cueIndex]!.start);
  const speaker = a.subjectOf(cueIndex, sentenceStart);
  if (!speaker) return undefined;
  let k = cueIndex + 1;
  // The object of "tell" and the frame ("on Monday", "in a statement") come before the clause.
  const skippable = (t: Token) => isFrameWord(t) || (lemma !== 'say' && k - cueIndex <= 4 && t.lower !== 'that');
  while (k < a.tokens.length && a.tokens[k]!.start < clauseEnd && a.tokens[k]!.lower !== 'that' && skippable(a.tokens[k]!)) k++;
  const that = a.tokens[k]?.lower === 'that';
  if (!that && lemma !== 'say') return undefined;
  const from = that ? k + 1 : k;
  const first = a.tokens[from];
  if (!first || first.start >= clauseEnd || /[“"]\s*$/.test(a.text.slice(a.tokens[from - 1]!.end, first.start))) return undefined;
  // "said Cipriani" or "said in a statement." is no clause; a clause has a subject and its verb.
  if (!that && (a.mentionStartingAt(first.start)?.end ?? 0) >= clauseEnd) return undefined;
  return { speaker, content: trimmed(a.text, first.start, clauseEnd) };
}

/** "…, X said (on Monday)." / "…, said X.": what was said, then who said it, at the end of the sentence. */
function reportedBefore(a: Attributor, cueIndex: number, sentenceStart: number, clauseEnd: number) {
  const cue = a.tokens[cueIndex]!;
  // Only frame words may follow the verb ("the ministry said on Monday."), or the speaker ("said Cipriani.").
  let k = cueIndex + 1;
  while (k < a.tokens.length && a.tokens[k]!.start < clauseEnd && isFrameWord(a.tokens[k]!)) k++;
  let speaker: Speaker | undefined;
  let attributionStart: number;
  if (k >= a.tokens.length || a.tokens[k]!.start >= clauseEnd) {
    const subject = a.subjectOf(cueIndex, sentenceStart);
    if (!subject) return undefined;
    speaker = subject;
    attributionStart = Math.min(subject.start, cue.start);
    if (subject.via === 'pronoun' || subject.mention) attributionStart = subject.start;
  } else {
    speaker = a.speakerStartingAt(cueIndex + 1, clauseEnd);
    if (!speaker || !/^[\s,]*$/.test(a.text.slice(speaker.end, clauseEnd).replace(/^,[^,]*$/, ''))) return undefined;
    attributionStart = cue.start;
  }
  const comma = a.text.slice(sentenceStart, attributionStart).match(/,\s*$/);
  if (!comma) return undefined;
  const end = attributionStart - comma[0].length;
  if (a.spans.some((s) => s.open >= sentenceStart && s.open < end)) return undefined;
  return { speaker, content: trimmed(a.text, sentenceStart, end) };
}

function sentenceEndWithoutPunctuation(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?”"’)]/.test(text[e - 1]!)) e--;
  return e;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,:;.—–-]/.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * Every quote in a text, in reading order, with offsets into it. `entities` are the text's
 * entity mentions (extractEntities): speakers resolve to them.
 */
export function extractQuotes(text: string, entities: EntityMention[]): QuoteMention[] {
  const a = new Attributor(text, entities);
  const quoted = joinParts(a, quotedSpeech(a));
  const usedCues = new Set(quoted.flatMap((q) => (q.cue ? [q.cue.start] : [])));
  let next = Math.max(0, ...quoted.map((q) => Number(q.quoteId.slice(1)))) + 1;
  const reported = reportedSpeech(a, usedCues).map((q) => ({ ...q, quoteId: `q${next++}` }));
  return [...quoted, ...reported].sort((x, y) => x.start - y.start);
}
