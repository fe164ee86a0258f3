/**
 * Prints the story of a folder of articles (default: content/articles) as JSON, as
 * out/data/story.json holds it, with timing and sizes on stderr. `npm run analyze -- ../shared/corpora/newswire-1997-2005`
 */
import { analyzeStory } from '../lib/analysis';
import { loadArticles } from '../lib/content';
import { withPermalinks } from '../lib/site/story-urls';

const dir = process.argv[2] ?? 'content/articles';
const started = performance.now();
const { articles } = loadArticles(dir);
const loaded = performance.now();
const story = withPermalinks(analyzeStory(articles));
const done = performance.now();
const json = JSON.stringify(story, null, 1);
process.stdout.write(`${json}\n`);
const multiSource = story.facts.filter((f) => new Set(f.claims.map((c) => c.article)).size > 1).length;
console.error(
  [
    `${articles.length} articles loaded in ${Math.round(loaded - started)} ms, analysed in ${Math.round(done - loaded)} ms`,
    `${story.entities.length} entities, ${story.timeline.length} timeline events, ${story.facts.length} fact groups (${multiSource} with several sources)`,
    `${story.relations.length} relations (${story.relations.filter((r) => r.rewrite).length} rewrites), JSON ${(json.length / 1024).toFixed(0)} KiB`,
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  ].join('\n'),
);
