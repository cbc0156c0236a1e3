use bulletproof::engine::{check, Options};
use std::time::Instant;
fn main() {
    let role = "- Cut p99 checkout latency from 480 ms to 120 ms by moving session reads to Redis\n- Responsible for the on-call rotation and incident reviews for the payments team\n- Led the migration of 40 services to per-team Postgres shards\n  with zero downtime while serving 12k QPS at peak\n- Improved the reliability of the Kafka ingestion pipeline\n- Built the shipment-event pipeline, handling 1B events/day at 99.99% uptime\n- Optimize database queries for the tracking API\n- I mentored 6 engineers, 3 of whom were promoted within 18 months\n";
    let mut s = String::from("Jane\n\nEXPERIENCE\n");
    let mut y = 2025;
    while s.split_whitespace().count() < 2500 {
        s += &format!(
            "Senior Engineer, Company {y}   Jan {} – Dec {y}\n{role}\n",
            y - 2
        );
        y -= 1;
    }
    s += "SKILLS\nGo, Rust, Kafka\n";
    let o = Options::fixed_date();
    for _ in 0..20 {
        check(&s, &o);
    }
    let n: u32 = std::env::var("N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(check(&s, &o));
    }
    println!("full: {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(bulletproof::engine::document::Document::parse(&s));
    }
    println!("parse: {:?}", t.elapsed() / n);
    let doc = bulletproof::engine::document::Document::parse(&s);
    let t = Instant::now();
    for _ in 0..n {
        for b in &doc.blocks {
            let tk = b.tokens(&s);
            std::hint::black_box(bulletproof::engine::metrics::extract(&tk, &s));
            std::hint::black_box(bulletproof::engine::verbs::lead_verb(&tk));
        }
    }
    println!("tokens+metrics+lead: {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        for b in &doc.blocks {
            std::hint::black_box(b.tokens(&s));
        }
    }
    println!("tokens: {:?}", t.elapsed() / n);
}
