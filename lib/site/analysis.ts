import { analyzeStory } from '../analysis';
import type { Story } from '../schema/story';
import { getArticles } from './story';

let cached: Story | undefined;

/** The story analysis, computed once per build process from the loaded articles. */
export function getAnalysis(): Story {
  cached ??= analyzeStory(getArticles());
  return cached;
}
