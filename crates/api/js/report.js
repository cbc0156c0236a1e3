// check()'s report out of the wasm in one call (crates/api/src/tape.rs writes it): the
// tape's words read through a view of the wasm's memory, and one string
// holding each distinct string once, cut at `ends` (UTF-16 units). The tags
// are the low three bits of a word, a number above them: 0 a number, 1 a
// string, 2 an object of that many keys and values, 3 an array of that many
// items, 4 null/false/true, 5 a float in the next two words, 6 one of the
// SHAPES below (its values follow, in its keys' order).
// Keys are the report's field names, never the user's text.
export function readTape(ends, ops, text) {
  const strings = new Array(ends.length);
  for (let k = 0, start = 0; k < ends.length; k++) {
    strings[k] = text.slice(start, ends[k]);
    start = ends[k];
  }
  const float = new Float64Array(1);
  const words = new Uint32Array(float.buffer);
  let i = 0;
  // crates/api/src/tape.rs's SHAPES, in its order, with its keys in order (a test there
  // holds them equal): a literal gives V8 the object's shape at once, where
  // adding keys one at a time is a keyed store each.
  const SHAPES = [
    () => ({ start: value(), end: value() }),
    () => ({
      rule: value(), severity: value(), line: value(), column: value(),
      span: value(), message: value(), suggestion: value(), replacement: value(),
    }),
    () => ({
      line: value(), span: value(), section: value(), text: value(),
      lead_verb: value(), quantified: value(), metrics: value(),
    }),
    () => ({ kind: value(), text: value(), span: value() }),
    () => ({ line: value(), span: value(), text: value() }),
    () => ({ line: value(), span: value(), scope: value(), cue: value(), artifacts: value() }),
  ];
  const value = () => {
    const w = ops[i++];
    const n = w >>> 3;
    switch (w & 7) {
      case 0:
        return n;
      case 1:
        return strings[n];
      case 2: {
        const o = {};
        for (let k = 0; k < n; k++) {
          const key = strings[ops[i++] >>> 3];
          o[key] = value();
        }
        return o;
      }
      case 3: {
        const a = [];
        for (let k = 0; k < n; k++) a.push(value());
        return a;
      }
      case 4:
        return n === 0 ? null : n === 2;
      case 6:
        return SHAPES[n]();
      default:
        words[0] = ops[i++];
        words[1] = ops[i++];
        return float[0];
    }
  };
  return value();
}
