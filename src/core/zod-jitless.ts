/**
 * Turns off zod's compiled fast path before any schema is built. That path
 * probes for `new Function`, which a strict Content-Security-Policy refuses
 * and reports as a violation even though zod catches the error. Each entry
 * point (the page and each worker) imports this module first, since a
 * schema reads the setting when it is created, at module load.
 */
import { z } from 'zod';

z.config({ jitless: true });
