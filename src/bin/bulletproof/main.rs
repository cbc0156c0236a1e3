//! The command-line checker, a linter for resume repositories:
//! `bulletproof check [FILE...|-] [--format text|json|github|sarif]
//! [--fail-on error|warning|info|never] [--min-score N] [--config FILE]
//! [--rule ID=LEVEL]... [--input FORMAT] [--jd FILE] [--role ROLE] [--band BAND] [--today YYYY-MM]`,
//! and `bulletproof rules` to list the rule ids.
//!
//! Each file's format comes from `--input`, else its extension (`.tex`,
//! `.md`/`.markdown`, `.json`, `.txt`), else its content. A `.docx` is read
//! to its text first (`extract::docx`), its notes printed; a PDF needs
//! pdf.js, so the browser app reads it. Each file's settings come from the
//! nearest `bulletproof.toml` (see `config.rs`) or `--config`; flags win.
//!
//! Exit codes: 0 when every file is clean by its bar, 1 for a finding at or
//! above `fail_on` (default error) or a score under `min_score`, 2 for a
//! missing, unreadable or non-UTF-8 file, a PDF, a bad DOCX, a bad
//! configuration or bad arguments.
//!
//! Native only: on wasm32 this binary is an empty stub (the browser app is
//! `bulletproof-app`), so building every target for wasm never needs clap.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod config;
#[cfg(not(target_arch = "wasm32"))]
mod output;
#[cfg(not(target_arch = "wasm32"))]
mod sarif;

#[cfg(not(target_arch = "wasm32"))]
use cli::{parse_band, parse_month, parse_role, Checked, FailOn};

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::collections::HashMap;
    use std::io::{self, Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use std::sync::Arc;
    use std::time::{SystemTime, UNIX_EPOCH};

    use bulletproof::engine::read::{self, Input};
    use bulletproof::engine::rules::ats::Placed;
    use bulletproof::engine::tailor::{Band, Job, Role};
    use bulletproof::engine::{check, Level, Options, RuleId, Severity, YearMonth};
    use bulletproof::present::severity_name;
    use clap::{Parser, Subcommand, ValueEnum};

    use crate::config::{self, Config};
    use crate::output;

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
        /// Check resumes and print the findings.
        Check(Box<CheckArgs>),
        /// List every rule: id, default severity, score category, what it catches.
        Rules,
    }

    #[derive(clap::Args)]
    struct CheckArgs {
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
        /// Exit 1 when a finding at or above this severity is found [default: error].
        #[arg(long, value_parser = FailOn::from_name)]
        fail_on: Option<FailOn>,
        /// Exit 1 when a file scores below this (0-100).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
        min_score: Option<u32>,
        /// A configuration file to use instead of the nearest bulletproof.toml.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Set a rule to off, info, warning or error (repeatable; wins over the configuration).
        #[arg(long = "rule", value_name = "ID=LEVEL", value_parser = parse_rule_level)]
        rules: Vec<(RuleId, Level)>,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Text,
        Json,
        /// GitHub Actions workflow commands (annotations on the pull request).
        Github,
        /// SARIF 2.1.0, for code scanning (GitHub's upload-sarif and others).
        Sarif,
    }

    /// The severity at or above which a finding fails the run.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum FailOn {
        Error,
        Warning,
        Info,
        Never,
    }

    impl FailOn {
        pub fn from_name(s: &str) -> Result<FailOn, String> {
            match s {
                "error" => Ok(FailOn::Error),
                "warning" => Ok(FailOn::Warning),
                "info" => Ok(FailOn::Info),
                "never" => Ok(FailOn::Never),
                _ => Err("expected one of error, warning, info, never".into()),
            }
        }

        fn bar(self) -> Option<Severity> {
            match self {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Info => Some(Severity::Info),
                FailOn::Never => None,
            }
        }
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

    pub fn parse_role(s: &str) -> Result<Role, String> {
        Role::from_name(s).ok_or_else(|| {
            let names: Vec<&str> = Role::ALL.iter().map(|r| r.name()).collect();
            format!("expected one of {}", names.join(", "))
        })
    }

    pub fn parse_band(s: &str) -> Result<Band, String> {
        Band::from_name(s).ok_or_else(|| {
            let names: Vec<&str> = Band::ALL.iter().map(|b| b.name()).collect();
            format!("expected one of {}", names.join(", "))
        })
    }

    pub fn parse_month(s: &str) -> Result<YearMonth, String> {
        let (y, m) = s.split_once('-').ok_or("expected YYYY-MM")?;
        let year: i32 = y.parse().map_err(|_| "bad year")?;
        let month: u8 = m.parse().map_err(|_| "bad month")?;
        if !(1..=12).contains(&month) {
            return Err("month must be 1-12".into());
        }
        Ok(YearMonth::new(year, month))
    }

    fn parse_rule_level(s: &str) -> Result<(RuleId, Level), String> {
        let (id, level) = s.split_once('=').ok_or("expected ID=LEVEL")?;
        let rule = RuleId::from_id(id).ok_or_else(|| match RuleId::closest(id) {
            Some(r) => format!("“{id}” is not a rule id; did you mean {}?", r.id()),
            None => format!("“{id}” is not a rule id (`bulletproof rules` lists them)"),
        })?;
        let level = Level::from_name(level)
            .ok_or_else(|| format!("expected a level: {}", Level::NAMES.join(", ")))?;
        Ok((rule, level))
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

    /// A file read and checked, with the bar it is held to.
    pub struct Checked {
        pub name: String,
        pub text: String,
        pub report: bulletproof::engine::Report,
        /// The job description's name and what was read of it, when one was matched.
        pub jd_name: Option<String>,
        pub job: Option<Arc<Job>>,
        pub fail_on: FailOn,
        pub min_score: Option<u32>,
    }

    impl Checked {
        /// Whether the report fails its bar: a finding at or above
        /// `fail_on`, or a score under `min_score`.
        fn fails(&self) -> bool {
            let found = self
                .fail_on
                .bar()
                .is_some_and(|bar| self.report.findings.iter().any(|f| f.severity >= bar));
            found || self.min_score.is_some_and(|m| self.report.score.total < m)
        }
    }

    /// Configurations and job descriptions, each read once per run.
    #[derive(Default)]
    struct Loaded {
        configs: HashMap<PathBuf, Config>,
        jobs: HashMap<PathBuf, Arc<Job>>,
    }

    impl Loaded {
        /// The configuration for a file: `--config`, else the nearest one.
        fn config_for(&mut self, given: Option<&Path>, file: &str) -> Result<Config, String> {
            let path = match given {
                Some(p) => Some(p.to_path_buf()),
                None => {
                    let dir = if file == "-" {
                        Path::new(".")
                    } else {
                        Path::new(file).parent().unwrap_or(Path::new("."))
                    };
                    config::discover(dir)?
                }
            };
            let Some(path) = path else {
                return Ok(Config::default());
            };
            if let Some(c) = self.configs.get(&path) {
                return Ok(c.clone());
            }
            let c = config::load(&path)?;
            self.configs.insert(path, c.clone());
            Ok(c)
        }

        fn job(&mut self, path: &Path) -> Result<Arc<Job>, String> {
            if let Some(j) = self.jobs.get(path) {
                return Ok(j.clone());
            }
            let text = read_input(Some(&path.to_string_lossy()))?.1;
            let job = Arc::new(Job::parse(&text));
            self.jobs.insert(path.to_path_buf(), job.clone());
            Ok(job)
        }
    }

    fn list_rules() -> Result<bool, String> {
        let mut out = io::stdout().lock();
        let width = RuleId::ALL.iter().map(|r| r.id().len()).max().unwrap_or(0);
        for r in RuleId::ALL {
            let line = format!(
                "{:width$}  {:7}  {:14}  {}",
                r.id(),
                severity_name(r.severity()),
                r.category().name(),
                r.about()
            );
            if let Err(e) = writeln!(out, "{line}") {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    break;
                }
                return Err(format!("cannot write output: {e}"));
            }
        }
        Ok(false)
    }

    fn run(cli: Cli) -> Result<bool, String> {
        let args = match cli.command {
            Command::Rules => return list_rules(),
            Command::Check(args) => *args,
        };
        let files = if args.files.is_empty() {
            vec!["-".to_string()]
        } else {
            args.files.clone()
        };
        let stdin_count = files.iter().filter(|f| *f == "-").count()
            + usize::from(args.jd.as_deref() == Some("-"));
        if stdin_count > 1 {
            return Err(
                "standard input can be read once: give `-` for one file only (the resume or --jd)"
                    .into(),
            );
        }
        let mut loaded = Loaded::default();
        // A job description from standard input is read once, up front.
        let stdin_job = match args.jd.as_deref() {
            Some("-") => Some(Arc::new(Job::parse(&read_input(None)?.1))),
            _ => None,
        };
        let now = today();
        // Every file is read (and its configuration checked) before
        // anything is printed: a bad one stops the run (exit 2).
        let mut checked = Vec::with_capacity(files.len());
        for file in &files {
            let (name, text, file_notes) = read_input(Some(file))?;
            let config = loaded.config_for(args.config.as_deref(), file)?;
            // Flags win over the configuration.
            let (job, jd_name) = match (&stdin_job, &args.jd, &config.jd) {
                (Some(job), _, _) => (Some(job.clone()), Some("<stdin>".to_string())),
                (None, Some(path), _) => (Some(loaded.job(Path::new(path))?), Some(path.clone())),
                (None, None, Some(path)) => {
                    (Some(loaded.job(path)?), Some(path.display().to_string()))
                }
                (None, None, None) => (None, None),
            };
            // Each --rule replaces the file's level for its rule (the last one wins).
            let mut levels = config.levels.clone();
            for &(rule, level) in &args.rules {
                levels.retain(|(r, _)| *r != rule);
                levels.push((rule, level));
            }
            // A file's extension names its format, unless --input says otherwise.
            let input = match (args.input, read::Format::from_file_name(&name)) {
                (Input::Auto, Some(f)) => Input::Is(f),
                (given, _) => given,
            };
            let options = Options {
                today: Some(args.today.or(config.today).unwrap_or(now)),
                role: args.role.or(config.role),
                band: args.band.or(config.band),
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
                levels,
            };
            let mut report = check(&text, &options);
            report
                .input
                .notes
                .extend(file_notes.into_iter().map(|n| read::Note {
                    message: n.message,
                    span: None,
                }));
            checked.push(Checked {
                name,
                text,
                report,
                jd_name,
                job,
                fail_on: args.fail_on.or(config.fail_on).unwrap_or(FailOn::Error),
                min_score: args.min_score.or(config.min_score),
            });
        }
        let mut out = io::stdout().lock();
        let written = match args.format {
            Format::Json => output::write_json(&mut out, &checked),
            Format::Github => checked
                .iter()
                .try_for_each(|c| output::write_github(&mut out, c)),
            Format::Sarif => crate::sarif::write(&mut out, &checked),
            Format::Text => checked.iter().enumerate().try_for_each(|(i, c)| {
                if i > 0 {
                    writeln!(out)?;
                }
                output::write_text(&mut out, c)
            }),
        };
        match written {
            // A closed pipe (`| head`) is not an error worth reporting.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other.map_err(|e| format!("cannot write output: {e}"))?,
        }
        Ok(checked.iter().any(Checked::fails))
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
            // A finding at or above fail_on, or a score under min_score.
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
