/**
 * `@flintkv/server/testing`: real node processes on free loopback ports for tests, kept out
 * of the main entry so that a production import never carries test support.
 *
 * @example
 * ```ts
 * import { startTestCluster } from '@flintkv/server/testing';
 *
 * const cluster = await startTestCluster({ nodes: 3 });
 * try {
 *   // connect({ endpoints: cluster.endpoints }) ...
 * } finally {
 *   await cluster.stop();
 * }
 * ```
 */
export { FAILPOINTS, FAILPOINTS_VARIABLE, type Failpoint } from '../failpoints.js';
export { freePorts } from './free-ports.js';
export {
  type NodeCommand,
  readyWithLeaders,
  startTestCluster,
  type TestCluster,
  type TestClusterNode,
  type TestClusterOptions,
  type UnexpectedExit,
} from './test-cluster.js';
