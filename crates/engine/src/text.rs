//! A small tokenizer over spans of the original text. Everything the rules
//! look at is a token with a byte span, so findings point at exact text.

use super::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly with digits and inner `.`, `'`, `-` ("Node.js", "on-call", "S3").
    Word,
    /// Starts with a digit: "1,200", "3.5", "200ms" (digits, then an optional letter suffix).
    Number,
    /// Any other single character: `%`, `$`, `/`, `(`, `–`…
    Punct,
}

/// A token's ASCII-lowercased text. Nearly every word fits inline, so
/// tokenizing allocates nothing per token: the check runs on every keystroke.
#[derive(Clone)]
pub enum Lower {
    Inline { len: u8, buf: [u8; 22] },
    Heap(Box<str>),
}

impl Lower {
    pub fn new(s: &str) -> Lower {
        if s.len() <= 22 {
            let mut buf = [0u8; 22];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            buf[..s.len()].make_ascii_lowercase();
            if cfg!(feature = "lens") && !s.is_ascii() {
                lower_letters(s, &mut buf[..s.len()]);
            }
            Lower::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            let mut lower = s.to_ascii_lowercase();
            if cfg!(feature = "lens") && !s.is_ascii() {
                // SAFETY: `lower_letters` writes only whole characters over
                // characters of as many bytes: `lower` stays UTF-8.
                lower_letters(s, unsafe { lower.as_bytes_mut() });
            }
            Lower::Heap(lower.into_boxed_str())
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Lower::Inline { len, buf } => {
                // SAFETY: `buf[..len]` is a copy of a `&str` with only ASCII
                // letters changed (to ASCII letters) and whole characters
                // written over with characters of as many bytes
                // (`lower_letters`), so it is valid UTF-8.
                unsafe { std::str::from_utf8_unchecked(&buf[..usize::from(*len)]) }
            }
            Lower::Heap(s) => s,
        }
    }
}

/// Where a job description is read: `s`'s capitals outside ASCII in lower
/// case, in `out` (a copy of `s`), each where its small letter takes as
/// many bytes ("Միկրոծառայություններ", "Моніторинг", "Čiurlionis"), so
/// a token's offsets hold in its lowercase ("İ", whose small letter is
/// ASCII, stays).
fn lower_letters(s: &str, out: &mut [u8]) {
    for (at, c) in s.char_indices() {
        if c.is_ascii() {
            continue;
        }
        let small = crate::document::lines::heading_lowercase(c);
        if small != c && small.len_utf8() == c.len_utf8() {
            small.encode_utf8(&mut out[at..at + c.len_utf8()]);
        }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Lower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Lower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Lower> for String {
    fn eq(&self, other: &Lower) -> bool {
        self.as_str() == other.as_str()
    }
}

#[derive(Clone, Debug)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
    /// Whitespace (or a line break) came right before this token.
    pub space_before: bool,
    /// For numbers: where the digits end and the letter suffix ("ms", "k", "x") begins.
    pub digits_end: usize,
    /// ASCII-lowercased text, for matching.
    pub lower: Lower,
    /// Where [`stem`] ends `lower`, found once per token: stemmed lists
    /// compare it for every phrase that starts with the word.
    stem_end: u16,
}

impl Token {
    /// The token's [`stem`]: a prefix of `lower`.
    pub fn stem(&self) -> &str {
        match self.stem_end {
            u16::MAX => stem(&self.lower),
            end => &self.lower[..usize::from(end)],
        }
    }

    /// The lowercase halves around the token's first hyphen ("kafka",
    /// "backed" of "Kafka-backed"). A byte test comes first: the callers ask
    /// it of every token, and `split_once` is a call each at opt-level z.
    #[inline]
    pub fn hyphen_parts(&self) -> Option<(&str, &str)> {
        if !self.lower.as_bytes().contains(&b'-') {
            return None;
        }
        self.lower.split_once('-')
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == Kind::Number
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.lower.starts_with(c)
    }

    /// The letter suffix of a number token, lowercased ("200ms" -> "ms").
    pub fn suffix(&self) -> &str {
        &self.lower[self.digits_end - self.span.start..]
    }

    /// The digits of a number token, original text ("1,200").
    pub fn digits<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.digits_end]
    }

    /// The numeric value of a number token's digits, ignoring thousands
    /// separators. Parsed by hand: `f64::from_str` costs the wasm 4 KB.
    pub fn value(&self, text: &str) -> Option<f64> {
        let (mut int, mut frac, mut scale, mut seen_dot, mut any) =
            (0f64, 0f64, 1f64, false, false);
        for b in self.digits(text).bytes() {
            match b {
                b'0'..=b'9' => {
                    any = true;
                    let d = f64::from(b - b'0');
                    if seen_dot {
                        scale /= 10.0;
                        frac += d * scale;
                    } else {
                        int = int * 10.0 + d;
                    }
                }
                b'.' if !seen_dot => seen_dot = true,
                b',' if !seen_dot => {}
                _ => return None,
            }
        }
        any.then_some(int + frac)
    }

    /// Whether the word is written in a script without case ("チーム"): it
    /// has no capital to be read by. Its lowercase form says so, as such a
    /// script is left as written.
    pub fn is_caseless(&self) -> bool {
        self.lower
            .chars()
            .next()
            .is_some_and(|c| !c.is_lowercase() && !c.is_uppercase())
    }

    pub fn first_char_upper(&self, text: &str) -> bool {
        // ASCII without decoding: the rules ask this of nearly every word.
        match text.as_bytes().get(self.span.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self
                .span
                .of(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `c` goes on a word already begun: a word character, or a
/// combining mark the letters before it carry (Thai tone marks in
/// "ไมโครคอนโทรลเลอร์", a decomposed "e\u{301}", a Hindi virama), which
/// no Unicode letter test counts. In lens builds only (those that can read
/// a job description, resumes included): the first load's tokens stay as
/// they were.
fn continues_a_word(c: char) -> bool {
    is_word_char(c) || cfg!(feature = "lens") && !c.is_ascii() && is_a_combining_mark(c)
}

/// The combining marks of the scripts postings are written in that are not
/// letters by Unicode's count: their blocks' diacritics, tone marks,
/// viramas (Khmer's coeng, "្", among them) and nuktas (an Indic block's dandas, currency signs and
/// abbreviation marks excepted).
pub(crate) fn is_a_combining_mark(c: char) -> bool {
    let u = u32::from(c);
    matches!(
        u,
        0x0300..=0x036F
            | 0x0483..=0x0489
            | 0x0591..=0x05BD
            | 0x0610..=0x061A
            | 0x064B..=0x065F
            | 0x0670
            | 0x06D6..=0x06ED
            | 0x0E31..=0x0E3A
            | 0x0E47..=0x0E4E
            | 0x0EB1..=0x0ECD
            | 0x17B4..=0x17D3
            | 0x17DD
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x20D0..=0x20F0
            | 0xFE20..=0xFE2F
    ) || (0x0900..=0x0DFF).contains(&u)
        && !matches!(
            u,
            0x0964 | 0x0965 | 0x0970 | 0x09F2..=0x09FB | 0x0AF0 | 0x0AF1 | 0x0BF3..=0x0BFA | 0x0DF4
        )
}

/// Tokenizes each segment (for example the wrapped lines of one bullet) as if
/// they were joined by spaces, keeping offsets into `text`.
pub fn tokenize(text: &str, segments: &[Span]) -> Vec<Token> {
    // About one token per five bytes of prose: most blocks never regrow.
    let bytes: usize = segments.iter().map(|s| s.end - s.start).sum();
    let mut out = Vec::with_capacity(bytes / 5 + 4);
    let maltese = cfg!(feature = "lens") && segments.iter().any(|s| writes_maltese(s.of(text)));
    for seg in segments {
        tokenize_segment(text, *seg, maltese, &mut out);
    }
    out
}

/// Whether text is Maltese by its letters (ħ, ġ, ċ, ż, "għ"), for the
/// articles and elisions English writes too: "id-dokumentazzjoni",
/// "b'PySpark". An English posting's "in-network", "IT-Team" or a code
/// line's f'…' string is read as written.
fn writes_maltese(s: &str) -> bool {
    !s.is_ascii() && (s.contains(['ħ', 'Ħ', 'ġ', 'Ġ', 'ċ', 'Ċ', 'ż', 'Ż']) || s.contains("għ"))
}

/// The character at byte `i` of `s` and its length in bytes; ASCII (nearly
/// every byte of a resume) without decoding.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    s[i..].chars().next().map(|c| (c, c.len_utf8()))
}

fn tokenize_segment(text: &str, seg: Span, maltese: bool, out: &mut Vec<Token>) {
    let s = seg.of(text);
    let mut space = true;
    let mut i = 0;
    while let Some((c, len)) = char_at(s, i) {
        let start = i;
        i += len;
        if c.is_whitespace() || c == '\u{0}' || c == '\u{feff}' || c == '\u{200b}' {
            space = true;
            continue;
        }
        let mut end = i;
        let kind;
        let mut digits_end = end;
        if c.is_ascii_digit() {
            kind = Kind::Number;
            // Digits with inner separators: 1,200  3.5  6.824
            while let Some((d, _)) = char_at(s, i) {
                if d.is_ascii_digit() {
                    i += 1;
                    end = i;
                } else if (d == ',' || d == '.') && next_is_digit(s, i + 1) {
                    i += 1;
                } else {
                    break;
                }
            }
            digits_end = end;
            // Letter suffix: 200ms, 10k, 5x, 2M, 40TB, 1st, 5G.
            while let Some((d, n)) = char_at(s, i) {
                if d.is_alphabetic() || d == 'µ' {
                    i += n;
                    end = i;
                } else {
                    break;
                }
            }
        } else if is_word_char(c) {
            kind = Kind::Word;
            while let Some((d, n)) = char_at(s, i) {
                if continues_a_word(d) {
                    i += n;
                    end = i;
                } else if (matches!(d, '\'' | '’' | '.' | '-' | '‑')
                    || d == '‘' && is_uzbek_o_or_g(&s[start..end]))
                    && next_is_letter(s, i + n)
                {
                    if ends_an_elided_word(s, start, end, d, i + n, maltese) {
                        // "l'", "ב-": the article or prefix keeps its mark,
                        // so it is never a one-letter name ("C'est" is no
                        // C) and the next word is read alone.
                        i += n;
                        end = i;
                        break;
                    }
                    // Inner joiners: team's, Node.js, on-call, Uzbek's o‘zbek (but not "sub-100ms").
                    i += n;
                } else if matches!(d, '+' | '#') && end - start <= 2 {
                    // C++, C#, F#
                    i += 1;
                    while s.as_bytes().get(i) == Some(&b'+') {
                        i += 1;
                    }
                    end = i;
                    break;
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Punct;
        }
        let abs = Span::new(seg.start + start, seg.start + end);
        let lower = Lower::new(abs.of(text));
        let stem_end = u16::try_from(stem(&lower).len()).unwrap_or(u16::MAX);
        out.push(Token {
            span: abs,
            kind,
            space_before: space,
            digits_end: seg.start + digits_end,
            lower,
            stem_end,
        });
        space = false;
    }
}

/// The articles and prepositions French and Italian elide onto the next
/// word ("l'observabilité", "d'AWS", "dell'infrastruttura"), and Maltese's
/// ("b'PySpark", with; "f'Azure", in; "X'noffru", what). A word list in
/// code: the tokenizer runs before any lexicon is read.
#[cfg(any(feature = "lens", test))]
const ELIDED: [&str; 19] = [
    "l", "d", "j", "n", "s", "c", "m", "t", "qu", "dell", "dall", "nell", "sull", "all", "un",
    "quell", "b", "f", "x",
];

/// Whether `word`, before an apostrophe and `rest`, is an elided article:
/// a word of its own (with its apostrophe), so the next one is read alone.
/// Not an English clitic ("team's", "all's", "don't": no such word before,
/// or too few letters after). Only where a job description is read (the
/// lens): the first load's tokens stay as they were.
#[cfg(any(feature = "lens", test))]
fn is_an_elision(word: &str, rest: &str, maltese: bool) -> bool {
    let maltese_only = ["b", "f", "x"];
    ELIDED
        .iter()
        .any(|e| word.eq_ignore_ascii_case(e) && (maltese || !maltese_only.contains(e)))
        && rest.chars().take_while(|c| c.is_alphabetic()).count() >= 3
}

/// Uzbek writes its o‘ and g‘ with a turned comma inside a word
/// ("o‘zbek", "so‘rov"): only after them does '‘' join a word; elsewhere it
/// opens a quote or mistypes an apostrophe ("Kafka‘s").
/// Only where a job description is read: the first load's tokenizer
/// leaves '‘' a mark of its own.
fn is_uzbek_o_or_g(word: &str) -> bool {
    cfg!(feature = "lens") && word.ends_with(['o', 'O', 'g', 'G'])
}

/// Whether the word `s[start..end]` ends at joiner `d`, its rest from
/// `rest`: an elided article before an apostrophe ("l'") or a Hebrew
/// prefix before a hyphen ("ב-"). Only where a job description is read:
/// the first load's tokenizer does no slicing for it.
#[cfg(feature = "lens")]
fn ends_an_elided_word(
    s: &str,
    start: usize,
    end: usize,
    d: char,
    rest: usize,
    maltese: bool,
) -> bool {
    match d {
        '\'' | '’' => is_an_elision(&s[start..end], &s[rest..], maltese),
        '-' | '‑' => {
            is_a_prefix_before_latin(&s[start..end], &s[rest..])
                || is_a_nguni_prefix(&s[start..end], &s[rest..])
                || is_a_maltese_article(&s[start..end], &s[rest..], maltese)
        }
        _ => false,
    }
}

#[cfg(not(feature = "lens"))]
fn ends_an_elided_word(_: &str, _: usize, _: usize, _: char, _: usize, _: bool) -> bool {
    false
}

/// Whether `word`, before a hyphen and `rest`, is Hebrew's one-letter
/// prefixes (in, the, and, to, from, that, as: "ב", "ה", "ו", "ל", "מ",
/// "ש", "כ", up to three together) set before a word in Latin letters:
/// "ב-C++" is "in C++", "וב-Python" "and in Python", "ה-Gateway" "the
/// Gateway". A word of its own, so the name is read alone. Not a Hebrew
/// word's own hyphen ("בית-ספר"), nor a Latin one's ("on-call").
#[cfg(any(feature = "lens", test))]
fn is_a_prefix_before_latin(word: &str, rest: &str) -> bool {
    (1..=3).contains(&word.chars().count())
        && word.chars().all(|c| "בהוכלמש".contains(c))
        && rest.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Whether `word`, before a hyphen and `rest`, is a Zulu or Xhosa noun
/// class or preposition prefix set before a borrowed name: "i-POPIA",
/// "ku-GitLab CI", "nge-Ansible", "lwe-Kubernetes". A word of its own, so
/// the name is read alone. The name starts with a capital; after "e-"
/// ("in", "at") it has two ("e-CI/CD", "e-AWS"), so English's
/// "e-Commerce" keeps its hyphen.
///
/// Good: "i-POPIA", "ku-GitLab", "e-CI/CD", "ne-Grafana". Bad: "e-Commerce",
/// "e-mail", "re-Kafka", "on-call".
#[cfg(any(feature = "lens", test))]
fn is_a_nguni_prefix(word: &str, rest: &str) -> bool {
    const PREFIXES: [&str; 17] = [
        "i", "e", "ku", "ne", "nge", "lwe", "se", "we", "ye", "ze", "le", "be", "ka", "kwa", "ama",
        "yi", "nase",
    ];
    let capitals = rest
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .filter(char::is_ascii_uppercase)
        .count();
    PREFIXES.contains(&word)
        && rest.starts_with(|c: char| c.is_ascii_uppercase())
        && (word != "e" || capitals >= 2)
}

/// Whether `word`, before a hyphen and `rest`, is Maltese's article, alone
/// or joined to a preposition: "tal-", "fil-" before any word, and the
/// article that takes on a word's first consonant ("tad-data",
/// "tas-sistema") before that consonant only. A word of its own, so the
/// noun is read alone ("tad-data warehousing" asks for data warehousing).
/// The forms English hyphenates too ("in-network", "it-tooling",
/// "is-sistema", "il-", "bit-t…") only where the text writes Maltese
/// (`maltese`, by its letters): "id-dokumentazzjoni" there.
#[cfg(any(feature = "lens", test))]
fn is_a_maltese_article(word: &str, rest: &str, maltese: bool) -> bool {
    const WHOLE: [&str; 8] = ["tal", "fil", "mill", "għall", "bil", "lill", "sal", "bħall"];
    const BEFORE: [&str; 6] = ["ta", "fi", "għa", "li", "sa", "bħa"];
    const MALTESE_WHOLE: [&str; 2] = ["il", "mal"];
    const MALTESE_BEFORE: [&str; 4] = ["i", "bi", "mi", "ma"];
    // Lowered by hand: Unicode's case tables would cost the wasm kilobytes.
    let lower: String = word.chars().map(maltese_lower).collect();
    if WHOLE.contains(&lower.as_str()) || maltese && MALTESE_WHOLE.contains(&lower.as_str()) {
        return true;
    }
    let Some(consonant) = lower.chars().last() else {
        return false;
    };
    let head = &lower[..lower.len() - consonant.len_utf8()];
    "dtsrnżċxz".contains(consonant)
        && (BEFORE.contains(&head) || maltese && MALTESE_BEFORE.contains(&head))
        && rest
            .chars()
            .next()
            .is_some_and(|c| maltese_lower(c) == consonant)
}

/// A letter of Maltese lowered: ASCII's, and its own Ħ, Ġ, Ċ and Ż.
#[cfg(any(feature = "lens", test))]
fn maltese_lower(c: char) -> char {
    match c {
        'Ħ' => 'ħ',
        'Ġ' => 'ġ',
        'Ċ' => 'ċ',
        'Ż' => 'ż',
        _ => c.to_ascii_lowercase(),
    }
}

fn next_is_digit(s: &str, at: usize) -> bool {
    s[at..].chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn next_is_letter(s: &str, at: usize) -> bool {
    s.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_alphabetic())
}

/// The first index from `from` on whose byte is not ASCII or is `a` or `b`
/// (the length if none is). Eight bytes at a time: the scans that run over
/// the whole text on every check (a PDF's artefacts, the UTF-16 table) look
/// for a rare byte among mostly plain ASCII.
pub fn next_wide_or(bytes: &[u8], mut from: usize, a: u8, b: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Exact for eight ASCII bytes: the high bit of each zero byte.
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if w & HIGH != 0
            || zero_byte(w ^ (ONES * u64::from(a))) != 0
            || zero_byte(w ^ (ONES * u64::from(b))) != 0
        {
            break;
        }
        from += 8;
    }
    from + bytes[from.min(bytes.len())..]
        .iter()
        .position(|&c| c >= 0x80 || c == a || c == b)
        .unwrap_or(bytes.len().saturating_sub(from))
}

/// Words: runs of non-space characters with at least one letter or digit.
/// Byte-wise (non-ASCII bytes count as letters), since it runs on every line.
pub fn word_count(s: &str) -> usize {
    // Each byte's class from a table: this runs over the whole text twice
    // a check (the page estimate and the word count), and the byte tests
    // cost the size-built wasm a dozen instructions a byte.
    const SPACE: u8 = 0;
    const ALNUM: u8 = 1;
    const OTHER: u8 = 2;
    const CLASS: [u8; 256] = {
        let mut t = [OTHER; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            if c.is_ascii_whitespace() {
                t[b] = SPACE;
            } else if c.is_ascii_alphanumeric() || c >= 0x80 {
                t[b] = ALNUM;
            }
            b += 1;
        }
        t
    };
    let (mut n, mut in_word, mut alnum) = (0, false, false);
    for &b in s.as_bytes() {
        let class = CLASS[usize::from(b)];
        if class == SPACE {
            n += usize::from(in_word && alnum);
            in_word = false;
            alnum = false;
        } else {
            in_word = true;
            alnum |= class == ALNUM;
        }
    }
    n + usize::from(in_word && alnum)
}

/// `word` with its first letter in capitals ("build" -> "Build"): a
/// suggested opening verb.
pub fn capitalized(word: &str) -> String {
    let mut c = word.chars();
    c.next().map_or_else(String::new, |f| {
        f.to_ascii_uppercase().to_string() + c.as_str()
    })
}

/// Lowercased words of a phrase, tokenized the same way as resume text.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    // Letters and spaces only (most list entries): each run of letters is
    // one token, so the tokenizer's work (a token each, then a copy) is
    // skipped where the word lists load, on a page's first check.
    if phrase.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        return phrase
            .split_ascii_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
    }
    tokenize(phrase, &[Span::new(0, phrase.len())])
        .into_iter()
        .map(|t| t.lower.to_string())
        .collect()
}

/// A light stem of a lowercase word, as a prefix of it (so no allocation):
/// one of -ing, -ed, -es, -s comes off, then a final -e, keeping at least
/// three letters. "sharding", "shards", "sharded" -> "shard"; "services",
/// "service" -> "servic"; "access" and "status" keep their "s". A
/// possessive's "'s" comes off first: "Kafka's" is "kafka", "log's" "log".
pub fn stem(word: &str) -> &str {
    // On bytes: this runs for every token of every check.
    let word = possessed(word);
    let b = word.as_bytes();
    let n = b.len();
    let suffix = match b {
        [.., b'i', b'n', b'g'] => 3,
        [.., b'e', b'd'] | [.., b'e', b's'] => 2,
        [.., b's'] => 1,
        _ => 0,
    };
    let mut end = n;
    if suffix > 0 && n >= suffix + 3 {
        let rest = &b[..n - suffix];
        let keeps_s = suffix == 1 && matches!(rest[rest.len() - 1], b's' | b'u');
        if !keeps_s && rest.iter().all(|&c| c.is_ascii_alphabetic() || c == b'-') {
            end = rest.len();
        }
    }
    if end >= 4 && b[end - 1] == b'e' {
        end -= 1;
    }
    &word[..end]
}

/// A possessive's owner ("kafka" of "kafka's" or "kafka’s"), or the word
/// itself. The owner keeps at least three letters: "it's" and "he's" stay.
pub fn possessed(word: &str) -> &str {
    let owner = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    if owner.len() < word.len()
        && owner.len() >= 3
        && owner
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-')
    {
        owner
    } else {
        word
    }
}

/// Whether `tokens[at..]` starts with `words` (already lowercased).
pub fn starts_with_words(tokens: &[Token], at: usize, words: &[String]) -> bool {
    words.len() <= tokens.len().saturating_sub(at)
        && words.iter().zip(&tokens[at..]).all(|(w, t)| *w == t.lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_join_forms_and_keep_short_words() {
        for (w, want) in [
            ("sharding", "shard"),
            ("shards", "shard"),
            ("sharded", "shard"),
            ("services", "servic"),
            ("service", "servic"),
            ("caches", "cach"),
            ("access", "access"),
            ("accesses", "access"),
            ("status", "status"),
            ("apis", "api"),
            ("k8s", "k8s"),
            ("ms", "ms"),
            ("sre", "sre"),
            ("led", "led"),
            ("uses", "uses"),
            ("on-call", "on-call"),
            ("résumés", "résumés"),
            ("kafka's", "kafka"),
            ("log’s", "log"),
            ("team's", "team"),
            ("it's", "it's"),
            ("he's", "he's"),
        ] {
            assert_eq!(stem(w), want, "{w}");
        }
    }

    fn toks(s: &str) -> Vec<(String, Kind)> {
        tokenize(s, &[Span::new(0, s.len())])
            .into_iter()
            .map(|t| (t.span.of(s).to_string(), t.kind))
            .collect()
    }

    #[test]
    fn numbers_with_separators_and_suffixes() {
        let t = toks("1,200 3.5x 200ms 6.824 $2M 99.99%");
        let words: Vec<_> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            ["1,200", "3.5x", "200ms", "6.824", "$", "2M", "99.99", "%"]
        );
    }

    #[test]
    fn words_keep_inner_joiners() {
        let t = toks("Node.js on-call team's C++ C# sub-100ms ‘Kafka’ Kafka‘s");
        let words: Vec<_> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            [
                "Node.js", "on-call", "team's", "C++", "C#", "sub", "-", "100ms", "‘", "Kafka",
                "’", "Kafka", "‘", "s"
            ]
        );
        // Uzbek's o‘ joins its word where a job description is read.
        let t = toks("o‘zbek");
        let words: Vec<_> = t.iter().map(|(s, _)| s.as_str()).collect();
        let want: &[&str] = if cfg!(feature = "lens") {
            &["o‘zbek"]
        } else {
            &["o", "‘", "zbek"]
        };
        assert_eq!(words, want);
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_zulu_prefix_before_a_borrowed_name_is_a_word_of_its_own() {
        let t = toks("i-POPIA ku-GitLab CI e-CI/CD ne-Grafana e-Commerce e-mail on-call");
        let words: Vec<_> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            [
                "i-",
                "POPIA",
                "ku-",
                "GitLab",
                "CI",
                "e-",
                "CI",
                "/",
                "CD",
                "ne-",
                "Grafana",
                "e-Commerce",
                "e-mail",
                "on-call"
            ]
        );
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_hebrew_prefix_before_a_latin_name_is_a_word_of_its_own() {
        let t = toks(
            "שליטה ב-C; ניסיון וב-C++ ה-Gateway ו‑Logic Analyzer בית-ספר on-call ב-2024 שב-Go",
        );
        let words: Vec<_> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            [
                "שליטה",
                "ב-",
                "C",
                ";",
                "ניסיון",
                "וב-",
                "C++",
                "ה-",
                "Gateway",
                "ו‑",
                "Logic",
                "Analyzer",
                "בית-ספר",
                "on-call",
                "ב",
                "-",
                "2024",
                "שב-",
                "Go"
            ]
        );
        // Four prefix letters is a word, and a word not made of them keeps
        // its hyphen.
        let words: Vec<_> = toks("ושבה-Go דרך-Go").into_iter().map(|(s, _)| s).collect();
        assert_eq!(words, ["ושבה-Go", "דרך-Go"]);
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_maltese_article_is_a_word_of_its_own() {
        let t = toks("għarfien tad-data warehousing, id-dokumentazzjoni, il-pipelines, b'PySpark in-house on-call is-sistema is-kernel");
        let words: Vec<_> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            [
                "għarfien",
                "tad-",
                "data",
                "warehousing",
                ",",
                "id-",
                "dokumentazzjoni",
                ",",
                "il-",
                "pipelines",
                ",",
                "b'",
                "PySpark",
                "in-house",
                "on-call",
                "is-",
                "sistema",
                "is-kernel"
            ]
        );
    }

    #[test]
    #[cfg(feature = "lens")]
    fn english_hyphens_are_no_maltese_article() {
        let words: Vec<_> = toks("in-network IT-Team it-tooling id-d")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(words, ["in-network", "IT-Team", "it-tooling", "id-d"]);
        // A preposition's article English never writes splits anywhere
        // (a lexicon's own form "immudellar tad-data" among them).
        let words: Vec<_> = toks("tad-data").into_iter().map(|(s, _)| s).collect();
        assert_eq!(words, ["tad-", "data"]);
    }

    #[test]
    #[cfg(feature = "lens")]
    fn an_elision_is_a_word_of_its_own() {
        // With its apostrophe; an English clitic stays whole.
        let t = toks("l'observabilité d’AWS dell'infrastruttura C'est all's don't O'Reilly");
        let words: Vec<_> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            words,
            [
                "l'",
                "observabilité",
                "d’",
                "AWS",
                "dell'",
                "infrastruttura",
                "C'",
                "est",
                "all's",
                "don't",
                "O'Reilly"
            ]
        );
        // Maltese's b', f' and x' only where the text writes Maltese.
        for e in ELIDED {
            let said = format!("ħ {e}'équipe");
            let words: Vec<_> = toks(&said).into_iter().map(|(s, _)| s).collect();
            assert_eq!(words[1..], [format!("{e}'"), "équipe".to_string()], "{e}");
        }
        let code: Vec<_> = toks("print(f'Connecting')")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert!(code.contains(&"f'Connecting".to_string()), "{code:?}");
    }

    #[test]
    fn names_with_digits_are_words() {
        for w in ["S3", "EC2", "K8s", "i18n", "x86", "ARM64", "Web3", "IPv6"] {
            assert_eq!(toks(w), vec![(w.to_string(), Kind::Word)], "{w}");
        }
    }

    #[test]
    fn segments_keep_offsets() {
        let text = "ab\ncd";
        let t = tokenize(text, &[Span::new(0, 2), Span::new(3, 5)]);
        assert_eq!(t[1].span, Span::new(3, 5));
        assert!(t[1].space_before);
    }

    #[test]
    fn number_value_and_suffix() {
        let s = "1,250ms";
        let t = &tokenize(s, &[Span::new(0, s.len())])[0];
        assert_eq!(t.value(s), Some(1250.0));
        assert_eq!(t.suffix(), "ms");
    }

    #[test]
    fn lowercase_inline_and_long() {
        let s = "Kubernetes ÄrgerlichKubernetesKubernetes";
        let t = tokenize(s, &[Span::new(0, s.len())]);
        assert_eq!(t[0].lower, "kubernetes");
        // ASCII only in the first load; with the lens, Latin-1's too.
        let small = if cfg!(feature = "lens") {
            "ärgerlichkuberneteskubernetes"
        } else {
            "Ärgerlichkuberneteskubernetes"
        };
        assert_eq!(t[1].lower, small);
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("- Cut p99 from 480 ms, to 120 ms"), 8);
        // The byte sought in each of the eight places of a word, and past it.
        let plain = "abcdefghijklmnopqrstuvwx";
        for at in 0..plain.len() {
            let mut s = plain.to_string();
            s.replace_range(at..=at, "\n");
            assert_eq!(next_wide_or(s.as_bytes(), 0, b'\n', b'\r'), at, "{s:?}");
            assert_eq!(
                next_wide_or(s.as_bytes(), at + 1, b'\n', b'\r'),
                plain.len()
            );
            s.replace_range(at..=at, "é");
            assert_eq!(next_wide_or(s.as_bytes(), 0, b'\n', b'\r'), at, "{s:?}");
        }
        assert_eq!(next_wide_or(b"", 0, b'-', b'-'), 0);
        assert_eq!(word_count("  中文 简历\t🚀 "), 3);
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count(" - * "), 0);
    }

    #[test]
    fn nul_and_rtl_do_not_panic() {
        let s = "a\u{0}b مرحبا 🚀\u{200f}";
        assert!(!toks(s).is_empty());
    }

    /// The char-by-char tokenizer `tokenize_segment` replaced, as its
    /// reference.
    fn tokenize_segment_by_chars(text: &str, seg: Span, out: &mut Vec<Token>) {
        let s = seg.of(text);
        let maltese = cfg!(feature = "lens") && writes_maltese(s);
        let mut space = true;
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() || c == '\u{0}' || c == '\u{feff}' || c == '\u{200b}' {
                space = true;
                continue;
            }
            let start = i;
            let mut end = i + c.len_utf8();
            let kind;
            let mut digits_end = end;
            if c.is_ascii_digit() {
                kind = Kind::Number;
                // Digits with inner separators: 1,200  3.5  6.824
                while let Some(&(j, d)) = it.peek() {
                    if d.is_ascii_digit() {
                        end = j + 1;
                        it.next();
                    } else if (d == ',' || d == '.') && next_is_digit(s, j + 1) {
                        it.next();
                    } else {
                        break;
                    }
                }
                digits_end = end;
                // Letter suffix: 200ms, 10k, 5x, 2M, 40TB, 1st, 5G.
                while let Some(&(j, d)) = it.peek() {
                    if d.is_alphabetic() || d == 'µ' {
                        end = j + d.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
            } else if is_word_char(c) {
                kind = Kind::Word;
                while let Some(&(j, d)) = it.peek() {
                    if continues_a_word(d) {
                        end = j + d.len_utf8();
                        it.next();
                    } else if (matches!(d, '\'' | '’' | '.' | '-' | '‑')
                        || d == '‘' && is_uzbek_o_or_g(&s[start..end]))
                        && next_is_letter(s, j + d.len_utf8())
                    {
                        let rest = &s[j + d.len_utf8()..];
                        let elided = match d {
                            '\'' | '’' => is_an_elision(&s[start..end], rest, maltese),
                            '-' | '‑' => {
                                is_a_prefix_before_latin(&s[start..end], rest)
                                    || is_a_nguni_prefix(&s[start..end], rest)
                                    || is_a_maltese_article(&s[start..end], rest, maltese)
                            }
                            _ => false,
                        };
                        if cfg!(feature = "lens") && elided {
                            end = j + d.len_utf8();
                            it.next();
                            break;
                        }
                        // Inner joiners: team's, Node.js, on-call, Uzbek's o‘zbek (but not "sub-100ms").
                        it.next();
                    } else if matches!(d, '+' | '#') && end - start <= 2 {
                        // C++, C#, F#
                        end = j + 1;
                        it.next();
                        while let Some(&(k, '+')) = it.peek() {
                            end = k + 1;
                            it.next();
                        }
                        break;
                    } else {
                        break;
                    }
                }
            } else {
                kind = Kind::Punct;
            }
            let abs = Span::new(seg.start + start, seg.start + end);
            let lower = Lower::new(abs.of(text));
            let stem_end = u16::try_from(stem(&lower).len()).unwrap_or(u16::MAX);
            out.push(Token {
                span: abs,
                kind,
                space_before: space,
                digits_end: seg.start + digits_end,
                lower,
                stem_end,
            });
            space = false;
        }
    }

    /// A token's fields: span, kind, space before, digits' end, lower, stem.
    type Fields = (Span, Kind, bool, usize, String, String);

    fn token_fields(ts: &[Token]) -> Vec<Fields> {
        ts.iter()
            .map(|t| {
                let (span, kind, space, digits) = (t.span, t.kind, t.space_before, t.digits_end);
                (
                    span,
                    kind,
                    space,
                    digits,
                    t.lower.to_string(),
                    t.stem().to_string(),
                )
            })
            .collect()
    }

    fn both(s: &str) -> (Vec<Fields>, Vec<Fields>) {
        let seg = Span::new(0, s.len());
        let mut by_chars = Vec::new();
        tokenize_segment_by_chars(s, seg, &mut by_chars);
        (token_fields(&tokenize(s, &[seg])), token_fields(&by_chars))
    }

    #[test]
    fn tokenizes_like_the_char_by_char_reference() {
        for s in [
            "Cut p99 from 480ms to 120 ms (-75%) at 1,200.5 QPS; 10k+ users",
            "C++, C#, F# and Node.js on-call team's work ’til 3.5x",
            "x-‑y a.b. 5µs 40TB 1st résumé 中文 🚀 e\u{301} _a_ 'q' --",
            "\u{feff}\u{200b}a\u{0}b\u{a0}c\r\nd",
            "ไมโครคอนโทรลเลอร์ หรือใกล้เคียง हिन्दी \u{301}a",
        ] {
            let (new, old) = both(s);
            assert_eq!(new, old, "{s:?}");
        }
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_token_s_lowercase_lowers_other_scripts_capitals_in_place() {
        for (word, small) in [
            ("Միկրոծառայություններ", "միկրոծառայություններ"),
            ("Моніторинг", "моніторинг"),
            ("Ґрунт", "ґрунт"),
            ("Čiurlionis", "čiurlionis"),
            ("ΔΕΞΙΟΤΗΤΕΣ", "δεξιοτητεσ"),
            ("Qazaqstan-Қазақстан", "qazaqstan-қазақстан"),
            // "İ" lowers to an ASCII "i": kept, so offsets hold.
            ("İŞ", "İş"),
            ("ქართული", "ქართული"),
        ] {
            let t = tokenize(word, &[Span::new(0, word.len())]);
            assert_eq!(t[0].lower.as_str(), small, "{word}");
            assert_eq!(t[0].lower.len(), t[0].span.len(), "{word}");
        }
        // Past the inline buffer, on the heap.
        let long = "Мікросервісна-архітектура-Моніторинг";
        assert_eq!(
            Lower::new(long).as_str(),
            "мікросервісна-архітектура-моніторинг"
        );
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_word_keeps_its_combining_marks() {
        let words = |s: &str| -> Vec<String> {
            tokenize(s, &[Span::new(0, s.len())])
                .iter()
                .map(|t| t.span.of(s).to_string())
                .collect()
        };
        // Thai tone marks and a thanthakhat, a decomposed accent, a virama.
        assert_eq!(
            words("ไมโครคอนโทรลเลอร์ (STM32 หรือใกล้เคียง)"),
            ["ไมโครคอนโทรลเลอร์", "(", "STM32", "หรือใกล้เคียง", ")"]
        );
        assert_eq!(
            words("re\u{301}sume\u{301}, ok"),
            ["re\u{301}sume\u{301}", ",", "ok"]
        );
        assert_eq!(words("हिन्दी भाषा"), ["हिन्दी", "भाषा"]);
        // Khmer's coeng stacks a consonant under the one before it.
        assert_eq!(words("ភាសាខ្មែរ៖ ល្អ"), ["ភាសាខ្មែរ", "៖", "ល្អ"]);
        // A mark opens no word, a danda or a baht sign goes on none.
        assert_eq!(words("\u{301}a"), ["\u{301}", "a"]);
        assert_eq!(words("काम। अब ฿5"), ["काम", "।", "अब", "฿", "5"]);
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod prop {
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_tokenizes_like_the_reference(
                s in "[a-zA-Z0-9 ,.'’\\-‑+#_µé中😀\u{301}\u{200b}\u{feff}\u{0}\n%$/()ไม्้।]{0,60}"
            ) {
                let (new, old) = super::both(&s);
                prop_assert_eq!(new, old);
            }

            #[test]
            fn the_next_wide_or_given_byte_is_the_first_one(
                s in r"[a-z\-\n\r\x0c é中😀]{0,40}",
                from in 0usize..44,
            ) {
                let bytes = s.as_bytes();
                let want = (from..bytes.len())
                    .find(|&i| bytes[i] >= 0x80 || bytes[i] == b'\n' || bytes[i] == b'-')
                    .unwrap_or(bytes.len().max(from));
                prop_assert_eq!(crate::text::next_wide_or(bytes, from, b'\n', b'-'), want);
            }

            /// A phrase of letters and spaces skips the tokenizer: same words.
            #[test]
            fn a_phrase_of_letters_has_the_words_the_tokenizer_finds(
                s in "[a-zA-Z ]{0,40}|[a-zA-Z .'-]{0,20}",
            ) {
                let tokenized: Vec<String> = crate::text::tokenize(&s, &[crate::span::Span::new(0, s.len())])
                    .into_iter()
                    .map(|t| t.lower.to_string())
                    .collect();
                prop_assert_eq!(crate::text::phrase_words(&s), tokenized);
            }
        }
    }
}
