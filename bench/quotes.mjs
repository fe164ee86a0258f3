#!/usr/bin/env node
/**
 * The quote benchmark: who said what, scored against the "quotes" of every hand-written gold file
 * in bench/stories/. Each gold quote names its article, words it "has", its kind (direct, partial,
 * indirect), its speaker and cue. For each story the analysis runs on the gold's articles (as
 * `npm run analyze` does) and each gold quote is looked up among the story's quote sources of its
 * article. `npm run bench:quotes [-- gold.json ...]`; VERBOSE=1 lists every miss.
 *
 * - recall: gold quotes found with the gold speaker (a gold speaker of null, "the text does not
 *   name one", is matched by no speaker or a description such as "a local source");
 * - named precision: of the found gold quotes the pipeline attributes to a named entity, the
 *   share whose entity is the gold speaker (the target for direct quotes is 0.95). A false name
 *   is the error a reader would repeat;
 * - described: found gold quotes whose speaker the pipeline gives only as the text describes it
 *   ("the 21-year-old", "a spokeswoman for the ministry") where the gold names the person;
 * - direct quotes the pipeline reports that the gold does not have are counted apart: the gold
 *   lists every direct quote, so these are false quotes or gold misses, to read by hand.
 * Direct and partial quotes are scored together ("quoted"), indirect speech separately.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DIR } from './shared.mjs';

const goldFiles = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync('bench/stories').filter((f) => f.endsWith('.json')).sort().map((f) => join('bench/stories', f));
const verbose = process.env.VERBOSE === '1';

const norm = (s) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
const bare = (s) => norm(s).replace(/^(?:the|a|an) /, '').replace(/'s$/, '');
const folderOf = (corpus) => (corpus === 'seeds' ? join(SHARED_DIR, 'seeds') : join(SHARED_DIR, 'corpora', corpus));

/** The gold speaker is one of the names the story gives the predicted speaker, or shares its whole words. */
function sameSpeaker(gold, speaker, story) {
  if (gold === null) return !speaker?.entity;
  if (!speaker) return false;
  const entity = speaker.entity && story.entities.find((e) => e.id === speaker.entity);
  const forms = [speaker.name, ...(entity?.aliases ?? [])].map(bare);
  const g = bare(gold);
  const within = (a, b) => ` ${a} `.includes(` ${b} `);
  return forms.some((f) => f === g || within(f, g) || within(g, f));
}

/** Sources of `article` that report the gold words: one holds the other. */
function matches(gold, story) {
  const has = norm(gold.has);
  return story.quotes.flatMap((group) =>
    group.sources.filter((s) => s.article === gold.article && (norm(s.text).includes(has) || (has.includes(norm(s.text)) && norm(s.text).split(' ').length * 2 >= has.split(' ').length))),
  );
}

const classOf = (kind) => (kind === 'indirect' ? 'indirect' : 'quoted');
const counts = () => ({ gold: 0, found: 0, right: 0, named: 0, namedRight: 0, described: 0, extra: 0 });
const totals = { quoted: counts(), indirect: counts() };
const rows = [];
for (const file of goldFiles) {
  const gold = JSON.parse(readFileSync(file, 'utf8'));
  for (const [name, g] of Object.entries(gold.stories)) {
    if (!g.quotes?.length) continue;
    const dir = mkdtempSync(join(tmpdir(), `quotes-${name}-`));
    let story;
    try {
      for (const f of g.files) copyFileSync(join(folderOf(g.corpus), `${f}.txt`), join(dir, `${f}.txt`));
      story = JSON.parse(execFileSync('npx', ['tsx', 'scripts/analyze.ts', dir], { env: { ...process.env, STORYLINE_CACHE: 'off' }, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const row = { name, quoted: counts(), indirect: counts(), misses: [] };
    for (const q of g.quotes) {
      const c = row[classOf(q.kind)];
      c.gold++;
      const found = matches(q, story);
      const right = found.some((s) => sameSpeaker(q.speaker, s.speaker, story));
      const named = found.filter((s) => s.speaker?.entity);
      if (found.length) c.found++;
      if (right) c.right++;
      if (named.length) {
        c.named++;
        if (named.every((s) => sameSpeaker(q.speaker, s.speaker, story))) c.namedRight++;
      } else if (!right && found.some((s) => s.speaker)) c.described++;
      const given = found.map((s) => (s.speaker ? `${s.speaker.name}${s.speaker.entity ? '' : ' (described)'}` : 'no speaker'));
      if (!right || named.some((s) => !sameSpeaker(q.speaker, s.speaker, story))) row.misses.push(`${q.kind} “${q.has.slice(0, 60)}” (${q.speaker}): ${found.length ? `given ${[...new Set(given)].join(', ')}` : 'not found'}`);
    }
    // Direct quotes with a speaker that no gold quote covers.
    const goldOf = (article) => g.quotes.filter((q) => q.article === article).map((q) => norm(q.has));
    for (const group of story.quotes) {
      for (const s of group.sources) {
        if (s.kind === 'indirect' || !s.speaker || !g.files.includes(s.article)) continue;
        const t = norm(s.text);
        if (!goldOf(s.article).some((h) => t.includes(h) || h.includes(t))) {
          row.quoted.extra++;
          row.misses.push(`extra ${s.kind} “${s.text.slice(0, 60)}” (${s.speaker.name}) in ${s.article}`);
        }
      }
    }
    rows.push(row);
    for (const k of ['quoted', 'indirect']) for (const f of Object.keys(totals[k])) totals[k][f] += row[k][f];
  }
}

const ratio = (a, b) => (b ? (a / b).toFixed(2) : '  - ');
const cells = (c, extra) =>
  `${String(c.gold).padStart(4)}  ${ratio(c.right, c.gold)}  ${ratio(c.namedRight, c.named)} ${String(c.named).padStart(5)} ${String(c.described).padStart(5)}${extra ? ` ${String(c.extra).padStart(5)}` : ''}`;
const line = (name, r) => `${name.padEnd(36)} ${cells(r.quoted, true)}    ${cells(r.indirect, false)}`;
console.log(`${'story'.padEnd(36)} quoted (direct and partial)           indirect speech`);
console.log(`${''.padEnd(36)} gold  rec.  prec. named descr extra    gold  rec.  prec. named descr`);
for (const r of rows) {
  console.log(line(r.name, r));
  if (verbose) for (const m of r.misses) console.log(`    ✗ ${m}`);
}
console.log(line('total', totals));
for (const [name, c] of [['direct and partial', totals.quoted], ['indirect speech', totals.indirect]]) {
  console.log(`${name}: ${c.right} of ${c.gold} gold quotes found with their speaker; named right ${c.namedRight} of ${c.named}; described ${c.described}`);
}
