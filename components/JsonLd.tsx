import { serializeJsonLd } from '@/lib/site/json-ld';

/**
 * Structured data for search engines. The one place a string is set as element content: JSON
 * in a script of a non-executable type, with `<` escaped by serializeJsonLd.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
