/** Where a Neo4j comes from: NEO4J_URI → testcontainers → the local launcher; start/stop/status. */
export { describeNeo4j, findOrStartNeo4j, NEO4J_IMAGE, type FindOrStartOptions, type Neo4jInstance, type Neo4jKind } from './find-or-start.js';
export {
  DEFAULT_LAUNCHER_DIR,
  answers,
  ensureLauncherBuilt,
  localStatus,
  startLocal,
  stopLocal,
  type LocalInstance,
  type LocalStartOptions,
  type LocalStatus,
  type StopResult,
} from './local-launcher.js';
export { readState, type LocalState } from './local-state.js';
