import { type Principal, authenticate } from "@/lib/auth/authenticate";
import { getRuntime, type VigiaRuntime } from "@/lib/runtime/runtime";
import { problem } from "./respond";

type Handler<C> = (req: Request, ctx: C, auth: { principal: Principal; rt: VigiaRuntime }) => Promise<Response>;

/** Every read API route: a Bearer API token or the session cookie, else 401. Errors become a 500 without details. */
export function withAuth<C>(handler: Handler<C>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const rt = getRuntime();
    const principal = await authenticate(rt.db, rt.apiToken, {
      authorization: req.headers.get("authorization"),
      cookie: req.headers.get("cookie"),
    });
    if (!principal) return problem(401, "unauthorized");
    try {
      return await handler(req, ctx, { principal, rt });
    } catch (error) {
      console.error("[api]", req.method, new URL(req.url).pathname, error instanceof Error ? error.message : error);
      return problem(500, "internal_error");
    }
  };
}
