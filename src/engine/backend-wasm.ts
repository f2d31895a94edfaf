/**
 * The WASM backend, loaded on first use (backend.ts). Its .wasm binaries
 * are emitted by Vite as the app's own assets and mapped file by file, so
 * nothing is ever fetched from a CDN. Importing the package registers the
 * backend.
 *
 * Single-threaded SIMD on purpose. tfjs's threaded build starts its pthread
 * workers from the source text of its Emscripten factory
 * (`Function.prototype.toString`) in blob workers; once Vite has bundled and
 * minified that factory, the text refers to names of the bundle's scope, the
 * pthread workers die ("e is not defined") and the backend never finishes
 * starting. So the app sends no COOP/COEP headers, and threads stay off even
 * where a host makes the page cross-origin isolated.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';

tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

setWasmPaths({
  'tfjs-backend-wasm.wasm': plainUrl,
  'tfjs-backend-wasm-simd.wasm': simdUrl,
  // Never loaded (threads are off), but setWasmPaths wants every name mapped;
  // pointing it at the SIMD file keeps the unused threaded binary out of the build.
  'tfjs-backend-wasm-threaded-simd.wasm': simdUrl,
});
