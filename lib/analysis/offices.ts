import type { AnalyzedEntity, AnalyzedFact, Citation, FactClaim } from '../schema/story';
import type { Reference } from './extract-article';
import { factStatus } from './fact-status';
import { readableId } from './ids';
import { normTitle } from './entities';

/**
 * "Who holds which office" as facts: every current role that names whose office it is
 * ("Prime Minister of Canada") is a claim about that office's holder. An office has one holder
 * at a time: articles written on different days naming different holders mean it changed hands;
 * otherwise they differ (the same status rule as figures, ./fact-status).
 */
export function buildOfficeFacts(
  entities: AnalyzedEntity[],
  quote: (article: string, anchor: string) => string,
  referenceOf: (article: string) => Reference | undefined,
): AnalyzedFact[] {
  const offices = new Map<string, { label: string; claims: FactClaim[] }>();
  for (const entity of entities) {
    for (const role of entity.roles ?? []) {
      if (!role.of || (role.status && role.status !== 'acting' && role.status !== 'interim')) continue;
      const title = normTitle(role.title);
      const key = `${title}|${role.of.toLowerCase()}`;
      const office = offices.get(key) ?? { label: `${capitalize(title)} of ${role.of}`, claims: [] };
      const citation: Citation = { article: role.article, anchor: role.anchor, quote: quote(role.article, role.anchor) };
      office.claims.push({ ...citation, text: entity.name, entity: entity.id });
      offices.set(key, office);
    }
  }
  return [...offices.values()].map(({ label, claims }) => ({
    id: `office-${readableId(label, 8)}`,
    label,
    kind: 'office',
    status: factStatus(claims.map((c) => ({ article: c.article, value: c.entity!, reference: referenceOf(c.article) }))),
    claims,
  }));
}

const capitalize = (text: string) => text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
