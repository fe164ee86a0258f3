import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * Everything a page does that injected content could cause, recorded while a test runs: dialogs
 * (alert, confirm, prompt), console errors (Chromium reports a blocked inline script or style
 * there), page errors, requests and failed responses, and Content-Security-Policy violations
 * (the `securitypolicyviolation` event, recorded by a script Playwright injects before the page's own).
 */
export interface PageGuard {
  problems: string[];
  /** The CSP violations reported in the current document so far (needs JavaScript in the page). */
  cspViolations(): Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function guardPage(page: Page, origin: string): Promise<PageGuard> {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}) on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on('request', (request) => {
    // Only the site's own files: not another host, and not data:, blob: or javascript: either.
    if (!request.url().startsWith(`${origin}/`)) problems.push(`request from ${page.url()} to ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    problems,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? ['the violation listener did not run']),
  };
}

/** Every page of an exported site as a URL path: each folder's index.html, plus 404.html. */
export function sitePages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === '404.html' || file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

/** The policy meta tag must be the first thing in <head> after the charset, before any script. */
export const CSP_AT_TOP = /^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'[^"]*"\/>/;
