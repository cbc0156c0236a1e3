//! A posting that came as an email saved whole (an .eml file, a mail
//! client's "Show original"): its headers, its MIME parts and its
//! quoted-printable text ("performance reviews=\n twice a year",
//! "you=E2=80=99ll"). A reader sees the message's words: the headers and
//! the parts' own headers blank, an HTML part blank where a plain one says
//! the same, and quoted-printable lines decoded in place. Every line keeps
//! its length, so a byte offset into what is read is one into the text as
//! pasted (which was ASCII there: quoted-printable is 7-bit).

/// The message's text as a reader sees it, or `None` where `text` is no
/// saved email.
///
/// Good: "From: a@b.example\nSubject: EM\nContent-Transfer-Encoding:
/// quoted-printable\n\nOwn on=\ncall". Bad (no email): "Requirements:\n- Go",
/// "Location: Berlin\nSalary: 80k".
pub fn as_lines(text: &str) -> Option<String> {
    if !cfg!(feature = "lens") || !is_a_saved_email(text) {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    let has_plain = has(text, "text/plain");
    // The boundaries the headers declared so far: a few, read from headers
    // only, so a body full of "boundary=" costs nothing.
    let mut boundaries: Vec<&str> = Vec::new();
    // The message's own headers first, then each part's after its boundary.
    let mut part = Part::default();
    let mut in_headers = true;
    let mut body_from: Option<usize> = None;
    // A header's value folded onto the lines after it ("Content-Type:\n
    // text/plain").
    let mut header_start: Option<usize> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let bare = line.trim_end_matches(['\r', '\n']);
        let boundary = bare.starts_with("--") && boundaries.iter().any(|b| is_a_boundary(bare, b));
        if boundary {
            if let Some(from) = body_from.take() {
                part.read(text, from, start, has_plain, &mut out);
            }
            part = Part::default();
            in_headers = true;
            header_start = None;
        } else if in_headers && bare.trim().is_empty() {
            in_headers = false;
            body_from = Some(at);
            continue;
        } else if in_headers {
            let folded = bare.starts_with([' ', '\t']);
            let from = match header_start {
                Some(h) if folded => h,
                _ => start,
            };
            header_start = Some(from);
            // The header with its folded lines, as one line; a header runs a
            // few lines, so one folded on and on is read no further.
            let header = &text[from..start + bare.len()];
            if header.len() <= 1024 {
                part.note(&header.replace(['\r', '\n'], ""));
            }
            if boundaries.len() < 8 && header.len() <= 1024 {
                if let Some(b) = boundary_of(&text[from..start + bare.len()]) {
                    if !boundaries.contains(&b) {
                        boundaries.push(b);
                    }
                }
            }
        }
        if in_headers {
            blank(&mut out[start..start + bare.len()]);
        }
    }
    if let Some(from) = body_from {
        part.read(text, from, text.len(), has_plain, &mut out);
    }
    // Blanks over ASCII, and decoded words checked as UTF-8 each.
    String::from_utf8(out).ok()
}

/// Whether `text` opens with a message's headers: its first line is one,
/// and among the first lines are at least three a message has ("From:",
/// "Subject:", "MIME-Version:"), one of them a MIME one.
fn is_a_saved_email(text: &str) -> bool {
    const NAMES: [&str; 9] = [
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "received",
        "delivered-to",
        "mime-version",
        "content-type",
    ];
    let opens = text.split_once(':').is_some_and(|(name, _)| {
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    let (mut known, mut mime) = (0, false);
    for line in text.lines().take(80) {
        if let Some(k) = NAMES.iter().position(|n| header(line, n).is_some()) {
            known += 1;
            mime |= k >= 7;
        }
    }
    opens && known >= 3 && mime
}

/// The value of a header line named `name` (any case).
fn header<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let value = line.get(name.len()..)?.strip_prefix(':')?;
    line[..name.len()]
        .eq_ignore_ascii_case(name)
        .then_some(value)
}

/// Whether `hay` says `needle` (lowercase) in any case.
fn has(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The MIME boundary a header declares (`boundary="…"`).
fn boundary_of(header: &str) -> Option<&str> {
    let k = header.find("boundary=")?;
    let after = &header[k + "boundary=".len()..];
    let value = match after.strip_prefix('"') {
        Some(q) => q.split('"').next().unwrap_or_default(),
        None => after
            .split(|c: char| c.is_ascii_whitespace() || c == ';')
            .next()
            .unwrap_or_default(),
    };
    (!value.is_empty()).then_some(value)
}

/// "--b" opens a part, "--b--" ends the last.
fn is_a_boundary(line: &str, boundary: &str) -> bool {
    line.strip_prefix("--")
        .and_then(|l| l.strip_prefix(boundary))
        .is_some_and(|l| l.is_empty() || l == "--")
}

/// What a part's headers say of its body.
#[derive(Default)]
struct Part {
    html: bool,
    /// Neither text nor a multipart's preamble: an attachment, an image.
    other: bool,
    quoted_printable: bool,
    base64: bool,
    /// A charset of one byte a letter (ISO-8859-1, Windows-1252): "=E4"
    /// is "ä".
    latin1: bool,
}

impl Part {
    fn note(&mut self, line: &str) {
        if let Some(kind) = header(line, "content-type") {
            self.html = has(kind, "text/html");
            self.other = !has(kind, "text/") && !has(kind, "multipart/");
            self.latin1 = has(kind, "iso-8859-1")
                || has(kind, "windows-1252")
                || has(kind, "latin1")
                || has(kind, "iso-8859-15");
        }
        if let Some(encoding) = header(line, "content-transfer-encoding") {
            self.quoted_printable = has(encoding, "quoted-printable");
            self.base64 = has(encoding, "base64");
        }
    }

    /// The body at `from..to`, written into `out` as a reader sees it.
    fn read(&self, text: &str, from: usize, to: usize, has_plain: bool, out: &mut [u8]) {
        if self.other || self.base64 || self.html && has_plain {
            blank_lines(&mut out[from..to]);
        } else if self.quoted_printable {
            decode_quoted_printable(&text[from..to], &mut out[from..to], self.latin1);
        }
    }
}

/// Quoted-printable text decoded in place (see [`decode_words`]).
///
/// Good: "performance reviews=\n twice" reads "performance reviews
/// twice", "don=E2=80=99t" reads "don’t". Bad (kept): "a = b" (no escape).
fn decode_quoted_printable(body: &str, out: &mut [u8], latin1: bool) {
    let b = body.as_bytes();
    let hex = |k: usize| b.get(k).and_then(|&c| (c as char).to_digit(16));
    decode_words(body, out, |r| {
        // One byte a letter: "=E4" is U+00E4, two bytes in UTF-8.
        if latin1 && b[r] == b'=' {
            if let (Some(hi), Some(lo)) = (hex(r + 1), hex(r + 2)) {
                let byte = hi * 16 + lo;
                if byte >= 0x80 {
                    return Decoded::Char(3, char::from_u32(byte).unwrap_or(' '));
                }
            }
        }
        if b[r..].starts_with(b"=\r\n") {
            Decoded::Byte(3, None)
        } else if b[r..].starts_with(b"=\n") {
            Decoded::Byte(2, None)
        } else if b[r] == b'=' {
            match (hex(r + 1), hex(r + 2)) {
                (Some(hi), Some(lo)) => Decoded::Byte(3, Some((hi * 16 + lo) as u8)),
                _ => Decoded::Plain,
            }
        } else {
            Decoded::Plain
        }
    });
}

/// What an escape at a place decodes to.
pub(super) enum Decoded {
    /// Itself.
    Plain,
    /// This many bytes of escape, then a byte or nothing (a soft break).
    Byte(usize, Option<u8>),
    /// This many bytes of escape, then a character ("\u2014").
    Char(usize, char),
    /// This many bytes of escape for a line break ("\n" in a JSON string).
    Break(usize),
}

/// Text with escapes decoded in place, word by word: a word's escapes
/// decoded (`escape` says what each place holds), written where the word
/// starts, then blanks up to the space after it, so every other word stays
/// where it was written. Decoding only shortens a word; what is written is
/// UTF-8 (a byte of another charset is a blank).
pub(super) fn decode_words(text: &str, out: &mut [u8], escape: impl Fn(usize) -> Decoded) {
    let b = text.as_bytes();
    let flush = |word: &mut Vec<u8>, from: usize, to: usize, out: &mut [u8]| {
        let written = as_utf8_within(word, to - from);
        out[from..from + written.len()].copy_from_slice(&written);
        blank(&mut out[from + written.len()..to]);
        word.clear();
    };
    let mut word: Vec<u8> = Vec::new();
    let mut word_start = 0;
    let mut r = 0;
    while r < b.len() {
        match escape(r) {
            Decoded::Byte(n, byte) => {
                word.extend(byte);
                r += n;
            }
            Decoded::Char(n, c) => {
                word.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                r += n;
            }
            Decoded::Break(n) => {
                // The escape's last byte is the line break, so the next line
                // starts at its edge.
                flush(&mut word, word_start, r, out);
                blank(&mut out[r..r + n - 1]);
                out[r + n - 1] = b'\n';
                r += n;
                word_start = r;
            }
            Decoded::Plain if matches!(b[r], b' ' | b'\t' | b'\n' | b'\r') => {
                flush(&mut word, word_start, r, out);
                out[r] = b[r];
                r += 1;
                word_start = r;
            }
            // A character written as itself, not ASCII, stays where it is:
            // only ASCII is moved, so every offset of what is read is a
            // character's edge in the text as pasted.
            Decoded::Plain if b[r] >= 0x80 => {
                flush(&mut word, word_start, r, out);
                let n = text[r..].chars().next().map_or(1, char::len_utf8);
                out[r..r + n].copy_from_slice(&b[r..r + n]);
                r += n;
                word_start = r;
            }
            Decoded::Plain => {
                word.push(b[r]);
                r += 1;
            }
        }
    }
    flush(&mut word, word_start, b.len(), out);
}

/// Decoded bytes as UTF-8 that fit in `room`: a byte of another charset
/// (Latin-1's "=E9") or a cut character is a blank.
fn as_utf8_within(bytes: &[u8], room: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(room);
    let mut rest = bytes;
    while !rest.is_empty() && out.len() < room {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.extend_from_slice(s.as_bytes());
                rest = &[];
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.extend_from_slice(&rest[..good]);
                out.push(b' ');
                rest = &rest[good + e.error_len().unwrap_or(rest.len() - good)..];
            }
        }
    }
    // Never past the room: cut at a character's edge.
    if out.len() > room {
        let mut cut = room;
        while cut > 0 && (out[cut] & 0xC0) == 0x80 {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}

fn blank(bytes: &mut [u8]) {
    bytes.fill(b' ');
}

/// Every byte but the line breaks blank.
pub(super) fn blank_lines(bytes: &mut [u8]) {
    for b in bytes.iter_mut().filter(|b| **b != b'\n') {
        *b = b' ';
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIL: &str = "From: Imogen <i@gorseby.example>\r\nSubject: =?UTF-8?Q?EM?=\r\n\
        MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n\
        --b1\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\
        Content-Transfer-Encoding: quoted-printable\r\n\r\n\
        What you=E2=80=99ll do\r\n=E2=80=93 Weekly 1:1s, performance reviews=\r\n twice a year\r\n\
        --b1\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n\
        Content-Transfer-Encoding: quoted-printable\r\n\r\n<div>Kafka</div>\r\n--b1--\r\n";

    #[test]
    #[cfg(feature = "lens")]
    fn a_saved_email_reads_as_its_message() {
        let read = as_lines(MAIL).expect("an email");
        assert_eq!(read.len(), MAIL.len());
        let words = read.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words.contains("What you’ll do – Weekly 1:1s, performance reviews twice a year"),
            "{words}"
        );
        assert_eq!(read.find("Weekly"), MAIL.find("Weekly"));
        // Headers, boundaries and the HTML part say nothing.
        for gone in ["From", "Subject", "b1", "Content-Type", "Kafka"] {
            assert!(!read.contains(gone), "{gone}: {read}");
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_saved_email_s_posting_names_its_terms_not_its_headers() {
        let mail = MAIL.replace(
            "From:",
            "Received: from mx.example (TLS1_3 ESMTPS)\r\nDKIM-Signature: v=1; a=rsa-sha256\r\nFrom:",
        );
        let job = super::super::job::Job::parse(&mail);
        let names: Vec<&str> = job.terms.iter().map(|t| t.name.as_str()).collect();
        assert!(names.contains(&"performance reviews"), "{names:?}");
        for header in ["TLS", "ESMTPS", "DKIM", "Kafka"] {
            assert!(!names.contains(&header), "{header}: {names:?}");
        }
    }

    #[test]
    #[cfg(feature = "lens")]
    fn what_is_read_keeps_the_pasted_text_s_character_edges() {
        // A raw "—" after escapes stays in place: no offset of what is read
        // falls inside it in the text as pasted.
        let mail = MAIL.replace(
            "What you=E2=80=99ll do",
            "- =22Kafka=22—Go and caf=C3=A9—Rust",
        );
        let read = as_lines(&mail).expect("an email");
        assert_eq!(read.len(), mail.len());
        for (k, _) in read.char_indices() {
            assert!(mail.is_char_boundary(k), "{k}");
        }
        let go = read.find("Go").unwrap();
        assert_eq!(&mail[go..go + 2], "Go");
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_folded_header_and_a_latin1_part_are_read() {
        let mail = "From: a@b.example\nTo: c@d.example\nSubject: SRE\nMIME-Version: 1.0\n\
            Content-Type:\n text/plain; charset=iso-8859-1\n\
            Content-Transfer-Encoding: quoted-printable\n\nOsallistut p=E4ivystykseen\n";
        let read = as_lines(mail).expect("an email");
        assert!(read.contains("päivystykseen"), "{read}");
        assert_eq!(read.len(), mail.len());
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_body_full_of_boundaries_declares_none() {
        // Only headers declare a boundary: the body's "boundary=" lines are
        // text, and "--x1" there opens no part.
        let body: String = (0..2000)
            .map(|k| format!("boundary=x{k}\n--x{k}\n"))
            .collect();
        let mail = format!(
            "From: a@b.example\nSubject: SRE\nMIME-Version: 1.0\nContent-Type: text/plain\n\n{body}Kafka\n"
        );
        let read = as_lines(&mail).expect("an email");
        assert!(read.contains("--x1999\nKafka"), "the body stays as written");
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_header_folded_on_and_on_is_read_once() {
        // Each folded line would read the header again from its start: a
        // header of a hundred thousand lines is read only while it is short.
        let folded = " x\n".repeat(100_000);
        let mail = format!("From: a@b.example\nTo: c\nSubject: EM\nMIME-Version: 1.0\nReceived: x\n{folded}\nKafka\n");
        let read = as_lines(&mail).expect("an email");
        assert!(read.ends_with("Kafka\n"));
    }

    #[test]
    fn a_posting_with_labels_is_no_email() {
        for text in [
            "Requirements:\n- Go",
            "Location: Berlin\nSalary: 80k\nContent-Type: none\n",
            "Subject: EM\nFrom: me\nTo: you\n\nno MIME here",
        ] {
            assert!(!is_a_saved_email(text), "{text}");
        }
        assert!(is_a_saved_email(MAIL));
    }

    #[test]
    fn quoted_printable_decodes_within_its_line() {
        let body = "a =3D b, caf=C3=A9 and =E9t=E9 =\nover=\n\nnext\n";
        let mut out = body.as_bytes().to_vec();
        decode_quoted_printable(body, &mut out, false);
        let read = String::from_utf8(out).unwrap();
        assert_eq!(read.len(), body.len());
        let words = read.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words, "a = b, café and t over next");
        assert!(read.ends_with("\nnext\n"), "{read:?}");
        // A word after an escaped one stays where it was written.
        assert_eq!(read.find("and"), body.find("and"));
        // A cut character is not written past its room.
        assert_eq!(as_utf8_within("é".as_bytes(), 1), b"");
    }
}
