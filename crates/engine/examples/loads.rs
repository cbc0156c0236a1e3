//! One word list's first load, for callgrind to count
//! (`scripts/instructions.sh loads`): what a page pays once, in its first
//! check. `lexicon` (the checks' lists), `tailor` (the tailoring and role
//! lens lists; natively with the small posting lists, jd_headings.txt and
//! the like, that a browser fetches with the job lexicon), or `none` (the
//! process alone, taken off both).
use std::hint::black_box;

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("lexicon") => {
            black_box(bulletproof_engine::lexicon::lexicon());
        }
        Some("tailor") => {
            black_box(bulletproof_engine::tailor::data::tailor_lexicon());
        }
        _ => {}
    }
}
