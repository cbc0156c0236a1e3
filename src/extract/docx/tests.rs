use std::io::Write;

use super::*;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

/// A DOCX zip with these parts.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        z.start_file(*name, opts).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

fn docx(body: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    );
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", document.as_bytes()),
    ];
    for (name, xml) in extra {
        parts.push((name, xml.as_bytes()));
    }
    zip_of(&parts)
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn styled(style: &str, text: &str) -> String {
    format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
}

fn listed(num: &str, level: &str, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

const STYLES: &str = r#"<w:styles xmlns:w="x">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"#;

const NUMBERING: &str = r#"<w:numbering xmlns:w="x">
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
</w:numbering>"#;

fn read_ok(bytes: &[u8]) -> Extracted {
    read(bytes).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn paragraphs_headings_and_list_bullets_read_in_order() {
    let body = [
        p("Dana Okafor"),
        p("Site Reliability Engineer, dana@example.org"),
        styled("SectionTitle", "Experience"),
        p("Senior SRE, Larkspur Payments<w:tab/>Mar 2021 – Present"),
        styled(
            "ListBullet",
            "Cut p99 checkout latency from 840 ms to 210 ms.",
        ),
        listed("1", "0", "Led the migration of 46 services to Kubernetes."),
        listed("2", "0", "First numbered step"),
        listed("2", "0", "Second numbered step"),
        listed("0", "0", "numId 0 turns numbering off"),
    ]
    .concat();
    let out = read_ok(&docx(
        &body,
        &[
            ("word/styles.xml", STYLES),
            ("word/numbering.xml", NUMBERING),
        ],
    ));
    assert_eq!(
        out.text,
        "Dana Okafor\nSite Reliability Engineer, dana@example.org\n\nExperience\nSenior SRE, Larkspur Payments\tMar 2021 – Present\n\
         • Cut p99 checkout latency from 840 ms to 210 ms.\n• Led the migration of 46 services to Kubernetes.\n\
         1. First numbered step\n2. Second numbered step\nnumId 0 turns numbering off\n"
    );
    assert!(out.notes.is_empty(), "{:?}", out.notes);
}

#[test]
fn runs_entities_breaks_symbols_and_revisions() {
    let body = concat!(
        r#"<w:p><w:r><w:t>Cut cost by $38k &amp; moved to S3 &#8211; </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>fast</w:t></w:r>"#,
        r#"<w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del>"#,
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>"#,
        r#"<w:r><w:br/><w:t>second line with no</w:t><w:noBreakHyphen/><w:t>break hyphen</w:t></w:r></w:p>"#,
        r#"<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:t>Symbol bullet typed by hand</w:t></w:r></w:p>"#,
    );
    let out = read_ok(&docx(body, &[]));
    assert_eq!(
        out.text,
        "Cut cost by $38k & moved to S3 – fast\nsecond line with no-break hyphen\n• Symbol bullet typed by hand\n"
    );
}

#[test]
fn tables_read_row_by_row_or_cell_by_cell_and_are_noted() {
    let cell = |paras: &[&str]| {
        format!(
            "<w:tc>{}</w:tc>",
            paras.iter().map(|t| p(t)).collect::<String>()
        )
    };
    let body = format!(
        "{}<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl><w:tbl><w:tr>{}{}</w:tr></w:tbl>",
        p("Skills"),
        cell(&["Languages"]),
        cell(&["Go, Python, Rust"]),
        cell(&["Infrastructure"]),
        cell(&["Kubernetes, Kafka"]),
        // A layout table: a sidebar cell and a main cell, each with several paragraphs.
        cell(&["Education", "B.Sc. Computer Science"]),
        cell(&["Experience", "• Built the billing ledger"]),
    );
    let out = read_ok(&docx(&body, &[]));
    assert_eq!(
        out.text,
        "Skills\nLanguages\tGo, Python, Rust\nInfrastructure\tKubernetes, Kafka\nEducation\nB.Sc. Computer Science\nExperience\n• Built the billing ledger\n"
    );
    assert_eq!(out.notes.len(), 1);
    assert_eq!(out.notes[0].kind, NoteKind::Table);
    assert!(
        out.notes[0]
            .message
            .starts_with("3 table rows (“Languages Go, Python, Rust”)"),
        "{}",
        out.notes[0].message
    );
}

#[test]
fn text_boxes_follow_their_paragraph_once_and_are_noted() {
    let text_box = |t: &str| {
        format!(
            r#"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"#,
            p(t),
            p(t)
        )
    };
    let body = format!(
        "<w:p><w:r><w:t>Dana Okafor</w:t></w:r>{}</w:p>{}",
        text_box("dana@example.org · +1 555 0142"),
        p("Built an error-budget dashboard used to gate every release.")
    );
    let out = read_ok(&docx(&body, &[]));
    assert_eq!(
        out.text,
        "Dana Okafor\ndana@example.org · +1 555 0142\nBuilt an error-budget dashboard used to gate every release.\n"
    );
    assert_eq!(out.notes.len(), 1);
    assert_eq!(out.notes[0].kind, NoteKind::TextBox);
    assert!(
        out.notes[0]
            .message
            .starts_with("1 text box (“dana@example.org"),
        "{}",
        out.notes[0].message
    );
}

#[test]
fn headers_and_footers_are_left_out_and_noted_page_numbers_silently() {
    let header = format!(
        r#"<w:hdr {W}>{}</w:hdr>"#,
        p("Dana Okafor · dana@example.org")
    );
    let footer = format!(r#"<w:ftr {W}>{}</w:ftr>"#, p("Page 1 of 2"));
    let body = p("Body text that is long enough to be checked as a resume.");
    let out = read_ok(&docx(
        &body,
        &[("word/header1.xml", &header), ("word/footer1.xml", &footer)],
    ));
    assert_eq!(
        out.text,
        "Body text that is long enough to be checked as a resume.\n"
    );
    assert_eq!(out.notes.len(), 1);
    assert_eq!(out.notes[0].kind, NoteKind::HeaderFooter);
    assert!(out.notes[0]
        .message
        .contains("“Dana Okafor · dana@example.org”"));
}

#[test]
fn icon_font_characters_are_counted() {
    let body = format!(
        "{}{}",
        p("\u{f0e0} dana@example.org"),
        p("Body text that is long enough to be checked.")
    );
    let out = read_ok(&docx(&body, &[]));
    assert!(out.text.starts_with("dana@example.org\n"), "{}", out.text);
    assert_eq!(out.notes[0].kind, NoteKind::Undecodable);
}

#[test]
fn bad_files_say_what_is_wrong() {
    let kind = |bytes: &[u8]| read(bytes).unwrap_err().kind;
    assert_eq!(kind(b"%PDF-1.7 not a zip at all"), ErrorKind::NotThisFormat);
    assert_eq!(
        kind(&zip_of(&[("hello.txt", b"a zip, but no document")])),
        ErrorKind::NotThisFormat
    );
    let mut old_doc = OLE_MAGIC.to_vec();
    old_doc.extend_from_slice(&[0; 600]);
    assert_eq!(kind(&old_doc), ErrorKind::NotThisFormat);
    let mut encrypted = old_doc.clone();
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(kind(&encrypted), ErrorKind::Encrypted);
    let good = docx(&p("Body text that is long enough to be checked."), &[]);
    assert_eq!(
        kind(&good[..good.len() / 2]),
        ErrorKind::Damaged,
        "truncated"
    );
    assert_eq!(
        kind(&docx("<w:p><w:r><w:t>unclosed", &[])),
        ErrorKind::Damaged,
        "broken XML"
    );
    assert_eq!(kind(&docx(&p("short"), &[])), ErrorKind::NoText);
    assert_eq!(kind(&vec![b'P'; MAX_FILE_BYTES + 1]), ErrorKind::TooLarge);
}

#[test]
fn zip_bombs_are_capped() {
    // 20 MB of one byte deflates to about 20 KB; the part cap is 16 MB.
    let bomb = vec![b' '; 20 * 1024 * 1024];
    let zipped = zip_of(&[("word/document.xml", &bomb)]);
    assert!(zipped.len() < 100_000);
    assert_eq!(read(&zipped).unwrap_err().kind, ErrorKind::TooLarge);
    // Thousands of entries.
    let names: Vec<String> = (0..MAX_ENTRIES + 1).map(|i| format!("x/{i}")).collect();
    let parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    assert_eq!(read(&zip_of(&parts)).unwrap_err().kind, ErrorKind::TooLarge);
}
