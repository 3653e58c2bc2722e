/**
 * The one place LockLens imports zod. `zod/mini` keeps the content script small, and `jitless`
 * must be set before any schema exists: zod's JIT probes `new Function`, which MV3's CSP forbids
 * and which shows up as CSP violation reports (colinhacks/zod#4461).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
