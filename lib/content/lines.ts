/**
 * One source line at a time: what kind of line is it? Everything here is a general rule about
 * how news pages are written and scraped; nothing knows any particular article.
 */
import type { ChromeReason } from '../schema/content';
import type { z } from 'zod';
import { parseDateline, type Dateline } from './dateline';
import { splitSentences } from './sentences';

export type LineKind =
  | { kind: 'blank' }
  | { kind: 'chrome'; reason: z.infer<typeof ChromeReason> }
  | { kind: 'comment-count'; count?: number }
  | { kind: 'table-row' }
  | { kind: 'image'; alt: string; src: string }
  | { kind: 'bullet'; text: string; ordered: boolean; number?: number }
  | { kind: 'md-heading'; level: number; text: string }
  | { kind: 'gloss'; term: string; definition: string }
  | { kind: 'credit'; name: string }
  | { kind: 'dateline'; dateline: Dateline }
  | { kind: 'text'; text: string };

const COMMENT_PROMPT = /^(?:leave|post|add|write|submit|join) (?:a|your|the) (?:comment|reply|response|discussion)s?[.!]?$/i;
const SHARE_PROMPT =
  /^(?:share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|print|email|copy link|advertisement|skip to (?:main )?content|click to share.*|follow us.*|sign up for (?:our|the) newsletter.*)$/i;
const COMMENT_COUNT = /^(?:(\d+|no|one)\s+(?:reader\s+)?(?:comments?|responses?|replies|thoughts? on .+)|(?:reader\s+)?comments)$/i;
const SEPARATOR = /^(?:[-*_]\s*){3,}$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const IMAGE = /^\s*!\[([^\]]*)\]\(\s*<?([^\s)>]*)>?(?:\s+["'][^"']*["'])?\s*\)\s*$/;
const BULLET = /^\s*(?:--|[•●▪◦‣∙·*+\-–—])\s+(\S.*)$/;
const ORDERED = /^\s*(\d{1,3})[.)]\s+(\S.*)$/;
const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const GLOSS = /^\s*(\S.{0,79}?)\s+(?:→|⇒|->|=>)\s+(\S.*)$/;
const DASH_CREDIT = /^\s*(?:—|–|--?)\s*(?:[Ww]ith (?:assistance|additional reporting) (?:by|from)|[Bb][Yy])\s+(\S.{0,79})$/;
/** "By Xinhua writer An Bei", "By sportswriters Wang Jimin, Xiao Chunfei": the writer's trade before the names. */
const PLAIN_CREDIT = /^\s*(?:By|by|BY|Written by|Reporting by)\s+(?:(?:\p{Lu}\p{L}+\s+)?(?:staff\s+)?(?:writer|sportswriter|correspondent|reporter)s?\s+)?(\p{Lu}[\p{L}\p{N}.'’&-]*(?:,?\s+(?:and\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*){0,5})\s*$/u;
/** Breadcrumb trails: "Home > World > Americas" or scraped without separators ("Home WorldEurope"). */
const BREADCRUMB_SEPARATED = /^Home\s*[>›»/|]\s*\S/;
const BREADCRUMB_GLUED = /^Home\s+\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u;
/**
 * A photo credit: "Name/Agency" with a slash between capitalised names, the form agencies and
 * sites print under pictures ("(Mark Stone/AP)", "Photo: Ana Ruiz/Reuters", "Jane Doe/Getty
 * Images"). A line that ends with one in parentheses is a caption; a line that is one is a credit.
 */
const CREDIT = String.raw`\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{L}.'’-]+){0,3}\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{L}.'’/-]+){0,5}`;
const CREDIT_WORD = String.raw`(?:(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Pp]icture|[Cc]redit)s?\s*:?\s*)?`;
const CAPTION = new RegExp(String.raw`\(\s*${CREDIT_WORD}${CREDIT}\s*\)\s*$`, 'u');
const CREDIT_LINE = new RegExp(String.raw`^${CREDIT_WORD}${CREDIT}$`, 'u');
/** "… the wealthy ©Jane Doe (AFP)": a copyright sign before a name marks a picture's caption. */
const COPYRIGHT_CAPTION = /©\s*\p{Lu}/u;
/** The agencies' caption form: "FILE - In this Dec. 13, 2016, file photo, …", "In this photo taken …". */
const FILE_PHOTO_CAPTION = /^(?:FILE\s*[-–—]\s*)?In this\b.{0,80}?\b(?:file\s+)?photo(?:graph)?\b/i;
/** A chart's title and credit run together: "Hit by Tax Overhaul Banks will … Source: Regulatory filings, estimates". */
const CHART_SOURCE = /(?:^|\s)Sources?:\s+\p{Lu}[^.!?"“”]{0,150}\.?$/u;
/** "Copyright 2017 The Agency. All rights reserved.": the site's notice, not the story. */
const COPYRIGHT_NOTICE = /^(?:Copyright|©)\s*(?:\(c\)\s*)?(?:\d{4}|\p{Lu})|\bAll rights reserved\b/u;
/** A box asking the reader to write in: an e-mail address is never the news ("Email us at tips@…"). */
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
/**
 * A box addressed to the reader, not a report: most of its sentences speak to "you" or say
 * "please" ("Please verify you're not a robot. Invalid email address. You must select a
 * newsletter."). Quoted speech is never one: a quote may well say "you".
 */
const TO_THE_READER = /\b(?:you|your|you're|you've|yours|yourself)\b|^please\b/i;
const ANY_ADDRESS = /\b(?:you|your|you're|you've|yours|yourself|please)\b/i;
function isReaderPrompt(line: string): boolean {
  // Most lines say neither: they need no sentence split.
  if (/[“”"]/.test(line) || !ANY_ADDRESS.test(line)) return false;
  const sentences = splitSentences(line).map((s) => line.slice(s.start, s.end).trim());
  const addressed = sentences.filter((s) => TO_THE_READER.test(s)).length;
  return addressed >= 3 && addressed * 2 >= sentences.length;
}

/**
 * Upper-case kickers: "MOST READ IN NEWS SIN CITY How … PORN DEATHS …". A line with three runs
 * of upper-case words is a list of links to other stories; with two and a running time at the
 * end ("JUST WATCHED … MUST WATCH … 01:26") it is a video player.
 */
const KICKER = /(?:^|[\s'‘“"])\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)+(?=$|[\s'’”",.:;!?])/gu;
const RUNNING_TIME = /\b\d{1,2}:\d{2}$/;
/**
 * "Ana Ruiz contributed from Beijing.", "The Coastal Wire contributed to this report.", "Ana Ruiz
 * in Lima and Li Wei in Beijing contributed to this report."
 */
const CONTRIBUTED = /^(?:The\s+)?\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:(?:and|in)\s+)?\p{Lu}[\p{L}.'’-]*){0,11}\s+contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting|from\s+\p{Lu}[\p{L} .'’-]*)\.?$/u;
/**
 * A video's blurb: "Harbor TV’s Ana Ruiz discusses the storm." An outlet's presenter, named with
 * the outlet, presents in the present tense; a report says what someone said.
 */
const VIDEO_BLURB = /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+\s+(?:discusses|explains|examines|analy[sz]es|reports on|talks about|breaks down|looks at)\s(?:[^"“”.!?]|\.(?!\s+\p{Lu}))*[.!?]?$/u;
/**
 * A video's caption that hands over to a correspondent: "…; chief White House correspondent Ana
 * Ruiz reports from Portville." A report names who said what; a caption names who is on screen.
 */
const CORRESPONDENT_BLURB = /(?:^|[;.]\s+)(?:[\p{L}-]+\s+){0,4}(?:correspondent|reporter|anchor)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}\s+reports\s+(?:from|on)\s+[^.;!?]{2,60}\.?$/u;
/**
 * A video's caption that ends handing over to its presenter: "… the 2016 election. Harbor TV's
 * Ana Ruiz has that story." A report does not announce who tells it.
 */
const PRESENTER_HANDOVER = /(?:^|[.!?]\s+)\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+has\s+(?:that|the|this|more(?:\s+on\s+(?:that|the|this))?)(?:\s+\p{Ll}+)?\s+(?:story|report|details)\.?$/u;
/** "Like X on Facebook and stay updated", "Follow us on Twitter": a social-network prompt. */
const SOCIAL_PROMPT = /^(?:Like|Follow|Join|Find)\b.{0,80}\bon (?:Facebook|Twitter|Instagram|YouTube|LinkedIn|TikTok|X)\b/;
/** A gallery's picture counter: "3/12", "3 of 12". */
const GALLERY_COUNTER = /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/;
/** A wire editor's note on a line of its own: "ATTENTION - ADDS details ///", "= (PICTURE) =". */
const EDITOR_NOTE_LINE = /^(?:.{0,120}\/{3}|=\s*\(?\s*[A-Z][A-Z+ ]*\)?\s*=)$/;
/**
 * A wire editor's note before a headline: an upper-case flag ("URGENT Japan …", "URGENTGujral …")
 * or, in any case, a version or filing slug with its colon ("1st LD:", "2nd Ld Writethru:",
 * "Update:", "UPDATE-2:", "Roundup:", "Factbox:").
 */
const FLAG_PREFIX = /^(?:URGENT|FLASH|BULLETIN|=\s*\(?[A-Z][A-Z+ ]*\)?\s*=)(?:\s*:\s*|\s+|(?=\p{Lu}\p{Ll}))/u;
const VERSION_PREFIX = /^(?:urgent|flash|update(?:-\d+)?|writethru|\d+(?:st|nd|rd|th)\s+ld(?:[\s-]+writethru)?|roundup|factbox|backgrounder)\s*:\s*/i;

export function classifyLine(raw: string): LineKind {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  if (COMMENT_PROMPT.test(line)) return { kind: 'chrome', reason: 'comment-prompt' };
  if (SHARE_PROMPT.test(line)) return { kind: 'chrome', reason: 'share-prompt' };
  if (SEPARATOR.test(line)) return { kind: 'chrome', reason: 'separator' };
  if (EDITOR_NOTE_LINE.test(line)) return { kind: 'chrome', reason: 'editor-note' };
  if (BREADCRUMB_SEPARATED.test(line) || BREADCRUMB_GLUED.test(line)) return { kind: 'chrome', reason: 'breadcrumb' };
  // An agency caption leading into the news is split by the segmenter (see captionLead).
  if (!FILE_PHOTO_CAPTION.test(line) && (CAPTION.test(line) || CREDIT_LINE.test(line) || COPYRIGHT_CAPTION.test(line) || CHART_SOURCE.test(line))) return { kind: 'chrome', reason: 'photo-caption' };
  if (GALLERY_COUNTER.test(line)) return { kind: 'chrome', reason: 'gallery-counter' };
  if (COPYRIGHT_NOTICE.test(line)) return { kind: 'chrome', reason: 'copyright' };
  if (EMAIL.test(line)) return { kind: 'chrome', reason: 'contact-prompt' };
  if (isReaderPrompt(line)) return { kind: 'chrome', reason: 'reader-prompt' };
  const kickers = line.match(KICKER)?.length ?? 0;
  if (kickers >= 3) return { kind: 'chrome', reason: 'link-list' };
  if ((kickers >= 2 && RUNNING_TIME.test(line)) || VIDEO_BLURB.test(line) || CORRESPONDENT_BLURB.test(line) || PRESENTER_HANDOVER.test(line)) return { kind: 'chrome', reason: 'video-player' };
  if (CONTRIBUTED.test(line)) return { kind: 'chrome', reason: 'contributor-note' };
  if (SOCIAL_PROMPT.test(line)) return { kind: 'chrome', reason: 'share-prompt' };
  const count = COMMENT_COUNT.exec(line);
  if (count) return { kind: 'comment-count', count: commentCount(count[1]) };
  if (TABLE_ROW.test(raw)) return { kind: 'table-row' };
  const image = IMAGE.exec(raw);
  if (image) return { kind: 'image', alt: image[1]!.trim(), src: image[2]! };
  const credit = DASH_CREDIT.exec(raw) ?? PLAIN_CREDIT.exec(raw);
  if (credit) return { kind: 'credit', name: credit[1]!.trim() };
  const heading = MD_HEADING.exec(line);
  if (heading) return { kind: 'md-heading', level: heading[1]!.length, text: heading[2]! };
  const gloss = GLOSS.exec(raw);
  if (gloss) return { kind: 'gloss', term: gloss[1]!.trim(), definition: gloss[2]!.trim() };
  const bullet = BULLET.exec(raw);
  if (bullet) return { kind: 'bullet', text: bullet[1]!.trim(), ordered: false };
  const ordered = ORDERED.exec(raw);
  if (ordered) return { kind: 'bullet', text: ordered[2]!.trim(), ordered: true, number: Number(ordered[1]) };
  const dateline = parseDateline(line);
  if (dateline) return { kind: 'dateline', dateline };
  return { kind: 'text', text: line };
}

/** An editor's note at the start of a would-be headline, split from the headline it precedes. */
export function editorNotePrefix(text: string): { note: string; rest: string } | undefined {
  const match = FLAG_PREFIX.exec(text) ?? VERSION_PREFIX.exec(text);
  return match ? { note: match[0].trim(), rest: text.slice(match[0].length).trim() } : undefined;
}

function commentCount(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^no$/i.test(word)) return 0;
  if (/^one$/i.test(word)) return 1;
  return Number(word);
}

const TERMINAL = /[.!?…;,]["'’”)\]]*$/;

/**
 * A line that reads like a headline or section heading: short, one phrase, no closing
 * sentence punctuation. Used for titles, section headings and box labels alike.
 */
export function isHeadingLike(text: string, maxWords = 14): boolean {
  return (
    text.length <= maxWords * 9 &&
    text.split(/\s+/).length <= maxWords &&
    /^[\p{Lu}\p{N}“"‘']/u.test(text) &&
    !TERMINAL.test(text) &&
    !text.endsWith(':') &&
    splitSentences(text).length === 1
  );
}

/** An article's first line may be a longer headline ("X basks in glory; Y to visit"). */
export function isTitleLike(text: string): boolean {
  return isHeadingLike(text.replace(/;(?=\s)/g, ','), 25);
}

/** Fewer words than this, starting in lower case, cannot be a headline: "cases in central China". */
const TAIL_WORDS = 5;

/**
 * The end of a wire headline whose start was lost, standing above the dateline: a few words in
 * lower case ("cases in central China", "flu"), or one word alone ("Xinjiang", "2006"). No wire
 * headline is one word.
 */
export function isHeadlineTail(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length === 1 || (words.length < TAIL_WORDS && /^\p{Ll}/u.test(text));
}

/** A short line ending in a colon that introduces what follows ("At a glance:", "Read more:"). */
export function isLabel(text: string): boolean {
  // A lone ":" labels nothing: it would become an empty heading.
  return text.endsWith(':') && text.split(/\s+/).length <= 8 && labelText(text) !== '';
}

export type BoxKind = 'takeaways' | 'related' | 'summary';

const BOX_LABELS: [BoxKind, RegExp][] = [
  ['takeaways', /\b(?:key takeaways?|takeaways?|at a glance|key points|highlights|what to know|what you need to know|quick facts|fast facts|the big picture|main points)\b/i],
  ['related', /^(?:read more|related(?: articles| stories| posts| coverage| news)?|see also|more (?:from|on|stories|news)|also read|recommended(?: for you)?|you may also like|further reading|read next|more to read)\b/i],
  ['summary', /\b(?:in a nutshell|summary|tl;?dr|in short|bottom line|in brief)\b/i],
];

/** Which kind of box a label line opens, judged by its wording. */
export function boxKind(label: string): BoxKind | undefined {
  return BOX_LABELS.find(([, pattern]) => pattern.test(label))?.[0];
}

/** The label as shown: without its trailing colon. */
export function labelText(label: string): string {
  return label.replace(/\s*:\s*$/, '');
}

/** A reader-comment author line: a handle or a short name, nothing sentence-like. */
export function isAuthorLike(text: string): boolean {
  return text.length <= 40 && text.split(/\s+/).length <= 4 && !TERMINAL.test(text) && !text.endsWith(':');
}

const TRAILING_CREDIT = new RegExp(String.raw`\s*\(\s*${CREDIT_WORD}${CREDIT}\s*\)\s*$`, 'u');

/**
 * An agency caption that opens a scraped article: "FILE - In this Dec. 13, 2016, file photo,
 * <what the old picture shows>. <today's news>. (AP Photo/Name, File)". The picture's sentence
 * and the credit are chrome (the picture's date must not date the article); the news after
 * them stays text.
 */
export function captionLead(text: string): { chrome: string[]; rest: string } | undefined {
  const lead = FILE_PHOTO_CAPTION.exec(text);
  if (!lead) return undefined;
  const end = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u.exec(text.slice(lead[0].length));
  const sentenceEnd = end ? lead[0].length + end.index + end[0].length : text.length;
  let rest = text.slice(sentenceEnd).trim();
  const chrome = [text.slice(0, sentenceEnd).trim()];
  const credit = TRAILING_CREDIT.exec(rest);
  if (credit) {
    chrome.push(credit[0].trim());
    rest = rest.slice(0, credit.index).trim();
  }
  return { chrome, rest };
}
