import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's own migrate CLI downloads a native schema engine, which these machines cannot reach. The same
// engine ships as WebAssembly on npm; its ESM entry imports the .wasm directly, which Node 20 cannot, so
// we instantiate the .wasm ourselves and hand it to the JS glue.
const require = createRequire(import.meta.url);

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<Glue> | undefined;

function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Glue;
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return gluePromise;
}

/** A schema engine connected to `databaseUrl`, with the project's schema loaded. */
export async function openSchemaEngine(databaseUrl: string): Promise<SchemaEngine> {
  const glue = await loadGlue();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const log = (message: string) => {
    if (process.env.VIGIA_DEBUG_MIGRATIONS) console.error("[schema-engine]", message);
  };
  return glue.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, log, adapter);
}
