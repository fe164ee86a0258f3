import { Story } from '../../lib/schema/story';
import { expect, test } from './fixtures';

test('the build publishes /data/story.json, valid against the Story schema', async ({ request }) => {
  const response = await request.get('/data/story.json');
  expect(response.status()).toBe(200);
  const story = Story.parse(await response.json());
  expect(story.articles).toHaveLength(5);
  expect(story.entities.length).toBeGreaterThan(20);
  expect(story.timeline.length).toBeGreaterThan(10);
  expect(story.facts.some((f) => f.status === 'differ')).toBe(true);
  for (const article of story.articles) {
    const page = await request.get(article.url);
    expect(page.status(), article.url).toBe(200);
  }
});
