// POST /api/bench/noop — the framework's floor for `npm run bench`: a route handler that does nothing, in the
// same custom server as the webhook route. Off (404) unless VIGIA_BENCH=1, so production has no such endpoint.
export function POST(): Response {
  if (process.env.VIGIA_BENCH !== "1") return new Response(null, { status: 404 });
  return new Response(null, { status: 200 });
}
