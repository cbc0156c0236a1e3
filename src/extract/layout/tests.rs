use super::*;

const SIZE: f32 = 10.0;

/// A run at (x, y) whose width is 5 units a character (about a 10-point font).
fn run(x: f32, y: f32, text: &str) -> TextRun {
    TextRun {
        text: text.to_string(),
        x,
        y,
        width: 5.0 * text.chars().count() as f32,
        size: SIZE,
    }
}

fn page(runs: Vec<TextRun>) -> PdfPage {
    PdfPage {
        width: 612.0,
        height: 792.0,
        runs,
    }
}

fn doc(pages: Vec<PdfPage>) -> PdfText {
    PdfText {
        total_pages: pages.len(),
        pages,
    }
}

fn text_of(d: &PdfText) -> String {
    lay_out(d).expect("readable").text
}

#[test]
fn rows_come_from_baselines_not_from_drawing_order() {
    let d = doc(vec![page(vec![
        run(50.0, 600.0, "• Cut p99 latency from 840 ms to 210 ms."),
        run(50.0, 700.0, "EXPERIENCE"),
        run(50.0, 680.0, "Senior SRE, Larkspur"),
        run(400.0, 680.0, "2021 – Present"),
        run(50.0, 665.0, "• Led the migration of 46 services to"),
        run(60.0, 651.0, "Kubernetes with zero downtime."),
    ])]);
    assert_eq!(
        text_of(&d),
        "EXPERIENCE\nSenior SRE, Larkspur\t2021 – Present\n• Led the migration of 46 services to\n\
         Kubernetes with zero downtime.\n\n• Cut p99 latency from 840 ms to 210 ms.\n"
    );
}

#[test]
fn runs_on_one_baseline_join_with_the_spaces_between_them() {
    // pdf.js splits a line at font changes; a gap the width of a space is a space.
    let d = doc(vec![page(vec![
        run(50.0, 700.0, "Built"),
        run(78.0, 700.0, "Kafka"),
        run(
            103.5,
            700.0,
            "-based pipelines handling 120k messages per second",
        ),
        run(
            50.0,
            686.0,
            "Second line of the paragraph, long enough to count.",
        ),
    ])]);
    assert!(
        text_of(&d).starts_with("Built Kafka-based pipelines"),
        "{}",
        text_of(&d)
    );
}

/// A sidebar (skills, education) beside the experience column, under a
/// full-width header.
fn two_columns() -> PdfText {
    let mut runs = vec![
        run(50.0, 740.0, "Dana Okafor"),
        run(
            50.0,
            725.0,
            "Site Reliability Engineer · dana@example.org · +1 555 0142 · github.com/dana",
        ),
        run(50.0, 700.0, "SKILLS"),
        run(50.0, 684.0, "Go, Python, Rust"),
        run(50.0, 670.0, "Kubernetes, Kafka"),
        run(50.0, 645.0, "EDUCATION"),
        run(50.0, 629.0, "B.Sc. Computer Science"),
        run(232.0, 701.0, "EXPERIENCE"),
    ];
    let mut y = 685.5;
    for i in 0..10 {
        let (x, t) = if i % 2 == 0 {
            (234.0, format!("• Bullet number {i} cut latency by {i}0%"))
        } else {
            (244.0, "and kept it there for a year.".to_string())
        };
        runs.push(run(x, y, &t));
        y -= 14.5;
    }
    doc(vec![page(runs)])
}

#[test]
fn two_columns_are_read_left_then_right() {
    let out = lay_out(&two_columns()).unwrap();
    let text = out.text;
    let skills = text.find("SKILLS").unwrap();
    let education = text.find("B.Sc.").unwrap();
    let experience = text.find("EXPERIENCE").unwrap();
    assert!(text.starts_with("Dana Okafor\n"), "{text}");
    assert!(skills < education && education < experience, "{text}");
    assert!(
        text.contains("• Bullet number 0 cut latency by 00%\nand kept it there for a year.\n"),
        "{text}"
    );
    assert!(!text.contains('\t'), "no row mixes the columns: {text}");
    let kinds: Vec<NoteKind> = out.notes.iter().map(|n| n.kind).collect();
    assert_eq!(kinds, [NoteKind::Columns]);
    assert!(
        out.notes[0].message.contains("“SKILLS”") && out.notes[0].message.contains("“EXPERIENCE”")
    );
}

#[test]
fn right_aligned_dates_are_not_a_column() {
    // Six degree lines with their years at the right margin, one under another.
    let mut runs = vec![run(50.0, 720.0, "EDUCATION AND CERTIFICATIONS")];
    for (i, (what, when)) in [
        (
            "B.Sc. Computer Science, University of Lagos",
            "Sep 2013 – Jun 2017",
        ),
        ("Certified Kubernetes Administrator", "Mar 2019"),
        ("AWS Solutions Architect Professional", "Jan 2020"),
        ("HashiCorp Terraform Associate", "May 2021"),
        ("Google Cloud Professional SRE", "Nov 2022"),
        ("CKS Kubernetes Security Specialist", "Feb 2023"),
    ]
    .into_iter()
    .enumerate()
    {
        let y = 700.0 - 15.0 * i as f32;
        runs.push(run(50.0, y, what));
        let w = 5.0 * when.chars().count() as f32;
        runs.push(run(560.0 - w, y, when));
    }
    let out = lay_out(&doc(vec![page(runs)])).unwrap();
    assert!(
        out.text
            .contains("Certified Kubernetes Administrator\tMar 2019\n"),
        "{}",
        out.text
    );
    assert!(out.notes.is_empty(), "{:?}", out.notes);
}

#[test]
fn a_grid_of_label_and_value_rows_is_a_table_read_row_by_row() {
    let mut runs = vec![run(50.0, 720.0, "SKILLS")];
    for (i, (label, value)) in [
        ("Languages", "Go, Python, Rust, SQL"),
        ("Infrastructure", "Kubernetes, Terraform"),
        ("Streaming", "Kafka, Flink"),
        ("Storage", "PostgreSQL, Redis, S3"),
        ("Observability", "Prometheus, Grafana"),
    ]
    .into_iter()
    .enumerate()
    {
        let y = 700.0 - 15.0 * i as f32;
        runs.push(run(50.0, y, label));
        runs.push(run(160.0, y, value));
    }
    let out = lay_out(&doc(vec![page(runs)])).unwrap();
    assert!(
        out.text
            .contains("Languages\tGo, Python, Rust, SQL\nInfrastructure\tKubernetes"),
        "{}",
        out.text
    );
    let kinds: Vec<NoteKind> = out.notes.iter().map(|n| n.kind).collect();
    assert_eq!(kinds, [NoteKind::Table]);
    // Every row is named, for the findings on its line.
    assert_eq!(out.notes[0].lines.len(), 5);
    assert_eq!(out.notes[0].lines[4], "Observability\tPrometheus, Grafana");
}

#[test]
fn running_headers_footers_and_page_numbers_are_left_out() {
    let page_of = |n: usize, body: &str| {
        page(vec![
            run(450.0, 770.0, "Dana Okafor · Resume"),
            run(50.0, 700.0, body),
            run(50.0, 686.0, "and a second line for the body of this page."),
            run(280.0, 20.0, &format!("Page {n} of 2")),
        ])
    };
    let out = lay_out(&doc(vec![
        page_of(1, "First page text goes here."),
        page_of(2, "Second page text goes here."),
    ]))
    .unwrap();
    assert!(
        !out.text.contains("Resume") && !out.text.contains("Page"),
        "{}",
        out.text
    );
    assert!(out.text.contains("First page") && out.text.contains("Second page"));
    let kinds: Vec<NoteKind> = out.notes.iter().map(|n| n.kind).collect();
    assert_eq!(kinds, [NoteKind::HeaderFooter]);
    // One page: a lone page number goes, a header cannot be told from the body.
    let one = lay_out(&doc(vec![page(vec![
        run(50.0, 760.0, "Dana Okafor"),
        run(50.0, 700.0, "Body text of the only page, long enough."),
        run(300.0, 20.0, "1"),
    ])]))
    .unwrap();
    assert_eq!(
        one.text,
        "Dana Okafor\nBody text of the only page, long enough.\n"
    );
}

#[test]
fn words_hyphenated_at_a_line_end_are_joined_and_compounds_keep_their_hyphen() {
    let d = doc(vec![page(vec![
        run(50.0, 700.0, "• Rebuilt the deploy pipe-"),
        run(60.0, 686.0, "lines for 40 services with cross-"),
        run(60.0, 672.0, "team owners and Kafka-"),
        run(60.0, 658.0, "Streams."),
    ])]);
    assert_eq!(
        text_of(&d),
        "• Rebuilt the deploy pipelines\nfor 40 services with cross-team\nowners and Kafka-\nStreams.\n"
    );
}

#[test]
fn ligatures_and_word_bullets_read_as_letters_and_bullets() {
    let d = doc(vec![page(vec![
        run(50.0, 700.0, "\u{f0b7} Speciﬁed the ﬁrst ﬂeet-wide SLOs"),
        run(50.0, 686.0, "● Owned the oﬄine queue for 3 years"),
    ])]);
    assert_eq!(
        text_of(&d),
        "• Specified the first fleet-wide SLOs\n• Owned the offline queue for 3 years\n"
    );
}

#[test]
fn icon_font_glyphs_are_counted_and_left_out() {
    let d = doc(vec![page(vec![
        run(
            50.0,
            700.0,
            "\u{f0e0} dana@example.org \u{f095} +1 555 0142",
        ),
        run(50.0, 686.0, "Body text with enough letters to read."),
    ])]);
    let out = lay_out(&d).unwrap();
    assert!(
        out.text.starts_with("dana@example.org +1 555 0142"),
        "{}",
        out.text
    );
    assert_eq!(out.notes.len(), 1);
    assert_eq!(out.notes[0].kind, NoteKind::Undecodable);
    assert!(
        out.notes[0].message.starts_with("2 characters"),
        "{}",
        out.notes[0].message
    );
}

#[test]
fn a_scan_has_no_text_and_says_so() {
    let err = lay_out(&doc(vec![page(vec![
        run(50.0, 700.0, " "),
        run(60.0, 600.0, "ab"),
    ])]))
    .unwrap_err();
    assert_eq!(err.kind, ErrorKind::NoText);
    assert!(err.message.contains("scan"));
    assert_eq!(
        lay_out(&PdfText::default()).unwrap_err().kind,
        ErrorKind::NoText
    );
}

#[test]
fn pages_left_unread_are_noted() {
    let mut d = doc(vec![page(vec![run(
        50.0,
        700.0,
        "A page of text that is long enough to read.",
    )])]);
    d.total_pages = 500;
    let out = lay_out(&d).unwrap();
    assert_eq!(out.notes[0].kind, NoteKind::Truncated);
    assert!(out.notes[0].message.contains("first 1 of 500"));
}

#[test]
fn hostile_numbers_do_not_panic() {
    let mut runs = vec![run(
        50.0,
        700.0,
        "Enough text here to be read as a page of text.",
    )];
    for (x, y, w, size) in [
        (f32::NAN, 1.0, 1.0, 10.0),
        (1.0, f32::INFINITY, 1.0, 10.0),
        (1.0, 1.0, -5.0, 10.0),
        (1.0, 1.0, 1.0, 0.0),
        (1e30, -1e30, 1e30, 1e-30),
    ] {
        runs.push(TextRun {
            text: "x".into(),
            x,
            y,
            width: w,
            size,
        });
    }
    assert!(lay_out(&doc(vec![page(runs)])).is_ok());
}

#[test]
fn a_title_and_its_dates_wrapped_in_a_narrow_column_read_as_one_line() {
    let d = doc(vec![page(vec![
        run(232.0, 700.0, "Senior Site Reliability Engineer,"),
        run(470.0, 700.0, "Mar 2021 –"),
        run(232.0, 686.0, "Larkspur Payments"),
        run(470.0, 686.0, "Present"),
        run(234.0, 670.0, "• Cut p99 latency from 840 ms to 210 ms."),
    ])]);
    assert_eq!(
        text_of(&d),
        "Senior Site Reliability Engineer, Larkspur Payments\tMar 2021 – Present\n• Cut p99 latency from 840 ms to 210 ms.\n"
    );
    // Two rows of a finished table stay two rows.
    let d = doc(vec![page(vec![
        run(50.0, 700.0, "Languages"),
        run(160.0, 700.0, "Go, Python"),
        run(50.0, 686.0, "Storage"),
        run(160.0, 686.0, "PostgreSQL"),
    ])]);
    assert_eq!(text_of(&d), "Languages\tGo, Python\nStorage\tPostgreSQL\n");
}

#[test]
fn a_symbol_glyph_with_no_text_map_at_a_line_start_is_a_bullet() {
    // pdfTeX's bullet from Computer Modern's symbol font, as pdf.js reads it.
    let d = doc(vec![page(vec![
        run(81.0, 700.0, "\u{88}"),
        run(92.0, 700.0, "Built an efficient configuration service."),
    ])]);
    assert_eq!(text_of(&d), "• Built an efficient configuration service.\n");
}

#[test]
fn body_text_that_differs_only_in_a_number_is_not_a_running_header() {
    // A line at the top of each page whose number is not the page's own.
    let page_of = |n: usize| {
        page(vec![
            run(
                50.0,
                760.0,
                &format!("• Cut latency of service {} by 40%", 100 + n),
            ),
            run(50.0, 600.0, "Body text that is long enough to be read."),
        ])
    };
    let out = lay_out(&doc(vec![page_of(1), page_of(2)])).unwrap();
    assert!(
        out.text.contains("service 101") && out.text.contains("service 102"),
        "{}",
        out.text
    );
    assert!(out.notes.is_empty(), "{:?}", out.notes);
}
