import { describe, expect, it } from "vitest";
import { checkOrigin, foreignOriginProblem } from "./check-origin";

describe("checkOrigin", () => {
  it("accepts requests without an Origin (API clients, Z-API, same-origin GETs)", () => {
    expect(checkOrigin(undefined, "vigia.example.com", null)).toEqual({ ok: true });
    expect(checkOrigin(null, "vigia.example.com", "https://vigia.example.com")).toEqual({ ok: true });
  });

  it("without VIGIA_PUBLIC_URL, compares the Origin's host with the Host, whatever the scheme", () => {
    expect(checkOrigin("http://127.0.0.1:3000", "127.0.0.1:3000", null).ok).toBe(true);
    expect(checkOrigin("https://Vigia.Example.com", "vigia.example.com", null).ok).toBe(true);
    expect(checkOrigin("http://localhost:80", "localhost", null).ok).toBe(true);
    expect(checkOrigin("http://127.0.0.1:3001", "127.0.0.1:3000", null)).toEqual({ ok: false, origin: "http://127.0.0.1:3001", expected: "127.0.0.1:3000" });
    expect(checkOrigin("https://evil.example.com", "vigia.example.com", null).ok).toBe(false);
    expect(checkOrigin("https://vigia.example.com.evil.io", "vigia.example.com", null).ok).toBe(false);
  });

  it("with VIGIA_PUBLIC_URL, only its origin passes, even when Host agrees with the Origin (DNS rebinding)", () => {
    const pub = "https://vigia.example.com/some/path";
    expect(checkOrigin("https://vigia.example.com", "127.0.0.1:3000", pub).ok).toBe(true);
    expect(checkOrigin("http://vigia.example.com", "vigia.example.com", pub).ok).toBe(false);
    expect(checkOrigin("https://rebound.example", "rebound.example", pub)).toEqual({ ok: false, origin: "https://rebound.example", expected: "https://vigia.example.com" });
  });

  it("refuses an opaque or malformed Origin", () => {
    expect(checkOrigin("null", "vigia.example.com", null).ok).toBe(false);
    expect(checkOrigin("file://", "vigia.example.com", null).ok).toBe(false);
    expect(checkOrigin("not a url", "vigia.example.com", null).ok).toBe(false);
    expect(checkOrigin("http://vigia.example.com", undefined, null).ok).toBe(false);
  });
});

describe("foreignOriginProblem", () => {
  const foreign = { origin: "https://evil.example", host: "vigia.example.com", cookie: "vigia_session=x" };

  it("refuses a state-changing API request from a foreign page with a clear message", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const problem = foreignOriginProblem({ method, url: "/api/auth/logout", headers: foreign }, null);
      expect(problem?.error.code).toBe("foreign_origin");
      expect(problem?.error.message).toContain("https://evil.example");
      expect(problem?.error.message).toContain("VIGIA_PUBLIC_URL");
    }
  });

  it("lets reads, webhooks, pages, bearer-token clients and same-origin requests through", () => {
    expect(foreignOriginProblem({ method: "GET", url: "/api/tokens", headers: foreign }, null)).toBeNull();
    expect(foreignOriginProblem({ method: "POST", url: "/api/webhooks/zapi/secret", headers: foreign }, null)).toBeNull();
    expect(foreignOriginProblem({ method: "POST", url: "/login", headers: foreign }, null)).toBeNull();
    expect(foreignOriginProblem({ method: "POST", url: "/api/tokens", headers: { ...foreign, authorization: "Bearer vg_abc" } }, null)).toBeNull();
    expect(foreignOriginProblem({ method: "POST", url: "/api/tokens?x=1", headers: { ...foreign, origin: "https://vigia.example.com" } }, null)).toBeNull();
    expect(foreignOriginProblem({ method: "DELETE", url: "/api/tokens/1", headers: { host: "vigia.example.com", cookie: "vigia_session=x" } }, null)).toBeNull();
  });
});
