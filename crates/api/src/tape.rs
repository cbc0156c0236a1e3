//! A report handed to JavaScript in one piece. serde-wasm-bindgen builds a
//! report's objects from the wasm one property at a time: a call across the
//! boundary per field and a UTF-8 decode per string, a third of `check()`'s
//! time on a 2-page resume. Serialized here instead into a *tape* (numbers in
//! wasm memory, read through a view) and one string holding every distinct
//! string once, it is rebuilt by `js/report.js` in a single call.
//! The objects are those serde_json would write: the same keys in the same
//! order, `null` for none and unit, a unit variant as its name, other
//! variants as `{ name: value }` (but NaN and infinities stay numbers, as
//! serde-wasm-bindgen left them).
//!
//! The tape is a sequence of `u32` words, each a tag in its low three bits
//! and a number above them:
//!
//! | tag | number | then |
//! | --- | --- | --- |
//! | 0 `UINT` | the value (below 2^29) | |
//! | 1 `STR` | the string's index | |
//! | 2 `OBJECT` | its entries | a key and a value for each |
//! | 3 `ARRAY` | its items | each item |
//! | 4 `CONST` | 0 null, 1 false, 2 true | |
//! | 5 `FLOAT` | | two words: an `f64`'s bits, low word first |
//! | 6 `SHAPE` | its index in [`SHAPES`] | the values of its fields, in order |
//!
//! A `SHAPE` is one of the report's many small structs (a span, a finding,
//! a bullet…) written without its keys; `js/report.js` builds it with an
//! object literal, whose shape V8 knows before it is filled, where an
//! object built key by key took a keyed store per field: two thirds of the
//! report's objects and most of the reader's time.
//!
//! Strings are kept once each in `text`; `ends[i]` is where string `i` ends
//! in it, counted in UTF-16 code units (where JavaScript's `slice` cuts).

use std::fmt;
use std::hash::Hasher;

use serde::ser::{self, Serialize};

use crate::engine::hash::{FastMap, FxHasher};

const UINT: u32 = 0;
const STR: u32 = 1;
const OBJECT: u32 = 2;
const ARRAY: u32 = 3;
const CONST: u32 = 4;
const FLOAT: u32 = 5;
const SHAPE: u32 = 6;
const NO_SHAPE: u32 = u32::MAX;

/// The structs written as a `SHAPE`: the struct's name (as serde gives it)
/// and its fields in order. `js/report.js` builds each with a
/// literal of the same keys in the same order (a test holds them equal). A
/// struct of that name whose fields differ (one skipped, another added) is
/// written as a plain object instead.
pub const SHAPES: &[(&str, &[&str])] = &[
    ("Span", &["start", "end"]),
    (
        "Finding",
        &[
            "rule",
            "severity",
            "line",
            "column",
            "span",
            "message",
            "suggestion",
            "replacement",
        ],
    ),
    (
        "BulletReport",
        &[
            "line",
            "span",
            "section",
            "text",
            "lead_verb",
            "quantified",
            "metrics",
        ],
    ),
    ("MetricReport", &["kind", "text", "span"]),
    ("Place", &["line", "span", "text"]),
    (
        "ScopeReport",
        &["line", "span", "scope", "cue", "artifacts"],
    ),
];
/// The largest number a word carries by itself.
const MAX_INLINE: u64 = (1 << 29) - 1;

/// A serialized value: the tape, and its strings.
pub struct Tape {
    pub ops: Vec<u32>,
    /// Every distinct string once, one after another.
    pub text: String,
    /// Where each string ends in `text`, in UTF-16 code units.
    pub ends: Vec<u32>,
    utf16_len: u32,
    /// Where each string ends in `text`, in bytes.
    byte_ends: Vec<u32>,
    /// Each string's index by its text's hash, so a string met again (a
    /// rule's id, severity and suggestion on each of its findings, a
    /// section's name on each bullet) is decoded and allocated once in
    /// JavaScript. On a hash shared by two strings the later one is
    /// written again: correct, only longer.
    seen: FastMap<u64, u32>,
    /// Field names by their address and length, to their strings: each name is kept
    /// once, so JavaScript meets the same key string again (a fresh one per
    /// object made every property store look its key up anew). A name whose
    /// slot another holds is kept again: correct, only longer.
    keys: [(usize, usize, u32); KEY_SLOTS],
    /// Whether `SHAPES` are written (off for the second try after a
    /// struct's fields did not match its shape's).
    shapes: bool,
    /// A struct's fields did not match its shape's.
    misshapen: bool,
}

const KEY_SLOTS: usize = 128;

impl Tape {
    /// `value` on a tape.
    pub fn of<T: Serialize + ?Sized>(value: &T) -> Tape {
        let mut tape = Tape::empty();
        tape.write(value);
        tape
    }

    pub fn empty() -> Tape {
        Tape {
            ops: Vec::new(),
            text: String::new(),
            ends: Vec::new(),
            utf16_len: 0,
            byte_ends: Vec::new(),
            seen: FastMap::default(),
            keys: [(0, 0, 0); KEY_SLOTS],
            shapes: true,
            misshapen: false,
        }
    }

    /// `value` on this tape, in place of what it held. A tape written again
    /// keeps its buffers (check() keeps one between calls), so the next
    /// report of a like size grows none of them.
    pub fn write<T: Serialize + ?Sized>(&mut self, value: &T) {
        self.shapes = true;
        self.write_once(value);
        if self.misshapen {
            self.shapes = false;
            self.write_once(value);
        }
    }

    #[inline(never)]
    fn write_once<T: Serialize + ?Sized>(&mut self, value: &T) {
        self.misshapen = false;
        self.ops.clear();
        self.text.clear();
        self.ends.clear();
        self.utf16_len = 0;
        self.byte_ends.clear();
        self.seen.clear();
        self.keys = [(0, 0, 0); KEY_SLOTS];
        // Only a map key that is no string or small number fails, and the
        // report has no maps: a failure is a new field's bug.
        let written = value.serialize(&mut *self);
        debug_assert!(written.is_ok(), "the report's tape: {written:?}");
    }

    fn op(&mut self, tag: u32, n: u32) {
        self.ops.push(tag | n << 3);
    }

    fn uint(&mut self, v: u64) {
        if v <= MAX_INLINE {
            self.op(UINT, v as u32);
        } else {
            self.float(v as f64);
        }
    }

    fn float(&mut self, v: f64) {
        let bits = v.to_bits();
        self.ops
            .extend_from_slice(&[FLOAT, bits as u32, (bits >> 32) as u32]);
    }

    /// String `s`'s index: where it was written already, else written now.
    fn string(&mut self, s: &str) -> u32 {
        let mut hasher = FxHasher::default();
        hasher.write(s.as_bytes());
        let hash = hasher.finish();
        if let Some(&i) = self.seen.get(&hash) {
            let end = self.byte_ends[i as usize] as usize;
            let start = match i {
                0 => 0,
                i => self.byte_ends[i as usize - 1] as usize,
            };
            if self.text.get(start..end) == Some(s) {
                return i;
            }
        }
        self.text.push_str(s);
        self.byte_ends.push(self.text.len() as u32);
        self.utf16_len += if s.is_ascii() {
            s.len() as u32
        } else {
            s.encode_utf16().count() as u32
        };
        self.ends.push(self.utf16_len);
        let i = self.ends.len() as u32 - 1;
        self.seen.insert(hash, i);
        i
    }

    /// Field name `key` (a `&'static str`, known by its address).
    fn key(&mut self, key: &'static str) {
        let address = key.as_ptr() as usize;
        let slot = address.wrapping_mul(0x9E37_79B9) >> 8 & (KEY_SLOTS - 1);
        let i = match self.keys[slot] {
            // The length too: one name may begin where another does.
            (a, len, i) if a == address && len == key.len() => i,
            _ => {
                let i = self.string(key);
                self.keys[slot] = (address, key.len(), i);
                i
            }
        };
        self.op(STR, i);
    }

    fn str(&mut self, s: &str) {
        let i = self.string(s);
        self.op(STR, i);
    }

    /// Opens an object or array whose size is written when it closes.
    fn open(&mut self, tag: u32) -> Open<'_> {
        let at = self.ops.len();
        self.ops.push(tag);
        Open {
            tape: self,
            at,
            n: 0,
            shape: NO_SHAPE,
        }
    }

    /// A struct: a `SHAPE` if it has one (keys left out), else an object.
    /// Not inlined: serde calls it from each struct's own serializer.
    #[inline(never)]
    fn open_struct(&mut self, name: &'static str, len: usize) -> Open<'_> {
        let shape = SHAPES
            .iter()
            .position(|(n, _)| *n == name)
            .map_or(NO_SHAPE, |i| i as u32);
        match SHAPES.get(shape as usize) {
            Some((_, fields)) if self.shapes && fields.len() == len => {
                let at = self.ops.len();
                self.op(SHAPE, shape);
                Open {
                    tape: self,
                    at,
                    n: 0,
                    shape,
                }
            }
            _ => self.open(OBJECT),
        }
    }

    /// `{ variant: … }` around a variant's contents.
    fn open_variant(&mut self, tag: u32, variant: &str) -> Open<'_> {
        self.op(OBJECT, 1);
        self.str(variant);
        self.open(tag)
    }
}

/// An object or array being written.
pub struct Open<'a> {
    tape: &'a mut Tape,
    /// Where its first word is, to write its size there.
    at: usize,
    n: u32,
    /// A `SHAPE`'s index in `SHAPES` (its size is its shape's, and its keys
    /// are not written), or `NO_SHAPE`.
    shape: u32,
}

impl Open<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.n += 1;
        value.serialize(&mut *self.tape)
    }

    fn entry<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key);
        value.serialize(&mut *self.tape)
    }

    /// A field's key: written, or for a `SHAPE` checked against its shape's.
    /// Not inlined: every field of every struct calls it.
    #[inline(never)]
    fn field(&mut self, key: &'static str) {
        match SHAPES.get(self.shape as usize) {
            Some((_, fields)) => {
                // The same static name is the same address (one string after
                // linking); the text is compared only when it is not.
                let fits = fields
                    .get(self.n as usize)
                    .is_some_and(|f| std::ptr::eq(*f, key) || *f == key);
                if !fits {
                    self.tape.misshapen = true;
                }
            }
            None => self.tape.key(key),
        }
        self.n += 1;
    }

    fn close(self) -> Result<(), Error> {
        match SHAPES.get(self.shape as usize) {
            // A shape's values are read by count: every field must be there.
            Some((_, fields)) if fields.len() != self.n as usize => self.tape.misshapen = true,
            Some(_) => {}
            None => self.tape.ops[self.at] |= self.n << 3,
        }
        Ok(())
    }
}

/// Never raised by the tape itself; here because serde asks for one.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl<'a> ser::Serializer for &'a mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Open<'a>;
    type SerializeTuple = Open<'a>;
    type SerializeTupleStruct = Open<'a>;
    type SerializeTupleVariant = Open<'a>;
    type SerializeMap = Open<'a>;
    type SerializeStruct = Open<'a>;
    type SerializeStructVariant = Open<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.op(CONST, 1 + u32::from(v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        match u64::try_from(v) {
            Ok(v) => self.uint(v),
            Err(_) => self.float(v as f64),
        }
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.uint(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.str(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.open(ARRAY);
        for b in v {
            seq.item(b)?;
        }
        seq.close()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.op(CONST, 0);
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.key(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.op(OBJECT, 1);
        self.str(variant);
        value.serialize(self)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Open<'a>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Open<'a>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Open<'a>, Error> {
        Ok(self.open(ARRAY))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Open<'a>, Error> {
        Ok(self.open_variant(ARRAY, variant))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Open<'a>, Error> {
        Ok(self.open(OBJECT))
    }
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Open<'a>, Error> {
        Ok(self.open_struct(name, len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Open<'a>, Error> {
        Ok(self.open_variant(OBJECT, variant))
    }
}

/// The serializers whose parts are an array's items, each by its method.
macro_rules! items {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Open<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )*};
}

items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Open<'_> {
    type Ok = ();
    type Error = Error;
    /// A key as JSON writes one: a string, or a number's digits.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.n += 1;
        let at = self.tape.ops.len();
        key.serialize(&mut *self.tape)?;
        match self.tape.ops[at..] {
            [w] if w & 7 == STR => Ok(()),
            [w] if w & 7 == UINT => {
                self.tape.ops.truncate(at);
                self.tape.str(&(w >> 3).to_string());
                Ok(())
            }
            _ => Err(ser::Error::custom("a map key must be a string or a number")),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.tape)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// The serializers whose parts are an object's named fields.
macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Open<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.entry(key, value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/js/report.js")]
    extern "C" {
        /// The tape's value as JavaScript objects.
        #[wasm_bindgen(js_name = readTape)]
        fn read_tape(ends: &[u32], ops: &[u32], text: &str) -> JsValue;
    }

    impl super::Tape {
        /// The value as JavaScript objects, built in one call.
        pub fn to_js(&self) -> JsValue {
            read_tape(&self.ends, &self.ops, &self.text)
        }
    }
}

/// The tape read back as a JSON value, as `js/report.js` reads
/// it, for the tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::{json, Value};

    fn read(tape: &Tape) -> Value {
        let units: Vec<u16> = tape.text.encode_utf16().collect();
        let mut start = 0;
        let strings: Vec<String> = tape
            .ends
            .iter()
            .map(|&end| {
                let s = String::from_utf16(&units[start..end as usize]).unwrap();
                start = end as usize;
                s
            })
            .collect();
        let mut at = 0;
        let v = value(&tape.ops, &mut at, &strings);
        assert_eq!(at, tape.ops.len(), "the whole tape is one value");
        v
    }

    fn value(ops: &[u32], at: &mut usize, strings: &[String]) -> Value {
        let w = ops[*at];
        *at += 1;
        let n = w >> 3;
        match w & 7 {
            UINT => json!(n),
            STR => json!(strings[n as usize]),
            OBJECT => {
                let mut o = serde_json::Map::new();
                for _ in 0..n {
                    let Value::String(k) = value(ops, at, strings) else {
                        panic!("a key is a string")
                    };
                    o.insert(k, value(ops, at, strings));
                }
                Value::Object(o)
            }
            ARRAY => Value::Array((0..n).map(|_| value(ops, at, strings)).collect()),
            CONST => [Value::Null, json!(false), json!(true)][n as usize].clone(),
            SHAPE => {
                let mut o = serde_json::Map::new();
                for k in SHAPES[n as usize].1 {
                    o.insert(k.to_string(), value(ops, at, strings));
                }
                Value::Object(o)
            }
            FLOAT => {
                let bits = u64::from(ops[*at]) | u64::from(ops[*at + 1]) << 32;
                *at += 2;
                let f = f64::from_bits(bits);
                // As JavaScript holds it: one kind of number.
                if f.fract() == 0.0 && f.abs() < 9e15 {
                    json!(f as i64)
                } else {
                    json!(f)
                }
            }
            t => panic!("no tag {t}"),
        }
    }

    /// serde_json's value, numbers as JavaScript holds them.
    fn expected<T: Serialize>(v: &T) -> Value {
        let mut v = serde_json::to_value(v).unwrap();
        normalise(&mut v);
        v
    }

    fn normalise(v: &mut Value) {
        match v {
            Value::Number(n) => {
                if let Some(f) = n.as_f64() {
                    if f.fract() == 0.0 && f.abs() < 9e15 {
                        *v = json!(f as i64);
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(normalise),
            Value::Object(o) => o.values_mut().for_each(normalise),
            _ => {}
        }
    }

    #[derive(Serialize)]
    enum Shape {
        Unit,
        New(u8),
        Tuple(u8, &'static str),
        Struct { a: Option<u8>, b: bool },
    }

    #[derive(Serialize)]
    struct Everything {
        small: u32,
        big: u64,
        negative: i32,
        fraction: f64,
        text: &'static str,
        letter: char,
        none: Option<u8>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        shapes: Vec<Shape>,
        pair: (u8, bool),
        map: std::collections::BTreeMap<u32, &'static str>,
        empty: Vec<u8>,
    }

    #[test]
    fn every_kind_of_value_reads_back_as_json_writes_it() {
        let v = Everything {
            small: 7,
            big: u64::from(u32::MAX) + 5,
            negative: -3,
            fraction: 0.25,
            text: "p99 ✓ 日本 e\u{301} 👩‍💻",
            letter: 'é',
            none: None,
            skipped: None,
            shapes: vec![
                Shape::Unit,
                Shape::New(1),
                Shape::Tuple(2, "x"),
                Shape::Struct { a: None, b: true },
            ],
            pair: (9, false),
            map: [(1, "one"), (20, "twenty")].into_iter().collect(),
            empty: vec![],
        };
        assert_eq!(read(&Tape::of(&v)), expected(&v));
    }

    #[derive(Serialize)]
    struct Named {
        name: &'static str,
        kind: Shape,
    }

    #[test]
    fn field_names_are_kept_once_and_ends_count_utf16_units() {
        let v = vec![
            Named {
                name: "😀x",
                kind: Shape::Unit,
            },
            Named {
                name: "日本",
                kind: Shape::Unit,
            },
        ];
        let tape = Tape::of(&v);
        assert_eq!(tape.text, "name😀xkindUnit日本");
        assert_eq!(tape.ends, [4, 7, 11, 15, 17]);
        assert_eq!(read(&tape), expected(&v));
    }

    #[test]
    fn a_string_met_again_is_written_once() {
        // Owned strings: equal text at different addresses.
        let v: Vec<String> = ["warning", "日本 🚀", "warning", "warn", "日本 🚀", ""]
            .map(String::from)
            .to_vec();
        let tape = Tape::of(&v);
        assert_eq!(tape.text, "warning日本 🚀warn");
        assert_eq!(tape.ends, [7, 12, 16, 16]);
        assert_eq!(read(&tape), expected(&v));
        // A string the end of another is not that other (FxHash leaves
        // leading zero words out of its state).
        for v in [["\0\0\0\0ab", "ab"], ["\0", ""], ["xab", "ab"]] {
            assert_eq!(read(&Tape::of(&v)), expected(&v));
        }
    }

    #[test]
    fn a_tape_written_again_holds_only_the_new_value() {
        let mut tape = Tape::of(&json!({ "a": ["x", 1.5, null], "b": "y" }));
        let second = json!([{ "b": "x" }, "z", true]);
        tape.write(&second);
        assert_eq!(read(&tape), second);
        assert_eq!(tape.ends.len(), 3, "x, b and z, each once");
    }

    /// The `SHAPES` builders of `js/report.js`: each one's keys.
    fn js_shapes() -> Vec<Vec<String>> {
        let js = include_str!("../js/report.js");
        let list = js.split("const SHAPES = [").nth(1).unwrap();
        let list = list.split("\n  ];").next().unwrap();
        list.split("() => ({")
            .skip(1)
            .map(|builder| {
                // Each `key: value()`: the word before the colon.
                let parts: Vec<&str> = builder.split("value()").collect();
                parts[..parts.len() - 1]
                    .iter()
                    .map(|part| {
                        let before = part.trim_end().strip_suffix(':').expect("key: value()");
                        let start = before
                            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                            .map_or(0, |i| i + 1);
                        before[start..].to_string()
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_javascript_reader_builds_each_shape_with_its_fields_in_order() {
        let rust: Vec<Vec<String>> = SHAPES
            .iter()
            .map(|(_, fields)| fields.iter().map(|f| f.to_string()).collect())
            .collect();
        assert_eq!(js_shapes(), rust);
    }

    #[derive(Serialize)]
    struct Span {
        start: u8,
        end: u8,
        extra: u8,
    }

    #[derive(Serialize)]
    struct Place {
        span: u8,
        line: u8,
        text: u8,
    }

    #[test]
    fn a_struct_unlike_its_shape_is_an_object() {
        // "Span" with a field more, "Place" with its fields in another order.
        let v = (
            Span {
                start: 1,
                end: 2,
                extra: 3,
            },
            Place {
                span: 4,
                line: 5,
                text: 6,
            },
        );
        let tape = Tape::of(&v);
        assert!(tape.ops.iter().all(|w| w & 7 != SHAPE));
        assert_eq!(read(&tape), expected(&v));
    }

    const SAMPLE_RESUME: &str = include_str!("../../../src/sample_resume.txt");

    /// A "Span" that says two fields and writes one (serde's `skip_field`).
    struct Short;

    impl Serialize for Short {
        fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use ser::SerializeStruct;
            let mut o = s.serialize_struct("Span", 2)?;
            o.serialize_field("start", &1u8)?;
            o.skip_field("end")?;
            o.end()
        }
    }

    #[test]
    fn a_struct_short_of_its_shapes_fields_is_an_object() {
        let tape = Tape::of(&[Short]);
        assert!(tape.ops.iter().all(|w| w & 7 != SHAPE));
        assert_eq!(read(&tape), json!([{ "start": 1 }]));
    }

    #[test]
    fn reports_read_back_as_json_writes_them() {
        use crate::engine::{check, OffsetTable, Options, YearMonth};
        let texts = [
            SAMPLE_RESUME,
            "EXPERIENCE\r\n• Responsible for the 日本 rollout 🚀 of Kafka\r\n• I helped improve p99 latency a lot\r\n",
            "\\section{Experience}\n\\begin{itemize}\n\\item Helped with caf\u{e9} \\textbf{Kubernetes} migration\n\\end{itemize}\n",
            "# Experience\n- **Led** the e\u{301}tude of sharding, very very fast\n",
        ];
        let job = std::sync::Arc::new(crate::engine::tailor::Job::parse(
            "Requirements\n- 5+ years of Go and Kafka\n- Kubernetes, Terraform\nNice to have: Rust",
        ));
        for text in texts {
            for with_job in [false, true] {
                let options = Options {
                    today: Some(YearMonth::new(2026, 11)),
                    job: with_job.then(|| job.clone()),
                    ..Options::default()
                };
                let report = check(text, &options).into_utf16(
                    &OffsetTable::new(text),
                    options.job.as_deref().map(|j| &j.table),
                );
                let tape = Tape::of(&report);
                assert_eq!(read(&tape), expected(&report), "{text}");
                // Every shape is met in a report with a job (themes' places).
                if with_job && text == SAMPLE_RESUME {
                    for (i, (name, _)) in SHAPES.iter().enumerate() {
                        let op = SHAPE | (i as u32) << 3;
                        assert!(tape.ops.contains(&op), "no {name} written as a shape");
                    }
                }
            }
        }
    }
}
