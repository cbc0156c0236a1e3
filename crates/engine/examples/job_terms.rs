//! Prints the terms a posting is read as, each with its mentions as
//! written: `cargo run --release -p bulletproof-engine --features
//! job-lexicon --example job_terms -- posting.txt`.

use bulletproof_engine::tailor::Job;

fn main() {
    let path = std::env::args().nth(1).expect("a posting's path");
    let text = std::fs::read_to_string(&path).expect("a readable posting");
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
