export { type ClosestData, closestAnswer } from './adapter/closest_answer.ts';
export { coverageAnswer } from './adapter/coverage_answer.ts';
export { type EngineAreas, EngineNetwork } from './adapter/engine_network.ts';
export { isochroneAnswer } from './adapter/isochrone_answer.ts';
export { matrixAnswer } from './adapter/matrix_answer.ts';
export { prepositioningAnswer } from './adapter/prepositioning_answer.ts';
export {
  kitOf,
  type PlanCache,
  type PrepositioningCase,
  prepositioningCase,
} from './adapter/prepositioning_case.ts';
export {
  type ReportDesaFigures,
  type ReportEngineAnswer,
  type ReportJob,
  type ReportLayers,
  reportAnswer,
} from './adapter/report_answer.ts';
export { type MovedPost, scenarioPosts } from './adapter/scenario_posts.ts';
export { selectPosts } from './adapter/select_posts.ts';
export { reportedValue, requireCoverable, sitingAnswer } from './adapter/siting_answer.ts';
export { type CandidateSite, candidateSites } from './adapter/siting_candidates.ts';
export { type SitingCase, sitingCase } from './adapter/siting_case.ts';
export { type DemandItem, demandItems } from './adapter/siting_demand.ts';
export { type CoverageSummary, type ModeSummary, summarizeCoverage } from './adapter/summarize_coverage.ts';
export { builtUpCells } from './coverage/built_up.ts';
export {
  costsFromPosts,
  type PlaceCostsResult,
  type ReachedCellCosts,
  reachedCellCosts,
} from './coverage/cell_costs.ts';
export type { CoverageReport, ModeCoverage } from './coverage/compute_coverage.ts';
export { type CoverageMode, type CoverageOptions, computeCoverage } from './coverage/compute_coverage.ts';
export type {
  AdminAreaInput,
  CoveragePost,
  DesaPointInput,
  HazardZoneInput,
} from './coverage/coverage_inputs.ts';
export type { CoverageModelInput, CoverageModelOptions } from './coverage/coverage_model.ts';
export { buildCoverageModel, type CoverageModel, type DesaInfo } from './coverage/coverage_model.ts';
export { distanceWeights } from './coverage/distance_weights.ts';
export type {
  DesaCoverage,
  HazardCoverage,
  KecamatanCoverage,
  LevelCoverage,
} from './coverage/summarize_levels.ts';
export { cachesWithAvailable } from './filter_caches.ts';
export { buildGraph, JOIN_PRECISION_DEG } from './graph/build_graph.ts';
export {
  type Components,
  type IslandSummary,
  mainNetworkLinks,
  stronglyConnectedComponents,
  summarizeIslands,
} from './graph/components.ts';
export { computeEdgeWeights, type EdgeWeights, roadSpeedKmh } from './graph/edge_weights.ts';
export {
  edgeCount,
  graphByteSize,
  linkCount,
  nodeCount,
  ONEWAY_BACKWARD,
  ONEWAY_FORWARD,
  ONEWAY_NO,
  ROAD_CLASS_CODES,
  type RoadGraph,
} from './graph/road_graph.ts';
export { buildSegmentIndex, type SegmentIndex, segmentIndexOf } from './graph/segment_index.ts';
export { deserializeGraph, serializeGraph } from './graph/serialize_graph.ts';
export { DEFAULT_MAX_ACCESS_M, type PlaceAccess, placeAccess } from './grid/place_access.ts';
export { polygonProblems } from './grid/polygon_problems.ts';
export { type CellWindow, type MultiPolygonCoords, polygonizeCells } from './grid/polygonize_cells.ts';
export { rasterizeArea } from './grid/rasterize_area.ts';
export type { StudyGrid } from './grid/study_grid.ts';
export { cellAt, cellCentreLonLat, createStudyGrid, DEFAULT_CELL_SIZE_M } from './grid/study_grid.ts';
export {
  type ContractionHierarchy,
  contractHierarchy,
} from './hierarchy/contraction_hierarchy.ts';
export {
  type HierarchySearches,
  hierarchySearches,
  UpwardSearch,
  unpackEdge,
} from './hierarchy/upward_search.ts';
export type { IsochroneFeature, IsochroneOptions, IsochroneResult } from './isochrone/isochrone.ts';
export { isochrone } from './isochrone/isochrone.ts';
export { EARTH_RADIUS_M, haversineM, metresPerDegree } from './measure/haversine.ts';
export { pointInPolygon } from './measure/point_in_polygon.ts';
export { poleOfInaccessibility } from './measure/pole_of_inaccessibility.ts';
export { pointSegmentDistance, segmentFraction } from './measure/segment_projection.ts';
export {
  type AccessMode,
  accessFor,
  accessText,
  barsEveryMotorVehicle,
  type MotorAccess,
  motorAccessOf,
} from './osm/access_tags.ts';
export { barrierAccess } from './osm/barrier_access.ts';
export { ClipArea, type ClipPolygons } from './osm/clip_area.ts';
export { type ClipCounts, ClippedRoadCollector, OUTSIDE_CLIP } from './osm/clipped_road_collector.ts';
export { IMPLICIT_MAXSPEED_KMH, parseMaxspeed, WALK_MAXSPEED_KMH } from './osm/maxspeed.ts';
export { NodePositions } from './osm/node_positions.ts';
export { OsmFileError, type OsmSink, type RoadCollector } from './osm/osm_file_error.ts';
export { OsmRoadCollector } from './osm/osm_road_collector.ts';
export { OsmXmlReader } from './osm/osm_xml_reader.ts';
export {
  type Inflate,
  PBF_MAX_BLOB,
  PBF_MAX_BLOB_HEADER,
  pbfBlobLength,
  readBlob,
  readBlobHeader,
  readPbfElements,
} from './osm/pbf_elements.ts';
export { type LooseFeature, readGeoJsonRoads } from './osm/read_geojson_roads.ts';
export { readOsmPbf } from './osm/read_pbf.ts';
export { type RoadFromTags, roadFromOsmTags } from './osm/road_from_tags.ts';
export type { ReadRoadsResult, ReadSummary, RoadLine } from './osm/road_line.ts';
export { BARRIER_STRETCH_M, type WayPiece, wayPieces } from './osm/way_pieces.ts';
export { addWayRoads, type RoadWay } from './osm/way_roads.ts';
export { comparePlans, type PlanScore, scorePlan } from './prepositioning/evaluate_plan.ts';
export {
  explainPlan,
  type HoldingExplanation,
  type ZoneLine,
  type ZoneReach,
  zoneLines,
} from './prepositioning/explain_plan.ts';
export { greedyPlan, roomOf } from './prepositioning/greedy_plan.ts';
export { type PlanMip, planMip } from './prepositioning/plan_mip.ts';
export type { PrepositioningProblem } from './prepositioning/prepositioning_problem.ts';
export { type ExactPlan, type FastPlan, type PlanOptions, solvePlan } from './prepositioning/solve_plan.ts';
export { FIRE_ENGINE, LIGHT_RESCUE, MOTORBIKE, PROFILES, type VehicleProfile } from './profiles.ts';
export { type Anchor, anchorPoint, offNetworkSeconds, seedArriving, seedLeaving } from './route/anchor.ts';
export {
  type ArrivalTimes,
  type ArrivalTimesOptions,
  arrivalTimes,
  type TimedStart,
} from './route/arrival_times.ts';
export {
  type ClosestFacilityOptions,
  type ClosestFacilityResult,
  closestFacility,
  type Facility,
  type FacilityRoute,
  type NotRoutedReason,
} from './route/closest_facility.ts';
export { type ClosureOptions, resolveClosedLinks } from './route/closure_mask.ts';
export {
  type Closure,
  type ClosureGeometry,
  closedLinkMask,
  LINE_CLOSURE_TOLERANCE_M,
  POINT_CLOSURE_RADIUS_M,
} from './route/closures.ts';
export { nearestReachable, type ReachablePoint } from './route/nearest_reachable.ts';
export type { RouteGeometry, RouteStep } from './route/route_path.ts';
export {
  createWorkspace,
  edgeTail,
  linkAllows,
  resetWorkspace,
  runSearch,
  type SearchOptions,
  type SearchWorkspace,
  seed,
} from './route/search.ts';
export { type MatrixOptions, travelTimeMatrix } from './route/travel_time_matrix.ts';
export {
  BEARING_REACH_M,
  bearingDeg,
  type Maneuver,
  maneuverOfAngle,
  roundaboutRoads,
  TURN_LIMITS_DEG,
  turnAngleDeg,
} from './route/turns.ts';
export { weightsFor } from './route/weights_for.ts';
export { type ExactOptions, type ExactSites, exactSites } from './siting/exact_sites.ts';
export { explainSites, type SiteExplanation } from './siting/explain_sites.ts';
export { heuristicSites } from './siting/heuristic_sites.ts';
export { type PlanarOptions, planarProblem, type SitePoint } from './siting/planar_problem.ts';
export { type ExactStatus, type MipProgress, relativeGap } from './siting/run_mip.ts';
export { objectiveOf, serveDemand, totalPrice } from './siting/serve_demand.ts';
export { activeDemand, type SitingObjective, type SitingProblem } from './siting/siting_problem.ts';
export { type FastSites, type SolvedSites, type SolveOptions, solveSites } from './siting/solve_sites.ts';
export { uncoverableDemand } from './siting/uncoverable_demand.ts';
export { atJunction, JUNCTION_SNAP_M, type Snap, type SnapOptions, snapNode, snapPoint } from './snap.ts';
export { type LandMask, landMaskOf } from './study_area/land_mask.ts';
export { outsideStudyArea, type PlainGeometry } from './study_area/outside_study_area.ts';
export {
  type OutlinePolygons,
  STUDY_AREA_MARGIN_M,
  type StudyArea,
  type StudyBBox,
  studyAreaOf,
  widened,
} from './study_area/study_area.ts';
export { type SurfaceClass, surfaceClassOf } from './surface_class.ts';
