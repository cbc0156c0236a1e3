//! Full-check benchmarks: `cargo bench --bench check`.
//! Resumes of about 1, 2 and 10 pages (≈500 words a page) and a 1 MB paste.

use std::hint::black_box;

use std::sync::Arc;

use bulletproof::engine::tailor::{Job, Role};
use bulletproof::engine::{check, Options, Session};
use bulletproof::sample::SAMPLE_RESUME;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

#[path = "resume.rs"]
mod resume;
use resume::resume_of;

/// The same resume as LaTeX source: a preamble, sections, itemize lists,
/// escapes, a formatting command per bullet.
fn latex_of(text: &str) -> String {
    let mut s = String::from("\\documentclass{article}\n\\usepackage{enumitem}\n% a comment\n\\newcommand{\\resumeItem}[1]{\\item #1}\n\\begin{document}\n");
    let mut in_list = false;
    for line in text.lines() {
        let item = line.strip_prefix("- ");
        if item.is_none() && in_list {
            s.push_str("\\end{itemize}\n");
            in_list = false;
        }
        match item {
            Some(b) => {
                if !in_list {
                    s.push_str("\\begin{itemize}\n");
                    in_list = true;
                }
                let b = b
                    .replace('%', "\\%")
                    .replacen(' ', " \\textbf{", 1)
                    .replacen(' ', "} ", 2);
                s.push_str(&format!("  \\resumeItem{{{b}}}\n"));
            }
            None if line.chars().all(|c| c.is_ascii_uppercase()) && !line.is_empty() => {
                s.push_str(&format!("\\section{{{line}}}\n"));
            }
            None if line.trim().is_empty() => s.push('\n'),
            None if line.starts_with("  ") => s.push_str(&format!("{line}\n")),
            None => s.push_str(&format!("{} \\\\\n", line.replace('–', "--"))),
        }
    }
    s.push_str("\\end{document}\n");
    s
}

/// The same resume as Markdown: `##` sections, `**bold**` roles, list items.
fn markdown_of(text: &str) -> String {
    let mut s = String::from("---\nlayout: page\n---\n");
    for line in text.lines() {
        if line.chars().all(|c| c.is_ascii_uppercase()) && !line.is_empty() {
            s.push_str(&format!("## {line}\n\n"));
        } else if line.starts_with("Senior") {
            s.push_str(&format!("**{line}**\n\n"));
        } else {
            s.push_str(line);
            s.push('\n');
        }
    }
    s
}

fn bench(c: &mut Criterion) {
    let options = Options::fixed_date();
    let mut g = c.benchmark_group("check");
    g.bench_function("sample", |b| {
        b.iter(|| check(black_box(SAMPLE_RESUME), &options))
    });
    for (name, words) in [("1 page", 500), ("2 pages", 1000), ("10 pages", 5000)] {
        let text = resume_of(words);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| check(black_box(t), &options))
        });
    }
    // With a job description and a role: the app re-checks on every key the same way.
    let tailored = Options {
        role: Some(Role::Backend),
        job: Some(Arc::new(Job::parse(include_str!(
            "../tests/tailoring/jd_payments_backend.txt"
        )))),
        ..Options::fixed_date()
    };
    let two = resume_of(1000);
    g.bench_with_input(
        BenchmarkId::from_parameter("2 pages + job description"),
        &two,
        |b, t| b.iter(|| check(black_box(t), &tailored)),
    );
    // The same resume in source formats: the reader's cost on top of the check.
    // (Each must read as the same bullets, or it measures something else.)
    let bullets = check(&two, &options).bullets.len();
    for source in [latex_of(&two), markdown_of(&two)] {
        assert_eq!(check(&source, &options).bullets.len(), bullets, "{source}");
    }
    for (name, source) in [
        ("2 pages as LaTeX", latex_of(&two)),
        ("2 pages as Markdown", markdown_of(&two)),
        ("10 pages as LaTeX", latex_of(&resume_of(5000))),
    ] {
        g.throughput(Throughput::Bytes(source.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &source, |b, t| {
            b.iter(|| check(black_box(t), &options))
        });
    }
    // A keystroke in the middle of 5 pages, checked again: from scratch, and
    // through a session that reuses the blocks the key left alone.
    let five = resume_of(2500);
    let middle = five[..five.len() / 2].rfind(' ').expect("a space");
    let keyed = [
        five.clone(),
        format!("{}x{}", &five[..middle], &five[middle..]),
    ];
    let mut n = 0usize;
    g.throughput(Throughput::Bytes(five.len() as u64));
    g.bench_function("5 pages, one key, from scratch", |b| {
        b.iter(|| {
            n += 1;
            check(black_box(&keyed[n % 2]), &options)
        })
    });
    let mut session = Session::default();
    g.bench_function("5 pages, one key, session", |b| {
        b.iter(|| {
            n += 1;
            session.check(black_box(&keyed[n % 2]), &options)
        })
    });
    g.bench_function("reading the job description", |b| {
        b.iter(|| {
            Job::parse(black_box(include_str!(
                "../tests/tailoring/jd_payments_backend.txt"
            )))
        })
    });
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&resume_of(1000));
    }
    g.sample_size(10);
    // Hostile pastes at the app's cap on a job description (100 KB): one
    // line of labelled lists, and a few headings pasted thousands of times.
    let hostile = |unit: &str| unit.repeat(100_000 / unit.len());
    for (name, posting) in [
        ("reading a 100 KB line", hostile("Languages: Go, Python, ")),
        (
            "reading 100 KB of headings",
            hostile("Requirements:\n- Go\nNice to have:\n- Rust\nBenefits\n"),
        ),
    ] {
        g.bench_with_input(BenchmarkId::from_parameter(name), &posting, |b, t| {
            b.iter(|| Job::parse(black_box(t)))
        });
    }
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_with_input(BenchmarkId::from_parameter("1 MB"), &big, |b, t| {
        b.iter(|| check(black_box(t), &options))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
