//! The command-line checker:
//! `bulletproof check [FILE...|-] [--format text|json|github] [--fail-on error|warning|info|never]
//! [--min-score N] [--input FORMAT] [--jd FILE] [--role ROLE] [--band BAND]`.
//!
//! Each file's format comes from `--input`, else its extension (`.tex`,
//! `.md`/`.markdown`, `.json`, `.txt`), else its content. A `.docx` is read
//! to its text first (`extract::docx`), its notes printed; a PDF needs
//! pdf.js, so the browser app reads it.
//!
//! Exit codes: 0 when every file is clean by the bar, 1 for a finding at or
//! above `--fail-on` (default error) or a score under `--min-score`, 2 for a
//! missing, unreadable or non-UTF-8 file, a PDF, a bad DOCX, or bad arguments.
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

    use bulletproof::engine::read::{self, Input};
    use bulletproof::engine::rules::ats::Placed;
    use bulletproof::engine::tailor::{Band, Job, Role, Scope};
    use bulletproof::engine::{check, Options, Severity, YearMonth};
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
            /// Resume files (.tex, .md, .json, .txt, .docx); `-` or none reads standard input.
            files: Vec<String>,
            #[arg(long, value_enum, default_value_t = Format::Text)]
            format: Format,
            /// How to read the resume: auto, text, latex, markdown or json-resume
            /// (default: by the file's extension, else detected from the content).
            #[arg(long, value_parser = parse_input, default_value = "auto")]
            input: Input,
            /// The month to measure dates against (YYYY-MM); defaults to today.
            #[arg(long, value_parser = parse_month)]
            today: Option<YearMonth>,
            /// A job description (plain text) to match the resume against.
            #[arg(long, value_name = "FILE")]
            jd: Option<String>,
            /// The target role: backend, sre, staff, frontend, ai or manager.
            #[arg(long, value_parser = parse_role)]
            role: Option<Role>,
            /// Years of experience: 0-2, 3-5, 5-8, 8-12 or 12+ (default: estimated from dates).
            #[arg(long, value_parser = parse_band)]
            band: Option<Band>,
            /// Exit 1 when a finding at or above this severity is found.
            #[arg(long, value_enum, default_value_t = FailOn::Error)]
            fail_on: FailOn,
            /// Exit 1 when a file scores below this (0-100).
            #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
            min_score: Option<u32>,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Text,
        Json,
        /// GitHub Actions workflow commands (annotations on the pull request).
        Github,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum FailOn {
        Error,
        Warning,
        Info,
        Never,
    }

    fn parse_input(s: &str) -> Result<Input, String> {
        if s == "auto" {
            return Ok(Input::Auto);
        }
        read::Format::from_name(s).map(Input::Is).ok_or_else(|| {
            let names: Vec<&str> = read::Format::ALL.iter().map(|f| f.name()).collect();
            format!("expected auto, {}", names.join(", "))
        })
    }

    fn parse_role(s: &str) -> Result<Role, String> {
        Role::from_name(s).ok_or_else(|| {
            let names: Vec<&str> = Role::ALL.iter().map(|r| r.name()).collect();
            format!("expected one of {}", names.join(", "))
        })
    }

    fn parse_band(s: &str) -> Result<Band, String> {
        Band::from_name(s).ok_or_else(|| {
            let names: Vec<&str> = Band::ALL.iter().map(|b| b.name()).collect();
            format!("expected one of {}", names.join(", "))
        })
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

    /// A file's name, its text and what reading it noticed (a DOCX's tables,
    /// text boxes, headers).
    fn read_input(
        file: Option<&str>,
    ) -> Result<(String, String, Vec<bulletproof::extract::FileNote>), String> {
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
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".pdf") || bytes.starts_with(b"%PDF") {
            return Err(format!(
                "{name}: a PDF is read by the browser app (Open file…, nothing uploaded); \
                 here, check its .docx or its text"
            ));
        }
        if lower.ends_with(".docx") || bytes.starts_with(b"PK\x03\x04") {
            // A Word file: its text, as a reader sees it (lines are the text's).
            let read = bulletproof::extract::docx::read(&bytes)
                .map_err(|e| format!("{name}: {}", e.message))?;
            return Ok((name, read.text, read.notes));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "{name}: not UTF-8 text (invalid byte at offset {}); save it as UTF-8 plain text",
                e.utf8_error().valid_up_to()
            )
        })?;
        Ok((name, text, Vec::new()))
    }

    /// A file read and checked.
    struct Checked {
        name: String,
        text: String,
        report: bulletproof::engine::Report,
    }

    fn run(cli: Cli) -> Result<bool, String> {
        let Command::Check {
            files,
            format,
            input,
            today: month,
            jd,
            role,
            band,
            fail_on,
            min_score,
        } = cli.command;
        let files = if files.is_empty() {
            vec!["-".to_string()]
        } else {
            files
        };
        let stdin_count =
            files.iter().filter(|f| *f == "-").count() + usize::from(jd.as_deref() == Some("-"));
        if stdin_count > 1 {
            return Err(
                "standard input can be read once: give `-` for one file only (the resume or --jd)"
                    .into(),
            );
        }
        let job = match jd.as_deref() {
            Some(path) => Some(std::sync::Arc::new(Job::parse(&read_input(Some(path))?.1))),
            None => None,
        };
        let today = month.unwrap_or_else(today);
        // Every file is read before anything is printed: a bad one stops the run (exit 2).
        let mut checked = Vec::with_capacity(files.len());
        for file in &files {
            let (name, text, file_notes) = read_input(Some(file))?;
            // A file's extension names its format, unless --input says otherwise.
            let input = match (input, read::Format::from_file_name(&name)) {
                (Input::Auto, Some(f)) => Input::Is(f),
                (given, _) => given,
            };
            let options = Options {
                today: Some(today),
                role,
                band,
                job: job.clone(),
                input,
                // A DOCX's tables and text boxes, noted on their lines.
                ats: file_notes
                    .iter()
                    .filter_map(|n| {
                        n.rule().map(|rule| Placed {
                            rule,
                            lines: n.lines.clone(),
                        })
                    })
                    .collect(),
            };
            let mut report = check(&text, &options);
            report
                .input
                .notes
                .extend(file_notes.into_iter().map(|n| read::Note {
                    message: n.message,
                    span: None,
                }));
            checked.push(Checked { name, text, report });
        }
        let jd_name = jd.as_deref().unwrap_or("<jd>");
        let mut out = io::stdout().lock();
        let written = match format {
            Format::Json => write_json(&mut out, &checked),
            Format::Github => checked.iter().try_for_each(|c| write_github(&mut out, c)),
            Format::Text => checked.iter().enumerate().try_for_each(|(i, c)| {
                if i > 0 {
                    writeln!(out)?;
                }
                write_text(&mut out, &c.name, jd_name, &c.report)
            }),
        };
        match written {
            // A closed pipe (`| head`) is not an error worth reporting.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other.map_err(|e| format!("cannot write output: {e}"))?,
        }
        Ok(checked.iter().any(|c| fails(&c.report, fail_on, min_score)))
    }

    /// Whether a report fails the bar: a finding at or above `fail_on`, or a
    /// score under `min_score`.
    fn fails(
        report: &bulletproof::engine::Report,
        fail_on: FailOn,
        min_score: Option<u32>,
    ) -> bool {
        let bar = match fail_on {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        };
        let found = bar.is_some_and(|bar| report.findings.iter().any(|f| f.severity >= bar));
        found || min_score.is_some_and(|m| report.score.total < m)
    }

    /// One file: its report as before (schema 1). Several: each file's
    /// report under its name.
    fn write_json(out: &mut impl Write, checked: &[Checked]) -> io::Result<()> {
        #[derive(serde::Serialize)]
        struct File<'a> {
            file: &'a str,
            report: &'a bulletproof::engine::Report,
        }
        #[derive(serde::Serialize)]
        struct Files<'a> {
            schema: u32,
            files: Vec<File<'a>>,
        }
        let value = match checked {
            [one] => serde_json::to_value(&one.report),
            many => serde_json::to_value(Files {
                schema: 1,
                files: many
                    .iter()
                    .map(|c| File {
                        file: &c.name,
                        report: &c.report,
                    })
                    .collect(),
            }),
        }
        .map_err(io::Error::other)?;
        serde_json::to_writer_pretty(&mut *out, &value).map_err(io::Error::other)?;
        writeln!(out)
    }

    /// GitHub Actions workflow commands: each finding lands on its lines of
    /// the pull request (error, warning, or notice for info).
    fn write_github(out: &mut impl Write, c: &Checked) -> io::Result<()> {
        let table = bulletproof::engine::OffsetTable::new(&c.text);
        let file = github_property(&c.name);
        for n in &c.report.input.notes {
            writeln!(
                out,
                "::notice file={file},title=bulletproof::{}",
                github_data(&n.message)
            )?;
        }
        for f in &c.report.findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let (end_line, end_col) = table.line_col(f.span.end);
            let mut message = f.message.clone();
            if let Some(s) = &f.suggestion {
                message.push_str(&format!(" Suggestion: {s}"));
            }
            writeln!(
                out,
                "::{level} file={file},line={},col={},endLine={end_line},endColumn={end_col},title={}::{}",
                f.line,
                f.column,
                github_property(f.rule.id()),
                github_data(&message)
            )?;
        }
        Ok(())
    }

    /// A workflow command's message: `%`, CR and LF escaped.
    fn github_data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }

    /// A workflow command's property value: also `:` and `,`.
    fn github_property(s: &str) -> String {
        github_data(s).replace(':', "%3A").replace(',', "%2C")
    }

    /// The findings as `FILE:LINE:COL rule message` lines, then the summary.
    fn write_text(
        out: &mut impl Write,
        name: &str,
        jd_name: &str,
        report: &bulletproof::engine::Report,
    ) -> io::Result<()> {
        let mut r = Ok(());
        for n in &report.input.notes {
            r = r.and_then(|()| writeln!(out, "{name}: note: {}", n.message));
        }
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
        let t = &report.tailoring;
        if let Some(j) = &t.job {
            for f in &j.findings {
                r = r.and_then(|()| {
                    writeln!(
                        out,
                        "{jd_name}:{}:{} {} {}",
                        f.line,
                        f.column,
                        f.rule.id(),
                        f.message
                    )
                });
            }
            let matched: Vec<&str> = j.matched.iter().map(|m| m.term.as_str()).collect();
            let missing: Vec<String> = j
                .missing
                .iter()
                .map(|m| match m.pointers.first() {
                    Some(p) => format!("{} (see line {})", m.term, p.line),
                    None => m.term.clone(),
                })
                .collect();
            r = r.and_then(|()| {
                writeln!(
                    out,
                    "\nJob match {:.0}%: matched {}; missing {}",
                    j.match_rate * 100.0,
                    if matched.is_empty() {
                        "none".into()
                    } else {
                        matched.join(", ")
                    },
                    if missing.is_empty() {
                        "none".into()
                    } else {
                        missing.join(", ")
                    },
                )
            });
        }
        if let Some(role) = t.role {
            let themes: Vec<String> = t
                .themes
                .iter()
                .map(|th| match th.bullets.len() {
                    0 => format!("{} missing", th.label),
                    n => format!("{} ({n} bullets)", th.label),
                })
                .collect();
            r = r.and_then(|()| writeln!(out, "Role {}: {}", role.name(), themes.join(", ")));
        }
        if let Some(band) = t.band {
            let count = |s: Scope| t.scope.iter().filter(|b| b.scope == s).count();
            r = r.and_then(|()| {
                writeln!(
                    out,
                    "Band {}{}: {} task, {} feature, {} cross-team, {} organization bullets",
                    band.name(),
                    if t.band_estimated {
                        " (estimated from dates)"
                    } else {
                        ""
                    },
                    count(Scope::Task),
                    count(Scope::Feature),
                    count(Scope::CrossTeam),
                    count(Scope::Organization),
                )
            });
        }
        let cats: Vec<String> = report
            .score
            .categories
            .iter()
            .map(|(k, v)| format!("{} {v}", k.replace('_', " ")))
            .collect();
        r.and_then(|()| {
        writeln!(
            out,
            "\nScore {}/100 ({}) · {} findings · {}/{} work bullets quantified · about {} pages · read as {}",
            report.score.total,
            cats.join(", "),
            report.findings.len(),
            report.stats.quantified_bullets.min(report.stats.work_bullets),
            report.stats.work_bullets,
            report.stats.estimated_pages,
            report.input.format.label()
        )
            })
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
            Ok(false) => ExitCode::SUCCESS,
            // A finding at or above --fail-on, or a score under --min-score.
            Ok(true) => ExitCode::from(1),
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
