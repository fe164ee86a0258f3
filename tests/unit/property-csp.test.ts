/**
 * The Content-Security-Policy step (lib/site/csp.ts, run by scripts/csp.ts after next build):
 * for any page, the meta tag comes before every script and lists exactly the hashes of the
 * page's executable inline scripts, and nothing that would let injected code run.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from '@/lib/site/csp';
import { scaled, unicodeText } from '../fixtures/property/hostile-text';

const RUNS = scaled({ pages: 500 });
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy as the browser reads it: directive name → source list. */
function directives(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)![1]!.replace(/&quot;/g, '"');
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

const scriptBody = unicodeText(60).map((s) => s.replace(/<\/script/gi, ''));
const script = fc.oneof(
  scriptBody.map((body) => ({ html: `<script>${body}</script>`, runs: body as string | undefined })),
  scriptBody.map((body) => ({ html: `<script type="module">${body}</script>`, runs: body as string | undefined })),
  scriptBody.map((body) => ({ html: `<script type="application/ld+json">${body}</script>`, runs: undefined })),
  fc.constant({ html: '<script src="/_next/static/chunks/a.js" async=""></script>', runs: undefined }),
);

describe('Content-Security-Policy meta tag', () => {
  it('comes first in <head> after the charset, before every script, with exactly the inline scripts\' hashes', () => {
    fc.assert(
      fc.property(fc.array(script, { maxLength: 8 }), fc.array(script, { maxLength: 8 }), (head, body) => {
        const html = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head.map((s) => s.html).join('')}<title>t</title></head><body><p>x</p>${body.map((s) => s.html).join('')}</body></html>`;
        const out = withContentSecurityPolicy(html);
        const meta = out.indexOf('<meta http-equiv="Content-Security-Policy"');
        expect(out.startsWith('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy"')).toBe(true);
        expect(out.indexOf('<script')).toSatisfy((i: number) => i === -1 || i > meta);
        expect(out.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/, '')).toBe(html);
        const expected = [...new Set([...head, ...body].flatMap((s) => (s.runs === undefined ? [] : [sha256(s.runs)])))];
        expect(directives(out).get('script-src')).toEqual(["'self'", ...expected]);
      }),
      { numRuns: RUNS.pages },
    );
  });

  it('allows nothing inline but the hashed scripts: no unsafe-inline, no style attributes, no other origins', () => {
    const policy = new Map(contentSecurityPolicy([sha256('x')]).split('; ').map((d) => d.split(' ')).map(([n, ...s]) => [n!, s]));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", sha256('x')]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect([...policy.values()].flat().filter((s) => /unsafe|\*|data:|https?:/.test(s))).toEqual([]);
  });

  it('hashes exactly what the browser runs: Next.js bootstrap scripts, not JSON-LD', () => {
    const html = '<head><meta charSet="utf-8"/><script type="application/ld+json">{"a":1}</script><script id="_R_">self.x=1</script></head><body><script>(self.__next_f=self.__next_f||[]).push([0])</script></body>';
    expect(inlineScriptHashes(html)).toEqual([sha256('self.x=1'), sha256('(self.__next_f=self.__next_f||[]).push([0])')]);
  });

  it('refuses a page that has a policy already or a script before where the policy goes', () => {
    expect(() => withContentSecurityPolicy(withContentSecurityPolicy('<head></head>'))).toThrow(/already/);
    expect(() => withContentSecurityPolicy('<script>x</script><head></head>')).toThrow(/before/);
  });
});
