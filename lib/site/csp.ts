/**
 * The Content-Security-Policy of the exported site, as a <meta http-equiv> in every HTML file
 * (static hosts differ, so no headers). Next.js writes inline bootstrap scripts
 * (`self.__next_f.push(...)`) into every page, and a nonce needs a server per request, so after
 * `next build` each page gets a policy that allows the site's own script files plus exactly the
 * inline scripts it was built with, by SHA-256 hash. Nothing else may run: not `<script>` from
 * content, not event-handler attributes, not `javascript:` URLs, not inline styles.
 */
import { createHash } from 'node:crypto';

/** The page's own inline scripts: `<script>` without `src` whose type is JavaScript. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Script types the browser executes; JSON-LD (`application/ld+json`) is data, never run, so it needs no hash. */
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:javascript|ecmascript)|text\/jscript)$/i;
const CHARSET_META = /^<meta charSet="utf-8"\/>|^<meta charset="utf-8">/i;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** `'sha256-…'` source expressions for every inline script in `html`, in page order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attribute(attributes, 'src') !== undefined) continue;
    if (!EXECUTABLE_TYPE.test((attribute(attributes, 'type') ?? '').trim())) continue;
    const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/**
 * The policy: only the site's own files and the listed inline scripts. Styles come from the
 * site's stylesheets only (no `style` attributes or `<style>`), images from the site only (article
 * images are never loaded), fetches (search index, client navigation) from the site only.
 * `frame-ancestors` and reporting are left out: browsers ignore them in a meta policy.
 */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * `html` with its policy as a meta tag at the top of `<head>`: after the charset declaration
 * (which must stay within the first 1024 bytes) and before any script, so it governs all of them.
 */
export function withContentSecurityPolicy(html: string): string {
  if (/<meta http-equiv="Content-Security-Policy"/i.test(html)) throw new Error('the page already has a Content-Security-Policy');
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  let at = head.index + head[0].length;
  const charset = CHARSET_META.exec(html.slice(at));
  if (charset) at += charset[0].length;
  const firstScript = html.search(/<script\b/i);
  if (firstScript !== -1 && firstScript < at) throw new Error('a script comes before the Content-Security-Policy could be placed');
  const policy = contentSecurityPolicy(inlineScriptHashes(html)).replace(/"/g, '&quot;');
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}"/>${html.slice(at)}`;
}
