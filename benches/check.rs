//! Full-check benchmarks: `cargo bench --bench check`.
//! Resumes of about 1, 2 and 10 pages (≈500 words a page) and a 1 MB paste.

use std::hint::black_box;

use std::sync::Arc;

use bulletproof::engine::tailor::{Job, Role};
use bulletproof::engine::{check, Options};
use bulletproof::sample::SAMPLE_RESUME;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// A resume of about `words` words: the sample's header and skills around as
/// many varied roles as it takes.
fn resume_of(words: usize) -> String {
    let roles = [
        "- Cut p99 checkout latency from 480 ms to 120 ms by moving session reads to Redis\n",
        "- Responsible for the on-call rotation and incident reviews\n",
        "- Led the migration of 40 services to per-team Postgres shards\n  with zero downtime at 12k QPS\n",
        "- Improved the reliability of the Kafka ingestion pipeline\n",
        "- Built the shipment-event pipeline, handling 1B events/day at 99.99% uptime\n",
        "- Optimize database queries for the tracking API\n",
        "- I mentored 6 engineers, 3 of whom were promoted within 18 months\n",
    ];
    let mut s = String::from("Jane Doe\njane@example.com · github.com/jane\n\nSUMMARY\nBackend engineer who ships.\n\nEXPERIENCE\n");
    let mut year = 2025;
    while s.split_whitespace().count() < words {
        s.push_str(&format!(
            "Senior Engineer, Company {year}        Jan {} – Dec {year}\n",
            year - 2
        ));
        for r in roles {
            s.push_str(r);
        }
        s.push('\n');
        year -= 1;
    }
    s.push_str("SKILLS\nGo, Rust, Kafka, Kubernetes, PostgreSQL, Redis, Terraform\n");
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
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_with_input(BenchmarkId::from_parameter("1 MB"), &big, |b, t| {
        b.iter(|| check(black_box(t), &options))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
