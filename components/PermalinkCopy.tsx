'use client';

import { useEffect, useState } from 'react';

const MESSAGE_MS = 4000;

/**
 * Progressive enhancement for the "link to this paragraph" anchors (a.permalink, rendered by
 * lib/render): one delegated click listener copies the absolute permalink to the clipboard.
 * The click still follows the link, so the paragraph becomes the :target exactly as without JS.
 * `siteUrl` is the deployment's origin, so a copy made on a preview host still names the real site.
 */
export function PermalinkCopy({ siteUrl }: { siteUrl: string }) {
  const [message, setMessage] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (text: string) => {
      setMessage(text);
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(''), MESSAGE_MS);
    };
    const onClick = (event: MouseEvent) => {
      // Modified clicks (new tab, new window) are the browser's business.
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a.permalink') : null;
      if (!(link instanceof HTMLAnchorElement) || !link.hash) return;
      // location.pathname already carries the base path the site is served under.
      const url = `${siteUrl}${window.location.pathname}${link.hash}`;
      const anchor = link.hash.slice(1);
      if (!navigator.clipboard) {
        show(`Link to ${anchor} is in the address bar`);
        return;
      }
      navigator.clipboard.writeText(url).then(
        () => show(`Link to ${anchor} copied`),
        () => show(`Could not copy; the link to ${anchor} is in the address bar`),
      );
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, [siteUrl]);

  return (
    <p role="status" className="copy-status">
      {message}
    </p>
  );
}
