import { SiteLink } from './SiteLink';
import type { Entity } from '@/lib/schema/story';
import { articleOf, sourceName } from '@/lib/site/lookup';

/** The roles each source gives an entity, with a conflict between current roles called out. */
export function RolesBySource({ entity }: { entity: Entity }) {
  const roles = entity.roles ?? [];
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title">Roles by source</h2>
      {entity.roleConflict && (
        <p className="conflict-note">
          <span className="badge badge-conflict">Role conflict</span> The sources give {entity.name} different current roles. Check which is
          right for when each article was written.
        </p>
      )}
      <table className="roles">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Role given</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={`${role.article}-${role.role}`}>
              <td>{sourceName(articleOf(role.article))}</td>
              <td>
                <SiteLink href={`${articleOf(role.article).url}#${role.anchor}`}>{role.role}</SiteLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
