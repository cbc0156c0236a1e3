//! Prints the terms a posting is read as, each with its mentions as
//! written: `cargo run --release -p bulletproof-engine --features
//! job-lexicon --example job_terms -- posting.txt`. With `JOB_PARTS=1`,
//! the parts read as naming no requirement (`skip`) and as nice-to-have
//! (`nice`) come first.

use bulletproof_engine::tailor::Job;

fn main() {
    let path = std::env::args().nth(1).expect("a posting's path");
    let text = std::fs::read_to_string(&path).expect("a readable posting");
    if std::env::var_os("JOB_PARTS").is_some() {
        use bulletproof_engine::span::Span;
        use bulletproof_engine::tailor::posting::{nice_to_have, no_requirements};
        // The parts as the posting is read: pasted markup as its lines.
        let read = bulletproof_engine::tailor::markup::as_lines(&text);
        let text = read.as_ref();
        if std::env::var_os("JOB_READ").is_some() {
            println!("{text}");
        }
        let tokens = bulletproof_engine::text::tokenize(text, &[Span::new(0, text.len())]);
        let parts = [
            ("skip", no_requirements(text, &tokens)),
            ("nice", nice_to_have(text, &tokens)),
        ];
        for (kind, spans) in parts {
            for s in spans {
                let part: String = s.of(text).chars().take(70).collect();
                println!(
                    "{kind}\t{}..{}\t{}",
                    s.start,
                    s.end,
                    part.replace('\n', " / ")
                );
            }
        }
    }
    let job = Job::parse(&text);
    for t in &job.terms {
        let mentions: Vec<&str> = t.spans.iter().map(|s| s.of(&text)).collect();
        let weight = if t.required { "must" } else { "nice" };
        println!(
            "{weight}\t{:?}\t{}\t{}",
            t.kind,
            t.name,
            mentions.join(" | ")
        );
    }
}
