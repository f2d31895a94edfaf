/**
 * The Web Worker that hosts the engine, so training never blocks the page.
 * The page drives it through comlink (see engine-client.ts).
 */
// First: zod must be told before any schema exists (see the module).
import '../core/zod-jitless';
import * as Comlink from 'comlink';
import { Engine } from '../engine/engine';
import { listenForFaults } from './faults';
import type { EngineProtocol } from './protocol';

Comlink.expose(new Engine() satisfies EngineProtocol);
// The e2e tests' faults (?faults=1): each message names one; nothing else sends them.
listenForFaults();
