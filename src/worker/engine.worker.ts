/**
 * The Web Worker that hosts the engine, so training never blocks the page.
 * The page drives it through comlink (see engine-client.ts).
 */
import * as Comlink from 'comlink';
import { Engine } from '../engine/engine';

Comlink.expose(new Engine());
