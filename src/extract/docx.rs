//! A Word document (DOCX: a zip of XML parts) to the text a reader sees.
//!
//! Paragraphs in order, one line each; list paragraphs (numbering set on
//! the paragraph or by its style) as "• " or "1. "; headings with a blank
//! line before them; table rows with single-line cells as one line, cells
//! separated by tabs, other cells paragraph by paragraph; a text box's
//! paragraphs after the paragraph that anchors it. Headers and footers are
//! left out and reported. Deleted revisions, field codes and the fallback
//! copy of drawings (`mc:Fallback`) are not text.
//!
//! Hostile files are capped: the file's size, the number of zip entries,
//! and what each part and all parts together inflate to.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{decode_char, ErrorKind, ExtractError, Extracted, FileNote, NoteKind, MAX_FILE_BYTES};
use crate::engine::document::lines::is_page_number;
use crate::engine::hash::FastMap as HashMap;

const MAX_ENTRIES: usize = 2_000;
/// A part (document.xml) may inflate to this much; a resume's is well under 1 MB.
const MAX_PART_BYTES: u64 = 16 * 1024 * 1024;
const MAX_TOTAL_BYTES: u64 = 48 * 1024 * 1024;

/// An OLE compound file: an old binary .doc, or a password-protected DOCX.
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub fn read(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large_file());
    }
    if bytes.starts_with(OLE_MAGIC) {
        return Err(if contains_utf16(bytes, "EncryptedPackage") {
            ExtractError::new(
                ErrorKind::Encrypted,
                "This Word file is password-protected, so it cannot be read. Save a copy without the password and open that.",
            )
        } else {
            ExtractError::new(
                ErrorKind::NotThisFormat,
                "This is an old Word file (.doc), not a .docx. Save it as .docx (Word: File › Save As) and open that.",
            )
        });
    }
    if !bytes.starts_with(b"PK") {
        return Err(not_docx());
    }
    let mut parts = Parts::open(bytes)?;
    let document = parts.read("word/document.xml")?.ok_or_else(not_docx)?;
    let styles = parts
        .read("word/styles.xml")?
        .map(|x| Styles::parse(&x))
        .transpose()?
        .unwrap_or_default();
    let numbering = parts
        .read("word/numbering.xml")?
        .map(|x| Numbering::parse(&x))
        .transpose()?
        .unwrap_or_default();

    let mut body = Body::new(&styles, &numbering);
    body.walk(&document)?;
    let mut running = Vec::new();
    for name in
        parts.names_matching(|n| n.starts_with("word/header") || n.starts_with("word/footer"))
    {
        if let Some(xml) = parts.read(&name)? {
            let mut part = Body::new(&styles, &numbering);
            part.walk(&xml)?;
            running.extend(
                part.lines
                    .into_iter()
                    .map(|l| l.trim().replace('\t', " "))
                    .filter(|l| {
                        !l.is_empty()
                            && !is_page_number(l)
                            && !l.chars().all(|c| c.is_ascii_digit())
                    }),
            );
        }
    }

    let text = body.text();
    if text.chars().filter(|c| c.is_alphanumeric()).count() < 20 {
        return Err(ExtractError::new(
            ErrorKind::NoText,
            "This Word document has no text to read (it may be a picture of a resume). It cannot be checked.",
        ));
    }
    let mut notes = Vec::new();
    if body.table_rows > 0 {
        notes.push(note(
            NoteKind::Table,
            format!(
                "{} table row{} (“{}”): read here cell by cell, but some applicant tracking systems \
                 skip tables or run their cells together.",
                body.table_rows,
                if body.table_rows == 1 { "" } else { "s" },
                body.first_table_text.as_deref().unwrap_or("")
            ),
            body.table_lines.clone(),
        ));
    }
    if body.text_boxes > 0 {
        notes.push(note(
            NoteKind::TextBox,
            format!(
                "{} text box{} (“{}”): many applicant tracking systems skip text boxes, so what is \
                 in them may never be read. Put it in the body.",
                body.text_boxes,
                if body.text_boxes == 1 { "" } else { "es" },
                body.first_text_box.as_deref().unwrap_or("")
            ),
            body.box_lines.clone(),
        ));
    }
    if let Some(first) = running.first() {
        notes.push(note(
            NoteKind::HeaderFooter,
            format!(
                "The header or footer holds text (“{}”), left out here: applicant tracking systems \
                 often skip headers and footers, so contact details belong in the body.",
                clip(first, 60)
            ),
            Vec::new(),
        ));
    }
    if body.undecodable > 0 {
        notes.push(note(
            NoteKind::Undecodable,
            format!(
                "{} character{} from a symbol or icon font did not decode to text: an applicant \
                 tracking system sees nothing there, or garbage.",
                body.undecodable,
                if body.undecodable == 1 { "" } else { "s" }
            ),
            Vec::new(),
        ));
    }
    Ok(Extracted { text, notes })
}

fn note(kind: NoteKind, message: String, lines: Vec<String>) -> FileNote {
    FileNote {
        kind,
        message,
        lines,
    }
}

fn clip(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

fn not_docx() -> ExtractError {
    ExtractError::new(
        ErrorKind::NotThisFormat,
        "This file is not a Word document (.docx): it has no document inside. Open the .docx itself, or a PDF of it.",
    )
}

fn damaged(what: impl std::fmt::Display) -> ExtractError {
    ExtractError::new(
        ErrorKind::Damaged,
        format!("This Word file is damaged and cannot be read ({what}). Open it in Word and save it again."),
    )
}

fn too_large_file() -> ExtractError {
    ExtractError::new(
        ErrorKind::TooLarge,
        format!(
            "This file is over {} MB; a resume is far smaller. Open the resume itself.",
            MAX_FILE_BYTES / (1024 * 1024)
        ),
    )
}

fn too_large_inflated() -> ExtractError {
    ExtractError::new(
        ErrorKind::TooLarge,
        "This Word file unpacks to far more than a resume could hold (a zip bomb, or a damaged file), so it was not read.",
    )
}

fn contains_utf16(bytes: &[u8], needle: &str) -> bool {
    let wide: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(wide.len()).any(|w| w == wide.as_slice())
}

/// The zip's parts, read under the caps.
struct Parts<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    inflated: u64,
}

impl<'a> Parts<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, ExtractError> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
        if zip.len() > MAX_ENTRIES {
            return Err(too_large_inflated());
        }
        Ok(Self { zip, inflated: 0 })
    }

    fn names_matching(&self, keep: impl Fn(&str) -> bool) -> Vec<String> {
        let mut names: Vec<String> = self
            .zip
            .file_names()
            .filter(|n| keep(n))
            .map(str::to_string)
            .collect();
        names.sort();
        names
    }

    fn read(&mut self, name: &str) -> Result<Option<String>, ExtractError> {
        let entry = match self.zip.by_name(name) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(zip::result::ZipError::UnsupportedArchive(what))
                if what.contains("ncrypt") || what.contains("assword") =>
            {
                return Err(ExtractError::new(
                    ErrorKind::Encrypted,
                    "This Word file is password-protected, so it cannot be read.",
                ));
            }
            Err(e) => return Err(damaged(e)),
        };
        let cap = MAX_PART_BYTES.min(MAX_TOTAL_BYTES - self.inflated);
        let mut out = Vec::new();
        entry.take(cap + 1).read_to_end(&mut out).map_err(damaged)?;
        if out.len() as u64 > cap {
            return Err(too_large_inflated());
        }
        self.inflated += out.len() as u64;
        String::from_utf8(out)
            .map(Some)
            .map_err(|_| damaged("a part is not UTF-8 text"))
    }
}

/// The value of an attribute such as `w:val`, by local name.
fn attr(e: &BytesStart, local: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// Paragraph styles: which are headings, and the numbering a style sets.
#[derive(Default)]
struct Styles {
    heading: HashMap<String, bool>,
    numbering: HashMap<String, String>,
    based_on: HashMap<String, String>,
}

impl Styles {
    fn parse(xml: &str) -> Result<Self, ExtractError> {
        let mut styles = Styles::default();
        let mut reader = Reader::from_str(xml);
        let mut current: Option<String> = None;
        loop {
            match reader.read_event().map_err(damaged)? {
                Event::Start(e) | Event::Empty(e) => {
                    let name = e.local_name();
                    let Some(id) = current.clone() else {
                        if name.as_ref() == b"style" {
                            current = attr(&e, b"styleId");
                        }
                        continue;
                    };
                    match name.as_ref() {
                        b"name" => {
                            let n = attr(&e, b"val").unwrap_or_default().to_ascii_lowercase();
                            if n.starts_with("heading") || n == "title" {
                                styles.heading.insert(id, true);
                            }
                        }
                        b"outlineLvl" => {
                            styles.heading.insert(id, true);
                        }
                        b"numId" => {
                            if let Some(v) = attr(&e, b"val") {
                                styles.numbering.insert(id, v);
                            }
                        }
                        b"basedOn" => {
                            if let Some(v) = attr(&e, b"val") {
                                styles.based_on.insert(id, v);
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(e) if e.local_name().as_ref() == b"style" => current = None,
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(styles)
    }

    /// The numbering a style sets, or the style it is based on (a few steps up).
    fn numbering_of(&self, style: &str) -> Option<&String> {
        let mut id = style;
        for _ in 0..8 {
            if let Some(v) = self.numbering.get(id) {
                return Some(v);
            }
            id = self.based_on.get(id)?;
        }
        None
    }

    fn is_heading(&self, style: &str) -> bool {
        let mut id = style;
        for _ in 0..8 {
            if self.heading.contains_key(id) {
                return true;
            }
            match self.based_on.get(id) {
                Some(next) => id = next,
                None => return false,
            }
        }
        false
    }
}

/// Numbering definitions: for a list and a level, whether it is bullets.
#[derive(Default)]
struct Numbering {
    abstract_of: HashMap<String, String>,
    /// (abstractNumId, ilvl) → numFmt
    formats: HashMap<(String, String), String>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Self, ExtractError> {
        let mut n = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<String> = None;
        loop {
            match reader.read_event().map_err(damaged)? {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    b"abstractNum" => abstract_id = attr(&e, b"abstractNumId"),
                    b"lvl" => level = attr(&e, b"ilvl"),
                    b"numFmt" => {
                        if let (Some(a), Some(l), Some(f)) =
                            (&abstract_id, &level, attr(&e, b"val"))
                        {
                            n.formats.insert((a.clone(), l.clone()), f);
                        }
                    }
                    b"num" => num_id = attr(&e, b"numId"),
                    b"abstractNumId" => {
                        if let (Some(id), Some(a)) = (&num_id, attr(&e, b"val")) {
                            n.abstract_of.insert(id.clone(), a);
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    b"abstractNum" => abstract_id = None,
                    b"num" => num_id = None,
                    b"lvl" => level = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(n)
    }

    /// The format of a list level ("bullet", "decimal", "none", …).
    fn format(&self, num_id: &str, level: &str) -> Option<&str> {
        let a = self.abstract_of.get(num_id)?;
        self.formats
            .get(&(a.clone(), level.to_string()))
            .or_else(|| self.formats.get(&(a.clone(), "0".to_string())))
            .map(String::as_str)
    }
}

/// A paragraph being read.
#[derive(Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    num_id: Option<String>,
    level: Option<String>,
}

/// A table cell being read: its paragraphs.
#[derive(Default)]
struct Cell {
    paragraphs: Vec<String>,
}

/// Walks a part's XML and writes lines.
struct Body<'s> {
    styles: &'s Styles,
    numbering: &'s Numbering,
    lines: Vec<String>,
    /// Text boxes met in the current paragraph, written after it.
    pending_boxes: Vec<String>,
    paragraphs: Vec<Paragraph>,
    /// Open tables: each row's cells.
    rows: Vec<Vec<Cell>>,
    in_text_box: usize,
    /// `pending_boxes.len()` when the current text box began.
    box_start: usize,
    skip_depth: usize,
    in_text: bool,
    in_run: bool,
    counters: HashMap<(String, String), usize>,
    table_rows: usize,
    first_table_text: Option<String>,
    /// The lines written from tables and text boxes, for the notes.
    table_lines: Vec<String>,
    box_lines: Vec<String>,
    text_boxes: usize,
    first_text_box: Option<String>,
    undecodable: usize,
}

impl<'s> Body<'s> {
    fn new(styles: &'s Styles, numbering: &'s Numbering) -> Self {
        Self {
            styles,
            numbering,
            lines: Vec::new(),
            pending_boxes: Vec::new(),
            paragraphs: Vec::new(),
            rows: Vec::new(),
            in_text_box: 0,
            box_start: 0,
            skip_depth: 0,
            in_text: false,
            in_run: false,
            counters: HashMap::default(),
            table_rows: 0,
            first_table_text: None,
            table_lines: Vec::new(),
            box_lines: Vec::new(),
            text_boxes: 0,
            first_text_box: None,
            undecodable: 0,
        }
    }

    fn push_text(&mut self, s: &str) {
        let mut lost = 0;
        if let Some(p) = self.paragraphs.last_mut() {
            for c in s.chars() {
                if !decode_char(c, &mut p.text) {
                    lost += 1;
                }
            }
        }
        self.undecodable += lost;
    }

    fn walk(&mut self, xml: &str) -> Result<(), ExtractError> {
        let mut reader = Reader::from_str(xml);
        loop {
            let event = reader.read_event().map_err(damaged)?;
            if self.skip_depth > 0 {
                match event {
                    Event::Start(_) => self.skip_depth += 1,
                    Event::End(_) => self.skip_depth -= 1,
                    Event::Eof => break,
                    _ => {}
                }
                continue;
            }
            match event {
                Event::Start(e) => self.start(&e, false),
                Event::Empty(e) => self.start(&e, true),
                Event::End(e) => self.end(e.local_name().as_ref()),
                Event::Text(t) if self.in_text => {
                    let s = t.decode().map_err(damaged)?;
                    self.push_text(&s);
                }
                Event::GeneralRef(r) if self.in_text => {
                    let c = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c),
                        _ => match r.decode().map_err(damaged)?.as_ref() {
                            "amp" => Some('&'),
                            "lt" => Some('<'),
                            "gt" => Some('>'),
                            "quot" => Some('"'),
                            "apos" => Some('\''),
                            _ => None,
                        },
                    };
                    if let Some(c) = c {
                        self.push_text(c.encode_utf8(&mut [0; 4]));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    fn start(&mut self, e: &BytesStart, empty: bool) {
        match e.local_name().as_ref() {
            // Not text: deleted revisions, moved-away text, drawings' fallback copies.
            b"del" | b"moveFrom" | b"Fallback" | b"instrText" if !empty => self.skip_depth = 1,
            b"p" if !empty => self.paragraphs.push(Paragraph::default()),
            b"p" => self.end_paragraph(Paragraph::default()),
            b"pStyle" => self.set(|p| &mut p.style, attr(e, b"val")),
            b"numId" => self.set(|p| &mut p.num_id, attr(e, b"val")),
            b"ilvl" => self.set(|p| &mut p.level, attr(e, b"val")),
            b"r" if !empty => self.in_run = true,
            b"t" if !empty => self.in_text = true,
            b"tab" if self.in_run => self.push_text("\t"),
            // A line break; page and column breaks are not.
            b"br" | b"cr"
                if self.in_run && attr(e, b"type").is_none_or(|t| t == "textWrapping") =>
            {
                self.push_text("\n")
            }
            b"noBreakHyphen" => self.push_text("-"),
            b"sym" => {
                let c = attr(e, b"char")
                    .and_then(|h| u32::from_str_radix(&h, 16).ok())
                    .and_then(char::from_u32);
                if let Some(c) = c {
                    // Symbol fonts use the private-use range from F000.
                    let c = if (c as u32) < 0x100 {
                        char::from_u32(0xF000 + c as u32).unwrap_or(c)
                    } else {
                        c
                    };
                    self.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            b"txbxContent" if !empty => {
                if self.in_text_box == 0 {
                    self.box_start = self.pending_boxes.len();
                }
                self.in_text_box += 1;
            }
            b"tbl" if !empty => {}
            b"tr" if !empty => self.rows.push(Vec::new()),
            b"tc" if !empty => {
                if let Some(row) = self.rows.last_mut() {
                    row.push(Cell::default());
                }
            }
            _ => {}
        }
    }

    fn set(
        &mut self,
        field: impl Fn(&mut Paragraph) -> &mut Option<String>,
        value: Option<String>,
    ) {
        if let Some(p) = self.paragraphs.last_mut() {
            *field(p) = value;
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"p" => {
                if let Some(p) = self.paragraphs.pop() {
                    self.end_paragraph(p);
                }
            }
            b"r" => self.in_run = false,
            b"t" => self.in_text = false,
            b"txbxContent" => {
                self.in_text_box = self.in_text_box.saturating_sub(1);
                if self.in_text_box == 0 && self.pending_boxes.len() > self.box_start {
                    self.text_boxes += 1;
                }
            }
            b"tr" => {
                if let Some(cells) = self.rows.pop() {
                    self.end_row(cells);
                }
            }
            _ => {}
        }
    }

    /// The list marker a paragraph's numbering gives it, if any.
    fn marker(&mut self, p: &Paragraph) -> Option<String> {
        let num_id = p.num_id.clone().or_else(|| {
            p.style
                .as_deref()
                .and_then(|s| self.styles.numbering_of(s))
                .cloned()
        })?;
        if num_id == "0" {
            return None;
        }
        let level = p.level.clone().unwrap_or_else(|| "0".to_string());
        match self.numbering.format(&num_id, &level).unwrap_or("bullet") {
            "none" => None,
            "bullet" => Some("• ".to_string()),
            _ => {
                let n = self.counters.entry((num_id, level)).or_default();
                *n += 1;
                Some(format!("{n}. "))
            }
        }
    }

    fn end_paragraph(&mut self, p: Paragraph) {
        let heading = p
            .style
            .as_deref()
            .is_some_and(|s| self.styles.is_heading(s));
        let marker = if p.text.trim().is_empty() {
            None
        } else {
            self.marker(&p)
        };
        let mut text = p.text.trim().to_string();
        if let Some(m) = marker {
            text = format!("{m}{}", text.trim_start_matches(['•', ' ', '\t']));
        } else {
            super::normalize_bullet(&mut text);
        }
        if self.in_text_box > 0 {
            if !text.is_empty() {
                self.first_text_box.get_or_insert_with(|| clip(&text, 40));
                self.box_lines.push(text.clone());
                self.pending_boxes.push(text);
            }
            return;
        }
        if let Some(cell) = self.rows.last_mut().and_then(|r| r.last_mut()) {
            if !text.is_empty() {
                cell.paragraphs.push(text);
            }
            return;
        }
        if heading && self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
        if text.is_empty() {
            if self.lines.last().is_some_and(|l| !l.is_empty()) {
                self.lines.push(String::new());
            }
        } else {
            self.lines
                .extend(text.split('\n').map(|l| l.trim().to_string()));
        }
        let boxes = std::mem::take(&mut self.pending_boxes);
        self.lines.extend(boxes);
    }

    fn end_row(&mut self, cells: Vec<Cell>) {
        let texts: Vec<&Cell> = cells.iter().filter(|c| !c.paragraphs.is_empty()).collect();
        if texts.is_empty() {
            return;
        }
        self.table_rows += 1;
        let single = texts
            .iter()
            .all(|c| c.paragraphs.len() == 1 && !c.paragraphs[0].contains('\n'));
        let lines: Vec<String> = if single {
            vec![texts
                .iter()
                .map(|c| c.paragraphs[0].as_str())
                .collect::<Vec<_>>()
                .join("\t")]
        } else {
            texts
                .iter()
                .flat_map(|c| {
                    c.paragraphs
                        .iter()
                        .flat_map(|p| p.split('\n'))
                        .map(str::to_string)
                })
                .collect()
        };
        self.first_table_text
            .get_or_insert_with(|| clip(&lines[0].replace('\t', " "), 40));
        // A row inside an outer table's cell stays in that cell.
        if let Some(cell) = self.rows.last_mut().and_then(|r| r.last_mut()) {
            cell.paragraphs.extend(lines);
        } else {
            self.table_lines.extend(lines.iter().cloned());
            self.lines.extend(lines);
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        let mut blank = true;
        for line in &self.lines {
            let line = line.trim_end();
            if line.is_empty() {
                if !blank {
                    out.push('\n');
                }
                blank = true;
                continue;
            }
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
        while out.ends_with("\n\n") {
            out.pop();
        }
        out
    }
}

#[cfg(test)]
mod tests;
