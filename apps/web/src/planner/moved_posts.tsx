import { haversineM } from '@siaga/geo';
import { fill } from '@siaga/i18n';
import { formatDistance } from '../dispatch/directions_text.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { restorePost } from './plan_edits.ts';

/**
 * Stored posts moved in the open scenario: the switch that lets the map drag them (a saved scenario must be
 * open), and each moved post with how far it moved and "put back". Every move and put-back is one undo step;
 * the posts in the database change only through a promote.
 */
export function MovedPosts() {
  const { t, locale } = useI18n();
  const open = useAppState((s) => s.openScenario);
  const moving = useAppState((s) => s.movingPosts);
  const setMoving = useAppState((s) => s.setMovingPosts);
  const moved = useAppState((s) => s.plan.movedPosts);
  const transact = useAppState((s) => s.transact);
  const posts = useAppState((s) => featuresOf(s.datasets, 'posts'));
  const byId = new Map(posts.map((p) => [p.properties.id, p]));
  return (
    <section className="panel-section" data-testid="moved-posts">
      <h2>{t.planner.gapsClosed.movedHeading}</h2>
      <p className="hint-inline">{t.planner.gapsClosed.movePostHelp}</p>
      {open === null ? (
        <p className="muted">{t.planner.gapsClosed.openScenarioFirst}</p>
      ) : (
        <button
          type="button"
          aria-pressed={moving}
          data-testid="move-posts"
          onClick={() => setMoving(!moving)}
        >
          {moving ? t.planner.gapsClosed.movingPosts : t.planner.gapsClosed.movePosts}
        </button>
      )}
      {moved.length > 0 && (
        <ul className="marker-list" data-testid="moved-posts-list">
          {moved.map((m) => {
            const post = byId.get(m.postId);
            const [lon = 0, lat = 0] = post?.geometry.coordinates ?? [];
            const km =
              post === undefined ? null : haversineM(lon, lat, m.position[0] ?? 0, m.position[1] ?? 0);
            return (
              <li key={m.postId} data-post={m.postId}>
                <span className="marker-dot marker-dot--moved">P</span>
                <span className="marker-list__at">
                  {fill(t.planner.gapsClosed.moved, {
                    name: post?.properties.name ?? m.postId,
                    km: km === null ? '—' : formatDistance(locale, t, km),
                  })}
                </span>
                <button
                  type="button"
                  className="link-button"
                  data-testid="restore-post"
                  onClick={() => transact('restorePost', restorePost(m.postId))}
                >
                  {t.planner.gapsClosed.restore}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
