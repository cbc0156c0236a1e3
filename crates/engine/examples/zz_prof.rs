fn main() {
    let jd = std::fs::read_to_string("../../tests/tailoring/jd_payments_backend.txt").unwrap();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3000);
    let t = std::time::Instant::now();
    let mut k = 0;
    for _ in 0..n {
        k += bulletproof_engine::tailor::Job::parse(&jd).terms.len();
    }
    println!("{k} {:?}", t.elapsed());
}
