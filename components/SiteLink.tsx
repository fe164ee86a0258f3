import Link from 'next/link';
import type { ComponentProps } from 'react';
import { withBasePath } from '@/lib/site/deploy';

/**
 * An internal link. A link to an anchor (`/articles/x/#p4-s2`) is a plain page load, so the
 * browser sets `:target` and highlights the sentence or event; a client-side navigation would
 * scroll there without highlighting it. Other links go through next/link.
 */
export function SiteLink({ href, prefetch, ...props }: Omit<ComponentProps<'a'>, 'href'> & { href: string; prefetch?: boolean }) {
  if (href.includes('#')) return <a href={withBasePath(href)} {...props} />;
  return <Link href={href} prefetch={prefetch} {...props} />;
}
