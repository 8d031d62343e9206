import { type Principal, authenticate } from "@/lib/auth/authenticate";
import type { Role, TUserDto } from "@/lib/auth/user-dto";
import { getRuntime, type VigiaRuntime } from "@/lib/runtime/runtime";
import { problem } from "./respond";

type UserPrincipal = { kind: "user"; user: TUserDto };
type Handler<C, P> = (req: Request, ctx: C, auth: { principal: P; rt: VigiaRuntime }) => Promise<Response>;

/**
 * Every API route: a Bearer API token or the session cookie, else 401. With `{ role }`, only a logged-in user
 * with that role (an API token never has one: tokens cannot mint tokens), else 403. Errors become a 500
 * without details.
 */
export function withAuth<C>(handler: Handler<C, Principal>): (req: Request, ctx: C) => Promise<Response>;
export function withAuth<C>(options: { role: Role }, handler: Handler<C, UserPrincipal>): (req: Request, ctx: C) => Promise<Response>;
export function withAuth<C>(
  first: { role: Role } | Handler<C, Principal>,
  second?: Handler<C, UserPrincipal>,
): (req: Request, ctx: C) => Promise<Response> {
  const role = typeof first === "function" ? null : first.role;
  const handler = (typeof first === "function" ? first : second) as Handler<C, Principal>;
  return async (req: Request, ctx: C): Promise<Response> => {
    const rt = getRuntime();
    const principal = await authenticate(rt.db, rt.apiToken, {
      authorization: req.headers.get("authorization"),
      cookie: req.headers.get("cookie"),
    });
    if (!principal) return problem("unauthorized");
    if (role && (principal.kind !== "user" || principal.user.role !== role)) return problem("admins_only");
    try {
      return await handler(req, ctx, { principal, rt });
    } catch (error) {
      console.error("[api]", req.method, new URL(req.url).pathname, error instanceof Error ? error.message : error);
      return problem("internal_error");
    }
  };
}
