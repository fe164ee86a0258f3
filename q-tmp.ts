import { readFileSync } from 'node:fs';
import { extractEntities } from './lib/extract';
import { extractQuotes } from './lib/extract/quotes';
const [file, needle] = [process.argv[2]!, process.argv[3]];
const text = readFileSync(file, 'utf8');
const ents = extractEntities(text);
for (const q of extractQuotes(text, ents)) {
  if (needle && !q.text.includes(needle)) continue;
  const m = q.speaker?.mention && ents.find((e) => e.start === q.speaker!.mention!.start);
  console.log(`${q.quoteId} ${q.kind.padEnd(8)} [${q.cue?.text ?? '-'}@${q.cue?.start}] ${q.speaker ? `${q.speaker.text}(${q.speaker.via})${m ? ' => ' + m.canonical : ''}` : '—'} :: ${q.text.slice(0, 90)}`);
}
