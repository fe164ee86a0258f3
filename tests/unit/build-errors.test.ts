import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'build-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GOOD = 'A Good Headline\n\nA paragraph of the article that is fine. It has two sentences.\n';

/**
 * Runs the build's content check (the step before `next build`) on a folder holding one good
 * article and one bad file, from a working folder with a stale out/ in it.
 */
async function checkWith(name: string, content: string | Uint8Array) {
  const work = join(root, `case-${name.replace(/\W/g, '-')}`);
  const articles = join(work, 'articles');
  mkdirSync(join(work, 'out'), { recursive: true });
  writeFileSync(join(work, 'out', 'index.html'), '<p>stale site</p>');
  mkdirSync(articles, { recursive: true });
  writeFileSync(join(articles, 'good.txt'), GOOD);
  writeFileSync(join(articles, name), content);
  try {
    await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/check-content.ts')], {
      cwd: work,
      env: { ...process.env, CONTENT_DIR: articles },
    });
    return { failed: false, stderr: '', outLeft: existsSync(join(work, 'out')) };
  } catch (error) {
    const { stderr } = error as { stderr: string };
    return { failed: true, stderr, outLeft: existsSync(join(work, 'out')) };
  }
}

/** One case per kind of content error: the file, the line (where there is one) and the problem. */
const CASES: [string, string | Uint8Array, RegExp][] = [
  ['empty.txt', '', /empty\.txt: file is empty/],
  ['binary.txt', new Uint8Array([0x41, 0x0a, 0x00, 0x42]), /binary\.txt:2: binary file/],
  ['latin1.txt', Buffer.concat([Buffer.from('Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]), /latin1\.txt:3: not valid UTF-8/],
  ['huge.txt', 'word '.repeat(230_000), /huge\.txt: file is \d+ bytes; the limit is 1048576 bytes/],
  ['yaml.md', '---\ntitle: ok\nsource: [unclosed\n---\nBody.\n', /yaml\.md:\d+: malformed front matter/],
  ['field.md', '---\ntitle: ok\nentities: [a]\n---\nBody.\n', /field\.md:3: unknown front matter field 'entities'/],
  ['date.md', '---\npublished: yesterday\n---\nBody.\n', /date\.md:2: front matter field 'published'/],
  ['open.md', '---\ntitle: never closed\nBody.\n', /open\.md:1: front matter starts with --- but is never closed/],
  ['only-meta.md', '---\ntitle: Lonely\n---\n', /only-meta\.md:\d+: article has no text after its front matter/],
  ['notes.docx', 'x', /notes\.docx: unsupported file type '\.docx'/],
  ['good.md', GOOD, /good\.txt: article id 'good' is also used by .*good\.md/],
];

describe.concurrent('a build with invalid content', () => {
  it.each(CASES)('%s: fails naming the file, line and problem, and leaves no site', { timeout: 60_000 }, async (name, content, message) => {
    const result = await checkWith(name, content);
    expect(result.failed).toBe(true);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/out\/ was removed/);
    expect(result.outLeft).toBe(false);
  });

  it('passes valid content and keeps the site', { timeout: 60_000 }, async () => {
    const result = await checkWith('second.txt', 'Another Headline Here\n\nMore text of another article.\n');
    expect(result).toEqual({ failed: false, stderr: '', outLeft: true });
  });
});
