import type { Entity } from '../schema/story';

/** Entity types in the order and wording readers see them. */
export const ENTITY_TYPES: { type: Entity['type']; plural: string; singular: string }[] = [
  { type: 'person', plural: 'People', singular: 'Person' },
  { type: 'organization', plural: 'Organizations', singular: 'Organization' },
  { type: 'place', plural: 'Places', singular: 'Place' },
  { type: 'law', plural: 'Laws and policies', singular: 'Law or policy' },
  { type: 'agreement', plural: 'Agreements', singular: 'Agreement' },
  { type: 'other', plural: 'Other names', singular: 'Other' },
];

export const typeLabel = (type: Entity['type']) => ENTITY_TYPES.find((t) => t.type === type)!.singular;

export const mentionTotal = (entity: Entity) => entity.mentions.length;
