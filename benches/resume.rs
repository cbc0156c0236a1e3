//! The generated resumes the benchmarks check (`benches/check.rs`) and the
//! instruction counts (`crates/api/examples/instructions.rs`) share.

/// A resume of about `words` words: the sample's header and skills around as
/// many varied roles as it takes.
pub fn resume_of(words: usize) -> String {
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
