import type { AnalyzedEntity, AnalyzedFact, Citation, FactClaim } from '../schema/story';
import { readableId } from './ids';
import { normTitle } from './entities';

/**
 * "Who holds which office" as facts: every current role that names whose office it is
 * ("Prime Minister of Canada") is a claim about that office's holder. An office has one holder
 * at a time, so articles naming different holders mean it changed hands between them.
 */
export function buildOfficeFacts(entities: AnalyzedEntity[], quote: (article: string, anchor: string) => string): AnalyzedFact[] {
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
  return [...offices.values()].map(({ label, claims }) => {
    const holders = new Set(claims.map((c) => c.entity));
    const articles = new Set(claims.map((c) => c.article));
    const id = `office-${readableId(label, 8)}`;
    return {
      id,
      label,
      kind: 'office',
      status: articles.size === 1 && holders.size === 1 ? 'single' : holders.size === 1 ? 'agree' : 'changed',
      claims,
    };
  });
}

const capitalize = (text: string) => text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
