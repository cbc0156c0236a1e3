use super::*;

fn bullets(text: &str) -> Vec<String> {
    let doc = Document::parse(text);
    doc.blocks
        .iter()
        .filter(|b| b.kind != BlockKind::SkillLine && doc.sections[b.section].kind.is_work())
        .map(|b| b.joined(text))
        .collect()
}

#[test]
fn sections_entries_and_bullets() {
    let text = "Jane Doe\njane@example.com\n\nExperience\nSenior Engineer, Acme   Jan 2019 – Present\n- Built X for 3 teams\n- Cut Y by 40%\n\nSkills\nGo, Rust\n";
    let doc = Document::parse(text);
    let kinds: Vec<_> = doc.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Header,
            SectionKind::Experience,
            SectionKind::Skills
        ]
    );
    assert_eq!(doc.entries.len(), 1);
    assert!(doc.entries[0].dates.unwrap().is_current());
    assert_eq!(bullets(text), ["Built X for 3 teams", "Cut Y by 40%"]);
    assert!(doc
        .blocks
        .iter()
        .all(|b| b.entry.is_some() || doc.sections[b.section].kind != SectionKind::Experience));
}

#[test]
fn pdf_wrapped_lines_join_their_bullet() {
    let text = "EXPERIENCE\nEngineer, Acme  2019 – 2021\n• Reduced p99 latency from 480 ms to 120 ms by moving\nsession reads to Redis\n• Migrated 40 services to\nKubernetes and Helm.\n• Built the on-call tooling used by 8 teams\n";
    assert_eq!(
        bullets(text),
        [
            "Reduced p99 latency from 480 ms to 120 ms by moving session reads to Redis",
            "Migrated 40 services to Kubernetes and Helm.",
            "Built the on-call tooling used by 8 teams"
        ]
    );
}

#[test]
fn marker_less_lines_in_experience_are_bullets() {
    let text = "Experience\nBackend Engineer\nAcme Corp, Berlin\n2018 - 2020\nBuilt the billing service in Go.\nCut invoice generation time from 3 days to 4 hours.\n";
    let doc = Document::parse(text);
    assert_eq!(bullets(text).len(), 2);
    assert_eq!(doc.entries.len(), 1);
    assert!(doc.entries[0].dates.is_some());
}

#[test]
fn headless_text_is_read_as_experience() {
    let text = "- Built X for 3 teams\n- Worked on Y";
    let doc = Document::parse(text);
    assert!(doc.headless);
    assert_eq!(bullets(text).len(), 2);
}

#[test]
fn a_weak_opening_is_a_bullet_however_capitalized() {
    // Capitals make these look like job titles; the weak opening says duty.
    let text = "Responsible for the billing API\nWorked on Kafka Consumers";
    assert_eq!(
        bullets(text),
        [
            "Responsible for the billing API",
            "Worked on Kafka Consumers"
        ]
    );
    // A real title line under a heading stays an entry header.
    let text = "Experience\nStaff Engineer, Payments Platform\n- Cut p99 latency by 40%";
    let doc = Document::parse(text);
    assert_eq!(doc.entries.len(), 1);
    assert_eq!(bullets(text), ["Cut p99 latency by 40%"]);
}

#[test]
fn crlf_and_word_bullets() {
    let text = "Experience\r\nEngineer, Acme\t03/2018 – 06/2020\r\n\u{f0b7}\tBuilt X for 3 teams\r\n\u{f0b7}\tCut Y by 40%\r\n";
    assert_eq!(bullets(text), ["Built X for 3 teams", "Cut Y by 40%"]);
}

#[test]
fn latex_items() {
    let text = "\\section{Experience}\n\\textbf{Engineer} \\hfill 2018--2021\n\\begin{itemize}\n\\item Built X for 3 teams\n\\resumeItem{Cut Y by 40\\%}\n\\end{itemize}\n";
    assert_eq!(bullets(text), ["Built X for 3 teams", "Cut Y by 40\\%"]);
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        "\n",
        "\r",
        "a",
        "\u{0}\u{0}",
        "•",
        "- ",
        "1.",
        "\\item",
        "\\resumeItem{",
        "🚀\u{202e}مرحبا",
        "\t\t",
        "Experience\n-",
    ] {
        let _ = Document::parse(text);
    }
}

#[test]
fn a_line_is_read_for_dates_only_with_a_year_in_it() {
    for yes in [
        "Jan 2019 – Present",
        "2016–2019",
        "03/2018",
        "since 2020",
        "(1950)",
        "2100",
    ] {
        assert!(has_year_digits(yes), "{yes}");
    }
    for no in [
        "Cut p99 from 4800 ms",
        "12000 rps",
        "1,200 nodes",
        "20190",
        "1949",
        "v2.1",
        "",
    ] {
        assert!(!has_year_digits(no), "{no}");
    }
    // What it lets through is what `find_ranges` reads: no date is lost.
    for line in [
        "Handled 12000 requests",
        "Acme 2019",
        "6.2019",
        "Q3 2021 – Q1 2022",
    ] {
        let whole = Span::new(0, line.len());
        let ranges = dates::find_ranges(&tokenize(line, &[whole]), line);
        assert!(ranges.is_empty() || has_year_digits(line), "{line}");
    }
}

#[test]
fn a_role_with_dates_and_bullets_above_every_heading_starts_the_work_history() {
    let text = "Eoin Gallagher\nSenior Engineer · eoin@ormsgate.example\n\nNine years of Java backend work, five on money.\n\nOrmsgate — Senior Engineer, Payments API (2022 – now)\n- Tech lead for the payments API\n- Mentoring two engineers\n\nHarcastle Bank — Software Engineer (2016 – 2022)\n- Java services for card authorisations\n\nSkills\nJava, Kotlin\n";
    let doc = Document::parse(text);
    let kinds: Vec<_> = doc.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Header,
            SectionKind::Experience,
            SectionKind::Skills
        ]
    );
    assert_eq!(doc.entries.len(), 2);
    assert_eq!(
        bullets(text),
        [
            "Tech lead for the payments API",
            "Mentoring two engineers",
            "Java services for card authorisations"
        ]
    );
}

#[test]
fn a_header_line_with_dates_but_no_bullets_stays_in_the_header() {
    // A date range in the header, with prose (not bullets) after it.
    let text = "Jane Doe\nBerlin (2019 – 2024), now Lisbon\nI build payment systems.\n\nExperience\nAcme — Engineer (2019 – 2024)\n- Built X\n";
    let doc = Document::parse(text);
    let kinds: Vec<_> = doc.sections.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [SectionKind::Header, SectionKind::Experience]);
    assert_eq!(doc.entries.len(), 1);
    // Headless text keeps its one section.
    let doc = Document::parse("Acme — Engineer (2019 – 2024)\n- Built X\n");
    assert!(doc.headless);
    assert_eq!(doc.sections.len(), 1);
}

#[test]
fn a_contractor_s_and_other_languages_work_headings_are_experience() {
    for heading in [
        "RECENT CONTRACTS",
        "Selected work",
        "PROJECTS AND EXPERIENCE",
        "Esperienze",
        "Expériences",
    ] {
        let text = format!("Jane Doe\n\nPROFILE\nI build things.\n\n{heading}\nAcme — SRE (2021 – 2024)\n- Ran 40 servers\n\nSKILLS\nGo\n");
        assert_eq!(bullets(&text), ["Ran 40 servers"], "{heading}");
    }
}

#[test]
fn an_unheaded_degree_or_contact_bullets_start_no_work_history() {
    let degree = "Jane Doe\njane@example.com\n\nMSc Computer Science, UCL (2015 – 2016)\n- Thesis on distributed consensus\n\nEXPERIENCE\nAcme — Engineer (2019 – 2024)\n- Built X\n";
    let doc = Document::parse(degree);
    let kinds: Vec<_> = doc.sections.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [SectionKind::Header, SectionKind::Experience]);
    assert_eq!(bullets(degree), ["Built X"]);
    let contact = "Jane Doe\nLondon (2019 – 2024), now Lisbon\n- jane@example.com\n- +44 20 7946 0000\n\nEXPERIENCE\nAcme — Engineer (2019 – 2024)\n- Built X\n";
    assert_eq!(bullets(contact), ["Built X"]);
    // The header's lines end where the work history starts.
    let text = "Eoin\n\nOrmsgate — Senior Engineer (2022 – now)\n- Tech lead\n\nSkills\nGo\n";
    let doc = Document::parse(text);
    assert_eq!(doc.sections[0].lines, (0, 2));
    // A name's heading ending in a section's word is still the name.
    let doc = Document::parse("# Priya Raman — Engineering Leadership\nGo · Kafka\n\n## Experience\nAcme — Engineer (2019 – 2024)\n- Built X\n");
    assert_eq!(doc.sections[0].kind, SectionKind::Header);
    assert_eq!(doc.sections[1].kind, SectionKind::Experience);
}

#[test]
fn a_heading_with_a_note_in_brackets_names_its_section() {
    let text = "Jane Doe\n\nSUMMARY\nI tune JVMs.\n\nSELECTED ENGAGEMENTS (2020 – present, freelance)\n\nAcme, UK — 4 months, 2024\n- Built Gatling simulations\n\nSKILLS\nGo\n";
    assert_eq!(bullets(text), ["Built Gatling simulations"]);
    // An entry's line with its dates in brackets is no heading.
    let text = "Jane Doe\n\nEXPERIENCE\nAcme (2019 – 2024)\n- Built X\n";
    let doc = Document::parse(text);
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.entries.len(), 1);
}
