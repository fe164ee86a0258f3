/** The param value that stands for "no pages" (see staticParams). */
export const NO_PAGES = '_none';

/**
 * generateStaticParams for a dynamic route. A static export cannot build a route with no pages
 * at all, and a small story may have no fact groups, or no entity in two events: then one
 * placeholder page is built, which renders as not found.
 */
export function staticParams<K extends string>(key: K, values: string[]): Record<K, string>[] {
  return (values.length > 0 ? values : [NO_PAGES]).map((value) => ({ [key]: value }) as Record<K, string>);
}
