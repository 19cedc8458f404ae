// Every `zod` import of the web build resolves here (vite.config.ts), so that zod is told before any
// schema is built not to compile parsers with `new Function`: the page's CSP has no 'unsafe-eval',
// and zod's probe for it would be reported as a violation. The schemas then run interpreted.
import * as z from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;
