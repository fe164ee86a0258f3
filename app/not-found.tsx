import Link from 'next/link';
import { routes } from '@/lib/site/routes';

export default function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. It may have been mistyped, or the article may have been removed from the
        story.
      </p>
      <p>
        <Link href={routes.home()}>See all articles of the story</Link>
      </p>
    </div>
  );
}
