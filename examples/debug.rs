use bulletproof::engine::{check, Options};
fn main() {
    for arg in std::env::args().skip(1) {
        let text = format!("EXPERIENCE\n- {arg}\n");
        let r = check(&text, &Options::fixed_date());
        println!("{arg}");
        for b in &r.bullets {
            println!(
                "  lead={:?} q={} metrics={:?}",
                b.lead_verb,
                b.quantified,
                b.metrics
                    .iter()
                    .map(|m| (m.kind, m.text.clone()))
                    .collect::<Vec<_>>()
            );
        }
        for f in &r.findings {
            println!("  {} {:?}", f.rule.id(), f.span.of(&text));
        }
    }
}
