import type { ApiApp } from '../app_env.ts';
import type { ChangeFeed } from '../live/change_feed.ts';
import type { NetworkService } from '../network/network_service.ts';
import { registerAdminAreas } from './admin_areas.ts';
import { registerAdminAreasCode } from './admin_areas_code.ts';
import { registerAudit } from './audit.ts';
import { registerAuditCsv } from './audit_csv.ts';
import { registerMe } from './auth_me.ts';
import { registerSignIn } from './auth_sign_in.ts';
import { registerSignOut } from './auth_sign_out.ts';
import { registerBackup } from './backup.ts';
import { cacheRoutes } from './caches.ts';
import { registerCachesIdItems } from './caches_id_items.ts';
import { registerCachesIdItemsItemId } from './caches_id_items_item_id.ts';
import { closureRoutes } from './closures.ts';
import { registerCoverage } from './coverage.ts';
import { assertEveryRouteDeclaresAccess } from './define_route.ts';
import { registerEvents } from './events.ts';
import { hazardZoneRoutes } from './hazard_zones.ts';
import { registerHealth } from './health.ts';
import { registerImports } from './imports_kind.ts';
import { incidentRoutes } from './incidents.ts';
import { registerIncidentsIdAssignments } from './incidents_id_assignments.ts';
import { registerIncidentsIdAssignmentsAssignmentId } from './incidents_id_assignments_assignment_id.ts';
import { registerIncidentsIdDispatchMessage } from './incidents_id_dispatch_message.ts';
import { registerIncidentsIdEvents } from './incidents_id_events.ts';
import { registerNearest } from './nearest.ts';
import { registerNetwork } from './network.ts';
import { registerNetworkGraphBin } from './network_graph_bin.ts';
import { registerPlanningSites } from './planning_sites.ts';
import { postRoutes } from './posts.ts';
import { registerRoads } from './roads.ts';
import { registerRoutingClosest } from './routing_closest.ts';
import { registerRoutingIsochrones } from './routing_isochrones.ts';
import { registerRoutingMatrix } from './routing_matrix.ts';
import { registerStockOperations } from './stock_operations.ts';
import { registerUnits } from './units.ts';
import { registerUnitsId } from './units_id.ts';
import { registerUsers } from './users.ts';
import { registerUsersId } from './users_id.ts';
import { registerUsersIdTokens } from './users_id_tokens.ts';
import { registerUsersIdTokensTokenId } from './users_id_tokens_token_id.ts';

/**
 * Every API route: the feature resources from their specs, the others one file per URL. Each goes through
 * `registerRoute`, and start-up fails if one did not.
 */
export function registerRoutes(
  app: ApiApp,
  services: { network: NetworkService; changes: ChangeFeed },
): void {
  postRoutes.register(app);
  cacheRoutes.register(app);
  registerCachesIdItems(app);
  registerCachesIdItemsItemId(app);
  registerStockOperations(app);
  hazardZoneRoutes.register(app);
  incidentRoutes.register(app);
  registerIncidentsIdEvents(app);
  registerIncidentsIdAssignments(app, services.network);
  registerIncidentsIdAssignmentsAssignmentId(app);
  registerIncidentsIdDispatchMessage(app, services.network);
  registerUnits(app);
  registerUnitsId(app);
  closureRoutes.register(app);
  registerAdminAreas(app);
  registerAdminAreasCode(app);
  registerRoads(app);
  registerNearest(app);
  registerRoutingClosest(app, services.network);
  registerRoutingIsochrones(app, services.network);
  registerRoutingMatrix(app, services.network);
  registerCoverage(app, services.network);
  registerPlanningSites(app, services.network);
  registerNetwork(app, services.network);
  registerNetworkGraphBin(app, services.network);
  registerHealth(app);
  registerSignIn(app);
  registerSignOut(app);
  registerMe(app);
  registerUsers(app);
  registerUsersId(app);
  registerUsersIdTokens(app);
  registerUsersIdTokensTokenId(app);
  registerAudit(app);
  registerAuditCsv(app);
  registerBackup(app);
  registerImports(app);
  registerEvents(app, services.changes);
  assertEveryRouteDeclaresAccess(app);
}
