import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Links inside rendered content: site paths go through next/link, so a BASE_PATH applies to
 * them like to every other internal link; fragments and external URLs stay plain anchors.
 */
export function ContentLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} prefetch={false} {...props} />;
  return <a href={href} {...props} />;
}
