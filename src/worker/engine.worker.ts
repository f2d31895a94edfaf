/**
 * The Web Worker that hosts the engine, so training never blocks the page.
 * The page drives it through comlink (see engine-client.ts).
 */
import * as Comlink from 'comlink';
import { Engine } from '../engine/engine';
import type { EngineProtocol } from './protocol';

Comlink.expose(new Engine() satisfies EngineProtocol);
