import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../database";
import { type ServerUnderTest, startServer } from "./start-server";

/** A fresh database and the real server on it for one test file; read `.db` / `.srv` inside tests. */
export function useServer(extraEnv: Record<string, string> = {}): { readonly db: TestDatabase; readonly srv: ServerUnderTest } {
  const state: { db?: TestDatabase; srv?: ServerUnderTest } = {};
  beforeAll(async () => {
    state.db = await createTestDatabase();
    state.srv = await startServer(state.db.url, extraEnv);
  });
  afterAll(async () => {
    await state.srv?.stop();
    await state.db?.drop();
  });
  return {
    get db() {
      if (!state.db) throw new Error("useServer: the database is not ready yet (use it inside tests)");
      return state.db;
    },
    get srv() {
      if (!state.srv) throw new Error("useServer: the server is not ready yet (use it inside tests)");
      return state.srv;
    },
  };
}
