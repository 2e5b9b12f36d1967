import type { Actor } from './identity';

/** A stable id for audit rows and status changes: slack:T01/U02, discord:g/123, console:local */
export const actorId = (a: Actor): string =>
  a.platform === 'console' ? `console:${a.userId}` : `${a.platform}:${a.workspace}/${a.userId}`;

const platformNames: Record<string, string> = { slack: 'Slack', discord: 'Discord' };

/** An actor id as people read it: "Slack user U02", "the console", "the newswire". */
export function actorLabel(id: string): string {
  const [platform = '', rest = ''] = id.split(/:(.*)/s);
  if (platform === 'console') return 'the console';
  const name = platformNames[platform];
  return name ? `${name} user ${rest.slice(rest.lastIndexOf('/') + 1)}` : `the ${id}`;
}

/**
 * Is this actor named in PLEDGEWATCH_ADMINS? Entries are `platform:user` (any workspace) or
 * `platform:workspace/user`. The console is the local editor by design.
 */
export function isBootstrapEditor(actor: Actor, bootstrap: readonly string[]): boolean {
  if (actor.platform === 'console') return true;
  return bootstrap.some((entry) => {
    const [platform, rest = ''] = entry.split(/:(.*)/s);
    if (platform !== actor.platform) return false;
    const slash = rest.lastIndexOf('/');
    return slash === -1 ? rest === actor.userId : rest === `${actor.workspace}/${actor.userId}`;
  });
}
