import nlp from 'compromise';
import type { EntityMention, QuoteMention } from './schema';
import { quoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences } from '../content/sentences';
import { AUXILIARY, cueLemma, DETERMINERS, isAdverb, isFrameWord, PREPOSITIONS, PRONOUNS, tokensOf, type Token } from './speech-words';
import { wordsOf } from './words';
import { firstIndexWhere } from './sorted';
import { isSpeakingNoun } from '../wordnet';

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
/** How far back a pronoun looks for the speaker of an earlier quote, and for a named person. */
const ANTECEDENT_WINDOW = 1500;
const SENTENCES_BACK = 4;
const APPOSITIVE_TOKENS = 20;
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Names that can speak: not laws or agreements. */
const SPEAKS = (e: EntityMention) => e.type !== 'law' && e.type !== 'agreement';
/** A speaker named by an entity mention, written from `from` (a title before the name) to the name's end. */
const byName = (e: EntityMention, text: string, from = e.start): Speaker => ({ start: from, end: e.end, text: text.slice(from, e.end), via: 'name', mention: { start: e.start, end: e.end } });
/** A described speaker ends in a noun that can speak ("the ministry", "a spokesman", "the 21-year-old"), not "the two soldiers' valor". */
const speaksAsHead = (t: Token) => /^\d+-year-old$/.test(t.lower) || isSpeakingNoun(t.text);

class Attributor {
  readonly tokens: Token[];
  readonly spans: QuoteSpan[];
  private readonly sentences: Array<[number, number]>;
  /** Where compromise reads a verb: "message" in "a congratulatory message" is no verb of saying. */
  private readonly verbs: Set<number>;
  /** Nouns and adjectives: a speaker may open with a title in lower case ("said harbor master X"). */
  private readonly nouns: Set<number>;

  constructor(readonly text: string, readonly entities: EntityMention[]) {
    this.tokens = tokensOf(text);
    const words = wordsOf(text);
    this.verbs = new Set(words.filter((w) => w.tags.has('Verb')).map((w) => w.start));
    this.nouns = new Set(words.filter((w) => (w.tags.has('Noun') || w.tags.has('Adjective')) && !w.tags.has('Pronoun')).map((w) => w.start));
    this.spans = quoteSpans(text);
    this.sentences = splitSentences(text).map(({ start, end }) => [start, end]);
  }

  sentenceAt(offset: number): [number, number] {
    // Sentences and tokens are in text order: binary searches keep a long article linear.
    const found = this.sentences[firstIndexWhere(this.sentences, ([, end]) => end > offset)];
    return found && offset >= found[0] ? found : [offset, offset];
  }

  /** Index of the token starting at or after `offset`. */
  tokenFrom(offset: number): number {
    return firstIndexWhere(this.tokens, (t) => t.start >= offset);
  }

  /** Index of the last token ending at or before `offset`. */
  tokenBefore(offset: number): number {
    let i = this.tokenFrom(offset) - 1;
    while (i >= 0 && this.tokens[i]!.end > offset) i--;
    return i;
  }

  gap(i: number): string {
    return this.text.slice(this.tokens[i - 1]?.end ?? 0, this.tokens[i]?.start ?? this.text.length);
  }

  /** "(Mark Stone/AP)": a name in parentheses is a credit or an aside, no one a pronoun points at. */
  inParentheses(e: EntityMention): boolean {
    const line = this.text.lastIndexOf('\n', e.start);
    return this.text.lastIndexOf('(', e.start) > Math.max(line, this.text.lastIndexOf(')', e.start));
  }

  inQuote(offset: number): boolean {
    return this.spans.some((q) => offset > q.open && offset < q.close);
  }

  cueAt(i: number): Cue | undefined {
    const t = this.tokens[i];
    // A gerund says something only as a clause of its own: ", saying", "was saying"; not "a news briefing".
    const gerund = t !== undefined && /ing$/.test(t.lower) && !/^, +$/.test(this.gap(i)) && !AUXILIARY.has(this.tokens[i - 1]?.lower ?? '');
    const lemma = t && !gerund && this.verbs.has(t.start) && !this.inQuote(t.start) ? cueLemma(t) : undefined;
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
    if (PRONOUNS.has(t.lower)) return this.pronoun(t);
    const named = this.mentionEndingAt(t.end);
    // "a spokeswoman for China's Foreign Ministry said": the ministry is not the one speaking.
    let before = this.tokenBefore(named?.start ?? 0);
    while (named && before >= 0 && /[’']s$/.test(this.tokens[before]!.text) && /^\p{Lu}/u.test(this.tokens[before]!.text)) before--;
    if (named && before >= 0 && PREPOSITIONS.has(this.tokens[before]!.lower) && /^ +$/.test(this.gap(before + 1))) {
      const described = this.speakerEndingAt(before - 1);
      return described?.via === 'description' ? { ...described, mention: undefined } : undefined;
    }
    if (named && SPEAKS(named)) return byName(named, this.text);
    // "the foreign ministry", "a police spokesman": back to a determiner, words joined by spaces only.
    for (let k = i, seen = 0; k >= 0 && seen < 6; k--, seen++) {
      if (k < i && !/^ +$/.test(this.gap(k + 1))) return undefined;
      if (DETERMINERS.has(this.tokens[k]!.lower)) return k === i || !speaksAsHead(t) ? undefined : this.description(k, i);
      if (cueLemma(this.tokens[k]!) && k < i) return undefined;
    }
    return undefined;
  }

  /**
   * The speaker whose first word is token `i` ("said Lopez", "said Ruritania's Defence Minister
   * Omar Diallo", "said the spokeswoman, Li Wen"): a phrase that runs to the
   * punctuation, verb or "who" that ends it, read as a name, a pronoun or a description.
   */
  speakerStartingAt(i: number, limit: number): Speaker | undefined {
    const t = this.tokens[i];
    if (!t || t.start >= limit) return undefined;
    if (PRONOUNS.has(t.lower)) return this.pronoun(t);
    // A speaker starts with a name, a determiner or a title: "as Moss pressed" has no speaker "as Moss".
    const titled = this.nouns.has(t.start) && !/^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.lower);
    if (!/^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.lower) && !titled) return undefined;
    let k = i;
    const joins = (j: number) => /^ +$|^[’']s +$/.test(this.gap(j));
    // The phrase ends at a verb: "X's criticism of China came after …" is no speaker.
    const ends = (j: number) => this.verbs.has(this.tokens[j]!.start) || AUXILIARY.has(this.tokens[j]!.lower) || this.tokens[j]!.lower === 'who';
    while (k + 1 < this.tokens.length && k - i < 12 && joins(k + 1) && this.tokens[k + 1]!.start < limit && !ends(k + 1)) k++;
    const end = this.tokens[k]!.end;
    const inside = this.entities.filter((e) => e.start >= t.start && e.end <= end && SPEAKS(e));
    // "…, Li Wen": a person named in apposition right after the phrase.
    const appositive = /^, +$/.test(this.gap(k + 1)) ? this.mentionStartingAt(this.tokens[k + 1]?.start ?? -1) : undefined;
    const apposed = appositive?.type === 'person' && /^\s*(?:[,.;:!?”"]|$)/.test(this.text.slice(appositive.end, appositive.end + 2)) ? appositive : undefined;
    const person = inside.filter((e) => e.type === 'person' && e.end === end).at(-1) ?? apposed;
    if (person) return byName(person, this.text, t.start);
    // A title in lower case must lead to a person: "harbor master Tomas Reed".
    if (titled) return undefined;
    const first = inside.find((e) => e.start === t.start);
    if (first && (first.end === end || !DETERMINERS.has(t.lower))) return byName(first, this.text);
    if (!DETERMINERS.has(t.lower) || k === i) return undefined;
    // The head is the noun before the first preposition: "a salesperson at a local chain store".
    let head = i + 1;
    while (head < k && !PREPOSITIONS.has(this.tokens[head + 1]!.lower)) head++;
    return speaksAsHead(this.tokens[head]!) ? this.description(i, k, head) : undefined;
  }

  /** "the Chinese Foreign Ministry" names the ministry; "a spokeswoman for the ministry" names no one. */
  private description(from: number, to: number, head = to): Speaker | undefined {
    // "a practice he and his supporters call": a pronoun inside is a clause, not a description.
    if (this.tokens.slice(from, to + 1).some((t) => PRONOUNS.has(t.lower) || POSSESSIVES.has(t.lower))) return undefined;
    const start = this.tokens[from]!.start;
    const end = this.tokens[to]!.end;
    const named = this.entities.find((e) => e.start >= start && e.end === this.tokens[head]!.end && SPEAKS(e));
    return { start, end, text: this.text.slice(start, end), via: 'description', ...(named && { mention: { start: named.start, end: named.end } }) };
  }

  /** A pronoun is bound once every quote is found (see bindPronouns). */
  private pronoun(t: Token): Speaker {
    return { start: t.start, end: t.end, text: t.text, via: 'pronoun' };
  }

  /** The person a "he" or "she" at `at` stands for, when the sentences before name one plainly. */
  personBefore(at: number, wants: 'male' | 'female'): EntityMention | undefined {
    const [here] = this.sentenceAt(at);
    const earlier = this.sentences.filter(([s]) => s <= here).slice(-SENTENCES_BACK).reverse();
    for (const [s, e] of earlier) {
      const people = this.entities.filter((m) => m.type === 'person' && m.start >= s && m.end <= Math.min(e, at) && !this.inQuote(m.start) && !this.inParentheses(m));
      // The first person of the nearest sentence that has one: its subject, as a reader takes it.
      if (people.length) return fitsGender(people[0]!.canonical, wants) ? people[0] : undefined;
      // "A young female rebel was captured. She shouted…": a described person came between.
      if (s < here && DETERMINERS.has(this.text.slice(s, e).trim().split(/\s+/)[0]!.toLowerCase())) return undefined;
    }
    return undefined;
  }

  /**
   * The speaker of the verb of saying at token `cue`: the subject right before it ("Lopez
   * said", "X, a trade expert, noted"), or after it ("said Lopez"), or, for a verb joined by
   * "and"/"but", the subject of the sentence ("X spent three hours there and said …").
   */
  subjectOf(cue: number, sentenceStart: number): Speaker | undefined {
    let k = cue - 1;
    while (k >= 0 && this.tokens[k]!.start >= sentenceStart && (isAdverb(this.tokens[k]!) || isFrameWord(this.tokens[k]!)) && /^ +$/.test(this.gap(k + 1))) k--;
    if (k < 0 || this.tokens[k]!.start < sentenceStart) return undefined;
    const between = this.gap(k + 1);
    if (/^ +$/.test(between)) {
      if (/^(?:and|but)$/.test(this.tokens[k]!.lower)) return this.sentenceSubject(sentenceStart, this.tokens[k]!.start);
      // "A cardiologist who visited the hostages said": the subject is before "who".
      const who = this.text.slice(sentenceStart, this.tokens[k]!.start).search(/\swho\s/);
      const subject = who === -1 ? undefined : this.speakerStartingAt(this.tokenFrom(sentenceStart), sentenceStart + who + 1);
      return subject && subject.end >= sentenceStart + who - 1 ? subject : this.speakerEndingAt(k);
    }
    if (!/^, +$/.test(between)) return undefined;
    // "…,” he said, adding that …": a participle takes the subject of the verb before it.
    if (/ing$/.test(this.tokens[cue]!.lower)) {
      for (let j = k; j >= 0 && this.tokens[j]!.start >= sentenceStart; j--) if (this.cueAt(j)) return this.subjectOf(j, sentenceStart);
      return this.sentenceSubject(sentenceStart, this.tokens[k]!.end, true);
    }
    // "X, a U.S.-Canada trade expert, noted": skip back over the appositive to the comma before it;
    // "a spokesperson for the president, Ada Obi, said": the appositive is the name.
    for (let j = k, seen = 0; j > 0 && seen < APPOSITIVE_TOKENS && this.tokens[j]!.start >= sentenceStart; j--, seen++) {
      if (/[.;:!?“”"]/.test(this.gap(j))) return undefined;
      if (!/^, +$/.test(this.gap(j))) continue;
      const apposed = this.mentionStartingAt(this.tokens[j]!.start);
      if (apposed?.type === 'person' && apposed.end === this.tokens[k]!.end) return byName(apposed, this.text);
      return this.speakerEndingAt(j - 1);
    }
    return undefined;
  }

  /** The subject that opens the sentence, after an opening phrase like "But at a briefing in Beijing,". */
  private sentenceSubject(sentenceStart: number, before: number, descriptions = false): Speaker | undefined {
    let i = this.tokenFrom(sentenceStart);
    if (/^(?:and|but|so)$/.test(this.tokens[i]?.lower ?? '')) i++;
    const opening = this.text.slice(this.tokens[i]?.start ?? sentenceStart, before).match(/^[^,]{0,60}, /);
    const first = this.mentionStartingAt(this.tokens[i]?.start ?? -1);
    if (!first && opening) i = this.tokenFrom((this.tokens[i]?.start ?? sentenceStart) + opening[0].length);
    const speaker = this.speakerStartingAt(i, before);
    return speaker?.via === 'description' && !descriptions ? undefined : speaker;
  }

  /** "“…,” X said" / "“…,” said X" / "“…,” he said": the attribution right after a closing mark. */
  attributionAfter(q: QuoteSpan): Attribution | undefined {
    if (!q.closed) return undefined;
    const rest = this.text.slice(q.close + 1, q.close + 160);
    if (!/^,?[ \t]+[\p{L}]/u.test(rest)) return undefined;
    const i = this.tokenFrom(q.close + 1);
    // After “…!” or “…?” a new sentence begins for the segmenter; "he exclaimed" still belongs to the quote.
    const [, sentenceEnd] = this.sentenceAt(this.tokens[i]?.start ?? q.close + 1);
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
    // "demonstrator Ana Ruiz, a campaigner for the group, told reporters": over the appositive.
    if (/^, +$/.test(this.gap(k))) {
      let j = k;
      while (j < this.tokens.length && j - k < APPOSITIVE_TOKENS && this.tokens[j]!.start < limit && !/[,.;:!?“”"]/.test(this.gap(j + 1))) j++;
      if (/^, +$/.test(this.gap(j + 1)) && speaker.via !== 'pronoun') k = j + 1;
    }
    const passive = () => /^(?:was|were|is|been)$/.test(this.tokens[k - 1]?.lower ?? '');
    while (k < this.tokens.length && isAdverb(this.tokens[k]!) && /^ +$/.test(this.gap(k))) k++;
    const after = this.cueAt(k);
    if (!after || !/^ +$/.test(this.gap(k)) || this.tokens[k]!.start >= limit) return undefined;
    // "the news agency quoted Hoang Minh": the one quoted spoke, not the one quoting; "he was quoted as saying": he did.
    if (after.lemma === 'quote' && !passive()) {
      const quoted = this.speakerStartingAt(k + 1, limit);
      return quoted ? { cue: after, speaker: quoted } : undefined;
    }
    return { cue: after, speaker };
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

  /** "The minister called the talks “constructive”": the last verb of saying earlier in the sentence, with its subject. */
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
function quotedSpeech(a: Attributor): Found[] {
  const found: Found[] = [];
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

type Found = QuoteMention & { span?: number };

/**
 * One quote's parts share an id and a speaker: a quote run over several paragraphs, and a quote
 * split by its attribution (“A,” he said, “B.”).
 */
function joinParts(a: Attributor, quotes: Found[]): Found[] {
  const bySpan = new Map(quotes.map((q) => [q.span, q]));
  let next = 1;
  quotes.forEach((q, i) => {
    const span = a.spans[q.span!]!;
    const previous = quotes[i - 1];
    const joinsPrevious =
      previous !== undefined &&
      q.kind === 'direct' &&
      previous.kind === 'direct' &&
      ((span.continues !== undefined && bySpan.get(span.continues) === previous) ||
        (q.cue !== undefined && previous.cue !== undefined && q.cue.start === previous.cue.start) ||
        // “A,” he said. “B.”: an unattributed quote right after an attributed one in its paragraph.
        (!q.cue && previous.cue !== undefined && !a.text.slice(previous.end, q.start).includes('\n') && !a.spans.some((s) => s.open > previous.end && s.open < span.open)));
    if (!joinsPrevious) {
      q.quoteId = `q${next++}`;
      return;
    }
    q.quoteId = previous.quoteId;
    // The attributed part lends its speaker to the rest: backwards and forwards.
    if (!q.speaker && previous.speaker) Object.assign(q, { speaker: previous.speaker, cue: previous.cue });
    else if (q.speaker && !previous.speaker) for (let j = i - 1; j >= 0 && quotes[j]!.quoteId === q.quoteId; j--) Object.assign(quotes[j]!, { speaker: q.speaker, cue: q.cue });
  });
  return quotes;
}

/** The speaker an earlier quote resolved to, if it lies within reach. */
const resolvedSpeaker = (q: QuoteMention | undefined) => (q?.speaker?.mention ? q.speaker : undefined);

/**
 * "he said", "she said": the speaker of the quote before, when it is a person who fits and is
 * near; else the person the sentences before plainly name. "it" takes only an organization
 * that spoke just before. "they", "we", "I" stay unresolved: the text does not say who.
 */
function bindPronouns(a: Attributor, quotes: QuoteMention[]): void {
  quotes.forEach((q, i) => {
    const speaker = q.speaker;
    if (speaker?.via !== 'pronoun' || speaker.mention) return;
    const wants = PRONOUNS.get(speaker.text.toLowerCase());
    if (!wants) return;
    const earlier = quotes.slice(0, i).reverse().find((p) => p.speaker && p.start < speaker.start && speaker.start - p.start < ANTECEDENT_WINDOW);
    // A person named after the earlier quote is nearer to hand than its speaker.
    const namedBetween = earlier && a.entities.some((e) => e.type === 'person' && e.start > earlier.end && e.end <= speaker.start && !a.inQuote(e.start) && !a.inParentheses(e));
    const before = namedBetween ? undefined : resolvedSpeaker(earlier);
    const spoke = before && a.entities.find((e) => e.start === before.mention!.start);
    const fits = spoke && (wants === 'organization' ? spoke.type === 'organization' : spoke.type === 'person' && fitsGender(spoke.canonical, wants));
    const antecedent = fits ? spoke : wants === 'organization' ? undefined : a.personBefore(speaker.start, wants);
    if (antecedent) q.speaker = { ...speaker, mention: { start: antecedent.start, end: antecedent.end } };
  });
}

/** A quote that stands in a paragraph after an attributed one, with no attribution of its own, is the same speaker's. */
function inheritInParagraph(text: string, quotes: QuoteMention[]): void {
  const paragraphOf = (offset: number) => text.lastIndexOf('\n', offset);
  quotes.forEach((q, i) => {
    if (q.speaker || q.kind !== 'direct') return;
    const previous = quotes.slice(0, i).reverse().find((p) => paragraphOf(p.start) === paragraphOf(q.start) && p.speaker && (p.speaker.via !== 'pronoun' || p.speaker.mention));
    if (previous) Object.assign(q, { speaker: previous.speaker, ...(previous.cue && { cue: previous.cue }) });
  });
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
    const reported = reportedAfter(a, i, cue.lemma, sentenceStart, clauseEnd) ?? reportedBefore(a, i, sentenceStart, clauseEnd);
    if (reported) found.push({ ...reported.content, kind: 'indirect', cue, ...(reported.speaker && { speaker: reported.speaker }) });
  }
  return found.filter((q) => wordCount(q.text) >= MIN_REPORTED_WORDS && !a.spans.some((s) => s.start <= q.start && s.end >= q.end));
}

/** "X said (on Monday) (that) …", "X told reporters that …": the clause after the verb. */
function reportedAfter(a: Attributor, cueIndex: number, lemma: string, sentenceStart: number, clauseEnd: number) {
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
  // "said Lopez" or "said in a statement." is no clause; a clause has a subject and its verb.
  if (!that && (a.mentionStartingAt(first.start)?.end ?? 0) >= clauseEnd) return undefined;
  return { speaker, content: trimmed(a.text, first.start, clauseEnd) };
}

/** "…, X said (on Monday)." / "…, said X.": what was said, then who said it, at the end of the sentence. */
function reportedBefore(a: Attributor, cueIndex: number, sentenceStart: number, clauseEnd: number) {
  const cue = a.tokens[cueIndex]!;
  // Only frame words may follow the verb ("the ministry said on Monday."), or the speaker ("said Lopez.").
  let k = cueIndex + 1;
  while (k < a.tokens.length && a.tokens[k]!.start < clauseEnd && isFrameWord(a.tokens[k]!)) k++;
  let speaker: Speaker | undefined;
  let attributionStart: number;
  if (k >= a.tokens.length || a.tokens[k]!.start >= clauseEnd) {
    // "…, the ministry said.": the subject stands before the verb.
    speaker = a.subjectOf(cueIndex, sentenceStart);
    if (!speaker) return undefined;
    attributionStart = speaker.start;
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
  let next = quoted.length + 1;
  const reported = reportedSpeech(a, usedCues).map((q) => ({ ...q, quoteId: `q${next++}` }));
  const all: QuoteMention[] = [...quoted, ...reported].sort((x, y) => x.start - y.start).map(({ span: _span, ...q }: Found) => q);
  bindPronouns(a, all);
  inheritInParagraph(text, all);
  // Unattributed short quotes are titles and scare quotes, not speech.
  return all.filter((q) => (q.speaker ? true : q.kind === 'direct' && wordCount(q.text) >= MIN_UNATTRIBUTED_WORDS));
}
