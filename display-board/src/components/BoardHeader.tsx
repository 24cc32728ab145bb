import type { PublicSite } from '@reception/shared';
import { LiveClock } from './LiveClock';

export function BoardHeader({ site, serverNow }: { site: PublicSite; serverNow: number | null }) {
  return (
    <header className="board-header">
      <h1 className="site-name">{site.name}</h1>
      <LiveClock serverNow={serverNow} timeZone={site.timeZone} />
    </header>
  );
}
