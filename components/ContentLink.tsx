import type { ComponentProps } from 'react';
import { SiteLink } from './SiteLink';

/**
 * Links inside rendered content (passed to lib/render as `link`): site paths go through
 * SiteLink (base path applied, anchors loaded so they highlight); fragments and external URLs
 * stay plain anchors.
 */
export function ContentLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <SiteLink href={href} prefetch={false} {...props} />;
  return <a href={href} {...props} />;
}
