//! The command-line checker: `bulletproof check [FILE|-] [--format text|json]`.
//!
//! Exit codes: 0 after a check (whatever it found), 2 for a missing file,
//! unreadable or non-UTF-8 input, or bad arguments.
//!
//! Native only: on wasm32 this binary is an empty stub (the browser app is
//! `bulletproof-app`), so building every target for wasm never needs clap.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {

    use std::io::{self, Read, Write};
    use std::process::ExitCode;
    use std::time::{SystemTime, UNIX_EPOCH};

    use bulletproof::engine::{check, Options, YearMonth};
    use clap::{Parser, Subcommand, ValueEnum};

    #[derive(Parser)]
    #[command(
        name = "bulletproof",
        version,
        about = "Checks an engineer's resume, offline."
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Check a resume and print the findings.
        Check {
            /// The resume as plain text; `-` or nothing reads standard input.
            file: Option<String>,
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
            /// The month to measure dates against (YYYY-MM); defaults to today.
            #[arg(long, value_parser = parse_month)]
            today: Option<YearMonth>,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Text,
        Json,
    }

    fn parse_month(s: &str) -> Result<YearMonth, String> {
        let (y, m) = s.split_once('-').ok_or("expected YYYY-MM")?;
        let year: i32 = y.parse().map_err(|_| "bad year")?;
        let month: u8 = m.parse().map_err(|_| "bad month")?;
        if !(1..=12).contains(&month) {
            return Err("month must be 1-12".into());
        }
        Ok(YearMonth::new(year, month))
    }

    /// Today's year and month from the system clock (UTC), without a date crate.
    fn today() -> YearMonth {
        let days = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 86_400) as i64;
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        YearMonth::new(year as i32, month as u8)
    }

    fn read_input(file: Option<&str>) -> Result<(String, String), String> {
        let (name, bytes) = match file {
            None | Some("-") => {
                let mut buf = Vec::new();
                io::stdin()
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("cannot read standard input: {e}"))?;
                ("<stdin>".to_string(), buf)
            }
            Some(path) => {
                let bytes = std::fs::read(path).map_err(|e| match e.kind() {
                    io::ErrorKind::NotFound => format!("{path}: no such file"),
                    _ => format!("{path}: cannot read: {e}"),
                })?;
                (path.to_string(), bytes)
            }
        };
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "{name}: not UTF-8 text (invalid byte at offset {}); save it as UTF-8 plain text",
                e.utf8_error().valid_up_to()
            )
        })?;
        Ok((name, text))
    }

    fn run(cli: Cli) -> Result<(), String> {
        let Command::Check {
            file,
            format,
            today: month,
        } = cli.command;
        let (name, text) = read_input(file.as_deref())?;
        let options = Options {
            today: Some(month.unwrap_or_else(today)),
        };
        let report = check(&text, &options);
        let mut out = io::stdout().lock();
        let written = match format {
            Format::Json => serde_json::to_writer_pretty(&mut out, &report)
                .map_err(io::Error::other)
                .and_then(|()| writeln!(out)),
            Format::Text => {
                let mut r = Ok(());
                for f in &report.findings {
                    r = r.and_then(|()| {
                        writeln!(
                            out,
                            "{name}:{}:{} {} {}",
                            f.line,
                            f.column,
                            f.rule.id(),
                            f.message
                        )
                    });
                }
                let cats: Vec<String> = report
                    .score
                    .categories
                    .iter()
                    .into_iter()
                    .map(|(k, v)| format!("{} {v}", k.replace('_', " ")))
                    .collect();
                r.and_then(|()| {
                writeln!(
                    out,
                    "\nScore {}/100 ({}) · {} findings · {}/{} work bullets quantified · about {} pages",
                    report.score.total,
                    cats.join(", "),
                    report.findings.len(),
                    report.stats.quantified_bullets.min(report.stats.work_bullets),
                    report.stats.work_bullets,
                    report.stats.estimated_pages
                )
            })
            }
        };
        match written {
            // A closed pipe (`| head`) is not an error worth reporting.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other.map_err(|e| format!("cannot write output: {e}")),
        }
    }

    pub fn main() -> ExitCode {
        let cli = match Cli::try_parse() {
            Ok(c) => c,
            Err(e) => {
                let code = if e.use_stderr() { 2 } else { 0 };
                let _ = e.print();
                return ExitCode::from(code);
            }
        };
        match run(cli) {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                eprintln!("bulletproof: {msg}");
                ExitCode::from(2)
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}
