// Size reference only: zod/mini with the calls the widgets make (objects, arrays, strings,
// numbers, enums, pipes, transforms, checks, safeParse).
import * as z from 'zod/mini';

const schema = z.object({
  title: z.string(),
  items: z.array(z.string()).check(z.minLength(1)),
  seconds: z.pipe(z.string(), z.transform(Number)),
  cadence: z.enum(['weekly', 'monthly']),
  count: z.number(),
});
globalThis.benchZodResult = z.safeParse(schema, globalThis.benchZodInput);
