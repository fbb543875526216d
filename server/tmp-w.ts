import { parentPort } from 'node:worker_threads';
import { DEFAULT_LIMITS } from './graphql/limits.ts';
const x: number = DEFAULT_LIMITS.maxDepth;
parentPort?.postMessage(x);
