//! Pretty JSON for serde: byte for byte what `serde_json::to_writer_pretty`
//! writes (two-space indent, `"key": value`, `[]` and `{}` when empty), faster
//! on what httpcode's JSON mostly is, long strings that need no escaping.
//!
//! serde_json checks a string one byte at a time through a table; here the
//! bytes to escape are looked for eight at a time, and the runs between them
//! copied in one piece. And output goes through a 64 KiB buffer to its writer,
//! never into one String: `list --all --json` is 360 KB. With json::Lazy and
//! the streaming of app::Output this roughly halved what the JSON lists cost
//! on top of starting the process. The tests compare every JSON shape httpcode
//! prints, and every serde form, with serde_json's output.

use std::fmt::Display;
use std::io;

use serde::ser::{self, Serialize};

/// How much output is gathered before it is handed to the writer.
const BUFFER: usize = 64 * 1024;
/// Room past `BUFFER` for the string that crosses it, so that the buffer is
/// not reallocated (and copied) on its way to a flush.
const SLACK: usize = 16 * 1024;

/// Writes `value` as pretty JSON to `out`.
pub fn to_writer<W: io::Write, T: Serialize + ?Sized>(out: W, value: &T) -> Result<(), Error> {
    let mut writer = Writer {
        out,
        buf: Vec::with_capacity(BUFFER + SLACK),
        indent: 0,
    };
    value.serialize(&mut writer)?;
    writer.flush()
}

/// `value` as pretty JSON.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Vec::new();
    to_writer(&mut out, value)?;
    Ok(String::from_utf8(out).expect("JSON is written from str and ASCII only"))
}

/// Why JSON could not be written: the writer failed, or a value has no JSON
/// form (a map key that is not a string or a number).
#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    Value(String),
}

impl Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(err) => err.fmt(f),
            Error::Value(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(message: T) -> Self {
        Error::Value(message.to_string())
    }
}

struct Writer<W> {
    out: W,
    buf: Vec<u8>,
    indent: usize,
}

impl<W: io::Write> Writer<W> {
    fn push(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= BUFFER {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), Error> {
        self.out.write_all(&self.buf).map_err(Error::Io)?;
        self.buf.clear();
        Ok(())
    }

    /// A line break and the current indentation, before an item.
    fn newline(&mut self) {
        /// A line end and enough indentation for any depth httpcode nests to.
        const LINE: &[u8; 65] =
            b"\n                                                                ";
        let width = 1 + 2 * self.indent;
        if width <= LINE.len() {
            self.buf.extend_from_slice(&LINE[..width]);
        } else {
            self.buf.push(b'\n');
            self.buf.resize(self.buf.len() + 2 * self.indent, b' ');
        }
    }

    fn string(&mut self, text: &str) -> Result<(), Error> {
        self.buf.push(b'"');
        escape(&mut self.buf, text);
        self.push(b"\"")
    }

    fn display(&mut self, value: impl Display) -> Result<(), Error> {
        use std::io::Write as _;
        write!(self.buf, "{value}").map_err(Error::Io)?;
        self.push(b"")
    }

    /// An unsigned integer, without the formatting machinery: status codes
    /// are most of the numbers httpcode writes.
    fn unsigned(&mut self, mut value: u64) -> Result<(), Error> {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        self.push(&digits[at..])
    }

    /// Opens an array or object; an empty one is written whole at once.
    fn open(&mut self, open: u8, close: u8, len: Option<usize>) -> Result<State, Error> {
        if len == Some(0) {
            self.push(&[open, close])?;
            return Ok(State::Empty);
        }
        self.indent += 1;
        self.push(&[open])?;
        Ok(State::First)
    }

    fn close(&mut self, close: u8, state: State) -> Result<(), Error> {
        match state {
            State::Empty => Ok(()),
            State::First => {
                self.indent -= 1;
                self.push(&[close])
            }
            State::Rest => {
                self.indent -= 1;
                self.newline();
                self.push(&[close])
            }
        }
    }

    /// Before an array item or an object key.
    fn item(&mut self, state: &mut State) {
        if *state == State::Rest {
            self.buf.push(b',');
        }
        *state = State::Rest;
        self.newline();
    }
}

/// Appends `text` with JSON's escapes, as serde_json writes them.
fn escape(buf: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(i) = next_escape(bytes, start) {
        buf.extend_from_slice(&bytes[start..i]);
        start = i + 1;
        match bytes[i] {
            b'"' => buf.extend_from_slice(b"\\\""),
            b'\\' => buf.extend_from_slice(b"\\\\"),
            b'\n' => buf.extend_from_slice(b"\\n"),
            b'\r' => buf.extend_from_slice(b"\\r"),
            b'\t' => buf.extend_from_slice(b"\\t"),
            0x08 => buf.extend_from_slice(b"\\b"),
            0x0c => buf.extend_from_slice(b"\\f"),
            control => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                buf.extend_from_slice(b"\\u00");
                buf.push(HEX[usize::from(control >> 4)]);
                buf.push(HEX[usize::from(control & 0xf)]);
            }
        }
    }
    buf.extend_from_slice(&bytes[start..]);
}

/// The index of the first byte at or after `from` that needs escaping,
/// looked for eight bytes at a time in one u64 (SWAR): per byte, "below
/// 0x20", "is a quote" and "is a backslash" become its high bit. The tests'
/// borrows can set bits above a true match, never below one, so the lowest
/// set bit is always the first byte to escape.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut chunks = bytes[from..].chunks_exact(8);
    let mut offset = from;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("chunks of eight"));
        let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        let quote = zero_byte(x ^ (ONES * u64::from(b'"')));
        let backslash = zero_byte(x ^ (ONES * u64::from(b'\\')));
        let found = control | quote | backslash;
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|&b| needs_escape(b))
        .map(|i| offset + i)
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Where an open array or object is: written empty, before its first item,
/// or after one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Empty,
    First,
    Rest,
}

/// An open array or object; `wrapped` when it is the value of an enum
/// variant's one-key object (`{"Variant": [...]}`), closed with it.
struct Compound<'a, W> {
    writer: &'a mut Writer<W>,
    state: State,
    wrapped: bool,
}

impl<W: io::Write> Compound<'_, W> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.writer.item(&mut self.state);
        value.serialize(&mut *self.writer)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.writer.item(&mut self.state);
        self.writer.string(key)?;
        self.writer.push(b": ")?;
        value.serialize(&mut *self.writer)
    }

    fn close(self, close: u8) -> Result<(), Error> {
        self.writer.close(close, self.state)?;
        if self.wrapped {
            self.writer.close(b'}', State::Rest)?;
        }
        Ok(())
    }
}

impl<W: io::Write> Writer<W> {
    /// An array or object opened, to be filled and closed through serde;
    /// `wrapped` when it is an enum variant's value (see `variant`).
    fn compound(
        &mut self,
        open: u8,
        close: u8,
        len: Option<usize>,
        wrapped: bool,
    ) -> Result<Compound<'_, W>, Error> {
        let state = self.open(open, close, len)?;
        Ok(Compound {
            writer: self,
            state,
            wrapped,
        })
    }

    /// `{"variant": ` … closed by the compound's `end`.
    fn variant(&mut self, variant: &str) -> Result<(), Error> {
        let mut state = self.open(b'{', b'}', None)?;
        self.item(&mut state);
        self.string(variant)?;
        self.push(b": ")
    }
}

/// Numbers: written with `Display` (signed and 128-bit) or digit by digit.
macro_rules! numbers {
    (display: $($d:ident $dt:ty),*; unsigned: $($u:ident $ut:ty),*;) => {
        $(fn $d(self, v: $dt) -> Result<(), Error> {
            self.display(v)
        })*
        $(fn $u(self, v: $ut) -> Result<(), Error> {
            self.unsigned(u64::from(v))
        })*
    };
}

impl<'a, W: io::Write> ser::Serializer for &'a mut Writer<W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W>;
    type SerializeTuple = Compound<'a, W>;
    type SerializeTupleStruct = Compound<'a, W>;
    type SerializeTupleVariant = Compound<'a, W>;
    type SerializeMap = Compound<'a, W>;
    type SerializeStruct = Compound<'a, W>;
    type SerializeStructVariant = Compound<'a, W>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.push(if v { b"true" } else { b"false" })
    }
    numbers! {
        display: serialize_i8 i8, serialize_i16 i16, serialize_i32 i32, serialize_i64 i64,
            serialize_i128 i128, serialize_u128 u128;
        unsigned: serialize_u8 u8, serialize_u16 u16, serialize_u32 u32, serialize_u64 u64;
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // serde_json's own number format (and null for NaN and infinities).
        let text = serde_json::to_string(&v).map_err(|e| Error::Value(e.to_string()))?;
        self.push(text.as_bytes())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        let text = serde_json::to_string(&v).map_err(|e| Error::Value(e.to_string()))?;
        self.push(text.as_bytes())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for byte in v {
            seq.serialize_element(byte)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.push(b"null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.push(b"null")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.push(b"null")
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant(variant)?;
        value.serialize(&mut *self)?;
        self.close(b'}', State::Rest)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a, W>, Error> {
        self.compound(b'[', b']', len, false)
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, W>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, W>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>, Error> {
        self.variant(variant)?;
        self.compound(b'[', b']', Some(len), true)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a, W>, Error> {
        self.compound(b'{', b'}', len, false)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, W>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>, Error> {
        self.variant(variant)?;
        self.compound(b'{', b'}', Some(len), true)
    }
}

/// serde's traits for arrays (sequences, tuples) and for objects (structs)
/// differ in name only.
macro_rules! array_of {
    ($($serde:ident::$method:ident),*) => {$(
        impl<W: io::Write> ser::$serde for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::close(self, b']')
            }
        }
    )*};
}

macro_rules! object_of {
    ($($serde:ident),*) => {$(
        impl<W: io::Write> ser::$serde for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::close(self, b'}')
            }
        }
    )*};
}

array_of!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);
object_of!(SerializeStruct, SerializeStructVariant);

impl<W: io::Write> ser::SerializeMap for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.writer.item(&mut self.state);
        key.serialize(MapKey(&mut *self.writer))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.writer.push(b": ")?;
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), Error> {
        Compound::close(self, b'}')
    }
}

/// An object key: a string, or a number or bool written as a string, as
/// serde_json allows; anything else has no JSON form.
struct MapKey<'a, W>(&'a mut Writer<W>);

impl<W: io::Write> MapKey<'_, W> {
    fn quoted(self, value: impl Display) -> Result<(), Error> {
        self.0.string(&value.to_string())
    }
}

fn not_a_key() -> Error {
    Error::Value("a JSON object key must be a string".into())
}

/// Keys that are numbers, bools or chars: written as strings.
macro_rules! quoted {
    ($($method:ident $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Error> {
            self.quoted(v)
        }
    )*};
}

impl<W: io::Write> ser::Serializer for MapKey<'_, W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.string(v)
    }
    quoted! {
        serialize_char char, serialize_bool bool, serialize_i8 i8, serialize_i16 i16,
        serialize_i32 i32, serialize_i64 i64, serialize_i128 i128, serialize_u8 u8,
        serialize_u16 u16, serialize_u32 u32, serialize_u64 u64, serialize_u128 u128
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.string(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(not_a_key())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(not_a_key())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(not_a_key())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(not_a_key())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        Err(not_a_key())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(not_a_key())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(not_a_key())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(not_a_key())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(not_a_key())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(not_a_key())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(not_a_key())
    }
}

#[cfg(test)]
mod tests {
    use super::to_string;
    use crate::data;
    use crate::render::json::{CodeJson, MethodJson, NoResponseJson};
    use proptest::prelude::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// The contract: exactly serde_json's pretty output. A failure shows
    /// where the two part, not both documents.
    fn same<T: Serialize + ?Sized>(value: &T) {
        let expected = serde_json::to_string_pretty(value).unwrap();
        let written = to_string(value).unwrap();
        if written != expected {
            let at = written
                .bytes()
                .zip(expected.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(written.len().min(expected.len()));
            let around = |text: &str| -> String {
                let near = |i: usize, _: char| i + 40 >= at && i <= at + 40;
                text.char_indices()
                    .filter(|&(i, c)| near(i, c))
                    .map(|(_, c)| c)
                    .collect()
            };
            panic!(
                "differs from serde_json at byte {at}:\n  ours:       {:?}\n  serde_json: {:?}",
                around(&written),
                around(&expected)
            );
        }
    }

    #[test]
    fn every_record_of_the_dataset() {
        same(data::codes());
        same(data::methods());
        same(data::comparisons());
        same(data::headers());
        same(data::decision_tree());
        same(data::dataset());
        for runtime in data::runtimes() {
            same(&*runtime.codes);
        }
    }

    #[test]
    fn the_json_shapes_httpcode_prints() {
        let runtimes: Vec<_> = data::runtimes().iter().collect();
        let codes: Vec<CodeJson> = data::codes()
            .iter()
            .map(|c| CodeJson::new(c, &runtimes, &crate::query::comparisons_with(c.code)))
            .collect();
        same(&codes);
        let methods: Vec<MethodJson> = data::methods().iter().map(MethodJson::known).collect();
        same(&methods);
        for number in ["000", "0"] {
            same(&NoResponseJson::new(data::no_response(number).unwrap()));
        }
    }

    #[derive(Serialize)]
    enum Variants {
        Unit,
        Newtype(u8),
        Tuple(u8, &'static str),
        EmptyTuple(),
        Struct { a: Option<u8>, b: Vec<u8> },
        EmptyStruct {},
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Newtype(Vec<()>);

    #[test]
    fn every_serde_form() {
        same(&Vec::<u8>::new());
        same(&vec![Vec::<u8>::new(), vec![1]]);
        same(&BTreeMap::<String, u8>::new());
        same(&BTreeMap::from([
            (404u16, "Not Found"),
            (501, "Not Implemented"),
        ]));
        same(&BTreeMap::from([('x', vec![BTreeMap::<u8, u8>::new()])]));
        same(&(1u8, -2i64, u128::MAX, i128::MIN, true, false, (), Unit));
        same(&(
            0u8,
            0u16,
            10u32,
            404u16,
            u8::MAX,
            u16::MAX,
            u32::MAX,
            u64::MAX,
        ));
        same(&(0.5f64, f64::NAN, f64::INFINITY, 1e21f64, 3.25f32));
        same(&Newtype(vec![(), ()]));
        same(&[Some("a"), None]);
        same(&'é');
        same(&b"bytes"[..]);
        same(&[
            Variants::Unit,
            Variants::Newtype(7),
            Variants::Tuple(1, "two"),
            Variants::EmptyTuple(),
            Variants::Struct {
                a: None,
                b: vec![1, 2],
            },
            Variants::EmptyStruct {},
        ]);
    }

    #[test]
    fn a_map_key_must_be_a_string_or_number() {
        let map = BTreeMap::from([(vec![1u8], 2u8)]);
        assert!(serde_json::to_string_pretty(&map).is_err());
        assert!(to_string(&map).is_err());
    }

    #[test]
    fn every_escape_at_every_offset() {
        // Each byte that needs escaping, at each position of an 8-byte chunk
        // and in the tail after the last whole chunk.
        let specials: Vec<char> = (0u8..0x20)
            .map(char::from)
            .chain(['"', '\\', '\u{7f}', 'é', '€', '𝄞'])
            .collect();
        for special in specials {
            for before in 0..20 {
                for after in [0, 1, 7, 8, 9] {
                    let text = format!("{}{special}{}", "a".repeat(before), "b".repeat(after));
                    same(&text);
                }
            }
        }
    }

    proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_json_does(text in any::<String>()) {
            let expected = serde_json::to_string_pretty(&text).unwrap();
            prop_assert_eq!(to_string(&text).unwrap(), expected);
        }

        #[test]
        fn any_nesting_is_laid_out_as_serde_json_does(
            value in proptest::collection::vec(
                proptest::collection::btree_map("[a-z\"\\\\]{0,3}", proptest::collection::vec(any::<u8>(), 0..3), 0..3),
                0..4,
            )
        ) {
            let expected = serde_json::to_string_pretty(&value).unwrap();
            prop_assert_eq!(to_string(&value).unwrap(), expected);
        }
    }
}
