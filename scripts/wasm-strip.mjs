// Drops a wasm module's custom sections (id 0): `producers` (the compiler's
// name and version), `target_features` and `__wasm_split_unstable` (build
// metadata) are of no use to a browser. wasm-opt strips the first two but
// not the third; this drops all of them: about 0.2 KB gzipped a module.
//   import { stripCustomSections } from "./wasm-strip.mjs";
//   stripCustomSections(path)   rewrites the file; returns the bytes saved
import { readFileSync, writeFileSync } from "node:fs";

function leb128(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** A module's sections in order: each one's id, its bytes whole, and its body's offset. */
function* sections(bytes) {
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) throw new Error("wasm-strip: not a wasm module (version 1)");
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, body] = leb128(bytes, at);
    at = body + size;
    if (at > bytes.length) throw new Error("wasm-strip: a section runs past the end of the module");
    yield { id, whole: bytes.subarray(start, at), body };
  }
}

/** The module without its custom sections (a Uint8Array). */
export function withoutCustomSections(bytes) {
  const kept = [bytes.subarray(0, 8)];
  for (const { id, whole } of sections(bytes)) if (id !== 0) kept.push(whole);
  return Buffer.concat(kept);
}

export function stripCustomSections(path) {
  const before = readFileSync(path);
  const after = withoutCustomSections(before);
  writeFileSync(path, after);
  return before.length - after.length;
}

// Exports no page of ours calls: wasm-streams' stream adapters
// (IntoUnderlyingSource, -Sink, -ByteSource), which leptos brings into every
// module that links it (its server functions' "browser" feature is always
// on; this app has no server). Dropped before wasm-bindgen, their code,
// their imports and their JavaScript classes' methods go with them: 1.3 KB
// gzipped of check()'s wasm and 0.25 KB of its glue.
// Their `__wbindgen_describe_` exports go too, or wasm-bindgen looks for them.
export const UNUSED_EXPORTS = /^(__wbg_|__wbindgen_describe_)?intounderlying(bytesource|sink|source)_/;

function leb128Bytes(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
}

/** The module without the exports whose names match `pattern`, and how many went. */
export function withoutExports(bytes, pattern = UNUSED_EXPORTS) {
  const parts = [bytes.subarray(0, 8)];
  let dropped = 0;
  for (const { id, whole, body } of sections(bytes)) {
    if (id !== 7) {
      parts.push(whole);
      continue;
    }
    let [count, p] = leb128(bytes, body);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const entry = p;
      const [len, name] = leb128(bytes, p);
      const [, next] = leb128(bytes, name + len + 1); // kind byte, then index
      p = next;
      if (pattern.test(Buffer.from(bytes.subarray(name, name + len)).toString())) dropped++;
      else kept.push(bytes.subarray(entry, p));
    }
    const section = Buffer.concat([leb128Bytes(kept.length), ...kept]);
    parts.push(Buffer.from([7]), leb128Bytes(section.length), section);
  }
  return { bytes: Buffer.concat(parts), dropped };
}

/** Writes `from` without the unused exports to `to`; returns `to`. */
export function dropUnusedExports(from, to) {
  const { bytes, dropped } = withoutExports(readFileSync(from));
  writeFileSync(to, bytes);
  console.log(`wasm-strip: ${dropped} unused exports dropped from ${from}`);
  return to;
}

/**
 * wasm-bindgen's glue without the classes of those exports
 * (IntoUnderlyingSource and the rest, and their finalization registries):
 * wasm-bindgen still writes their shells (0.2 KB gzipped). Throws if one is
 * left, so a new wasm-bindgen's other layout is noticed.
 */
export function withoutUnusedClasses(code) {
  const out = code
    .replace(
      /^export class IntoUnderlying\w+ \{\n[\s\S]*?\n\}\nif \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n/gm,
      "",
    )
    .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, "");
  if (out.includes("IntoUnderlying")) throw new Error("wasm-strip: an IntoUnderlying class is left in the glue");
  return out;
}
