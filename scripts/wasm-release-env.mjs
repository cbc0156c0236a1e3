// The environment of a release wasm build, read from scripts/wasm-release.env
// (the one place it is written down) and laid over process.env. A cargo build
// in the post-build hook inherits it from scripts/build.sh already; run on its
// own (`node scripts/build-full.mjs dist --release`) it gets it here, so both
// ways build the same bytes and share the target directory's artifacts.
//   import { releaseEnv } from "./wasm-release-env.mjs";
//   execFileSync("cargo", args, { env: releaseEnv() })
import { readFileSync } from "node:fs";

export function releaseEnv() {
  const env = { ...process.env };
  const file = new URL("./wasm-release.env", import.meta.url);
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^([A-Z0-9_]+)="(.*)"$/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  return env;
}
