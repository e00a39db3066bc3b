/** One route's request and response body schemas; `null` means no body (or not JSON). */
import type { z } from "zod";

export interface Bodies<Req extends z.ZodType | null = z.ZodType | null, Res extends z.ZodType | null = z.ZodType | null> {
  request: Req;
  response: Res;
}

export const bodies = <Req extends z.ZodType | null, Res extends z.ZodType | null>(request: Req, response: Res): Bodies<Req, Res> => ({ request, response });
